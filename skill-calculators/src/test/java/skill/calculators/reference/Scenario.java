package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.calculators.reference.Disorder.Arrival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One try: the messages of 2–3 competitions' seasons (scopes), interleaved in arrival order, with the
 * points where the topology flushes on the way (it always flushes at the end as well).
 *
 * @param scopes each scope with its own messages
 * @param steps  every scope's messages in arrival order, with {@code null} for a flush
 */
record Scenario(List<Scope> scopes, List<ObjectNode> steps) {
    /** Two divisions of one season (players on loan between them), then the first one's next season. */
    static final List<Place> SCOPES = List.of(new Place("BL1", 0), new Place("BL2", 0), new Place("BL1", 1));

    /** Where a scope sits among a try's scopes: its competition and its season's year after the first. */
    record Place(String competition, int yearsLater) {
    }

    /** A competition's season, ranked on its own: the reference reads only its messages. */
    record Scope(String competition, String season, List<JsonNode> messages) {
        String key() {
            return competition + "|" + season;
        }
    }

    /** @param firstYear the year the first scope's season starts */
    static Scenario of(LeagueGenome g, int firstYear) {
        List<SeasonBuilder> seasons = new ArrayList<>();
        for (int i = 0; i < g.scopes().size(); i++) {
            Place place = SCOPES.get(i);
            Map<String, String> loans = i == 1 ? loans(g.loans(), SeasonBuilder.squads(SCOPES.get(0).competition(),
                    g.scopes().get(0)), SeasonBuilder.squads(place.competition(), g.scopes().get(1))) : Map.of();
            seasons.add(SeasonBuilder.of(g.scopes().get(i), place.competition(),
                    season(firstYear + place.yearsLater()), i, loans));
        }
        List<Arrival> arrivals = Disorder.arrivals(seasons, g.scopes());
        List<Scope> scopes = new ArrayList<>();
        for (int i = 0; i < seasons.size(); i++) {
            int scope = i;
            scopes.add(new Scope(seasons.get(i).competition, seasons.get(i).season, arrivals.stream()
                    .filter(a -> a.scope() == scope).map(a -> (JsonNode) a.json()).toList()));
        }
        TreeSet<Integer> flushAfter = new TreeSet<>();
        g.flushes().forEach(f -> flushAfter.add(f * arrivals.size() / 1000));
        List<ObjectNode> steps = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            if (flushAfter.contains(i)) {
                steps.add(null);
            }
            steps.add(arrivals.get(i).json());
        }
        return new Scenario(scopes, steps);
    }

    private static String season(int year) {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }

    /**
     * Per gene, a player of the first scope who also fills a squad place of the second (a loan): the
     * place's own id, then his. Each player and each place at most once.
     */
    private static Map<String, String> loans(List<int[]> genes, List<String> from, List<String> places) {
        Map<String, String> loans = new LinkedHashMap<>();
        for (int[] gene : genes) {
            String player = from.get(gene[0] % from.size());
            if (!loans.containsValue(player)) {
                loans.putIfAbsent(places.get(gene[1] % places.size()), player);
            }
        }
        return loans;
    }

    /** Every scope's messages in arrival order. */
    List<JsonNode> messages() {
        return steps.stream().filter(s -> s != null).map(s -> (JsonNode) s).toList();
    }

    /** The message after its scope, without the fields every message of the scope shares; a lineup as its player ids, starters marked *. */
    private static String shown(ObjectNode message) {
        ObjectNode shown = message.deepCopy();
        shown.remove(List.of("season", "competition", "homeTeamName", "awayTeamName"));
        if (shown.has("players")) {
            List<String> players = new ArrayList<>();
            shown.get("players").forEach(p -> players.add(p.get("playerId").asText()
                    + (p.path("starting").asBoolean() ? "*" : "")));
            shown.put("players", String.join(" ", players));
        }
        return message.get("competition").asText() + " " + message.get("season").asText() + " " + shown;
    }

    /** One line per message in arrival order. */
    String render() {
        StringBuilder out = new StringBuilder(scopes.stream().map(Scope::key).toList() + " (each try runs under"
                + " seasons and matchIds of its own), " + messages().size() + " messages in arrival order:\n");
        for (ObjectNode step : steps) {
            out.append("  ").append(step == null ? "-- flush --" : shown(step)).append('\n');
        }
        return out.toString();
    }
}
