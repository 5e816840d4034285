package skill.cli;

import io.micronaut.context.ApplicationContext;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.cli.realdata.DflRawTotals;
import skill.cli.realdata.LatestStandings;
import skill.cli.realdata.RawTotals;
import skill.cli.realdata.StatsBombRawTotals;
import skill.core.SharedData;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;
import skill.importer.dfl.DflImporter;
import skill.importer.statsbomb.StatsBombImporter;
import skill.testsupport.TestInfrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Real data through the whole pipeline: the DFL match DFL-MAT-J03WPY (2. Bundesliga 2022/23; data © DFL,
 * CC BY 4.0, Bassek et al. 2025) and all 33 of Leverkusen's Bundesliga 2023/24 matches with events in
 * StatsBomb open data (credit StatsBomb), about 47,000 facts, are imported, produced to match-facts and
 * run through dispatcher → PostgreSQL → finisher and initiator calculators → skill-standings. Each
 * player's published goals, shots, xGoals, xAssist (StatsBomb only) and minutes must equal totals
 * computed here straight from the raw files, without the importers (about a minute on two cores).
 *
 * <p>Metrics are published rounded to 3 decimals, hence the tolerance 0.0005. Minutes: the pipeline
 * counts each on-pitch stretch in whole epoch seconds (truncating both ends, an error under 1 s per
 * stretch) and publishes season seconds / 60 rounded down. So the published minutes must lie between
 * the raw seconds minus and plus one second per stretch, each / 60 rounded down: ±1 minute for a single
 * match, up to ±2 for a regular's season of 66 stretches. xAssist follows contract §3, not key_pass_id
 * alone: a shot without key_pass_id takes the possession fallback (see {@link StatsBombRawTotals}).
 */
class RealDataPipelineTest {
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final String DFL = "dfl/J03WPY";
    private static final String STATSBOMB = "statsbomb/bundesliga-2023-24";
    private static final double METRIC_TOLERANCE = 0.0005 + 1e-9;
    private static Topics topics;
    private static ApplicationContext context;
    private static RawTotals dfl;
    private static RawTotals statsBomb;

    @BeforeAll
    static void start() {
        // The test itself skips or fails (assumptions in @BeforeAll would leave no trace in surefire's report).
        if (!SharedData.present(DFL) || !SharedData.present(STATSBOMB)) {
            return;
        }
        Path dflFolder = SharedData.require(DFL);
        Path sbFolder = SharedData.require(STATSBOMB);
        List<MatchFact> facts = new ArrayList<>(new DflImporter().read(dflFolder));
        Map<String, List<MatchFact>> season = new StatsBombImporter().readAll(sbFolder);
        List<String> matchIds = List.copyOf(season.keySet());
        matchIds.forEach(id -> facts.addAll(season.get(id)));
        dfl = DflRawTotals.read(dflFolder);
        statsBomb = StatsBombRawTotals.read(sbFolder, matchIds);

        TestSystem system = TestSystem.start("realdata", Map.of("skill.scoring.min-minutes", 0,
                "skill.calculators.skills", "finisher, initiator"));
        topics = system.topics();
        context = system.context();
        produce(facts);
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void publishedStandingsEqualTotalsFromTheRawFiles() {
        SharedData.require(DFL);
        SharedData.require(STATSBOMB);
        try (LatestStandings standings = new LatestStandings(topics.skillStandings())) {
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                SoftAssertions soft = new SoftAssertions();
                // No DFL assists: BallPossessionPhase is per action, so no pass is derived as an assist.
                compare(soft, standings, "BL2", "2022-23", dfl, false); // J03WPY is a 2. Bundesliga match
                compare(soft, standings, "BL1", "2023-24", statsBomb, true);
                soft.assertAll();
            });
        }
    }

    private static void compare(SoftAssertions soft, LatestStandings latest, String competition, String season,
                                RawTotals raw, boolean assists) {
        Standings finisher = latest.poll(Skill.FINISHER.rankingKey(competition, season)).orElse(null);
        Standings initiator = latest.poll(Skill.INITIATOR.rankingKey(competition, season)).orElse(null);
        soft.assertThat(finisher).as("%s finisher standings", season).isNotNull();
        soft.assertThat(initiator).as("%s initiator standings", season).isNotNull();
        if (finisher == null || initiator == null) {
            return;
        }
        raw.players().forEach((id, p) -> {
            StandingEntry f = finisher.entryOf(id).orElse(null);
            soft.assertThat(f).as("%s %s in the finisher standings", season, id).isNotNull();
            if (f == null) {
                return;
            }
            metric(soft, season, id, f, "goals", p.goals);
            metric(soft, season, id, f, "shots", p.shots);
            metric(soft, season, id, f, "xGoals", p.xGoals);
            long low = (long) Math.floor((p.seconds - p.intervals) / 60);
            long high = (long) Math.floor((p.seconds + p.intervals) / 60);
            soft.assertThat(f.minutesPlayed()).as("%s %s minutes (raw %.1f s in %d stretches)", season, id,
                    p.seconds, p.intervals).isBetween(low, high);
            if (assists) {
                initiator.entryOf(id).ifPresentOrElse(i -> metric(soft, season, id, i, "xAssist", p.xAssist),
                        () -> soft.fail("%s %s missing from the initiator standings", season, id));
            }
        });
        // Everyone else listed (a squad player who never came on) has nothing to his name.
        finisher.entries().stream().filter(e -> !raw.players().containsKey(e.playerId())).forEach(e -> {
            soft.assertThat(e.minutesPlayed()).as("%s %s minutes", season, e.playerId()).isZero();
            metric(soft, season, e.playerId(), e, "shots", 0);
        });
    }

    private static void metric(SoftAssertions soft, String season, String playerId, StandingEntry entry,
                               String metric, double expected) {
        Double actual = entry.metrics().get(metric);
        soft.assertThat(actual == null ? Double.NaN : actual).as("%s %s %s", season, playerId, metric)
                .isCloseTo(expected, within(METRIC_TOLERANCE));
    }

    /** Batched rather than one acknowledged send per fact: some ten thousand facts. Key = matchId (§1). */
    private static void produce(List<MatchFact> facts) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = facts.stream().map(f -> producer.send(
                    new ProducerRecord<>(topics.matchFacts(), f.matchId(), FactCodec.write(f)))).toList();
            producer.flush();
            for (Future<RecordMetadata> s : sent) {
                s.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not produce the facts", e);
        }
    }
}
