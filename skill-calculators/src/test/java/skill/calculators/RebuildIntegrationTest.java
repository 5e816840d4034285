package skill.calculators;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.calculators.CalculatorsRunner.Rebuild;
import skill.calculators.CalculatorsRunner.State;
import skill.calculators.streams.FactToRanking;
import skill.calculators.streams.SkillTopology;
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.model.MatchFact;
import skill.core.skills.FinisherModel;
import skill.core.skills.MatchLines;
import skill.core.skills.PlayerMatchLine;
import skill.core.standings.BadgeEvent;
import skill.core.standings.BadgeEvents;
import skill.core.standings.ScoreFormula;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.core.Facts.min;

/**
 * A rebuild beside the running calculators (on a real broker, exactly-once): the new generation
 * catches up publishing nothing and takes over; under unchanged formulas it publishes nothing at all,
 * and the running instance carries on as the new generation; under changed formulas it publishes the
 * new standings and ranking once, with exactly the badge events between the two top 10s.
 */
class RebuildIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final FinisherModel MODEL = new FinisherModel();
    private static final int MIN_MINUTES = 90;
    private static final String KEY = "BL1|2023-24|FINISHER";

    @TempDir
    Path stateDir;

    @Test
    void aRebuildBesideTheRunningCalculatorsPublishesOnlyWhatChanged() throws Exception {
        String prefix = KafkaTestSupport.uniquePrefix("rebuild");
        Topics topics = Topics.defaults().withPrefix(prefix);
        KafkaConnection kafka = KafkaConnection.of(TestInfrastructure.kafkaBootstrapServers());
        TopicProvisioner.create(kafka, topics, 2, (short) 1);
        Standings expected = expectedStandings(publishSeason(topics));

        try (CalculatorsRunner running = runner(kafka, topics, prefix, "running", MODEL.defaultWeights(), Rebuild.NEVER)) {
            await(() -> running.state() == State.LIVE);
            assertThat(running.streams().metadataForLocalThreads()).as("stream threads").hasSize(2);
            await(() -> latestStandings(topics).entries().equals(expected.entries()));
            Map<TopicPartition, Long> before = ends(kafka, topics);

            try (CalculatorsRunner rebuild = runner(kafka, topics, prefix, "same", MODEL.defaultWeights(), Rebuild.NOW)) {
                assertThat(rebuild.generation()).isEqualTo(running.generation() + 1);
                await(() -> rebuild.state() == State.LIVE && running.generation() == rebuild.generation()
                        && running.state() == State.LIVE);
                // A goal of P5 (no minutes, so in no top 10: only the ranking's updatedAt moves) after the
                // takeover: what the rebuild published would come before its messages.
                send(topics, new LinkedHashMap<>(), Facts.shot("P5", 0.9, "GOAL").with("matchId", "M3")
                        .with("matchday", 3).at(min(100)));
                await(() -> latestStandings(topics).entryOf("P5").orElseThrow().metrics().get("goals") == 1.0);
                Map<String, List<String>> sinceTakeover = published(kafka, topics, before);
                assertThat(sinceTakeover).as("nothing published by a rebuild under the same formulas, only P5's goal")
                        .isEqualTo(Map.of(topics.skillStandings(), List.of(KEY), topics.skillRankings(), List.of(KEY),
                                topics.skillStandingsByMatchday(), List.of(KEY + "|3")));
            }

            Standings published = latestStandings(topics);
            Map<TopicPartition, Long> beforeNewFormulas = ends(kafka, topics);
            try (CalculatorsRunner byShots = runner(kafka, topics, prefix, "shots", Map.of("shots", 1.0), Rebuild.NOW)) {
                await(() -> byShots.state() == State.LIVE && running.state() == State.SUPERSEDED);
                List<ConsumerRecord<String, String>> standings = after(topics.skillStandings(), beforeNewFormulas);
                // A shot of P5 (in no top 10) once the takeover published: nothing else may come between.
                send(topics, new LinkedHashMap<>(), Facts.shot("P5", 0.1, "WIDE").with("matchId", "M3")
                        .with("matchday", 3).at(min(101)));
                await(() -> latestStandings(topics).entryOf("P5").orElseThrow().metrics().get("shots") == 2.0);
                assertThat(published(kafka, topics, beforeNewFormulas)).as("the takeover's messages, then P5's shot")
                        .containsEntry(topics.skillStandings(), List.of(KEY, KEY))
                        .containsEntry(topics.skillRankings(), List.of(KEY, KEY));
                Standings now = Json.read(bytes(standings.get(0)), Standings.class);
                List<BadgeEvent> events = after(topics.skillBadgeEvents(), beforeNewFormulas).stream()
                        .map(r -> Json.read(bytes(r), BadgeEvent.class)).toList();
                assertThat(events).isNotEmpty().noneMatch(BadgeEvent::live);
                assertThat(events.stream().map(e -> e.playerId() + " " + e.kind() + " " + e.newRank())
                        .collect(Collectors.toSet())).isEqualTo(BadgeEvents.between(published, now,
                                events.get(0).cause(), false).stream()
                        .map(e -> e.playerId() + " " + e.kind() + " " + e.newRank()).collect(Collectors.toSet()));
            }
        }
    }

    private CalculatorsRunner runner(KafkaConnection kafka, Topics topics, String prefix, String instance,
                                     Map<String, Double> weights, Rebuild rebuild) throws Exception {
        var calculator = new StandingsCalculator(MODEL, new ScoreFormula(weights), MIN_MINUTES);
        return new CalculatorsRunner(new CalculatorsRunner.Settings(kafka, topics, prefix + "calculator-finisher",
                CalculatorsService.formulas(List.of(calculator), 0.5), stateDir.resolve(instance), (short) 1,
                Duration.ofMillis(CalculatorsService.DEFAULT_COMMIT_INTERVAL_MS), 2,
                gate -> SkillTopology.build(topics, List.of(calculator), SkillTopology.DEFAULT_LIVE_WINDOW,
                        FactToRanking.IGNORED, gate), streams -> { }), rebuild);
    }

    private static void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    /** The keys published on each output topic from {@code ends} until now. */
    private static Map<String, List<String>> published(KafkaConnection kafka, Topics topics,
                                                       Map<TopicPartition, Long> ends) throws Exception {
        return KafkaTestSupport.recordsBetween(ends, ends(kafka, topics)).stream().collect(Collectors.groupingBy(
                ConsumerRecord::topic, TreeMap::new, Collectors.mapping(ConsumerRecord::key, Collectors.toList())));
    }

    /** The end offsets of the output topics: a transaction that publishes anything moves them. */
    private static Map<TopicPartition, Long> ends(KafkaConnection kafka, Topics topics) throws Exception {
        try (Admin admin = Admin.create(kafka.config())) {
            Map<TopicPartition, OffsetSpec> latest = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
            for (String topic : List.of(topics.skillRankings(), topics.skillStandings(), topics.skillStandingsByMatchday(),
                    topics.skillBadgeEvents())) {
                for (int p = 0; p < 2; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, Long> ends = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        }
    }

    /**
     * The records past {@code ends}, once there is one: a takeover publishes in one transaction, so its
     * messages on every topic become readable together.
     */
    private static List<ConsumerRecord<String, String>> after(String topic, Map<TopicPartition, Long> ends) {
        java.util.function.Predicate<ConsumerRecord<String, String>> fresh =
                r -> r.offset() >= ends.get(new TopicPartition(topic, r.partition()));
        return KafkaTestSupport.awaitRecords(topic, read -> read.stream().anyMatch(fresh), WAIT).stream()
                .filter(fresh).toList();
    }

    private static Standings latestStandings(Topics topics) {
        return KafkaTestSupport.awaitRecords(topics.skillStandings(), read -> read.stream().anyMatch(r -> r.key().equals(KEY)),
                        WAIT).stream().filter(r -> r.key().equals(KEY)).reduce((a, b) -> b)
                .map(r -> Json.read(bytes(r), Standings.class)).orElseThrow();
    }

    /** The standings of the final fact set, computed directly by the domain model. */
    private static Standings expectedStandings(List<MatchFact> finalFacts) {
        Map<String, List<PlayerMatchLine>> byPlayer = new TreeMap<>();
        finalFacts.stream().collect(Collectors.groupingBy(MatchFact::matchId)).forEach((match, facts) ->
                MatchLines.of(match, facts, MODEL).values()
                        .forEach(l -> byPlayer.computeIfAbsent(l.playerId(), p -> new ArrayList<>()).add(l)));
        return new StandingsCalculator(MODEL, new ScoreFormula(MODEL.defaultWeights()), MIN_MINUTES)
                .standings(Facts.COMPETITION, Facts.SEASON, byPlayer);
    }

    /** Three matchdays with a correction each; returns the final facts (the latest version of each). */
    private static List<MatchFact> publishSeason(Topics topics) {
        Map<String, MatchFact> latest = new LinkedHashMap<>();
        for (int matchday = 1; matchday <= 3; matchday++) {
            String match = "M" + matchday;
            send(topics, latest, Facts.match("FINISHED", Facts.period(1, min(0), min(45)),
                    Facts.period(2, min(60), min(105))).with("matchId", match).with("matchday", matchday));
            send(topics, latest, Facts.lineup(Facts.HOME, Facts.starter("P1"), Facts.starter("P2"),
                    Facts.starter("P3"), Facts.starter("P4"), Facts.bench("P5"))
                    .with("matchId", match).with("matchday", matchday));
            for (int shot = 0; shot < 6; shot++) {
                Fact f = Facts.shot("P" + (1 + (shot + matchday) % 4), 0.05 + 0.13 * shot,
                        shot % 3 == 0 ? "GOAL" : "SAVED").with("matchId", match).with("matchday", matchday)
                        .at(min(5 + 10 * shot));
                send(topics, latest, f);
                if (shot == 2) {
                    send(topics, latest, f.with("version", 2).with("xGoals", 0.61));
                }
            }
            // Many shots, few goals: ranked by shots alone, the order changes.
            for (int shot = 0; shot < matchday * 2; shot++) {
                send(topics, latest, Facts.shot("P4", 0.02, "WIDE").with("matchId", match).with("matchday", matchday)
                        .at(min(70 + shot)));
            }
        }
        send(topics, latest, Facts.lineup(Facts.AWAY, Facts.starter("P6")).with("matchId", "M3").with("matchday", 3));
        return List.copyOf(latest.values());
    }

    private static void send(Topics topics, Map<String, MatchFact> latest, Fact fact) {
        MatchFact f = fact.fact();
        latest.put(f.factId(), f);
        KafkaTestSupport.produce(topics.matchFactUpdates(), f.rankingScope(), fact.bytes());
    }

    private static byte[] bytes(ConsumerRecord<String, String> r) {
        return r.value().getBytes(StandardCharsets.UTF_8);
    }
}
