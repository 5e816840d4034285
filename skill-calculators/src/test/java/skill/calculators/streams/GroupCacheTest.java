package skill.calculators.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The decoded copy never disagrees with the store it fronts, and a new one starts from the store. */
class GroupCacheTest {
    private KeyValueStore<String, String> store;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("s"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @Test
    void aGroupIsItsOwnKeyAndTheKeysUnderIt() {
        store.put("M1", "own");
        store.put(StoreNames.key("M1", "a"), "1");
        store.put(StoreNames.key("M10", "a"), "other match");

        GroupCache<String, String> cache = GroupCache.of(store, 4);

        assertThat(cache.group("M1")).isEqualTo(Map.of("M1", "own", StoreNames.key("M1", "a"), "1"));
        assertThat(cache.get("M10", StoreNames.key("M10", "a"))).isEqualTo("other match");
    }

    @Test
    void writesGoToTheStoreAndTheCopy() {
        GroupCache<String, String> cache = GroupCache.of(store, 4);
        cache.put("M1", StoreNames.key("M1", "a"), "1", "1");
        cache.put("M1", StoreNames.key("M1", "b"), "2", "2");
        cache.put("M1", StoreNames.key("M1", "a"), null, null);

        assertThat(cache.group("M1")).isEqualTo(Map.of(StoreNames.key("M1", "b"), "2"));
        assertThat(store.get(StoreNames.key("M1", "a"))).isNull();
        assertThat(store.get(StoreNames.key("M1", "b"))).isEqualTo("2");
    }

    @Test
    void keepsWhatTheStoreHoldsDecoded() {
        GroupCache<String, Integer> cache = new GroupCache<>(store, Integer::valueOf, 4);
        store.put(StoreNames.key("M1", "a"), "1");
        cache.put("M1", StoreNames.key("M1", "b"), "2", 2);

        assertThat(cache.group("M1")).isEqualTo(Map.of(StoreNames.key("M1", "a"), 1, StoreNames.key("M1", "b"), 2));
        assertThat(cache.get("M2", StoreNames.key("M2", "a"))).isNull();
        assertThat(store.get(StoreNames.key("M1", "b"))).isEqualTo("2");
    }

    @Test
    void aGroupUnusedForTheIdleTimeIsDroppedAndOneInUseIsKept() {
        AtomicLong nanos = new AtomicLong();
        GroupCache<String, String> cache = new GroupCache<>(store, v -> v, 4, nanos::get);
        cache.group("cold");
        cache.put("hot", StoreNames.key("hot", "a"), "1", "1");
        cache.group("hot");
        // Written behind the cache's back, so a reload shows: only a dropped group reloads.
        store.put(StoreNames.key("hot", "b"), "behind");
        store.put(StoreNames.key("cold", "b"), "behind");

        nanos.addAndGet(GroupCache.IDLE.toNanos() - 1);
        cache.group("hot");
        nanos.addAndGet(2);

        assertThat(cache.group("hot")).isEqualTo(Map.of(StoreNames.key("hot", "a"), "1"));
        assertThat(cache.group("cold")).isEqualTo(Map.of(StoreNames.key("cold", "b"), "behind"));
    }

    /**
     * What a processor relies on after a restart, a rebalance or an aborted transaction: Kafka Streams
     * restores the store from the changelog (here: the committed state, without the aborted write) and
     * initialises the processor again, which makes a new cache; that one sees only the store.
     */
    @Test
    void aNewCacheSeesTheRestoredStoreNotTheOldCopy() {
        GroupCache<String, String> before = GroupCache.of(store, 4);
        before.put("M1", StoreNames.key("M1", "a"), "committed", "committed");
        before.put("M1", StoreNames.key("M1", "b"), "aborted", "aborted");
        store.delete(StoreNames.key("M1", "b")); // the restore from the changelog has no aborted write

        GroupCache<String, String> after = GroupCache.of(store, 4);

        assertThat(after.group("M1")).isEqualTo(Map.of(StoreNames.key("M1", "a"), "committed"));
    }
}
