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
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.skills.FinisherModel;
import skill.core.model.FactType;
import skill.core.standings.BadgeEvent;
import skill.core.standings.Ranking;
import skill.core.standings.ScoreFormula;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.core.Facts.min;

class FinisherTopologyTest {
    private static final String SCOPE = Facts.COMPETITION + "|" + Facts.SEASON;
    private static final String KEY = "BL1|2023-24|FINISHER";
    private static final Instant WALL_CLOCK = Instant.parse("2023-10-01T16:00:00Z");

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> updates;
    private TestOutputTopic<String, byte[]> rankings;
    private TestOutputTopic<String, byte[]> badgeEvents;
    private TestOutputTopic<String, byte[]> standings;
    private TestOutputTopic<String, byte[]> byMatchday;
    private final List<Duration> latencies = new ArrayList<>();

    @BeforeEach
    void start() {
        Topics topics = Topics.defaults();
        var calculator = new StandingsCalculator(new FinisherModel(),
                new ScoreFormula(new FinisherModel().defaultWeights()), 90);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "finisher-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(SkillTopology.build(topics, List.of(calculator), SkillTopology.DEFAULT_LIVE_WINDOW, latencies::add,
                PublishGate.OPEN),
                props, WALL_CLOCK);
        updates = driver.createInputTopic(topics.matchFactUpdates(), new StringSerializer(), new ByteArraySerializer());
        rankings = output(topics.skillRankings());
        badgeEvents = output(topics.skillBadgeEvents());
        standings = output(topics.skillStandings());
        byMatchday = output(topics.skillStandingsByMatchday());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void ranksFinishersOfAFinishedMatch() {
        playedMatch();
        send(Facts.shot("P1", 0.3, "GOAL").at(min(10)));
        send(Facts.shot("P2", 0.5, "SAVED").at(min(20)));
        send(Facts.shot("P1", 0.1, "GOAL").at(min(30)));
        send(Facts.shot("Q1", 0.2, "GOAL").with("teamId", Facts.AWAY).with("ownGoal", true).at(min(40)));

        Ranking top = Json.read(lastValue(rankings, KEY), Ranking.class);
        // P2 missed a 0.5 chance: worse efficiency than P3 and Q1, who had none (tied, equal minutes: by id).
        assertThat(top.entries()).extracting(Ranking.Entry::playerId).containsExactly("P1", "P3", "Q1", "P2");
        Ranking.Entry leader = top.entries().get(0);
        assertThat(leader.metrics()).containsExactly(Map.entry("goals", 2.0), Map.entry("goalsPer90", 2.0),
                Map.entry("xGoals", 0.4), Map.entry("shotEfficiency", 1.6), Map.entry("shots", 2.0));
        assertThat(leader.score()).isEqualTo(1.0);
        assertThat(leader.minutesPlayed()).isEqualTo(90);
        assertThat(top.asOfMatchday()).isEqualTo(1);
        // The test driver commits after every record, so each fact was ranked on its own: the badge
        // events tell every step, and the last one of each player tells where he ended.
        Map<String, BadgeEvent> lastOfEach = new java.util.TreeMap<>();
        badgeEvents.readValuesToList().forEach(b -> {
            BadgeEvent e = Json.read(b, BadgeEvent.class);
            lastOfEach.put(e.playerId(), e);
        });
        assertThat(lastOfEach.keySet()).containsExactly("P1", "P2", "P3", "Q1");
        assertThat(lastOfEach.values()).extracting(BadgeEvent::newRank).containsExactly(1, 4, 2, 3);
        assertThat(lastOfEach.get("P1").kind()).isEqualTo(BadgeEvent.Kind.NEW_LEADER);
        assertThat(top.competition()).isEqualTo("BL1");
        assertThat(leader.teamName()).isEqualTo("Home FC");
        BadgeEvent q1 = lastOfEach.get("Q1");
        assertThat(q1.competition()).isEqualTo("BL1");
        assertThat(q1.teamName()).isEqualTo("Away SC");
        // Each fact was ranked on its own, so it is the cause; it happened hours before the wall clock.
        assertThat(q1.cause().type()).isEqualTo(FactType.SHOT);
        assertThat(q1.cause().occurredAt()).isBeforeOrEqualTo(min(40));
        assertThat(q1.live()).isFalse();
        Standings all = Json.read(lastValue(standings, KEY), Standings.class);
        assertThat(all.entries()).extracting(e -> e.playerId()).containsExactly("P1", "P3", "Q1", "P2", "B1");
        assertThat(all.entryOf("B1").orElseThrow().eligible()).isFalse();
    }

    @Test
    void aBadgeEventCausedByAFactOfTheLastMinuteIsLiveAndNamesIt() {
        playedMatch();
        Fact goal = Facts.shot("Q1", 0.3, "GOAL").with("teamId", Facts.AWAY).at(WALL_CLOCK.minusSeconds(5));
        send(goal);

        BadgeEvent leader = badgeEvents.readValuesToList().stream().map(b -> Json.read(b, BadgeEvent.class))
                .filter(e -> e.playerId().equals("Q1")).reduce((a, b) -> b).orElseThrow();

        assertThat(leader.kind()).isEqualTo(BadgeEvent.Kind.NEW_LEADER);
        assertThat(leader.live()).isTrue();
        assertThat(leader.cause()).isEqualTo(new BadgeEvent.Cause(Facts.MATCH_ID, goal.json().get("factId").asText(),
                FactType.SHOT, "Q1", WALL_CLOCK.minusSeconds(5)));
    }

    @Test
    void correctionsDeletionsDuplicatesAndStaleVersionsCountAsIfTheFinalDataCameFirst() {
        playedMatch();
        Fact goal = Facts.shot("P2", 0.3, "GOAL").at(min(10));
        send(goal);
        send(Facts.shot("P1", 0.6, "GOAL").at(min(20)));
        rankings.readKeyValuesToList();
        badgeEvents.readValuesToList();

        send(goal.with("version", 3).with("xGoals", 0.9));   // correction
        send(goal.with("version", 2).with("xGoals", 0.01));  // stale: arrives after version 3
        send(goal.with("version", 3).with("xGoals", 0.9));   // duplicate
        Ranking corrected = Json.read(lastValue(rankings, KEY), Ranking.class);
        assertThat(corrected.entries().get(0).playerId()).isEqualTo("P1");
        assertThat(entry(corrected, "P2").metrics()).containsEntry("xGoals", 0.9).containsEntry("goals", 1.0);

        send(goal.with("version", 4).with("deleted", true));
        Ranking afterDeletion = Json.read(lastValue(rankings, KEY), Ranking.class);
        assertThat(entry(afterDeletion, "P2").metrics()).containsEntry("goals", 0.0).containsEntry("shots", 0.0);
    }

    @Test
    void aRecomputationThatChangesNothingPublishesNothing() {
        playedMatch();
        Fact goal = Facts.shot("P1", 0.3, "GOAL").at(min(10));
        send(goal);
        rankings.readKeyValuesToList();
        badgeEvents.readValuesToList();
        standings.readKeyValuesToList();

        send(goal.with("sequence", 7));  // a new message, but the same version: a duplicate
        assertThat(rankings.isEmpty()).isTrue();
        assertThat(badgeEvents.isEmpty()).isTrue();
        assertThat(standings.isEmpty()).isTrue();
    }

    /** updatedAt is the latest fact counted, whatever the flushes' timing: a move of it alone is published. */
    @Test
    void aFactThatMovesOnlyUpdatedAtRepublishesTheSameNumbersWithoutBadgeEvents() {
        playedMatch();
        send(Facts.shot("P1", 0.3, "GOAL").at(min(10)));
        Ranking before = Json.read(lastValue(rankings, KEY), Ranking.class);
        badgeEvents.readValuesToList();

        send(Facts.pass("P1", "P2").at(min(50)));  // moves the match's latest fact, changes no number
        Ranking after = Json.read(lastValue(rankings, KEY), Ranking.class);
        assertThat(after.entries()).isEqualTo(before.entries());
        assertThat(after.updatedAt()).isAfter(before.updatedAt());
        assertThat(badgeEvents.isEmpty()).isTrue();
    }

    @Test
    void standingsAsOfEachMatchdayFollowCorrectionsOfEarlierMatchdays() {
        playedMatch();
        Fact early = Facts.shot("P1", 0.3, "GOAL").at(min(10));
        send(early);
        byMatchday.readKeyValuesToList();
        Fact secondMatch = Facts.match("FINISHED", Facts.period(1, min(0), min(45)),
                Facts.period(2, min(60), min(105))).with("matchId", "M2").with("matchday", 2);
        send(secondMatch);
        Fact later = Facts.shot("P2", 0.5, "GOAL").with("matchId", "M2").with("matchday", 2).at(min(10));
        send(later);
        assertThat(keys(byMatchday.readKeyValuesToList())).containsExactly("BL1|2023-24|FINISHER|2");

        send(early.with("version", 2).with("xGoals", 0.6));   // a correction of matchday 1 changes both
        var corrected = byMatchday.readKeyValuesToList();
        assertThat(keys(corrected)).containsExactly("BL1|2023-24|FINISHER|1", "BL1|2023-24|FINISHER|2");
        Standings asOfOne = Json.read(corrected.get(0).value, Standings.class);
        assertThat(asOfOne.asOfMatchday()).isEqualTo(1);
        assertThat(asOfOne.entryOf("P1").orElseThrow().metrics()).containsEntry("xGoals", 0.6);
        assertThat(asOfOne.entryOf("P2").orElseThrow().metrics()).containsEntry("goals", 0.0);

        send(later.with("version", 2).with("deleted", true));   // matchday 2's only match is withdrawn
        send(secondMatch.with("version", 2).with("deleted", true));
        var moved = byMatchday.readKeyValuesToList();
        assertThat(moved.get(moved.size() - 1).key).isEqualTo("BL1|2023-24|FINISHER|2");
        assertThat(moved.get(moved.size() - 1).value).isNull();
        assertThat(Json.read(lastValue(standings, KEY), Standings.class).asOfMatchday()).isEqualTo(1);
    }

    /** A finished 90-minute match; P1..P3 start for the home side, Q1 for the away side, B1 stays on the bench. */
    private void playedMatch() {
        send(Facts.match("FINISHED", Facts.period(1, min(0), min(45)), Facts.period(2, min(60), min(105))));
        send(Facts.lineup(Facts.HOME, Facts.starter("P1"), Facts.starter("P2"), Facts.starter("P3"),
                Facts.bench("B1")));
        send(Facts.lineup(Facts.AWAY, Facts.starter("Q1")));
    }

    @Test
    void reportsTheLatencyOfEveryFactFromItsPublishToItsRanking() {
        playedMatch();
        latencies.clear();
        updates.pipeInput(SCOPE, Facts.shot("P1", 0.3, "GOAL").at(min(10)).bytes(), WALL_CLOCK.minusMillis(700));
        updates.pipeInput(SCOPE, Facts.shot("P2", 0.2, "SAVED").at(min(11)).bytes(), WALL_CLOCK.minusMillis(200));

        // The driver's wall clock stands still: each fact is ranked at the commit after it.
        assertThat(latencies).containsExactly(Duration.ofMillis(700), Duration.ofMillis(200));
    }

    @Test
    void everyRankingNamesThePartitionAndLastUpdateOffsetItCounted() {
        playedMatch();
        send(Facts.shot("P1", 0.3, "GOAL").at(min(10)));

        var records = rankings.readRecordsToList();
        assertThat(records).isNotEmpty();
        var last = records.get(records.size() - 1);
        // Offsets 0-2 are the match and its lineups; the goal is offset 3.
        assertThat(new String(last.headers().lastHeader(Topics.COUNTED_HEADER).value(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("0:3-3");
    }

    /** Keyed by season, as the dispatcher publishes update events. */
    private void send(Fact fact) {
        updates.pipeInput(fact.json().get("competition").asText() + "|" + fact.json().get("season").asText(),
                fact.bytes());
    }


    private TestOutputTopic<String, byte[]> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static byte[] lastValue(TestOutputTopic<String, byte[]> topic, String key) {
        var all = topic.readKeyValuesToList();
        assertThat(all).as("messages on the topic").isNotEmpty();
        var last = all.get(all.size() - 1);
        assertThat(last.key).isEqualTo(key);
        return last.value;
    }

    private static Ranking.Entry entry(Ranking r, String playerId) {
        return r.entries().stream().filter(e -> e.playerId().equals(playerId)).findFirst().orElseThrow();
    }

    private static List<String> keys(List<org.apache.kafka.streams.KeyValue<String, byte[]>> records) {
        return records.stream().map(kv -> kv.key).toList();
    }

    private static List<BadgeEvent.Kind> kinds(List<byte[]> events) {
        return events.stream().map(b -> Json.read(b, BadgeEvent.class).kind()).toList();
    }
}
