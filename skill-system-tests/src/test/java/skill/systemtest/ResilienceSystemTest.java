package skill.systemtest;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.core.model.MatchFact;
import skill.core.skills.Skill;
import skill.importer.synthetic.SeasonGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A generated matchday (9 matches, corrections and deletions included) replayed into the services
 * running as separate processes. An undisturbed run sets the expected end state; every disturbed run
 * — SIGKILLs, a database outage and a broker restart, disordered and doubled delivery, two
 * instances of each service losing one — must end in exactly that state, fact for fact.
 */
class ResilienceSystemTest {
    private static final long SEED = 2026;
    private static final String SEASON = SeasonGenerator.DEFAULT_SEASON;
    /** Slow enough that the replay lasts through every disturbance, as a live matchday would. */
    private static final int LIVE_RATE = 400;
    private static final int FAST = 5_000;
    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    @TempDir
    static Path dir;
    private static Infrastructure infra;
    private static List<MatchFact> matchday;
    private static FinalState undisturbed;

    @BeforeAll
    static void undisturbedRun() throws Exception {
        infra = Infrastructure.start(dir.resolve("infrastructure"));
        matchday = new SeasonGenerator(SEED, 1, SEASON).facts().toList();
        try (Deployment d = deploy("undisturbed", 1, 1)) {
            FactFeed.start(infra.bootstrapServers(), d.topics().matchFacts(), FactFeed.messages(matchday), FAST).awaitDone();
            undisturbed = settled(d);
        }
        assertThat(undisturbed.facts()).hasSize((int) matchday.stream().map(MatchFact::factId).distinct().count());
        assertThat(undisturbed.rest().values()).allMatch(answer -> answer.startsWith("200 "));
    }

    @AfterEach
    void restoreInfrastructure() {
        infra.restoreStopped();
    }

    @AfterAll
    static void stopInfrastructure() {
        infra.close();
    }

    @Test
    void sigkillsOfDispatcherAndCalculatorsAtRandomMomentsChangeNothing() throws Exception {
        try (Deployment d = deploy("crashes", 1, 1)) {
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
        try (Deployment d = deploy("outages", 1, 1)) {
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
        try (Deployment d = deploy("disorder", 1, 1)) {
            FactFeed.start(infra.bootstrapServers(), d.topics().matchFacts(), FactFeed.messages(disordered(matchday)), FAST)
                    .awaitDone();

            assertEndsAsUndisturbed(d);
        }
    }

    @Test
    void twoInstancesOfEachServiceShareTheWorkAndSurviveLosingOne() throws Exception {
        try (Deployment d = deploy("scale-out", 2, 2)) {
            FactFeed feed = FactFeed.start(infra.bootstrapServers(), d.topics().matchFacts(), FactFeed.messages(matchday), LIVE_RATE);
            await().atMost(CATCH_UP).until(() -> feed.progress() >= 0.5);
            d.dispatchers().get(0).kill();
            d.calculators().get(0).kill();
            feed.awaitDone();

            assertEndsAsUndisturbed(d);
        }
    }

    /** Logs and Streams state go under target/, fresh for each run, so a failed run can be read afterwards. */
    private static Deployment deploy(String name, int dispatchers, int calculators) throws IOException {
        Path runDir = Path.of("target", "system-tests", name);
        if (Files.exists(runDir)) {
            try (Stream<Path> old = Files.walk(runDir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(runDir);
        return Deployment.start(infra, runDir, name, dispatchers, calculators);
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
                differences.set(FinalState.read(infra, d, SEASON).differencesFrom(undisturbed));
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
                FinalState now = FinalState.read(infra, d, SEASON);
                reads.add(now);
                boolean steady = reads.size() >= 3
                        && reads.subList(reads.size() - 3, reads.size()).stream().allMatch(now::equals);
                long lag = ConsumerLag.of(infra.bootstrapServers(), d.groupPrefix());
                progress.set(now.facts().size() + "/" + facts + " facts, rankings " + now.rankings().keySet()
                        + ", lag " + lag + ", steady " + steady);
                boolean complete = now.facts().size() == facts && now.rankings().size() == Skill.values().length && lag == 0;
                return steady && complete ? now : null;
            }, state -> state != null);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The undisturbed run did not settle: " + progress.get(), e);
        }
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
