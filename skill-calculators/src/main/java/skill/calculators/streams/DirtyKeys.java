package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keys whose input changed but whose output is not computed yet, each with the lowest value marked
 * (e.g. the earliest matchday that changed). Kept in a state store, so a restart under exactly-once
 * never forgets one; flushed on a wall-clock punctuation, so a burst of facts is computed once.
 */
final class DirtyKeys {
    private final KeyValueStore<String, Long> store;

    DirtyKeys(ProcessorContext<?, ?> context, String storeName) {
        this.store = context.getStateStore(storeName);
    }

    void mark(String key) {
        mark(key, 0);
    }

    void mark(String key, long value) {
        Long marked = store.get(key);
        if (marked == null || value < marked) {
            store.put(key, value);
        }
    }

    /** Takes every dirty key with its lowest marked value, clearing the marks. */
    Map<String, Long> drain() {
        Map<String, Long> keys = new LinkedHashMap<>();
        try (KeyValueIterator<String, Long> it = store.all()) {
            it.forEachRemaining(kv -> keys.put(kv.key, kv.value));
        }
        keys.keySet().forEach(store::delete);
        return keys;
    }
}
