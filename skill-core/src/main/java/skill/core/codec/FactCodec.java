package skill.core.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.core.model.FactDetails;
import skill.core.model.FactDetails.BallWin;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.SendingOff;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactDetails.SpeedSummary;
import skill.core.model.FactDetails.Sprint;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads match facts from the contract's JSON (§1) with precise reasons for rejection, and writes them back. */
public final class FactCodec {
    /** A real fact is under 1 KiB and a full lineup under 8 KiB; anything far larger is not a fact. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024;
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Set<FactType> ACTED_BY_PLAYER =
            EnumSet.of(FactType.SHOT, FactType.PASS, FactType.BALL_WIN, FactType.SENDING_OFF,
                    FactType.SPRINT, FactType.SPEED_SUMMARY);
    private static final Set<FactType> ACTED_BY_TEAM =
            EnumSet.of(FactType.SHOT, FactType.PASS, FactType.BALL_WIN, FactType.SENDING_OFF,
                    FactType.LINEUP, FactType.SUBSTITUTION, FactType.SPRINT, FactType.SPEED_SUMMARY);
    private static final Set<SetPiece> SHOT_SET_PIECES =
            EnumSet.of(SetPiece.OPEN_PLAY, SetPiece.FREE_KICK, SetPiece.CORNER, SetPiece.PENALTY, SetPiece.THROW_IN);
    private static final Set<SetPiece> PASS_SET_PIECES = EnumSet.complementOf(EnumSet.of(SetPiece.PENALTY));

    private FactCodec() {
    }

    /** Parses one message; never throws for bad input. */
    public static FactParse read(byte[] bytes) {
        if (bytes == null) {
            return FactParse.rejected(List.of("message has no value"));
        }
        if (bytes.length > MAX_MESSAGE_BYTES) {
            return FactParse.rejected(List.of("message is " + bytes.length + " bytes, more than the "
                    + MAX_MESSAGE_BYTES + " a fact may have"));
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            return FactParse.rejected(List.of("not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return FactParse.rejected(List.of("not readable: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return FactParse.rejected(List.of("not a JSON object"));
        }
        FieldReader r = new FieldReader(root, "", new ArrayList<>());
        String factId = r.text("factId", true);
        Integer version = r.integer("version", true, 1);
        FactType type = r.enumValue("type", FactType.class, true, null);
        boolean deleted = r.bool("deleted", false);
        String competition = r.text("competition", false);
        String season = season(r);
        Integer matchday = r.integer("matchday", true, 1);
        String matchId = r.text("matchId", true);
        Instant occurredAt = r.time("occurredAt", true);
        Integer period = r.integer("period", false, 1);
        Long sequence = r.longValue("sequence");
        String possessionId = r.text("possessionId", false);
        // A deletion only retracts: it needs the envelope, not the fields of its type.
        boolean full = type != null && !deleted;
        String teamId = r.text("teamId", full && ACTED_BY_TEAM.contains(type));
        String playerId = r.text("playerId", full && ACTED_BY_PLAYER.contains(type));
        FactDetails details = full ? details(type, r, occurredAt) : null;
        if (!r.problems().isEmpty()) {
            return FactParse.rejected(r.problems());
        }
        return FactParse.accepted(new MatchFact(factId, version, type, deleted, competition,
                season, matchday, matchId, occurredAt, period, sequence, possessionId, teamId, playerId, details));
    }

    private static String season(FieldReader r) {
        String season = r.text("season", true);
        if (season == null) {
            return null;
        }
        if (!isSeason(season)) {
            r.problems().add("season must be YYYY-YY of two consecutive years, was '" + season + "'");
            return null;
        }
        return season;
    }

    /** A season as the contract writes it: {@code YYYY-YY} of two consecutive years, e.g. 2023-24. */
    public static boolean isSeason(String season) {
        var m = SEASON.matcher(season);
        return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
    }

    /**
     * What is wrong with {@code text} as a fact's text field (e.g. {@code competition}), or null: for
     * values read elsewhere that end up in facts, such as a frame's competition on the sprint facts.
     */
    public static String textProblem(String text) {
        return FieldReader.textProblem(text);
    }

    private static FactDetails details(FactType type, FieldReader r, Instant occurredAt) {
        return switch (type) {
            case MATCH -> new MatchInfo(r.text("homeTeamId", true), r.text("awayTeamId", true),
                    r.text("homeTeamName", false), r.text("awayTeamName", false),
                    r.enumValue("status", MatchInfo.Status.class, true, null),
                    r.list("periods", false, p -> new MatchInfo.Period(orZero(p.integer("period", true, 1)),
                            p.time("startedAt", true), p.time("endedAt", false))));
            case LINEUP -> new Lineup(r.list("players", true, p -> new Lineup.LineupPlayer(p.text("playerId", true),
                    p.text("name", false), p.integer("shirtNumber", false, 0), p.text("position", false),
                    p.bool("starting", false))));
            case SUBSTITUTION -> new Substitution(r.text("playerOutId", true), r.text("playerInId", true));
            case SENDING_OFF -> new SendingOff();
            case SHOT -> new Shot(orZero(r.probability("xGoals", true)),
                    r.enumValue("outcome", Shot.Outcome.class, true, null),
                    r.enumValue("setPiece", SetPiece.class, false, SetPiece.OPEN_PLAY, SHOT_SET_PIECES),
                    r.bool("ownGoal", false), r.text("assistFactId", false));
            case PASS -> new Pass(r.text("receiverId", false), orFalse(r.requiredBool("successful")),
                    r.probability("xPass", false),
                    r.enumValue("kind", Pass.Kind.class, false, Pass.Kind.PASS),
                    r.enumValue("setPiece", SetPiece.class, false, SetPiece.OPEN_PLAY, PASS_SET_PIECES));
            case DUEL -> new Duel(r.enumValue("duelType", Duel.Type.class, true, null),
                    r.text("winnerId", true), r.text("winnerTeamId", false),
                    r.enumValue("winnerRole", Duel.Role.class, true, null),
                    r.text("loserId", false), r.text("loserTeamId", false),
                    r.enumValue("loserRole", Duel.Role.class, false, null));
            case BALL_WIN -> new BallWin(r.enumValue("method", BallWin.Method.class, true, null));
            case SPRINT -> sprint(r, occurredAt);
            case SPEED_SUMMARY -> new SpeedSummary(orZero(r.positive("topSpeed", true)),
                    r.nonNegative("distance", false));
        };
    }

    /** The envelope's occurredAt is the sprint's start, so the two must agree (docs/facts-sprint.md). */
    private static Sprint sprint(FieldReader r, Instant occurredAt) {
        Instant startedAt = r.time("startedAt", true);
        Instant endedAt = r.time("endedAt", true);
        Sprint sprint = new Sprint(startedAt, endedAt, orZero(r.positive("peakSpeed", true)),
                r.nonNegative("distance", false));
        if (startedAt != null && occurredAt != null && !startedAt.equals(occurredAt)) {
            r.problems().add("startedAt must equal occurredAt, was " + startedAt + " (occurredAt " + occurredAt + ")");
        }
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            r.problems().add("endedAt must not be before startedAt, was " + endedAt + " (startedAt " + startedAt + ")");
        }
        return sprint;
    }

    /** The fact in contract form: envelope fields, then its type's fields; absent values are left out. */
    public static byte[] write(MatchFact fact) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("factId", fact.factId());
        out.put("version", fact.version());
        out.put("type", fact.type().name());
        out.put("deleted", fact.deleted());
        putIfPresent(out, "competition", fact.competition());
        out.put("season", fact.season());
        out.put("matchday", fact.matchday());
        out.put("matchId", fact.matchId());
        out.put("occurredAt", fact.occurredAt().toString());
        putIfPresent(out, "period", fact.period());
        putIfPresent(out, "sequence", fact.sequence());
        putIfPresent(out, "possessionId", fact.possessionId());
        putIfPresent(out, "teamId", fact.teamId());
        putIfPresent(out, "playerId", fact.playerId());
        if (fact.details() != null) {
            ObjectNode details = Json.mapper().valueToTree(fact.details());
            details.properties().removeIf(e -> e.getValue().isNull());
            out.setAll(details);
        }
        return Json.write(out);
    }

    private static void putIfPresent(ObjectNode out, String field, Object value) {
        if (value != null) {
            out.set(field, Json.mapper().valueToTree(value));
        }
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    private static boolean orFalse(Boolean v) {
        return v != null && v;
    }
}
