package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One try: a season's messages in arrival order, with the points where the topology flushes on the
 * way (it always flushes at the end as well).
 *
 * @param steps messages, with {@code null} for a flush
 */
record Scenario(String season, List<ObjectNode> steps) {

    static Scenario of(Genome g, String season) {
        List<ObjectNode> arrivals = Disorder.arrivals(SeasonBuilder.of(g, season), g);
        TreeSet<Integer> flushAfter = new TreeSet<>();
        g.flushes().forEach(f -> flushAfter.add(f * arrivals.size() / 1000));
        List<ObjectNode> steps = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            if (flushAfter.contains(i)) {
                steps.add(null);
            }
            steps.add(arrivals.get(i));
        }
        return new Scenario(season, steps);
    }

    List<JsonNode> messages() {
        return steps.stream().filter(s -> s != null).map(s -> (JsonNode) s).toList();
    }

    /** The message without the fields every message shares; a lineup as its player ids, starters marked *. */
    private static ObjectNode shown(ObjectNode message) {
        ObjectNode shown = message.deepCopy();
        shown.remove(List.of("season", "competition", "homeTeamName", "awayTeamName"));
        if (shown.has("players")) {
            List<String> players = new ArrayList<>();
            shown.get("players").forEach(p -> players.add(p.get("playerId").asText()
                    + (p.path("starting").asBoolean() ? "*" : "")));
            shown.put("players", String.join(" ", players));
        }
        return shown;
    }

    /** One line per message in arrival order, without the fields every message shares. */
    String render() {
        StringBuilder out = new StringBuilder("season " + season + " (each try runs under a season and"
                + " matchIds of its own), " + messages().size() + " messages in arrival order:\n");
        for (ObjectNode step : steps) {
            if (step == null) {
                out.append("  -- flush --\n");
            } else {
                out.append("  ").append(shown(step)).append('\n');
            }
        }
        return out.toString();
    }
}
