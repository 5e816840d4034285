package skill.calculators.streams;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

import java.io.IOException;
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

import static org.assertj.core.api.Assertions.assertThat;

class SprintDetectionTopologyTest {
    private static final Duration SUMMARY = Duration.ofSeconds(10);
    private static final String MATCH_ID = "M1";
    private static final Match MATCH = MatchTrackingGenerator.generate(11, 10, 1.5);

    @TempDir
    Path tempDir;
    private Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> positions;
    private TestOutputTopic<String, byte[]> facts;

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
        driver = new TopologyTestDriver(SprintDetectionTopology.build(topics, SprintRules.defaults(), SUMMARY), props);
        positions = driver.createInputTopic(topics.matchPositions(), new StringSerializer(), new ByteArraySerializer());
        facts = driver.createOutputTopic(topics.matchFacts(), new StringDeserializer(), new ByteArrayDeserializer());
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
    void computesSpeedFromPositionsWhenFramesHaveNone() {
        frames(MATCH, "2023-24", false).forEach(this::send);
        driver.advanceWallClockTime(SUMMARY);
        assertThat(read().stream().filter(f -> f.type() == FactType.SPRINT)).hasSize(MATCH.sprints().size());
    }

    @Test
    void aMatchSentAgainReplacesItsSprintsWithAHigherVersionAndNeverDoublesThem() {
        List<PositionFrame> frames = frames(MATCH, "2023-24", true);
        frames.forEach(this::send);
        driver.advanceWallClockTime(SUMMARY);
        List<MatchFact> first = read();
        frames.forEach(this::send);
        driver.advanceWallClockTime(SUMMARY);
        List<MatchFact> again = read();

        List<String> sprintIds = first.stream().filter(f -> f.type() == FactType.SPRINT).map(MatchFact::factId).toList();
        assertThat(again.stream().filter(f -> f.type() == FactType.SPRINT))
                .allSatisfy(f -> assertThat(f.version()).isEqualTo(2))
                .extracting(MatchFact::factId).containsExactlyInAnyOrderElementsOf(sprintIds);
        assertThat(summaries(again)).allSatisfy(f -> assertThat(f.version()).isGreaterThan(1));
    }

    @Test
    void theSeasonChoosesTheRuleAndUnreadableFramesAreSkipped() {
        positions.pipeInput(MATCH_ID, "not json".getBytes());
        long t0 = Instant.parse("2025-09-01T15:30:00Z").toEpochMilli();
        for (String season : List.of("2024-25", "2025-26")) {
            for (int i = 0; i <= 50; i++) { // 0.6 s at 7.5 m/s: a sprint only under the 2025-26 rule
                double speed = i >= 20 && i <= 35 ? 7.5 : 2.0;
                send(new PositionFrame(MATCH_ID + season, season, 1, 1, i, Instant.ofEpochMilli(t0 + i * 40L),
                        List.of(new TrackedObject("P1", "T1", i, 0, speed, null))));
            }
        }
        driver.advanceWallClockTime(SUMMARY);
        assertThat(read().stream().filter(f -> f.type() == FactType.SPRINT))
                .extracting(MatchFact::season).containsExactly("2025-26");
    }

    private void send(PositionFrame frame) {
        positions.pipeInput(frame.matchId(), Json.write(frame));
    }

    private List<MatchFact> read() {
        return facts.readValuesToList().stream().map(bytes -> {
            var parse = FactCodec.read(bytes);
            assertThat(parse.isValid()).as(String.valueOf(parse.reason())).isTrue();
            return parse.fact();
        }).toList();
    }

    private static List<MatchFact> summaries(List<MatchFact> facts) {
        return facts.stream().filter(f -> f.type() == FactType.SPEED_SUMMARY).toList();
    }

    /** The generated match as contract frames, one per sample time, with or without the speed. */
    static List<PositionFrame> frames(Match match, String season, boolean withSpeed) {
        List<PositionFrame> frames = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            var first = match.tracks().get(0).periods().get(p);
            for (int i = 0; i < first.size(); i++) {
                List<TrackedObject> objects = new ArrayList<>();
                for (var track : match.tracks()) {
                    var period = track.periods().get(p);
                    objects.add(new TrackedObject(track.playerId(), track.teamId(), period.x()[i], period.y()[i],
                            withSpeed ? (double) period.speed()[i] : null, null));
                }
                objects.add(new TrackedObject("BALL", null, 0, 0, null, true)); // never a player
                frames.add(new PositionFrame(MATCH_ID, season, 3, p + 1, frames.size(),
                        Instant.ofEpochMilli(first.at(i)), objects));
            }
        }
        return frames;
    }
}
