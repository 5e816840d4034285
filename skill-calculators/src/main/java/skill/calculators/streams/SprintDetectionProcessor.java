package skill.calculators.streams;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.core.codec.FactCodec;
import skill.core.codec.Json;
import skill.core.model.FactDetails;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.sprints.SprintDetector;
import skill.core.sprints.SprintRules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns tracking frames (by match) into SPRINT facts as sprints complete and SPEED_SUMMARY facts on
 * a wall-clock punctuation, keeping each player's detector in the state store {@code sprint-tracks}.
 * A frame more than {@link #REPLAY_MS} older than a player's latest (or of an earlier period) means
 * the match is sent again: the player's track starts over and its facts come with a higher version.
 */
final class SprintDetectionProcessor implements Processor<String, byte[], String, byte[]> {
    static final long REPLAY_MS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(SprintDetectionProcessor.class);
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final SprintRules rules;
    private final Duration summaryInterval;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> tracks;
    private DirtyKeys dirtyMatches;

    SprintDetectionProcessor(SprintRules rules, Duration summaryInterval) {
        this.rules = rules;
        this.summaryInterval = summaryInterval;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.tracks = context.getStateStore(StoreNames.SPRINT_TRACKS);
        this.dirtyMatches = new DirtyKeys(context, StoreNames.SPRINT_DIRTY_MATCHES);
        context.schedule(summaryInterval, PunctuationType.WALL_CLOCK_TIME, now -> dirtyMatches.drain().keySet().forEach(this::summarize));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        PositionFrame frame;
        try {
            frame = record.value() == null ? null : Json.read(record.value(), PositionFrame.class);
        } catch (RuntimeException e) {
            LOG.warn("Skipping an unreadable frame of match {}: {}", record.key(), e.getMessage());
            return;
        }
        if (frame == null || frame.matchId() == null || frame.season() == null || frame.t() == null) {
            LOG.warn("Skipping a frame of match {} without matchId, season or t", record.key());
            return;
        }
        long at = frame.t().toEpochMilli();
        for (PositionFrame.TrackedObject object : frame.objects()) {
            if (object.representsBall() || object.playerId() == null) {
                continue;
            }
            String key = StoreNames.key(frame.matchId(), object.playerId());
            byte[] stored = tracks.get(key);
            SprintTrackState state = stored == null
                    ? new SprintTrackState(rules.forSeason(frame.season())) : SprintTrackState.fromBytes(stored);
            if (stored != null && (frame.period() < state.period
                    || frame.period() == state.period && at < state.lastFrameAt - REPLAY_MS)) {
                state.restart(rules.forSeason(frame.season()));
            }
            state.teamId = object.teamId() != null ? object.teamId() : state.teamId;
            state.season = frame.season();
            state.matchday = frame.matchday();
            state.track.accept(at, frame.period(), object.x(), object.y(),
                    object.speed() == null ? Double.NaN : object.speed(),
                    (start, end, peak, distance) -> sprint(frame.matchId(), object.playerId(), state, start, end, peak, distance));
            state.lastFrameAt = Math.max(state.lastFrameAt, at);
            state.period = frame.period();
            state.finished = false;
            tracks.put(key, state.toBytes());
        }
        dirtyMatches.mark(frame.matchId());
    }

    private void sprint(String matchId, String playerId, SprintTrackState state,
                        long start, long end, double peak, double distance) {
        Instant startedAt = Instant.ofEpochMilli(start);
        String factId = "SPRINT-" + matchId + "-" + playerId + "-" + COMPACT.format(startedAt);
        var details = new FactDetails.Sprint(startedAt, Instant.ofEpochMilli(end), round(peak), round(distance));
        emit(new MatchFact(factId, state.run, FactType.SPRINT, false, null, state.season, state.matchday, matchId,
                startedAt, state.track.period(), null, null, state.teamId, playerId, details));
    }

    /** Ends the stretches of players no longer tracked and publishes every changed speed summary of a match. */
    private void summarize(String matchId) {
        Map<String, SprintTrackState> players = new HashMap<>();
        try (KeyValueIterator<String, byte[]> it = tracks.prefixScan(StoreNames.prefix(matchId), new StringSerializer())) {
            it.forEachRemaining(kv -> players.put(kv.key, SprintTrackState.fromBytes(kv.value)));
        }
        long clock = players.values().stream().mapToLong(s -> s.lastFrameAt).max().orElse(Long.MIN_VALUE);
        players.forEach((key, state) -> {
            String playerId = key.substring(StoreNames.prefix(matchId).length());
            boolean changed = false;
            if (!state.finished && state.lastFrameAt < clock - SprintDetector.MAX_GAP_MS) {
                state.track.finish((start, end, peak, distance) -> sprint(matchId, playerId, state, start, end, peak, distance));
                state.finished = changed = true;
            }
            double top = state.track.topSpeed();
            double distance = state.track.distance();
            if (top > 0 && (top != state.summarizedTop || distance != state.summarizedDistance)) {
                state.summarizedTop = top;
                state.summarizedDistance = distance;
                state.summaryVersion++;
                changed = true;
                emit(new MatchFact("SPEED-" + matchId + "-" + playerId, state.summaryVersion, FactType.SPEED_SUMMARY,
                        false, null, state.season, state.matchday, matchId, Instant.ofEpochMilli(state.lastFrameAt),
                        state.period, null, null, state.teamId, playerId,
                        new FactDetails.SpeedSummary(round(top), round(distance))));
            }
            if (changed) {
                tracks.put(key, state.toBytes());
            }
        });
    }

    private void emit(MatchFact fact) {
        context.forward(new Record<>(fact.matchId(), FactCodec.write(fact), context.currentSystemTimeMs()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
