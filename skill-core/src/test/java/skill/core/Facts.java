package skill.core;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.codec.Json;
import skill.core.model.MatchFact;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small fixtures of contract match facts (§1): each starts as valid JSON with sensible defaults, can
 * be bent field by field, and is turned into bytes or, through the real codec, into a {@link MatchFact}.
 */
public final class Facts {
    public static final String COMPETITION = "BL1";
    public static final String SEASON = "2023-24";
    public static final String MATCH_ID = "M1";
    public static final String HOME = "T-HOME";
    public static final String AWAY = "T-AWAY";
    /** Kick-off of the fixture match. */
    public static final Instant KICK_OFF = Instant.parse("2023-10-01T13:30:00Z");

    private static final AtomicInteger IDS = new AtomicInteger();

    private Facts() {
    }

    /** The moment {@code minutes} after kick-off (fractions allowed). */
    public static Instant min(double minutes) {
        return KICK_OFF.plusMillis(Math.round(minutes * 60_000));
    }

    /** The valid envelope of a fact of that type, with a fresh factId, at kick-off. */
    public static Fact envelope(String type) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("factId", "F" + IDS.incrementAndGet());
        n.put("version", 1);
        n.put("type", type);
        n.put("competition", COMPETITION);
        n.put("season", SEASON);
        n.put("matchday", 1);
        n.put("matchId", MATCH_ID);
        n.put("occurredAt", KICK_OFF.toString());
        return new Fact(n);
    }

    public static Fact match(String status, ObjectNode... periods) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (ObjectNode p : periods) {
            list.add(p);
        }
        return envelope("MATCH").with("homeTeamId", HOME).with("awayTeamId", AWAY)
                .with("homeTeamName", "Home FC").with("awayTeamName", "Away SC")
                .with("status", status).with("periods", list);
    }

    /** A period of play; {@code end} null while it runs. */
    public static ObjectNode period(int period, Instant start, Instant end) {
        ObjectNode p = Json.mapper().createObjectNode();
        p.put("period", period);
        p.put("startedAt", start.toString());
        if (end != null) {
            p.put("endedAt", end.toString());
        }
        return p;
    }

    public static Fact lineup(String teamId, ObjectNode... players) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (ObjectNode p : players) {
            list.add(p);
        }
        return envelope("LINEUP").with("teamId", teamId).with("players", list);
    }

    public static ObjectNode starter(String playerId) {
        return player(playerId, true);
    }

    public static ObjectNode bench(String playerId) {
        return player(playerId, false);
    }

    private static ObjectNode player(String playerId, boolean starting) {
        ObjectNode p = Json.mapper().createObjectNode();
        p.put("playerId", playerId);
        p.put("name", "Name of " + playerId);
        p.put("shirtNumber", 7);
        p.put("position", "MF");
        p.put("starting", starting);
        return p;
    }

    public static Fact substitution(String teamId, String outId, String inId, Instant at) {
        return envelope("SUBSTITUTION").at(at).with("teamId", teamId)
                .with("playerOutId", outId).with("playerInId", inId);
    }

    public static Fact sendingOff(String teamId, String playerId, Instant at) {
        return envelope("SENDING_OFF").at(at).with("teamId", teamId).with("playerId", playerId);
    }

    public static Fact shot(String playerId, double xGoals, String outcome) {
        return envelope("SHOT").with("playerId", playerId).with("teamId", HOME)
                .with("xGoals", xGoals).with("outcome", outcome).with("setPiece", "OPEN_PLAY");
    }

    public static Fact pass(String playerId, String receiverId) {
        return envelope("PASS").with("playerId", playerId).with("teamId", HOME).with("receiverId", receiverId)
                .with("successful", true).with("xPass", 0.4).with("kind", "PASS").with("setPiece", "OPEN_PLAY");
    }

    public static Fact duel(String winnerId, String loserId) {
        return envelope("DUEL").with("duelType", "GROUND")
                .with("winnerId", winnerId).with("winnerTeamId", HOME).with("winnerRole", "WITHOUT_BALL")
                .with("loserId", loserId).with("loserTeamId", AWAY).with("loserRole", "WITH_BALL");
    }

    public static Fact ballWin(String playerId, String method) {
        return envelope("BALL_WIN").with("playerId", playerId).with("teamId", HOME).with("method", method);
    }

    /** A 30 m sprint from {@code start} to {@code end}; occurredAt is its start. */
    public static Fact sprint(String playerId, Instant start, Instant end, double peakSpeed) {
        return envelope("SPRINT").at(start).with("playerId", playerId).with("teamId", HOME)
                .with("startedAt", start.toString()).with("endedAt", end.toString())
                .with("peakSpeed", peakSpeed).with("distance", 30.0);
    }

    /** A player's top speed (m/s) of the match so far, with 10 km run. */
    public static Fact speedSummary(String playerId, double topSpeed) {
        return envelope("SPEED_SUMMARY").with("playerId", playerId).with("teamId", HOME)
                .with("topSpeed", topSpeed).with("distance", 10_000.0);
    }

    /** One fact as editable JSON. */
    public static final class Fact {
        private final ObjectNode json;

        private Fact(ObjectNode json) {
            this.json = json;
        }

        public Fact with(String field, Object value) {
            json.set(field, Json.mapper().valueToTree(value));
            return this;
        }

        public Fact without(String field) {
            json.remove(field);
            return this;
        }

        public Fact at(Instant occurredAt) {
            return with("occurredAt", occurredAt.toString());
        }

        /** Order within the match (contract §1 {@code sequence}). */
        public Fact seq(long sequence) {
            return with("sequence", sequence);
        }

        public Fact possession(String possessionId) {
            return with("possessionId", possessionId);
        }

        public String id() {
            return json.get("factId").asText();
        }

        public ObjectNode json() {
            return json;
        }

        public byte[] bytes() {
            return Json.write(json);
        }

        public FactParse parse() {
            return FactCodec.read(bytes());
        }

        /** The fact as the codec reads it; fails the test when the fixture itself is invalid. */
        public MatchFact fact() {
            FactParse parse = parse();
            assertTrue(parse.isValid(), () -> "fixture should be valid: " + parse.reason() + " in " + json);
            return parse.fact();
        }
    }
}
