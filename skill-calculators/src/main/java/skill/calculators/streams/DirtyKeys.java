package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys whose input changed but whose output is not computed yet. Kept in a state store, so a
 * restart under exactly-once never forgets one; flushed on a wall-clock punctuation, so that a
 * burst of facts for one match or season is computed once.
 */
final class DirtyKeys {
    private final KeyValueStore<String, Long> store;

    DirtyKeys(ProcessorContext<?, ?> context, String storeName) {
        this.store = context.getStateStore(storeName);
    }

    void mark(String key) {
        store.put(key, 1L);
    }

    /** Takes every dirty key, clearing the marks. */
    List<String> drain() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = store.all()) {
            it.forEachRemaining(kv -> keys.add(kv.key));
        }
        keys.forEach(store::delete);
        return keys;
    }
}
