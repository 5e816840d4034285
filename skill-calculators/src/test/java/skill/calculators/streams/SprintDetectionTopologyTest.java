package skill.calculators.streams;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import skill.core.fuzz.HostileFrames;
import org.junit.jupiter.api.io.TempDir;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.core.codec.Json;
import skill.core.model.FactDetails.SpeedSummary;
import skill.core.model.FactDetails.Sprint;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;
import skill.core.sprints.MatchTrackingGenerator;
import skill.core.sprints.MatchTrackingGenerator.Match;
import skill.core.sprints.SprintRules;
import skill.runtime.DeadLetters;
import skill.testsupport.ContractSchemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SprintDetectionTopologyTest {
    private static final Duration SUMMARY = Duration.ofSeconds(10);
    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final String MATCH_ID = "M1";
    private static final Match MATCH = MatchTrackingGenerator.generate(11, 10, 1.5);

    @TempDir
    Path tempDir;
    private Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> positions;
    private TestOutputTopic<String, byte[]> facts;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() throws IOException {
        // The driver checkpoints its stores (fsync) after every record: on tmpfs thousands of frames take seconds.
        Path shm = Path.of("/dev/shm");
        stateDir = Files.isWritable(shm) ? Files.createTempDirectory(shm, "sprint-detector-test") : tempDir;
        Topics topics = Topics.defaults();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sprint-detector-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(SprintDetectionTopology.build(topics, SprintRules.defaults(), SUMMARY, IDLE), props);
        positions = driver.createInputTopic(topics.matchPositions(), new StringSerializer(), new ByteArraySerializer());
        facts = driver.createOutputTopic(topics.matchFacts(), new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(topics.matchFactsDlq(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() throws IOException {
        driver.close();
        if (!stateDir.equals(tempDir)) {
            try (var files = Files.walk(stateDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void publishesTheTrueSprintsAsValidFactsAndSummariesOnTheWallClock() {
        List<PositionFrame> frames = frames(MATCH, "2023-24", true);
        frames.subList(0, frames.size() / 2).forEach(this::send);
        driver.advanceWallClockTime(SUMMARY);
        List<MatchFact> firstHalf = read();
        assertThat(summaries(firstHalf)).hasSize(22).allSatisfy(f -> assertThat(f.version()).isEqualTo(1));

        frames.subList(frames.size() / 2, frames.size()).forEach(this::send);
        driver.advanceWallClockTime(SUMMARY);
        List<MatchFact> all = new ArrayList<>(firstHalf);
        all.addAll(read());
        List<MatchFact> sprints = all.stream().filter(f -> f.type() == FactType.SPRINT).toList();
        assertThat(sprints).extracting(f -> f.playerId() + "@" + f.detailsAs(Sprint.class).startedAt().toEpochMilli()
                        + "-" + f.detailsAs(Sprint.class).endedAt().toEpochMilli())
                .containsExactlyInAnyOrderElementsOf(MATCH.sprints().stream()
                        .map(s -> s.playerId() + "@" + s.startedAt() + "-" + s.endedAt()).toList());
        assertThat(sprints).allSatisfy(f -> {
            assertThat(f.factId()).startsWith("SPRINT-M1-" + f.playerId() + "-2024");
            assertThat(f.occurredAt()).isEqualTo(f.detailsAs(Sprint.class).startedAt());
            assertThat(f.version()).isEqualTo(1);
        });
        Map<String, MatchFact> latest = summaries(all).stream()
                .collect(Collectors.toMap(MatchFact::factId, f -> f, (a, b) -> b.version() > a.version() ? b : a));
        assertThat(latest).hasSize(22);
        assertThat(latest.values()).allSatisfy(f -> {
            assertThat(f.detailsAs(SpeedSummary.class).topSpeed()).isBetween(3.0, 9.6);
            assertThat(f.detailsAs(SpeedSummary.class).distance()).isGreaterThan(300.0);
        });
    }

    @Test
    void everyCommitStoresTheTracksAsOfItsLastFrame() {
        // The driver commits after every record: the store must then hold every player's latest frame.
        List<PositionFrame> frames = frames(MATCH, "2023-24", true);
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(StoreNames.SPRINT_TRACKS);
        for (PositionFrame frame : frames.subList(0, 50)) {
            send(frame);
            assertThat(SprintMatchState.fromBytes(store.get(MATCH_ID)).players).hasSize(22)
                    .allSatisfy((player, state) -> assertThat(state.lastFrameAt).isEqualTo(frame.t().toEpochMilli()));
        }
        assertThat(driver.getKeyValueStore(StoreNames.SPRINT_MATCHES).get(MATCH_ID)).isNotNull();
    }

    /**
     * The facts of a match carry the competition its frames name, kept through frames that name none and
     * stored with the tracks; a match whose frames name none has facts without one (the dispatcher's default).
     */
    @Test
    void theFactsCarryTheCompetitionOfTheMatchsFrames() {
        List<PositionFrame> bl2 = frames(MATCH, "M-BL2", "BL2", "2023-24", true);
        List<PositionFrame> bl2Unnamed = frames(MATCH, "M-BL2", null, "2023-24", true);
        List<PositionFrame> none = frames(MATCH, "M-NONE", null, "2023-24", true);
        for (int i = 0; i < bl2.size(); i++) { // the BL2 match's second half names no competition
            send(i < bl2.size() / 2 ? bl2.get(i) : bl2Unnamed.get(i));
            send(none.get(i));
        }
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(StoreNames.SPRINT_TRACKS);
        assertThat(SprintMatchState.fromBytes(store.get("M-BL2")).competition).isEqualTo("BL2");
        assertThat(SprintMatchState.fromBytes(store.get("M-NONE")).competition).isNull();
        driver.advanceWallClockTime(IDLE);

        Map<String, List<MatchFact>> byMatch = read().stream().collect(Collectors.groupingBy(MatchFact::matchId));
        assertThat(byMatch).containsOnlyKeys("M-BL2", "M-NONE").allSatisfy((match, facts) -> assertThat(facts)
                .extracting(MatchFact::type).contains(FactType.SPRINT, FactType.SPEED_SUMMARY));
        assertThat(byMatch.get("M-BL2")).extracting(MatchFact::competition).containsOnly("BL2");
        assertThat(byMatch.get("M-NONE")).extracting(MatchFact::competition).containsOnly((String) null);
    }

    @Test
    void computesSpeedFromPositionsWhenFramesHaveNone() {
        frames(MATCH, "2023-24", false).forEach(this::send);
        driver.advanceWallClockTime(SUMMARY);
        assertThat(read().stream().filter(f -> f.type() == FactType.SPRINT)).hasSize(MATCH.sprints().size());
    }

    @Test
    void aMatchSentAgainReplacesItsSprintsWithAHigherVersionAndRetractsTheOnesItNoLongerHas() {
        List<PositionFrame> frames = frames(MATCH, "2023-24", true);
        frames.forEach(this::send);
        driver.advanceWallClockTime(IDLE);
        List<MatchFact> first = read();
        var removed = MATCH.sprints().get(MATCH.sprints().size() / 2);
        frames.stream().map(f -> withoutSprint(f, removed)).forEach(this::send);
        driver.advanceWallClockTime(IDLE);
        List<MatchFact> again = read();

        List<String> firstIds = first.stream().filter(f -> f.type() == FactType.SPRINT).map(MatchFact::factId).toList();
        String removedId = first.stream().filter(f -> f.type() == FactType.SPRINT && f.playerId().equals(removed.playerId())
                        && f.occurredAt().toEpochMilli() == removed.startedAt())
                .map(MatchFact::factId).findFirst().orElseThrow();
        List<MatchFact> sprints = again.stream().filter(f -> f.type() == FactType.SPRINT).toList();
        assertThat(sprints).allSatisfy(f -> assertThat(f.version()).isEqualTo(2));
        assertThat(sprints).filteredOn(MatchFact::deleted).extracting(MatchFact::factId).containsExactly(removedId);
        assertThat(sprints).filteredOn(f -> !f.deleted()).extracting(MatchFact::factId)
                .containsExactlyInAnyOrderElementsOf(firstIds.stream().filter(id -> !id.equals(removedId)).toList());
        assertThat(summaries(again)).allSatisfy(f -> assertThat(f.version()).isGreaterThan(1));
    }

    @Test
    void aSprintRunningIntoTheFinalWhistleIsPublishedWhenTheMatchFallsSilent() {
        long t0 = Instant.parse("2024-05-18T15:20:00Z").toEpochMilli();
        IntStream.rangeClosed(0, 100).forEach(i -> send(new PositionFrame(MATCH_ID, null, "2023-24", 34, 2, i,
                Instant.ofEpochMilli(t0 + i * 40L),
                List.of(new TrackedObject("P9", "T1", i * 0.3, 0, i < 25 ? 2.0 : 8.0, null)))));
        driver.advanceWallClockTime(SUMMARY);
        assertThat(read()).extracting(MatchFact::type).containsExactly(FactType.SPEED_SUMMARY);

        driver.advanceWallClockTime(IDLE);
        assertThat(read()).filteredOn(f -> f.type() == FactType.SPRINT).singleElement().satisfies(f -> {
            assertThat(f.detailsAs(Sprint.class).startedAt()).isEqualTo(Instant.ofEpochMilli(t0 + 25 * 40L));
            assertThat(f.detailsAs(Sprint.class).endedAt()).isEqualTo(Instant.ofEpochMilli(t0 + 100 * 40L));
        });
        driver.advanceWallClockTime(IDLE);
        assertThat(read()).as("an ended match publishes nothing more").isEmpty();
    }

    @Test
    void messagesThatAreNoFramesGoToTheDeadLetterTopicWithTheReason() {
        long t = Instant.parse("2024-05-18T15:20:00Z").toEpochMilli();
        positions.pipeInput(MATCH_ID, "not json".getBytes(StandardCharsets.UTF_8));
        send(new PositionFrame(MATCH_ID, null, null, 1, 1, 0, null, List.of()));
        send(new PositionFrame(MATCH_ID, null, "2023-24", 1, 1, 0, Instant.ofEpochMilli(t),
                List.of(new TrackedObject(null, "T1", 0, 0, 2.0, null), new TrackedObject(null, null, 0, 0, null, true))));
        send(new PositionFrame(MATCH_ID, null, "2023-24", 1, 1, 1, Instant.ofEpochMilli(t + 40),
                List.of(new TrackedObject("P1", "T1", 0, 0, 2.0, null))));
        send(new PositionFrame(MATCH_ID, " ", "2023-24", 1, 1, 2, Instant.ofEpochMilli(t + 80),
                List.of(new TrackedObject("P1", "T1", 0, 0, 2.0, null))));

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(r -> header(r, DeadLetters.REASON)).satisfiesExactly(
                reason -> assertThat(reason).startsWith("not a readable frame"),
                reason -> assertThat(reason).isEqualTo("season is required; t is required"),
                reason -> assertThat(reason).isEqualTo("objects[0]: playerId is required unless ball is true"),
                reason -> assertThat(reason).isEqualTo("competition must be a non-empty string"));
        assertThat(dead).extracting(r -> header(r, DeadLetters.SOURCE_OFFSET)).containsExactly("0", "1", "2", "4");
        assertThat(dead).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(MATCH_ID);
            assertThat(header(r, DeadLetters.SOURCE_TOPIC)).isEqualTo(Topics.MATCH_POSITIONS);
        });
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not json");
    }

    @Test
    void aMessageTooLargeToSendAgainGoesToTheDeadLetterTopicCut() {
        // It may arrive compressed; whole, the dead letter would exceed what the producer may send and fail every commit.
        byte[] huge = new byte[3 * 1024 * 1024];
        positions.pipeInput(MATCH_ID, huge);

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.value()).hasSize(DeadLetters.MAX_VALUE_BYTES);
        assertThat(header(dead, DeadLetters.ORIGINAL_SIZE)).isEqualTo(Integer.toString(huge.length));
        assertThat(header(dead, DeadLetters.ORIGINAL_SHA256)).hasSize(64);
        assertThat(header(dead, DeadLetters.REASON)).startsWith("message is " + huge.length + " bytes");
    }

    @Test
    void tenThousandHostileMessagesAllGoToTheDeadLetterTopicAndChangeNoSprint() {
        List<PositionFrame> frames = frames(MATCH, "2023-24", true);
        List<byte[]> hostile = HostileFrames.messages(4, 10_000, frames.subList(0, 100)).toList();
        var next = hostile.iterator();
        for (PositionFrame frame : frames) { // hostile messages between the frames, the rest after them
            send(frame);
            if (next.hasNext()) {
                positions.pipeInput(MATCH_ID, next.next());
            }
        }
        next.forEachRemaining(message -> positions.pipeInput(MATCH_ID, message));
        driver.advanceWallClockTime(IDLE);

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(hostile.size());
        assertThat(dead).allSatisfy(r -> assertThat(header(r, DeadLetters.REASON)).isNotBlank());
        assertThat(read().stream().filter(f -> f.type() == FactType.SPRINT))
                .extracting(f -> f.playerId() + "@" + f.detailsAs(Sprint.class).startedAt().toEpochMilli())
                .containsExactlyInAnyOrderElementsOf(MATCH.sprints().stream()
                        .map(s -> s.playerId() + "@" + s.startedAt()).toList());
    }

    @Test
    void theSeasonChoosesTheRule() {
        long t0 = Instant.parse("2025-09-01T15:30:00Z").toEpochMilli();
        for (String season : List.of("2024-25", "2025-26")) {
            for (int i = 0; i <= 50; i++) { // 0.6 s at 7.5 m/s: a sprint only under the 2025-26 rule
                double speed = i >= 20 && i <= 35 ? 7.5 : 2.0;
                send(new PositionFrame(MATCH_ID + season, null, season, 1, 1, i, Instant.ofEpochMilli(t0 + i * 40L),
                        List.of(new TrackedObject("P1", "T1", i, 0, speed, null))));
            }
        }
        driver.advanceWallClockTime(SUMMARY);
        assertThat(read().stream().filter(f -> f.type() == FactType.SPRINT))
                .extracting(MatchFact::season).containsExactly("2025-26");
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The frame with the player of {@code sprint} jogging during it instead. */
    private static PositionFrame withoutSprint(PositionFrame frame, MatchTrackingGenerator.TrueSprint sprint) {
        long at = frame.t().toEpochMilli();
        if (at < sprint.startedAt() || at > sprint.endedAt()) {
            return frame;
        }
        return new PositionFrame(frame.matchId(), frame.competition(), frame.season(), frame.matchday(), frame.period(),
                frame.frame(), frame.t(), frame.objects().stream().map(o -> sprint.playerId().equals(o.playerId())
                        ? new TrackedObject(o.playerId(), o.teamId(), o.x(), o.y(), 3.0, null) : o).toList());
    }

    private void send(PositionFrame frame) {
        positions.pipeInput(frame.matchId(), Json.write(frame));
    }

    /** The facts published so far: valid for the dispatcher and for the schema of match-facts (docs/asyncapi.yaml). */
    private List<MatchFact> read() {
        return facts.readKeyValuesToList().stream().map(r -> {
            assertThat(ContractSchemas.load().errors(Topics.MATCH_FACTS, r.key, r.value)).as("schema errors").isEmpty();
            var parse = FactCodec.read(r.value);
            assertThat(parse.isValid()).as(String.valueOf(parse.reason())).isTrue();
            return parse.fact();
        }).toList();
    }

    private static List<MatchFact> summaries(List<MatchFact> facts) {
        return facts.stream().filter(f -> f.type() == FactType.SPEED_SUMMARY).toList();
    }

    /** The generated match as contract frames, one per sample time, with or without the speed. */
    static List<PositionFrame> frames(Match match, String season, boolean withSpeed) {
        return frames(match, MATCH_ID, null, season, withSpeed);
    }

    /** As above, as match {@code matchId} of {@code competition} (none where null). */
    static List<PositionFrame> frames(Match match, String matchId, String competition, String season,
                                      boolean withSpeed) {
        return IntStream.range(0, match.frames())
                .mapToObj(i -> match.frame(i, matchId, competition, season, 3, withSpeed)).toList();
    }
}
