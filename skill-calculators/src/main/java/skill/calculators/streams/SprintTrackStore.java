package skill.calculators.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

import java.util.Map;

/**
 * The sprint detector's tracks (changelogged, by match), written behind: the processor keeps the
 * tracks as objects and serializes the matches fed since the last commit only when Kafka Streams
 * commits. The hook runs in {@code flushCache}, which a task calls at every commit before it flushes
 * its producer and commits the consumed offsets in the same transaction, the point where a cached
 * store writes its changelog too; so the stored tracks match the committed offsets, as with writing
 * them per frame, at one serialization per match and commit instead of one per frame.
 * Not a {@link KeyValueStore}, so the processor context hands out this store itself, not a decorator.
 */
final class SprintTrackStore extends WrappedStateStore<KeyValueStore<String, byte[]>, String, byte[]> {
    private Runnable beforeCommit = () -> { };

    private SprintTrackStore(KeyValueStore<String, byte[]> logged) {
        super(logged);
    }

    /** A logged, uncached RocksDB store named {@code name}: the hook's writes go to the changelog at once. */
    static StoreBuilder<SprintTrackStore> builder(String name) {
        return new Builder(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name),
                Serdes.String(), Serdes.ByteArray()).withCachingDisabled());
    }

    /** What the processor writes at every commit (and nothing else may write between commits). */
    void beforeCommit(Runnable write) {
        this.beforeCommit = write;
    }

    byte[] get(String key) {
        return wrapped().get(key);
    }

    void put(String key, byte[] value) {
        wrapped().put(key, value);
    }

    @Override
    public void flushCache() {
        beforeCommit.run();
        super.flushCache();
    }

    private record Builder(StoreBuilder<KeyValueStore<String, byte[]>> store) implements StoreBuilder<SprintTrackStore> {
        @Override
        public StoreBuilder<SprintTrackStore> withCachingEnabled() {
            throw new UnsupportedOperationException("written once per commit already: a cache adds nothing");
        }

        @Override
        public StoreBuilder<SprintTrackStore> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<SprintTrackStore> withLoggingEnabled(Map<String, String> config) {
            return new Builder(store.withLoggingEnabled(config));
        }

        @Override
        public StoreBuilder<SprintTrackStore> withLoggingDisabled() {
            throw new UnsupportedOperationException("the tracks must survive a crash: the changelog stays");
        }

        @Override
        public SprintTrackStore build() {
            return new SprintTrackStore(store.build());
        }

        @Override
        public Map<String, String> logConfig() {
            return store.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return store.loggingEnabled();
        }

        @Override
        public String name() {
            return store.name();
        }
    }
}
