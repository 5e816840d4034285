package skill.systemtest;

import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.core.codec.Json;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.skills.Skill;
import skill.core.standings.Ranking;
import skill.importer.synthetic.Fixtures.Fixture;
import skill.importer.synthetic.SeasonGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A generated matchday of two competitions (BL1 and BL2 interleaved in time, four matches each,
 * corrections and deletions included) replayed into the services running as separate processes. An
 * undisturbed run sets the expected end state of both; every disturbed run — SIGKILLs, a database
 * outage and a broker restart, disordered and doubled delivery, two instances of each service losing
 * one — must end in exactly that state, fact for fact. The undisturbed deployment keeps running for
 * what is done beside a settled system: the same facts replayed, and a rebuild of the calculators.
 */
class ResilienceSystemTest {
    private static final long SEED = 2026;
    private static final String SEASON = SeasonGenerator.DEFAULT_SEASON;
    private static final List<String> COMPETITIONS = List.of("BL1", "BL2");
    /** Of each competition's 9: 8 matches, 10,000 facts, a little fewer than one competition's whole matchday (11,500). */
    private static final int MATCHES_PER_COMPETITION = 4;
    /** Slow enough that the replay lasts through every disturbance, as a live matchday would. */
    private static final int LIVE_RATE = 400;
    private static final int FAST = 5_000;
    private static final Duration CATCH_UP = Duration.ofMinutes(5);
    private static final Pattern SKILLS_GENERATION = Pattern.compile("\"skills-generation\":\"(\\d+) (\\w+)\"");

    @TempDir
    static Path dir;
    private static Infrastructure infra;
    private static List<MatchFact> matchday;
    /** The undisturbed run's deployment, settled, and its end state. */
    private static Deployment settled;
    private static FinalState undisturbed;

    @BeforeAll
    static void undisturbedRun() throws Exception {
        infra = Infrastructure.start(dir.resolve("infrastructure"));
        matchday = matchday();
        settled = deploy("undisturbed", 1, 1, Deployment.PARTITIONS);
        FactFeed.start(infra.bootstrapServers(), settled.topics().matchFacts(), FactFeed.messages(matchday), FAST).awaitDone();
        undisturbed = settled(settled);
        assertThat(undisturbed.facts()).hasSize((int) matchday.stream().map(MatchFact::factId).distinct().count());
        assertThat(undisturbed.rest()).hasSize(COMPETITIONS.size() * Skill.values().length)
                .allSatisfy((path, answer) -> assertThat(answer).startsWith("200 "));
    }

    /** The first matches of each competition's first matchday, in replay order. */
    private static List<MatchFact> matchday() {
        SeasonGenerator generator = new SeasonGenerator(SEED, 1, SEASON, COMPETITIONS);
        Set<String> matches = generator.fixtures().collect(Collectors.groupingBy(Fixture::competition)).values().stream()
                .flatMap(fixtures -> fixtures.stream().limit(MATCHES_PER_COMPETITION))
                .map(Fixture::matchId).collect(Collectors.toSet());
        return generator.facts().filter(f -> matches.contains(f.matchId())).toList();
    }

    @AfterEach
    void restoreInfrastructure() {
        infra.restoreStopped();
    }

    @AfterAll
    static void stopInfrastructure() {
        if (settled != null) {
            settled.close();
        }
        infra.close();
    }

    @Test
    void sigkillsOfDispatcherAndCalculatorsAtRandomMomentsChangeNothing() throws Exception {
        try (Deployment d = deploy("crashes", 1, 1, Deployment.PARTITIONS)) {
            FactFeed feed = FactFeed.start(infra.bootstrapServers(), d.topics().matchFacts(), FactFeed.messages(matchday), LIVE_RATE);
            List<ServiceProcess> victims = Stream.concat(d.dispatchers().stream(), d.calculators().stream()).toList();
            AtomicInteger kills = killAtRandom(victims, feed, 10);
            await().atMost(CATCH_UP).until(() -> kills.get() >= 10 && feed.done());
            feed.awaitDone();

            assertEndsAsUndisturbed(d);
            System.out.printf("crashes: %d SIGKILLs survived%n", kills.get());
        }
    }

    @Test
    void aDatabaseOutageOf30SecondsAndABrokerRestartChangeNothing() throws Exception {
        try (Deployment d = deploy("outages", 1, 1, Deployment.PARTITIONS)) {
            FactFeed feed = FactFeed.start(infra.bootstrapServers(), d.topics().matchFacts(), FactFeed.messages(matchday), LIVE_RATE);
            ServiceProcess dispatcher = d.dispatchers().get(0);
            await().atMost(CATCH_UP).until(() -> feed.progress() >= 0.3 && dispatcher.health() == 200);

            infra.stopPostgres();
            await().atMost(Duration.ofMinutes(2)).until(() -> dispatcher.health() == 503);
            await().during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(60)).until(() -> dispatcher.health() == 503);
            infra.startPostgres();
            await().atMost(Duration.ofMinutes(2)).until(() -> dispatcher.health() == 200);

            await().atMost(CATCH_UP).until(() -> feed.progress() >= 0.7);
            infra.stopBroker();
            infra.startBroker();
            feed.awaitDone();

            assertEndsAsUndisturbed(d);
        }
    }

    @Test
    void everyMessageTwiceAndLaterVersionsFirstChangeNothing() throws Exception {
        try (Deployment d = deploy("disorder", 1, 1, Deployment.PARTITIONS)) {
            FactFeed.start(infra.bootstrapServers(), d.topics().matchFacts(), FactFeed.messages(disordered(matchday)), FAST)
                    .awaitDone();

            assertEndsAsUndisturbed(d);
        }
    }

    /**
     * A competition's season is one key of match-fact-updates, so one task ranks it: with as many
     * partitions as instances (and BL1 and BL2 hashed to different ones, which they are with 2 and with
     * the other runs' 4), each calculators instance ranks one competition; the survivor of the kill
     * takes the other one over.
     */
    @Test
    void twoInstancesOfEachServiceShareTheWorkAndSurviveLosingOne() throws Exception {
        try (Deployment d = deploy("scale-out", 2, 2, 2)) {
            FactFeed feed = FactFeed.start(infra.bootstrapServers(), d.topics().matchFacts(), FactFeed.messages(matchday), LIVE_RATE);
            await().atMost(CATCH_UP).until(() -> feed.progress() >= 0.5);
            assertEachCompetitionRankedByAnInstanceOfItsOwn(d);
            d.dispatchers().get(0).kill();
            d.calculators().get(0).kill();
            feed.awaitDone();

            assertEndsAsUndisturbed(d);
        }
    }

    /** The same facts again, byte for byte, as a feed replays them: nothing is ranked again, no story told again. */
    @Test
    void theSameFactsReplayedIntoTheSettledSystemPublishNothing() throws Exception {
        Map<TopicPartition, Long> before = Published.ends(infra.bootstrapServers(), settled.topics());
        FactFeed.start(infra.bootstrapServers(), settled.topics().matchFacts(), FactFeed.messages(matchday), FAST).awaitDone();
        // Through every consumer group: whatever the replay caused would be committed, and so readable, by now.
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1))
                .until(() -> ConsumerLag.of(infra.bootstrapServers(), settled.groupPrefix()) == 0);

        assertThat(Published.ends(infra.bootstrapServers(), settled.topics())).isEqualTo(before);
    }

    /**
     * skill.jar rebuild under the same formulas, beside the settled system: the API answers as before all
     * the while, nothing is published, and the running calculators carry on as the new generation.
     */
    @Test
    void aRebuildBesideTheSettledSystemPublishesNothingAndTheCalculatorsCarryOnWithIt() throws Exception {
        ServiceProcess calculators = settled.calculators().get(0);
        int generation = liveGeneration(calculators);
        assertThat(generation).as("the calculators' live generation").isPositive();
        Map<TopicPartition, Long> before = Published.ends(infra.bootstrapServers(), settled.topics());
        ApiWatch api = ApiWatch.start(settled.api(), SEASON, COMPETITIONS, undisturbed.rest());
        long start = System.nanoTime();
        try (api) {
            ServiceProcess rebuild = settled.rebuild("rebuild", Map.of());
            rebuild.start();
            assertThat(rebuild.awaitExit(CATCH_UP)).as("exit code of skill.jar rebuild").isZero();
            await().atMost(CATCH_UP).until(() -> liveGeneration(calculators) == generation + 1);
            // Eighty commit intervals after the switch, throughout: what it published would be readable by then.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Published.ends(infra.bootstrapServers(), settled.topics()).equals(before));
        }
        System.out.printf("rebuild: done after %d s, %d polls of the API%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), api.polls());
        assertThat(api.unexpected()).as("answers of the API during the rebuild").isEmpty();
        assertThat(Published.ends(infra.bootstrapServers(), settled.topics())).as("nothing published by the rebuild")
                .isEqualTo(before);

        String key = "BL2|" + SEASON + "|" + Skill.FINISHER.name();
        FactFeed.start(infra.bootstrapServers(), settled.topics().matchFacts(),
                FactFeed.messages(List.of(deletionOfAShotByTheLeaderOf(key))), FAST).awaitDone();
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).until(() -> !undisturbed.rankings().get(key)
                .equals(FinalState.latestByKey(infra.bootstrapServers(), settled.topics().skillRankings()).get(key)));
    }

    /** The generation the calculators' /health reports while they are LIVE in it, 0 otherwise. */
    private static int liveGeneration(ServiceProcess calculators) {
        Matcher m = SKILLS_GENERATION.matcher(calculators.healthDetails());
        return m.find() && m.group(2).equals("LIVE") ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A correction deleting one of the shots of the undisturbed ranking's leader: his metrics, so the ranking, change. */
    private static MatchFact deletionOfAShotByTheLeaderOf(String key) {
        String leader = Json.read(undisturbed.rankings().get(key).getBytes(StandardCharsets.UTF_8), Ranking.class)
                .entries().get(0).playerId();
        MatchFact shot = matchday.stream().filter(f -> f.type() == FactType.SHOT && leader.equals(f.playerId()))
                .collect(Collectors.toMap(MatchFact::factId, f -> f, BinaryOperator.maxBy(Comparator.comparingInt(MatchFact::version))))
                .values().stream().filter(f -> !f.deleted()).findFirst().orElseThrow();
        return new MatchFact(shot.factId(), shot.version() + 1, shot.type(), true, shot.competition(), shot.season(),
                shot.matchday(), shot.matchId(), shot.occurredAt(), shot.period(), shot.sequence(), shot.possessionId(),
                shot.teamId(), shot.playerId(), null);
    }

    /**
     * BL1's and BL2's update events each on one partition, not the same, and those two partitions with
     * different calculators instances (Kafka Streams clients), once the group has settled its assignment.
     */
    private static void assertEachCompetitionRankedByAnInstanceOfItsOwn(Deployment d) {
        String updates = d.topics().matchFactUpdates();
        List<String> scopes = COMPETITIONS.stream().map(c -> c + "|" + SEASON).toList();
        // Half the facts are published by now, not yet necessarily dispatched on a loaded machine.
        Map<String, Set<Integer>> partitions = await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1))
                .until(() -> Partitions.ofKeys(infra.bootstrapServers(), updates), p -> p.keySet().containsAll(scopes));
        assertThat(partitions).as("partitions of the keys of match-fact-updates").containsOnlyKeys(scopes)
                .allSatisfy((scope, on) -> assertThat(on).hasSize(1));
        List<Integer> own = scopes.stream().map(scope -> partitions.get(scope).iterator().next()).toList();
        assertThat(own).as("partitions of %s", scopes).doesNotHaveDuplicates();
        AtomicReference<Map<Integer, String>> owners = new AtomicReference<>();
        try {
            await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
                owners.set(Partitions.owners(infra.bootstrapServers(), d.groupPrefix(), updates));
                return own.stream().map(owners.get()::get).filter(Objects::nonNull).distinct().count() == own.size();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Partitions " + own + " of " + scopes + " not with instances of their own: " + owners.get(), e);
        }
        System.out.printf("scale-out: %s on partitions %s with %s%n", scopes, own, own.stream().map(owners.get()::get).toList());
    }

    /** Logs and Streams state go under target/, fresh for each run, so a failed run can be read afterwards. */
    private static Deployment deploy(String name, int dispatchers, int calculators, int partitions) throws IOException {
        Path runDir = Path.of("target", "system-tests", name);
        if (Files.exists(runDir)) {
            try (Stream<Path> old = Files.walk(runDir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(runDir);
        return Deployment.start(infra, runDir, name, dispatchers, calculators, partitions);
    }

    /** Kills one of the victims at a random moment every 1–3 s and starts it again, until the feed is done and enough were killed. */
    private static AtomicInteger killAtRandom(List<ServiceProcess> victims, FactFeed feed, int atLeast) {
        AtomicInteger kills = new AtomicInteger();
        SplittableRandom random = new SplittableRandom(SEED);
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (kills.get() >= atLeast && feed.done()) {
                killer.shutdown();
                return;
            }
            ServiceProcess victim = victims.get(random.nextInt(victims.size()));
            victim.kill();
            victim.start();
            kills.incrementAndGet();
            killer.schedule(next[0], random.nextLong(1_000, 3_000), TimeUnit.MILLISECONDS);
        };
        killer.schedule(next[0], random.nextLong(1_000, 3_000), TimeUnit.MILLISECONDS);
        return kills;
    }

    private static void assertEndsAsUndisturbed(Deployment d) {
        AtomicReference<List<String>> differences = new AtomicReference<>();
        try {
            await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
                differences.set(FinalState.read(infra, d, SEASON, COMPETITIONS).differencesFrom(undisturbed));
                return differences.get().isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Did not end as the undisturbed run: " + differences.get(), e);
        }
    }

    /**
     * The undisturbed run's end state: every fact stored, every skill ranked, every consumer group
     * through its input, and nothing changed over three reads spanning ten seconds (fifty flush intervals).
     */
    private static FinalState settled(Deployment d) {
        long facts = matchday.stream().map(MatchFact::factId).distinct().count();
        List<FinalState> reads = new ArrayList<>();
        AtomicReference<String> progress = new AtomicReference<>("nothing read");
        try {
            return await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(5)).ignoreExceptions().until(() -> {
                FinalState now = FinalState.read(infra, d, SEASON, COMPETITIONS);
                reads.add(now);
                boolean steady = reads.size() >= 3
                        && reads.subList(reads.size() - 3, reads.size()).stream().allMatch(now::equals);
                long lag = ConsumerLag.of(infra.bootstrapServers(), d.groupPrefix());
                progress.set(now.facts().size() + "/" + facts + " facts, rankings " + now.rankings().keySet()
                        + ", lag " + lag + ", steady " + steady);
                boolean complete = now.facts().size() == facts && now.rankings().keySet().equals(rankingKeys()) && lag == 0;
                return steady && complete ? now : null;
            }, state -> state != null);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The undisturbed run did not settle: " + progress.get(), e);
        }
    }

    /** {competition}|{season}|{SKILL} of every skill in each competition. */
    private static Set<String> rankingKeys() {
        return COMPETITIONS.stream().flatMap(c -> Stream.of(Skill.values()).map(skill -> c + "|" + SEASON + "|" + skill.name()))
                .collect(Collectors.toSet());
    }

    /** Each fact's versions highest first (a deletion before its fact), every message sent twice. */
    private static List<MatchFact> disordered(List<MatchFact> facts) {
        Map<String, List<MatchFact>> byFact = new LinkedHashMap<>();
        facts.forEach(f -> byFact.computeIfAbsent(f.factId(), id -> new ArrayList<>()).add(f));
        List<MatchFact> out = new ArrayList<>();
        byFact.values().forEach(versions -> versions.stream()
                .sorted(Comparator.comparingInt(MatchFact::version).reversed())
                .forEach(f -> {
                    out.add(f);
                    out.add(f);
                }));
        return out;
    }
}
