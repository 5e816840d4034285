package skill.calculators.streams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A write-through, decoded copy of a store's entries for the groups in use (a group: the key
 * {@code group} itself and every key under {@code group + SEPARATOR}, e.g. a match or a skill's
 * season), so that a recomputation reads a group from memory instead of scanning and deserialising it
 * from RocksDB again — what made recomputing per commit affordable (docs/benchmarks.md). The store
 * stays the source of truth: every write goes to it too, a group is only ever loaded whole from it,
 * and a processor makes a new cache on every init (restart, rebalance, a task revived after an
 * aborted transaction). Caffeine bounds it: at most {@code maxGroups}, and a group unused for
 * {@link #IDLE} (a finished match, the season before) is dropped. One per processor: a task runs on
 * one thread.
 *
 * @param <S> what the store holds
 * @param <V> the decoded value
 */
final class GroupCache<S, V> {
    /** A group unused that long is cold (a finished match), not between two commits. */
    static final Duration IDLE = Duration.ofSeconds(30);
    private final KeyValueStore<String, S> store;
    private final Function<S, V> decode;
    private final Cache<String, Map<String, V>> groups;

    GroupCache(KeyValueStore<String, S> store, Function<S, V> decode, int maxGroups, Ticker ticker) {
        this.store = store;
        this.decode = decode;
        this.groups = Caffeine.newBuilder().maximumSize(maxGroups).expireAfterAccess(IDLE)
                .executor(Runnable::run).ticker(ticker).build();
    }

    GroupCache(KeyValueStore<String, S> store, Function<S, V> decode, int maxGroups) {
        this(store, decode, maxGroups, Ticker.systemTicker());
    }

    /** Over a store of decoded values (its serde decodes). */
    static <V> GroupCache<V, V> of(KeyValueStore<String, V> store, int maxGroups) {
        return new GroupCache<>(store, Function.identity(), maxGroups);
    }

    /** The value of {@code key}, which must be in the group; from memory if the group is cached. */
    V get(String group, String key) {
        Map<String, V> cached = groups.getIfPresent(group);
        return cached != null ? cached.get(key) : decoded(store.get(key));
    }

    /**
     * Writes {@code stored} to the store, and {@code value} (the same, decoded) to the group's copy if
     * it is cached; a null value deletes. Single reads and writes never load a group.
     */
    void put(String group, String key, S stored, V value) {
        if (value == null) {
            store.delete(key);
        } else {
            store.put(key, stored);
        }
        Map<String, V> cached = groups.getIfPresent(group);
        if (cached != null && value == null) {
            cached.remove(key);
        } else if (cached != null) {
            cached.put(key, value);
        }
    }

    /** Every entry of the group by store key (read-only), loaded from the store unless cached. */
    Map<String, V> group(String group) {
        return Collections.unmodifiableMap(groups.get(group, this::load));
    }

    private Map<String, V> load(String group) {
        Map<String, V> entries = new HashMap<>();
        V own = decoded(store.get(group));
        if (own != null) {
            entries.put(group, own);
        }
        try (KeyValueIterator<String, S> it = store.prefixScan(StoreNames.prefix(group), new StringSerializer())) {
            it.forEachRemaining(kv -> entries.put(kv.key, decode.apply(kv.value)));
        }
        return entries;
    }

    private V decoded(S stored) {
        return stored == null ? null : decode.apply(stored);
    }
}
