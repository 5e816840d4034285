package skill.calculators;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.calculators.streams.SkillTopology;
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.model.MatchFact;
import skill.core.skills.FinisherModel;
import skill.core.skills.MatchLines;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.Skill;
import skill.core.standings.Ranking;
import skill.core.standings.Standings;
import skill.core.standings.ScoreFormula;
import skill.core.standings.StandingsCalculator;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.core.Facts.min;

/**
 * Throwing away a calculator's state and changelogs and recomputing from match-fact-updates gives
 * byte-identical rankings and standings (on a real broker, with exactly-once processing).
 */
class RebuildIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final FinisherModel MODEL = new FinisherModel();
    private static final int MIN_MINUTES = 90;

    @TempDir
    Path stateDir;

    @Test
    void aRebuiltCalculatorPublishesByteIdenticalRankings() throws Exception {
        String prefix = KafkaTestSupport.uniquePrefix("rebuild");
        Topics topics = Topics.defaults().withPrefix(prefix);
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        TopicProvisioner.create(KafkaConnection.of(bootstrap), topics, 2, (short) 1);
        Standings expected = expectedStandings(publishSeason(topics));
        String appId = CalculatorsService.applicationId(prefix + "calculator", EnumSet.of(Skill.FINISHER));

        List<ConsumerRecord<String, String>> first = finalOutputs(topics, appId, expected, 0);
        CalculatorReset.reset(KafkaConnection.of(bootstrap), appId, stateDir);
        List<ConsumerRecord<String, String>> rebuilt = finalOutputs(topics, appId, expected, first.get(0).offset() + 1);

        assertThat(rebuilt.get(0).offset()).isGreaterThan(first.get(0).offset());
        assertThat(rebuilt).extracting(ConsumerRecord::value).isEqualTo(first.stream().map(ConsumerRecord::value).toList());
    }

    /** Runs the calculator until its latest ranking and standings (past {@code after}) show the final season. */
    private List<ConsumerRecord<String, String>> finalOutputs(Topics topics, String appId, Standings expected, long after) {
        var calculator = new StandingsCalculator(MODEL, new ScoreFormula(MODEL.defaultWeights()), MIN_MINUTES);
        KafkaStreams streams = new KafkaStreams(SkillTopology.build(topics, List.of(calculator)),
                CalculatorsService.streamsConfig(appId, KafkaConnection.of(TestInfrastructure.kafkaBootstrapServers()), stateDir, 1,
                        Duration.ofMillis(CalculatorsService.DEFAULT_COMMIT_INTERVAL_MS)));
        try {
            streams.start();
            var ranking = latest(topics.skillRankings(), after, r -> sameContent(Json.read(bytes(r), Ranking.class),
                    expected.ranking()));
            var standings = latest(topics.skillStandings(), 0, r -> Json.read(bytes(r), Standings.class).entries()
                    .equals(expected.entries()));
            return List.of(ranking, standings);
        } finally {
            streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(WAIT));
        }
    }

    /** Waits until the last message (one partition: one key) at or after {@code after} passes {@code done}. */
    private static ConsumerRecord<String, String> latest(String topic, long after,
                                                         Predicate<ConsumerRecord<String, String>> done) {
        List<ConsumerRecord<String, String>> read = KafkaTestSupport.awaitRecords(topic, records -> {
            var fresh = records.stream().filter(r -> r.offset() >= after).toList();
            return !fresh.isEmpty() && done.test(fresh.get(fresh.size() - 1));
        }, WAIT);
        return read.stream().filter(r -> r.offset() >= after).reduce((a, b) -> b).orElseThrow();
    }

    private static boolean sameContent(Ranking a, Ranking b) {
        return a.asOfMatchday() == b.asOfMatchday() && a.entries().equals(b.entries());
    }

    /** The standings of the final fact set, computed directly by the domain model. */
    private static Standings expectedStandings(List<MatchFact> finalFacts) {
        Map<String, List<PlayerMatchLine>> byPlayer = new TreeMap<>();
        finalFacts.stream().collect(Collectors.groupingBy(MatchFact::matchId)).forEach((match, facts) ->
                MatchLines.of(match, facts, MODEL).values()
                        .forEach(l -> byPlayer.computeIfAbsent(l.playerId(), p -> new ArrayList<>()).add(l)));
        return new StandingsCalculator(MODEL, new ScoreFormula(MODEL.defaultWeights()), MIN_MINUTES)
                .standings("BL1", Facts.SEASON, byPlayer);
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
