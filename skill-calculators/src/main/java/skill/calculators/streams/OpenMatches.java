package skill.calculators.streams;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.state.StoreBuilder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sprint detector's decoded match states, per task and in memory only (store
 * {@link StoreNames#SPRINT_OPEN}): the detector changes them at every frame and {@link SprintTrackWriter}
 * encodes each changed one into the logged {@code sprint-tracks} once per commit. A store rather than a
 * field so that both processors of the task share it. Decoded, because decoding a match of 22 players
 * (7 KB) costs 33–37 µs against 6–8 µs to encode it, and encoding it at every frame cost the frame path
 * a quarter of its rate (docs/benchmarks.md). Kafka Streams re-creates it with the task; the logged
 * store is the state that survives.
 */
final class OpenMatches implements StateStore {
    private final String name;
    private final Map<String, SprintMatchState> matches = new HashMap<>();
    /** Matches fed since the writer last wrote them, with the wall-clock time of their latest frame. */
    private final Map<String, Long> fed = new LinkedHashMap<>();

    /** A match fed since the last commit: its state and the wall-clock time of its latest frame. */
    record Fed(String matchId, SprintMatchState state, long at) {
    }
    private boolean open;

    private OpenMatches(String name) {
        this.name = name;
    }

    SprintMatchState get(String matchId) {
        return matches.get(matchId);
    }

    void put(String matchId, SprintMatchState match) {
        matches.put(matchId, match);
    }

    void remove(String matchId) {
        matches.remove(matchId);
        fed.remove(matchId);
    }

    void fed(String matchId, long at) {
        fed.put(matchId, at);
    }

    /** The matches fed since the last call. */
    List<Fed> takeFed() {
        List<Fed> taken = fed.entrySet().stream().map(e -> new Fed(e.getKey(), matches.get(e.getKey()), e.getValue()))
                .toList();
        fed.clear();
        return taken;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        matches.clear();
        fed.clear();
        context.register(root, (key, value) -> { }); // nothing to restore: the logged store is read instead
        open = true;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        matches.clear();
        fed.clear();
        open = false;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public Position getPosition() {
        return Position.emptyPosition();
    }

    static StoreBuilder<OpenMatches> builder(String name) {
        return new Builder(name);
    }

    private record Builder(String name) implements StoreBuilder<OpenMatches> {
        @Override
        public StoreBuilder<OpenMatches> withCachingEnabled() {
            throw new UnsupportedOperationException("decoded objects in memory: nothing to cache");
        }

        @Override
        public StoreBuilder<OpenMatches> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<OpenMatches> withLoggingEnabled(Map<String, String> config) {
            throw new UnsupportedOperationException("in memory only: sprint-tracks is the logged state");
        }

        @Override
        public StoreBuilder<OpenMatches> withLoggingDisabled() {
            return this;
        }

        @Override
        public OpenMatches build() {
            return new OpenMatches(name);
        }

        @Override
        public Map<String, String> logConfig() {
            return Map.of();
        }

        @Override
        public boolean loggingEnabled() {
            return false;
        }
    }
}
