package skill.calculators.streams;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A write-through, decoded copy of a store's entries for the few groups flushed lately (a group: the
 * key {@code group} itself and every key under {@code group + SEPARATOR}, e.g. a match or a season),
 * so that a flush reads a group from memory instead of scanning and deserialising it from RocksDB
 * again. The store stays the source of truth: every write goes to it too, a group is only ever loaded
 * whole from it, and a processor makes a new cache on every init — after a restart, a rebalance or an
 * aborted transaction whose task was revived from the changelog. Bounded by {@code maxGroups}, least
 * recently used first out, and by time: {@link #dropIdle} drops the groups not used since its last
 * call. The count bound holds per task, and a process runs many tasks; groups go cold for good (a
 * finished match, the season before) while the hot ones are used at every flush, so dropping the idle
 * ones keeps only the hot set decoded. One per processor: a task runs on one thread.
 *
 * @param <S> what the store holds
 * @param <V> the decoded value
 */
final class GroupCache<S, V> {
    /** How often {@link #dropIdle} runs at least: a group unused that long is cold, not between two flushes. */
    static final Duration IDLE = Duration.ofSeconds(30);
    private final KeyValueStore<String, S> store;
    private final Function<S, V> decode;
    private final LinkedHashMap<String, Map<String, V>> groups;
    private final Set<String> used = new HashSet<>();

    GroupCache(KeyValueStore<String, S> store, Function<S, V> decode, int maxGroups) {
        this.store = store;
        this.decode = decode;
        this.groups = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, V>> eldest) {
                return size() > maxGroups;
            }
        };
    }

    /**
     * Schedules {@link #dropIdle()} of a processor's caches on the context's wall clock, every {@link #IDLE}
     * or three of the pace's longest pauses between flushes, whichever is longer, so a group in use is kept.
     */
    static void dropIdleOnSchedule(ProcessingContext context, FlushPace pace, GroupCache<?, ?>... caches) {
        Duration every = Collections.max(List.of(IDLE, pace.longest().multipliedBy(3)));
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, now -> {
            for (GroupCache<?, ?> cache : caches) {
                cache.dropIdle();
            }
        });
    }

    /** Over a store of decoded values (its serde decodes). */
    static <V> GroupCache<V, V> of(KeyValueStore<String, V> store, int maxGroups) {
        return new GroupCache<>(store, Function.identity(), maxGroups);
    }

    /** The value of {@code key}, which must be in the group; from memory if the group is cached. */
    V get(String group, String key) {
        Map<String, V> cached = cached(group);
        return cached != null ? cached.get(key) : decoded(store.get(key));
    }

    /**
     * Writes {@code stored} to the store, and {@code value} (the same, decoded) to the group's copy if
     * it is cached; a null value deletes. Single reads and
     * writes never load a group, so more groups in play than the bound costs a scan per flush (as
     * without a cache), never one per record.
     */
    void put(String group, String key, S stored, V value) {
        if (value == null) {
            store.delete(key);
        } else {
            store.put(key, stored);
        }
        Map<String, V> cached = cached(group);
        if (cached != null && value == null) {
            cached.remove(key);
        } else if (cached != null) {
            cached.put(key, value);
        }
    }

    /** Every entry of the group by store key (read-only), loaded from the store unless cached. */
    Map<String, V> group(String group) {
        used.add(group);
        return Collections.unmodifiableMap(groups.computeIfAbsent(group, this::load));
    }

    /** Drops the groups not used since the last call; a dropped group loads from the store when used again. */
    void dropIdle() {
        groups.keySet().retainAll(used);
        used.clear();
    }

    private Map<String, V> cached(String group) {
        Map<String, V> cached = groups.get(group);
        if (cached != null) {
            used.add(group);
        }
        return cached;
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
