package skill.cli;

import skill.core.model.FactDetails;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.runtime.KafkaConnection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small deterministic season for the demo: four clubs, a double round robin over six matchdays
 * of {@link DemoMatch}es, one correction, one deletion and one malformed message (which the
 * dispatcher sends to the dead-letter topic).
 */
final class DemoSeason {
    private static final String SEASON = "2023-24";
    private static final Instant FIRST_KICK_OFF = Instant.parse("2023-08-19T13:30:00Z");
    private static final String[] CLUBS = {"Leverkusen", "Stuttgart", "Freiburg", "Bremen"};
    private static final int[][][] FIXTURES = {{{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}, {{0, 3}, {1, 2}}};

    private DemoSeason() {
    }

    static int publish(String bootstrapServers, String topic) {
        try (FactPublisher publisher = new FactPublisher(KafkaConnection.of(bootstrapServers), topic)) {
            facts().forEach(publisher::publish);
            publisher.send("demo-broken",
                    "{\"factId\":\"broken\",\"type\":\"SHOT\",\"xGoals\":1.7}".getBytes(StandardCharsets.UTF_8));
            return publisher.sent();
        }
    }

    static List<MatchFact> facts() {
        Random random = new Random(2024);
        List<MatchFact> facts = new ArrayList<>();
        for (int matchday = 1; matchday <= 6; matchday++) {
            for (int[] pair : FIXTURES[(matchday - 1) % 3]) {
                boolean swap = matchday > 3;
                new DemoMatch(SEASON, matchday, CLUBS[swap ? pair[1] : pair[0]], CLUBS[swap ? pair[0] : pair[1]],
                        FIRST_KICK_OFF.plus(Duration.ofDays(7L * (matchday - 1))), random).addTo(facts);
            }
        }
        MatchFact first = facts.stream().filter(f -> f.type() == FactType.SHOT).findFirst().orElseThrow();
        Shot shot = first.detailsAs(Shot.class);
        facts.add(copy(first, 2, false, new Shot(Math.min(1, shot.xGoals() + 0.1), shot.outcome(),
                shot.setPiece(), false, null)));
        MatchFact last = facts.stream().filter(f -> f.type() == FactType.SHOT).reduce((a, b) -> b).orElseThrow();
        facts.add(copy(last, 2, true, null));
        return facts;
    }

    private static MatchFact copy(MatchFact f, int version, boolean deleted, FactDetails details) {
        return new MatchFact(f.factId(), version, f.type(), deleted, f.competition(), f.season(), f.matchday(),
                f.matchId(), f.occurredAt(), f.period(), f.sequence(), f.possessionId(), f.teamId(), f.playerId(),
                details);
    }
}
