package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reference's view of the input, straight from the contract JSON (§1) without the production
 * codec: the final fact set (per factId the highest version, deleted ones dropped), grouped by
 * match and put in match order.
 */
final class FinalFacts {
    private FinalFacts() {
    }

    /** Whatever order the messages came in, only each factId's highest version counts. */
    static List<JsonNode> of(Collection<? extends JsonNode> messages) {
        Map<String, JsonNode> highest = new TreeMap<>();
        for (JsonNode m : messages) {
            JsonNode known = highest.get(text(m, "factId"));
            if (known == null || m.get("version").asInt() > known.get("version").asInt()) {
                highest.put(text(m, "factId"), m);
            }
        }
        List<JsonNode> live = new ArrayList<>();
        highest.values().stream().filter(f -> !f.path("deleted").asBoolean(false)).forEach(live::add);
        return live;
    }

    /** Live facts by matchId (sorted), each match's facts in match order. */
    static SortedMap<String, List<JsonNode>> byMatch(List<JsonNode> live) {
        SortedMap<String, List<JsonNode>> matches = new TreeMap<>();
        live.forEach(f -> matches.computeIfAbsent(text(f, "matchId"), m -> new ArrayList<>()).add(f));
        matches.values().forEach(facts -> facts.sort(MATCH_ORDER));
        return matches;
    }

    /** Contract §1: by sequence; ties and absence by occurredAt, then factId. */
    static final Comparator<JsonNode> MATCH_ORDER = (a, b) -> {
        if (a.hasNonNull("sequence") && b.hasNonNull("sequence")) {
            int bySequence = Long.compare(a.get("sequence").asLong(), b.get("sequence").asLong());
            if (bySequence != 0) {
                return bySequence;
            }
        }
        int byTime = time(a, "occurredAt").compareTo(time(b, "occurredAt"));
        return byTime != 0 ? byTime : text(a, "factId").compareTo(text(b, "factId"));
    };

    static boolean isType(JsonNode fact, String type) {
        return type.equals(text(fact, "type"));
    }

    /** A text field, or null when absent. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Instant time(JsonNode node, String field) {
        String v = text(node, field);
        return v == null ? null : Instant.parse(v);
    }

    /** A number field, or null when absent. */
    static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
