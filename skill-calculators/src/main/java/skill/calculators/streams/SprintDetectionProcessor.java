package skill.calculators.streams;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.LoggerFactory;
import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.sprints.SprintDetector;
import skill.core.sprints.SprintRules;
import skill.runtime.DeadLetters;
import skill.runtime.RejectionLog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns tracking frames (by match) into SPRINT facts as sprints complete and SPEED_SUMMARY facts on
 * a wall-clock punctuation, keeping each player's detector in the state store {@code sprint-tracks}.
 * A frame more than {@link #REPLAY_MS} older than a player's latest (or of an earlier period) means
 * the match is sent again: the player's track starts over as the next run, its sprints come again with
 * a higher version, and those of the earlier run it does not reproduce are retracted once it has
 * passed them. A match without frames for {@code matchIdle} (wall clock) is over: every open stretch
 * ends and the final summaries go out. The facts carry the competition of the match's latest frame that
 * names one (none before). A frame that is not one goes to the dead-letter topic.
 */
final class SprintDetectionProcessor implements Processor<String, byte[], String, byte[]> {
    static final long REPLAY_MS = 60_000;
    /** Shared by the tasks of all stream threads: the limit is per service, not per task. */
    private static final RejectionLog REJECTIONS = new RejectionLog(LoggerFactory.getLogger(SprintDetectionProcessor.class));

    private final SprintRules rules;
    private final Duration summaryInterval;
    private final long matchIdleMs;
    /** The state of each match being fed, decoded; {@link SprintTrackWriter} logs it once per commit. */
    private OpenMatches open;
    private final StateOutput output = new StateOutput();
    /** The frame read last: the next one mostly repeats its ids, and reading reuses them. */
    private PositionFrame lastFrame;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> tracks;
    private KeyValueStore<String, byte[]> ledgers;
    private KeyValueStore<String, Long> matches;

    SprintDetectionProcessor(SprintRules rules, Duration summaryInterval, Duration matchIdle) {
        this.rules = rules;
        this.summaryInterval = summaryInterval;
        this.matchIdleMs = matchIdle.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.open = context.getStateStore(StoreNames.SPRINT_OPEN);
        this.tracks = context.getStateStore(StoreNames.SPRINT_TRACKS);
        this.ledgers = context.getStateStore(StoreNames.SPRINT_LEDGERS);
        this.matches = context.getStateStore(StoreNames.SPRINT_MATCHES);
        context.schedule(summaryInterval, PunctuationType.WALL_CLOCK_TIME, this::punctuate);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        PositionFrame frame = FrameCheck.read(record.value(), lastFrame, reason -> deadLetter(record, reason));
        if (frame == null) {
            return;
        }
        lastFrame = frame;
        long at = frame.t().toEpochMilli();
        SprintMatchState match = match(frame.matchId());
        match.competition = frame.competition() != null ? frame.competition() : match.competition;
        for (PositionFrame.TrackedObject object : frame.objects()) {
            if (object.representsBall()) {
                continue;
            }
            SprintTrackState state = match.players.get(object.playerId());
            if (state == null) {
                state = new SprintTrackState(rules.forSeason(frame.season()));
                match.players.put(object.playerId(), state);
            } else if (frame.period() < state.period || frame.period() == state.period && at < state.lastFrameAt - REPLAY_MS) {
                SprintTrackState earlier = state;
                SprintFacts facts = new SprintFacts(frame.matchId(), match.competition, object.playerId(), earlier);
                earlier.track.finish((start, end, peak, distance) -> publish(earlier, facts, start, end, peak, distance));
                state.restart(rules.forSeason(frame.season()), state.run + 1);
                state.unresolved = ledger(facts).firstUnresolved(state.run);
            }
            state.teamId = object.teamId() != null ? object.teamId() : state.teamId;
            state.season = frame.season();
            state.matchday = frame.matchday();
            SprintFacts facts = new SprintFacts(frame.matchId(), match.competition, object.playerId(), state);
            SprintTrackState s = state;
            state.track.accept(at, frame.period(), object.x(), object.y(),
                    object.speed() == null ? Double.NaN : object.speed(),
                    (start, end, peak, distance) -> publish(s, facts, start, end, peak, distance));
            state.lastFrameAt = Math.max(state.lastFrameAt, at);
            state.period = frame.period();
            state.finished = false;
            if (state.unresolved != SprintLedger.NONE && state.track.settledUpTo(state.unresolved)) {
                retractUnresolved(state, facts, false);
            }
        }
        open.fed(frame.matchId(), context.currentSystemTimeMs());
    }

    private void publish(SprintTrackState state, SprintFacts facts, long start, long end, double peak, double distance) {
        SprintLedger ledger = ledger(facts);
        int version = ledger.publish(start, state.run);
        ledgers.put(facts.ledgerKey(), ledger.toBytes());
        emit(facts.sprint(version, start, end, peak, distance));
        if (state.unresolved == start) {
            state.unresolved = ledger.firstUnresolved(state.run);
        }
    }

    /** Retracts the earlier run's sprints this run has passed without reproducing them; at the end, all. */
    private void retractUnresolved(SprintTrackState state, SprintFacts facts, boolean all) {
        SprintLedger ledger = ledger(facts);
        while (state.unresolved != SprintLedger.NONE && (all || state.track.settledUpTo(state.unresolved))) {
            emit(facts.sprintRetraction(ledger.retract(state.unresolved, state.run), state.unresolved));
            state.unresolved = ledger.firstUnresolved(state.run);
        }
        ledgers.put(facts.ledgerKey(), ledger.toBytes());
    }

    private void punctuate(long now) {
        List<KeyValue<String, Long>> running = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = matches.all()) {
            it.forEachRemaining(running::add);
        }
        for (KeyValue<String, Long> match : running) {
            boolean over = now - match.value >= matchIdleMs;
            summarize(match.key, over);
            if (over) {
                matches.delete(match.key);
            }
        }
    }

    /**
     * Ends the stretches of players no longer tracked and publishes every changed speed summary of a
     * match; when the match is {@code over}, ends every stretch and settles every earlier run's sprint.
     */
    private void summarize(String matchId, boolean over) {
        SprintMatchState match = match(matchId);
        Map<String, SprintTrackState> players = match.players;
        long clock = players.values().stream().mapToLong(s -> s.lastFrameAt).max().orElse(Long.MIN_VALUE);
        int run = players.values().stream().mapToInt(s -> s.run).max().orElse(1);
        boolean[] changed = {false};
        players.forEach((playerId, state) -> {
            SprintFacts facts = new SprintFacts(matchId, match.competition, playerId, state);
            int before = state.summaryVersion;
            if (over && state.run < run) { // not in the match as sent again: nothing of it stands
                state.restart(state.track.rule(), run);
                state.unresolved = ledger(facts).firstUnresolved(run);
                state.finished = true;
                if (state.summaryVersion > 0) {
                    state.summaryVersion++;
                    emit(facts.summaryRetraction(Instant.ofEpochMilli(clock)));
                }
                changed[0] = true;
            }
            if (!state.finished && (over || state.lastFrameAt < clock - SprintDetector.MAX_GAP_MS)) {
                state.track.finish((start, end, peak, distance) -> publish(state, facts, start, end, peak, distance));
                state.finished = changed[0] = true;
            }
            if (over && state.unresolved != SprintLedger.NONE) {
                retractUnresolved(state, facts, true);
                changed[0] = true;
            }
            double top = state.track.topSpeed();
            double distance = state.track.distance();
            if (top > 0 && (top != state.summarizedTop || distance != state.summarizedDistance)) {
                state.summarizedTop = top;
                state.summarizedDistance = distance;
                state.summaryVersion++;
                emit(facts.summary());
            }
            changed[0] |= state.summaryVersion != before;
        });
        if (changed[0] || over) { // no frame may come to have it written at the commit
            tracks.put(matchId, match.toBytes(output));
        }
        if (over) {
            open.remove(matchId);
        }
    }

    /** The state of a match, read from the store once and then kept. */
    private SprintMatchState match(String matchId) {
        SprintMatchState match = open.get(matchId);
        if (match == null) {
            byte[] stored = tracks.get(matchId);
            match = stored == null ? new SprintMatchState() : SprintMatchState.fromBytes(stored);
            open.put(matchId, match);
        }
        return match;
    }

    private SprintLedger ledger(SprintFacts facts) {
        return SprintLedger.fromBytes(ledgers.get(facts.ledgerKey()));
    }

    private void emit(MatchFact fact) {
        context.forward(new Record<>(fact.matchId(), FactCodec.write(fact), context.currentSystemTimeMs()),
                SprintDetectionTopology.FACTS);
    }

    private void deadLetter(Record<String, byte[]> record, String reason) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        REJECTIONS.rejected(source.topic(), source.partition(), source.offset(), reason);
        DeadLetters.Letter letter = DeadLetters.of(record.key(), record.value(), reason, source.topic(),
                source.partition(), source.offset());
        context.forward(new Record<>(letter.key(), letter.value(), record.timestamp(), letter.headers()),
                SprintDetectionTopology.DEAD_LETTERS);
    }
}
