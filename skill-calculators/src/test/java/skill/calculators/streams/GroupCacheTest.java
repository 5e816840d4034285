package skill.calculators.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

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
    void anEvictedGroupIsReadFromTheStoreAgain() {
        GroupCache<String, String> cache = GroupCache.of(store, 1);
        cache.put("M1", StoreNames.key("M1", "a"), "1", "1");
        cache.put("M2", StoreNames.key("M2", "a"), "2", "2"); // evicts M1
        store.put(StoreNames.key("M1", "b"), "written behind the cache's back");

        assertThat(cache.group("M1")).containsEntry(StoreNames.key("M1", "b"), "written behind the cache's back")
                .containsEntry(StoreNames.key("M1", "a"), "1");
    }

    @Test
    void aGroupNotUsedSinceTheLastSweepIsDroppedAndOneInUseIsKept() {
        GroupCache<String, String> cache = GroupCache.of(store, 4);
        cache.group("cold");
        cache.group("hot");
        cache.dropIdle(); // both were used since the cache began
        cache.put("hot", StoreNames.key("hot", "a"), "1", "1");
        // Written behind the cache's back, so a reload shows: only a dropped group reloads.
        store.put(StoreNames.key("hot", "b"), "behind");
        store.put(StoreNames.key("cold", "b"), "behind");

        cache.dropIdle();

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

    @Test
    void dirtyKeysSurviveANewProcessorInstance() {
        KeyValueStore<String, Long> marks = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("d"),
                Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        marks.init(context.getStateStoreContext(), marks);
        context.addStateStore(marks);
        DirtyKeys first = new DirtyKeys(context, "d");
        first.mark("2025-26", 5);
        first.mark("2025-26", 3);
        first.mark("2025-26", 4);
        first.mark("2024-25", 1);

        DirtyKeys restarted = new DirtyKeys(context, "d");

        assertThat(restarted.drain()).containsExactly(Map.entry("2024-25", 1L), Map.entry("2025-26", 3L));
        assertThat(marks.approximateNumEntries()).isZero();
        assertThat(new DirtyKeys(context, "d").drain()).isEmpty();
    }
}
