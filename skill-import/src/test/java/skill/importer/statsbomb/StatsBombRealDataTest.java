package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import skill.core.SharedData;
import skill.core.model.FactDetails.BallWin;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.ContractCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * StatsBomb open data, Bundesliga 2023/24 (Leverkusen's matches; data © StatsBomb, Public Data User
 * Agreement): per match and for the whole folder, what the importer produces equals totals taken
 * straight from the raw JSON.
 */
class StatsBombRealDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;
    private static Map<String, List<MatchFact>> imported;
    private static Map<String, JsonNode> raw;

    /** Each test skips on its own when the data is absent, so the report shows why; reading happens once. */
    @BeforeEach
    void read() throws IOException {
        folder = SharedData.require("statsbomb/bundesliga-2023-24");
        if (imported != null) {
            return;
        }
        imported = new StatsBombImporter().readAll(folder);
        raw = new HashMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("events"))) {
            for (Path f : files.toList()) {
                raw.put(f.getFileName().toString().replace(".json", ""), JSON.readTree(f.toFile()));
            }
        }
    }

    @Test
    void everyMatchWithEventsIsImported() {
        assertThat(imported.keySet()).containsExactlyInAnyOrderElementsOf(raw.keySet()).hasSize(33)
                .doesNotContain("3895210");
    }

    @Test
    void everyFactKeepsTheContractInMatchOrder() {
        imported.values().forEach(facts -> {
            ContractCheck.assertAllValid(facts);
            assertThat(facts).isSortedAccordingTo(MatchFact.MATCH_ORDER);
            assertThat(facts).allMatch(f -> f.season().equals("2023-24") && "BL1".equals(f.competition()));
        });
    }

    @Test
    void totalsPerMatchAndForTheFolderEqualTheRawEvents() {
        Totals allRaw = Totals.ZERO;
        Totals allImported = Totals.ZERO;
        for (var match : imported.entrySet()) {
            Totals fromRaw = Totals.ofRaw(raw.get(match.getKey()));
            Totals fromFacts = Totals.ofFacts(match.getValue());
            assertThat(fromFacts).as("match %s", match.getKey()).usingRecursiveComparison()
                    .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                    .isEqualTo(fromRaw);
            allRaw = allRaw.plus(fromRaw);
            allImported = allImported.plus(fromFacts);
        }
        assertThat(allImported.xGoals()).isCloseTo(allRaw.xGoals(), within(1e-9));
        assertThat(allImported).usingRecursiveComparison().ignoringFields("xGoals").isEqualTo(allRaw);
        // The folder's known totals, so a change in the data is noticed too.
        assertThat(allRaw).extracting(Totals::shots, Totals::goals, Totals::passes, Totals::assists,
                Totals::substitutions).containsExactly(884L, 110L, 37868L, 663L, 294L);
    }

    @Test
    void everyDuelInThisDataLinksBothPlayers() {
        imported.forEach((id, facts) -> {
            List<Duel> duels = facts.stream().filter(f -> f.type() == FactType.DUEL)
                    .map(f -> f.detailsAs(Duel.class)).toList();
            assertThat(duels).as("duels of %s", id).hasSize((int) count(raw.get(id), e -> type(e).equals("Duel")));
            assertThat(duels).allMatch(d -> d.winnerId() != null && d.loserId() != null && d.loserRole() != null);
            assertThat(duels.stream().filter(d -> d.duelType() == Duel.Type.AERIAL)).hasSize((int) count(raw.get(id),
                    e -> "Aerial Lost".equals(e.path("duel").path("type").path("name").asText())));
        });
    }

    @Test
    void shotOutcomesFollowTheMapping() {
        Map<Shot.Outcome, Long> expected = new HashMap<>();
        Map<Shot.Outcome, Long> actual = new HashMap<>();
        Map<String, Shot.Outcome> mapping = Map.of("Goal", Shot.Outcome.GOAL, "Saved", Shot.Outcome.SAVED,
                "Saved Off Target", Shot.Outcome.SAVED, "Saved to Post", Shot.Outcome.SAVED,
                "Blocked", Shot.Outcome.BLOCKED, "Off T", Shot.Outcome.WIDE, "Wayward", Shot.Outcome.WIDE,
                "Post", Shot.Outcome.WOODWORK);
        raw.forEach((id, events) -> stream(events).filter(e -> type(e).equals("Shot")).forEach(e -> expected.merge(
                mapping.getOrDefault(e.path("shot").path("outcome").path("name").asText(), Shot.Outcome.OTHER),
                1L, Long::sum)));
        imported.values().forEach(facts -> facts.stream().filter(f -> f.type() == FactType.SHOT)
                .map(f -> f.detailsAs(Shot.class)).filter(s -> !s.ownGoal())
                .forEach(s -> actual.merge(s.outcome(), 1L, Long::sum)));
        assertThat(actual).isEqualTo(expected).doesNotContainKey(Shot.Outcome.OTHER);
    }

    @Test
    void minutesCanBeComputed() throws IOException {
        for (var match : imported.entrySet()) {
            List<MatchFact> facts = match.getValue();
            MatchInfo info = facts.get(0).detailsAs(MatchInfo.class);
            assertThat(info.periods()).extracting(MatchInfo.Period::period).containsExactly(1, 2);
            Instant firstHalfEnd = info.periods().get(0).endedAt();
            assertThat(info.periods().get(1).startedAt()).isEqualTo(firstHalfEnd.plus(Duration.ofMinutes(15)));
            JsonNode halfEnd = stream(raw.get(match.getKey()))
                    .filter(e -> type(e).equals("Half End") && e.path("period").asInt() == 1).findFirst().orElseThrow();
            assertThat(firstHalfEnd).isEqualTo(info.periods().get(0).startedAt().plusNanos(
                    LocalTime.parse(halfEnd.path("timestamp").asText()).toNanoOfDay()));
            JsonNode squads = JSON.readTree(folder.resolve("lineups").resolve(match.getKey() + ".json").toFile());
            List<Lineup> lineups = facts.stream().filter(f -> f.type() == FactType.LINEUP)
                    .map(f -> f.detailsAs(Lineup.class)).toList();
            assertThat(lineups).hasSize(2).allSatisfy(l ->
                    assertThat(l.players().stream().filter(Lineup.LineupPlayer::starting)).hasSize(11));
            assertThat(lineups.stream().mapToInt(l -> l.players().size()).sum())
                    .isEqualTo(squads.get(0).path("lineup").size() + squads.get(1).path("lineup").size());
        }
    }

    /** What the skills count, from either side. */
    record Totals(long shots, long goals, double xGoals, long passes, long crosses, long assists,
                  long substitutions, long sendingOffs, long ownGoals, long interceptions, long recoveries) {
        static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        private static final Set<String> RED = Set.of("Red Card", "Second Yellow");
        private static final Set<String> KEPT = Set.of("Won", "Success", "Success In Play", "Success Out");

        static Totals ofRaw(JsonNode events) {
            return new Totals(count(events, e -> type(e).equals("Shot")),
                    count(events, e -> e.path("shot").path("outcome").path("name").asText().equals("Goal")),
                    stream(events).mapToDouble(e -> e.path("shot").path("statsbomb_xg").asDouble()).sum(),
                    count(events, e -> type(e).equals("Pass")),
                    count(events, e -> e.path("pass").path("cross").asBoolean()),
                    count(events, e -> e.path("shot").has("key_pass_id")),
                    count(events, e -> type(e).equals("Substitution")),
                    count(events, e -> RED.contains(e.path("foul_committed").path("card").path("name").asText())
                            || RED.contains(e.path("bad_behaviour").path("card").path("name").asText())),
                    count(events, e -> type(e).equals("Own Goal Against")),
                    count(events, e -> KEPT.contains(e.path("interception").path("outcome").path("name").asText())),
                    count(events, e -> type(e).equals("Ball Recovery")
                            && !e.path("ball_recovery").path("recovery_failure").asBoolean()));
        }

        static Totals ofFacts(List<MatchFact> facts) {
            Map<String, MatchFact> passes = new HashMap<>();
            facts.stream().filter(f -> f.type() == FactType.PASS).forEach(f -> passes.put(f.factId(), f));
            List<Shot> shots = facts.stream().filter(f -> f.type() == FactType.SHOT)
                    .map(f -> f.detailsAs(Shot.class)).toList();
            return new Totals(shots.stream().filter(s -> !s.ownGoal()).count(),
                    shots.stream().filter(s -> !s.ownGoal() && s.scored()).count(),
                    shots.stream().mapToDouble(Shot::xGoals).sum(),
                    passes.size(),
                    passes.values().stream().filter(f -> f.detailsAs(Pass.class).kind()
                            == Pass.Kind.CROSS).count(),
                    shots.stream().filter(s -> s.assistFactId() != null && passes.containsKey(s.assistFactId())).count(),
                    facts.stream().filter(f -> f.type() == FactType.SUBSTITUTION).count(),
                    facts.stream().filter(f -> f.type() == FactType.SENDING_OFF).count(),
                    shots.stream().filter(Shot::ownGoal).count(),
                    ballWins(facts, BallWin.Method.INTERCEPTION),
                    ballWins(facts, BallWin.Method.RECOVERY));
        }

        Totals plus(Totals o) {
            return new Totals(shots + o.shots, goals + o.goals, xGoals + o.xGoals, passes + o.passes,
                    crosses + o.crosses, assists + o.assists, substitutions + o.substitutions,
                    sendingOffs + o.sendingOffs, ownGoals + o.ownGoals, interceptions + o.interceptions,
                    recoveries + o.recoveries);
        }

        private static long ballWins(List<MatchFact> facts, BallWin.Method method) {
            return facts.stream().filter(f -> f.type() == FactType.BALL_WIN)
                    .filter(f -> f.detailsAs(BallWin.class).method() == method).count();
        }
    }

    private static String type(JsonNode event) {
        return event.path("type").path("name").asText();
    }

    private static Stream<JsonNode> stream(JsonNode events) {
        return StreamSupport.stream(events.spliterator(), false);
    }

    private static long count(JsonNode events, Predicate<JsonNode> which) {
        return stream(events).filter(which).count();
    }
}
