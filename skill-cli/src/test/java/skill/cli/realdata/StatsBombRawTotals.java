package skill.cli.realdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finisher and first-assist totals and seconds played per player of StatsBomb matches, from the raw
 * event JSON (Jackson tree). Times are seconds within the period, so no wall-clock kick-off is assumed.
 */
public final class StatsBombRawTotals {
    /** Periods laid end to end on one axis; no period lasts this long. */
    private static final double PERIOD_SPAN = 10_000;
    private static final Set<String> RED_CARDS = Set.of("Red Card", "Second Yellow");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatsBombRawTotals() {
    }

    public static RawTotals read(Path folder, List<String> matchIds) {
        RawTotals totals = new RawTotals();
        for (String matchId : matchIds) {
            JsonNode events = json(folder.resolve("events").resolve(matchId + ".json"));
            shots(events, totals);
            minutes(events, totals);
        }
        return totals;
    }

    /** Own goals are separate events ("Own Goal Against"), so every Shot counts for its shooter. */
    private static void shots(JsonNode events, RawTotals totals) {
        Map<String, JsonNode> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.path("id").asText(), e));
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            if (!type(e).equals("Shot")) {
                continue;
            }
            double xg = e.path("shot").path("statsbomb_xg").asDouble();
            RawTotals.Player shooter = totals.of(player(e));
            shooter.shots++;
            shooter.xGoals += xg;
            shooter.goals += e.path("shot").path("outcome").path("name").asText().equals("Goal") ? 1 : 0;
            JsonNode assist = e.path("shot").has("key_pass_id")
                    ? byId.get(e.path("shot").path("key_pass_id").asText()) : fallbackAssist(events, i);
            // Contract §3: a cross or a free kick earns nothing, and the chain does not shift.
            if (assist != null && !assist.path("pass").path("cross").asBoolean()
                    && !assist.path("pass").path("type").path("name").asText().equals("Free Kick")) {
                totals.of(player(assist)).xAssist += xg;
            }
        }
    }

    /**
     * Contract §3 for a shot without key_pass_id (72 of the season's shots, e.g. after a dribble): the
     * latest completed pass before it in its possession whose recipient is the shooter.
     */
    private static JsonNode fallbackAssist(JsonNode events, int shot) {
        JsonNode s = events.get(shot);
        for (int i = shot - 1; i >= 0; i--) {
            JsonNode e = events.get(i);
            if (type(e).equals("Pass") && e.path("possession").asInt() == s.path("possession").asInt()
                    && !e.path("pass").has("outcome")
                    && e.path("pass").path("recipient").path("id").asText("").equals(player(s))) {
                return e;
            }
        }
        return null;
    }

    /** Starting XI on at 0; Substitution and red cards end a stretch; each period runs to its Half End. */
    private static void minutes(JsonNode events, RawTotals totals) {
        // Periods first: a substitution late in a period must already see where that period ends.
        Map<Integer, double[]> periods = new TreeMap<>();
        for (JsonNode e : events) {
            double at = at(e);
            switch (type(e)) {
                case "Half Start" -> periods.computeIfAbsent(e.path("period").asInt(), p -> new double[] {at, at});
                case "Half End" -> periods.get(e.path("period").asInt())[1] = at;
                default -> { }
            }
        }
        Map<String, Double> onSince = new HashMap<>();
        for (JsonNode e : events) {
            double at = at(e);
            switch (type(e)) {
                case "Starting XI" -> e.path("tactics").path("lineup")
                        .forEach(p -> onSince.put(p.path("player").path("id").asText(), at));
                case "Substitution" -> {
                    off(player(e), at, onSince, periods, totals);
                    onSince.put(e.path("substitution").path("replacement").path("id").asText(), at);
                }
                case "Foul Committed", "Bad Behaviour" -> {
                    String field = type(e).equals("Foul Committed") ? "foul_committed" : "bad_behaviour";
                    if (RED_CARDS.contains(e.path(field).path("card").path("name").asText())) {
                        off(player(e), at, onSince, periods, totals);
                    }
                }
                default -> { }
            }
        }
        new HashMap<>(onSince).forEach((p, from) -> off(p, Double.MAX_VALUE, onSince, periods, totals));
    }

    private static void off(String player, double at, Map<String, Double> onSince, Map<Integer, double[]> periods,
                            RawTotals totals) {
        Double from = onSince.remove(player);
        if (from != null) {
            periods.values().forEach(p -> totals.onPitch(player, Math.max(from, p[0]), Math.min(at, p[1])));
        }
    }

    private static double at(JsonNode e) {
        return e.path("period").asInt() * PERIOD_SPAN
                + LocalTime.parse(e.path("timestamp").asText()).toNanoOfDay() / 1e9;
    }

    private static String type(JsonNode e) {
        return e.path("type").path("name").asText();
    }

    private static String player(JsonNode e) {
        return e.path("player").path("id").asText();
    }

    private static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
