package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keys whose input changed but whose output is not computed yet, each with the lowest value marked
 * (e.g. the earliest matchday that changed). Kept in a state store, so a restart under exactly-once
 * never forgets one; flushed on a wall-clock punctuation, so a burst of facts is computed once.
 * The marks are mirrored in memory (read from the store when the processor initialises), so marking
 * an already marked key — most facts — touches no store.
 */
final class DirtyKeys {
    private final KeyValueStore<String, Long> store;
    /** Sorted like the store, so keys flush in the same order as when they were read from it. */
    private final Map<String, Long> marked = new TreeMap<>();

    DirtyKeys(ProcessorContext<?, ?> context, String storeName) {
        this.store = context.getStateStore(storeName);
        try (KeyValueIterator<String, Long> it = store.all()) {
            it.forEachRemaining(kv -> marked.put(kv.key, kv.value));
        }
    }

    void mark(String key) {
        mark(key, 0);
    }

    void mark(String key, long value) {
        Long before = marked.get(key);
        if (before == null || value < before) {
            store.put(key, value);
            marked.put(key, value);
        }
    }

    /** Takes every dirty key with its lowest marked value, clearing the marks. */
    Map<String, Long> drain() {
        Map<String, Long> keys = new LinkedHashMap<>(marked);
        keys.keySet().forEach(store::delete);
        marked.clear();
        return keys;
    }
}
