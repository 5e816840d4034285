package skill.calculators.streams;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.calculators.CalculatorsService;
import skill.calculators.SprintDetectionService;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.core.codec.Json;
import skill.core.model.FactDetails.Sprint;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.sprints.MatchTrackingGenerator;
import skill.core.sprints.MatchTrackingGenerator.Match;
import skill.core.sprints.MatchTrackingGenerator.PeriodTrack;
import skill.core.sprints.MatchTrackingGenerator.TrueSprint;
import skill.core.sprints.SprintRules;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sprint detector, whose tracks are written per frame to a cached store (changelogged as the task
 * commits), resumes exactly where it committed: on the test broker, with the service's exactly-once
 * settings, a match whose frames are split inside a sprint yields its true sprints, each once, after a
 * clean restart on an empty state directory (tracks restored from the changelog) and after a crash
 * that threw away frames processed since the last commit (the transaction aborted, the frames redone).
 */
class SprintDetectorRestartIntegrationTest {
    private static final Duration WAIT = Duration.ofMinutes(3);
    /** Longer than the test: the punctuation never runs; the tracks reach the changelog only as the task commits. */
    private static final Duration SUMMARY = Duration.ofMinutes(10);
    /** Long: the match must not end (which closes open stretches) while the detector is down. */
    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final String MATCH_ID = "M-RESTART";
    private static final Match MATCH = MatchTrackingGenerator.generate(5, 10, 3);

    @TempDir
    Path tempDir;
    private Topics topics;
    private String applicationId;
    private TopicPartition input;
    private TopicPartition output;
    private Admin admin;
    private final List<KafkaStreams> started = new ArrayList<>();

    @BeforeEach
    void topics() throws Exception {
        String prefix = KafkaTestSupport.uniquePrefix("sprint-restart");
        topics = Topics.defaults().withPrefix(prefix);
        applicationId = prefix + "sprint-detector";
        TopicProvisioner.create(KafkaConnection.of(TestInfrastructure.kafkaBootstrapServers()), topics, 1, (short) 1);
        input = new TopicPartition(topics.matchPositions(), 0);
        output = new TopicPartition(topics.matchFacts(), 0);
        admin = Admin.create(KafkaConnection.of(TestInfrastructure.kafkaBootstrapServers()).config());
    }

    @AfterEach
    void stop() {
        started.forEach(streams -> streams.close(Duration.ofSeconds(30)));
        admin.close();
    }

    @Test
    void aCleanRestartOnAnEmptyStateDirectoryContinuesTheOpenSprintsFromTheChangelog() throws Exception {
        int split = frameInsideASprint(1);
        KafkaStreams first = start(tempDir.resolve("first"), props -> { }, topology());
        produce(0, split);
        awaitCommitted(first, split);
        close(first);

        KafkaStreams second = start(tempDir.resolve("second"), props -> { }, topology());
        produce(split, MATCH.frames());
        awaitCommitted(second, MATCH.frames());
        close(second);

        assertTheTrueSprintsOnce();
    }

    @Test
    void aCrashDiscardsTheFramesProcessedSinceTheLastCommitAndTheRestartRedoesThem() throws Exception {
        int split = frameInsideASprint(1);
        int crashAt = frameInsideASprint(2);
        Path state = tempDir.resolve("state");
        KafkaStreams first = start(state, props -> { }, topology());
        produce(0, split);
        awaitCommitted(first, split);
        close(first);

        // Never commits on its own; its stream thread dies at frame crashAt, after the detector took it.
        AtomicInteger seen = new AtomicInteger();
        Topology crashing = topology();
        crashing.addProcessor("crash", () -> new CrashAt(crashAt, seen), SprintDetectionTopology.SOURCE);
        KafkaStreams crashed = start(state, props -> {
            props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 300_000); // longer than the test
            props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 300_000);
        }, crashing);
        produce(split, MATCH.frames());
        await().until(() -> crashed.state() == KafkaStreams.State.ERROR);
        assertThat(seen).as("frames processed since the last commit").hasValue(crashAt - split + 1);
        assertThat(committed()).as("the crashed instance committed nothing").isEqualTo(split);
        close(crashed);

        KafkaStreams restarted = start(state, props -> { }, topology());
        awaitCommitted(restarted, MATCH.frames());
        close(restarted);

        assertTheTrueSprintsOnce();
    }

    /** Every SPRINT fact committed to match-facts is a true sprint at version 1, and every true sprint is there once. */
    private void assertTheTrueSprintsOnce() {
        await().until(() -> endOffset(IsolationLevel.READ_COMMITTED) == endOffset(IsolationLevel.READ_UNCOMMITTED));
        List<MatchFact> sprints = committedFacts().stream().filter(f -> f.type() == FactType.SPRINT).toList();
        assertThat(sprints).allSatisfy(f -> {
            assertThat(f.deleted()).isFalse();
            assertThat(f.version()).isEqualTo(1);
        });
        assertThat(sprints).extracting(MatchFact::factId).doesNotHaveDuplicates();
        assertThat(sprints).extracting(f -> f.playerId() + "@" + f.detailsAs(Sprint.class).startedAt().toEpochMilli()
                        + "-" + f.detailsAs(Sprint.class).endedAt().toEpochMilli())
                .containsExactlyInAnyOrderElementsOf(MATCH.sprints().stream()
                        .map(s -> s.playerId() + "@" + s.startedAt() + "-" + s.endedAt()).toList());
    }

    /** The frame in the middle of the period's true sprint nearest the middle of the period. */
    private static int frameInsideASprint(int period) {
        List<PeriodTrack> periods = MATCH.tracks().get(0).periods();
        PeriodTrack track = periods.get(period - 1);
        long middle = track.at(track.size() / 2);
        TrueSprint sprint = MATCH.sprints().stream().filter(s -> s.period() == period)
                .min(Comparator.comparingLong(s -> Math.abs(s.startedAt() - middle))).orElseThrow();
        int before = IntStream.range(0, period - 1).map(p -> periods.get(p).size()).sum();
        int frame = before + (int) (((sprint.startedAt() + sprint.endedAt()) / 2 - track.startedAt()) / track.stepMs());
        assertThat(MATCH.sprints()).as("a sprint open across frame %d", frame).anySatisfy(s -> assertThat(
                s.startedAt() < track.at(frame - before) && s.endedAt() > track.at(frame - before)).isTrue());
        return frame;
    }

    private Topology topology() {
        return SprintDetectionTopology.build(topics, SprintRules.defaults(), SUMMARY, IDLE);
    }

    /** The detector with the service's Streams settings on its own state directory; a failure ends it. */
    private KafkaStreams start(Path stateDir, Consumer<Properties> settings, Topology topology) {
        Properties props = CalculatorsService.streamsConfig(applicationId,
                KafkaConnection.of(TestInfrastructure.kafkaBootstrapServers()), stateDir, 1,
                Duration.ofMillis(SprintDetectionService.DEFAULT_COMMIT_INTERVAL_MS));
        // A crashed member stays in the group until its session times out: the broker's minimum.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
        settings.accept(props);
        KafkaStreams streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        started.add(streams);
        streams.start();
        return streams;
    }

    /** As the service stops it: the pending transaction commits. */
    private static void close(KafkaStreams streams) {
        assertThat(streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(WAIT))).isTrue();
    }

    private void produce(int from, int to) {
        KafkaTestSupport.produceAll(topics.matchPositions(), MATCH_ID, IntStream.range(from, to)
                .mapToObj(i -> Json.write(MATCH.frame(i, MATCH_ID, null, "2023-24", 3, true))).toList());
    }

    private void awaitCommitted(KafkaStreams streams, long offset) throws Exception {
        await().failFast("the detector failed", () -> streams.state() == KafkaStreams.State.ERROR)
                .until(() -> committed() >= offset);
        assertThat(committed()).isEqualTo(offset);
    }

    /** The detector's committed offset on match-positions (0 before its first commit). */
    private long committed() throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get()
                .get(input);
        return offset == null ? 0 : offset.offset();
    }

    /** Equal for both isolation levels once no transaction on match-facts is open or awaiting its markers. */
    private long endOffset(IsolationLevel isolation) throws Exception {
        return admin.listOffsets(Map.of(output, OffsetSpec.latest()), new ListOffsetsOptions(isolation))
                .partitionResult(output).get().offset();
    }

    /** match-facts from the beginning to its end, committed records only, each a valid fact. */
    private List<MatchFact> committedFacts() {
        List<MatchFact> facts = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(output));
            consumer.seekToBeginning(List.of(output));
            long end = consumer.endOffsets(List.of(output)).get(output);
            await().pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                    var parse = FactCodec.read(r.value());
                    assertThat(parse.isValid()).as(String.valueOf(parse.reason())).isTrue();
                    facts.add(parse.fact());
                });
                return consumer.position(output) >= end;
            });
        }
        return facts;
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200));
    }

    /** Counts the frames it sees and fails its task at the frame at {@code offset}. */
    private static final class CrashAt implements Processor<String, byte[], Void, Void> {
        private final long offset;
        private final AtomicInteger seen;
        private ProcessorContext<Void, Void> context;

        CrashAt(long offset, AtomicInteger seen) {
            this.offset = offset;
            this.seen = seen;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            seen.incrementAndGet();
            if (context.recordMetadata().orElseThrow().offset() == offset) {
                throw new IllegalStateException("crash test: the stream thread dies at offset " + offset);
            }
        }
    }
}
