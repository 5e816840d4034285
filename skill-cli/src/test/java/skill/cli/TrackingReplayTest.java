package skill.cli;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.core.codec.FactCodec;
import skill.core.codec.FrameCodec;
import skill.core.model.PositionFrame;
import skill.importer.FrameFiles;
import skill.importer.ImportProblems;
import skill.importer.synthetic.SeasonGenerator;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.cli.CliRun.onTestBroker;
import static skill.cli.CliRun.run;

/** Tracking frames: generate season --tracking writes them, replay publishes them with the facts, by time. */
class TrackingReplayTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void aGeneratedMatchdayWithTrackingInterleavesFactsAndFramesByTime() {
        ReplaySource source = ReplaySource.open("generated:seed=1,matchdays=1,tracking=true,hz=1");
        long facts = 0;
        long frames = 0;
        int switches = 0;
        Replayed previous = null;
        Map<String, Instant> lastFrame = new HashMap<>();
        try (Stream<Replayed> messages = source.messages()) {
            for (Iterator<Replayed> it = messages.iterator(); it.hasNext(); ) {
                Replayed m = it.next();
                if (m.isFrame()) {
                    frames++;
                    Instant before = lastFrame.put(m.matchId(), m.at());
                    assertThat(before == null || m.at().isAfter(before)).as("frames of a match in time order").isTrue();
                    // nothing published before a frame happened after it
                    assertThat(previous == null || !m.at().isBefore(previous.at())).isTrue();
                } else {
                    facts++;
                }
                switches += previous != null && previous.isFrame() != m.isFrame() ? 1 : 0;
                previous = m;
            }
        }
        assertThat(lastFrame).hasSize(9);
        SeasonGenerator generator = new SeasonGenerator(1, 1);
        assertThat(facts).isEqualTo(generator.facts().count());
        assertThat(frames).isEqualTo(generator.tracking(1, 1).count());
        assertThat(switches).as("facts and frames interleaved").isGreaterThan(5_000);
        assertThat(source.expected()).isBetween((facts + frames) * 9 / 10, (facts + frames) * 11 / 10);
    }

    @Test
    void aReplayOfAGeneratedMatchdayWithTrackingPublishesEveryFactAndFrameToItsTopic() {
        String prefix = KafkaTestSupport.uniquePrefix("replay-tracking");
        KafkaTestSupport.createTopics(1, prefix + "match-facts", prefix + "match-positions");
        SeasonGenerator generator = new SeasonGenerator(2, 1);

        CliRun replay = onTestBroker("replay", "generated:seed=2,matchdays=1,tracking=true,hz=1", "--topic",
                prefix + "match-facts", "--positions-topic", prefix + "match-positions");

        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        long frames = generator.tracking(1, 1).count();
        assertThat(replay.out()).contains(String.format("facts of 9 matches to %smatch-facts and %,d frames to "
                + "%smatch-positions", prefix, frames, prefix));
        assertThat(readAll(prefix + "match-facts", r -> assertThat(FactCodec.read(r.value()).problems()).isEmpty()))
                .isEqualTo(generator.facts().count());
        assertThat(readAll(prefix + "match-positions", inTimeOrderPerMatch())).isEqualTo(frames);
    }

    @Test
    void generateWritesTheTrackingAndReplayPublishesItWithTheFacts(@TempDir Path dir) {
        Path facts = dir.resolve("season.ndjson.gz");
        Path frames = dir.resolve("frames.ndjson.gz");
        CliRun generate = run("generate", "season", "--seed", "5", "--matchdays", "2", "--out", facts.toString(),
                "--tracking", frames.toString(), "--tracking-matchdays", "1", "--tracking-hz", "1");
        assertThat(generate.exit()).as(generate.err()).isZero();
        SeasonGenerator generator = new SeasonGenerator(5, 2);
        long written;
        try (Stream<PositionFrame> read = FrameFiles.read(frames, new ImportProblems())) {
            Iterator<PositionFrame> expected = generator.tracking(1, 1).iterator();
            written = read.peek(frame -> assertThat(frame).isEqualTo(expected.next())).count();
            assertThat(expected.hasNext()).isFalse();
        }
        assertThat(generate.out()).contains(String.format("Wrote %,d frames (1 Hz) of 9 matches to %s", written,
                frames));

        String prefix = KafkaTestSupport.uniquePrefix("replay-frames-file");
        KafkaTestSupport.createTopics(1, prefix + "match-facts", prefix + "match-positions");
        CliRun replay = onTestBroker("replay", facts.toString(), "--frames", frames.toString(), "--topic",
                prefix + "match-facts", "--positions-topic", prefix + "match-positions", "--speed", "0");

        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("facts of 18 matches", String.format("and %,d frames to", written));
        assertThat(readAll(prefix + "match-facts", r -> { })).isEqualTo(generator.facts().count());
        assertThat(readAll(prefix + "match-positions", inTimeOrderPerMatch())).isEqualTo(written);
    }

    @Test
    void helpNamesTheTrackingOptions() {
        assertThat(run("generate", "season", "--help").out()).contains("--tracking=FILE", "--tracking-matchdays",
                "--tracking-hz", "146,000 frames");
        assertThat(run("replay", "--help").out()).contains("tracking=true", "--frames=FILE", "--positions-topic");
        CliRun both = run("replay", "generated:seed=1,tracking=true", "--frames", "frames.ndjson");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("Either tracking=true or --frames");
    }

    /** Each record is a frame of its key's match, and a match's frames come in time order. */
    private static Consumer<ConsumerRecord<String, byte[]>> inTimeOrderPerMatch() {
        Map<String, Instant> last = new HashMap<>();
        return r -> {
            PositionFrame frame = FrameCodec.read(r.value());
            assertThat(frame.matchId()).isEqualTo(r.key());
            assertThat(frame.objects()).hasSizeGreaterThan(20);
            Instant before = last.put(frame.matchId(), frame.t());
            assertThat(before == null || frame.t().isAfter(before)).as("%s after %s", frame.t(), before).isTrue();
        };
    }

    /** Every record of a one-partition topic, from its beginning to its current end, handed to {@code each}. */
    private static long readAll(String topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + WAIT.toNanos();
            long read = 0;
            while (consumer.position(partition) < end) {
                assertThat(System.nanoTime()).as("read %s within %s", topic, WAIT).isLessThan(deadline);
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    each.accept(r);
                    read++;
                }
            }
            return read;
        }
    }
}
