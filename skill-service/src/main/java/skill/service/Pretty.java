package skill.service;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.codec.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Human-readable skill-rankings and skill-badge-events messages; anything else stays raw JSON. */
final class Pretty {
    private Pretty() {
    }

    static String message(String key, byte[] value) {
        String raw = value == null ? "null" : new String(value, StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = value == null ? null : Json.mapper().readTree(value);
        } catch (IOException e) {
            return key + "  " + raw;
        }
        if (json != null && json.has("entries") && json.has("skill")) {
            return ranking(json);
        }
        if (json != null && json.has("kind") && json.has("playerId") && json.has("skill")) {
            return badgeEvent(json);
        }
        return key + "  " + raw;
    }

    static String ranking(JsonNode r) {
        StringBuilder out = new StringBuilder(String.format("%s %s, as of matchday %s (updated %s)",
                r.path("skill").asText(), r.path("season").asText(), r.path("asOfMatchday").asText(),
                r.path("updatedAt").asText()));
        for (JsonNode e : r.path("entries")) {
            out.append(String.format("%n  %2d. %-24s %-14s score %.3f  %4d min  %s", e.path("rank").asInt(),
                    e.path("playerName").asText(e.path("playerId").asText()), e.path("teamId").asText(),
                    e.path("score").asDouble(), e.path("minutesPlayed").asLong(), metrics(e.path("metrics"))));
        }
        return out.toString();
    }

    static String badgeEvent(JsonNode b) {
        return String.format("%s %s %s: %s (%s) %s → %s, score %s, at %s", b.path("kind").asText(),
                b.path("skill").asText(), b.path("season").asText(), b.path("playerName").asText(),
                b.path("playerId").asText(), rank(b.path("oldRank")), rank(b.path("newRank")),
                b.path("score").isNumber() ? String.format("%.3f", b.path("score").asDouble()) : "-",
                b.path("at").asText());
    }

    private static String rank(JsonNode rank) {
        return rank.isNumber() ? "#" + rank.asInt() : "-";
    }

    private static String metrics(JsonNode metrics) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : metrics.properties()) {
            JsonNode v = m.getValue();
            parts.add(m.getKey() + " " + (v.isNumber() ? String.format("%.2f", v.asDouble()) : v.asText()));
        }
        return String.join(", ", parts);
    }
}
