package skill.service;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.codec.Json;
import skill.runtime.Printable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Human-readable skill-rankings and skill-badge-events messages; anything else stays raw JSON. Every
 * text from a message is escaped ({@link Printable}), so a message cannot drive the operator's terminal.
 */
final class Pretty {
    private Pretty() {
    }

    static String message(String key, byte[] value) {
        String raw = value == null ? "null" : new String(value, StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = value == null ? null : Json.mapper().readTree(value);
        } catch (IOException e) {
            return Printable.escape(key) + "  " + Printable.escape(raw);
        }
        if (json != null && json.has("entries") && json.has("skill")) {
            return ranking(json);
        }
        if (json != null && json.has("kind") && json.has("playerId") && json.has("skill")) {
            return badgeEvent(json);
        }
        return Printable.escape(key) + "  " + Printable.escape(raw);
    }

    static String ranking(JsonNode r) {
        StringBuilder out = new StringBuilder(String.format("%s %s %s, as of matchday %s (updated %s)",
                text(r.path("skill")), text(r.path("competition")), text(r.path("season")), text(r.path("asOfMatchday")),
                text(r.path("updatedAt"))));
        for (JsonNode e : r.path("entries")) {
            out.append(String.format("%n  %2d. %-24s %-14s score %.3f  %4d min  %s", e.path("rank").asInt(),
                    Printable.escape(e.path("playerName").asText(e.path("playerId").asText())), team(e),
                    e.path("score").asDouble(), e.path("minutesPlayed").asLong(), metrics(e.path("metrics"))));
        }
        return out.toString();
    }

    static String badgeEvent(JsonNode b) {
        JsonNode cause = b.path("cause");
        return String.format("%s %s %s %s: %s (%s, %s) %s → %s, score %s, at %s%s%s", text(b.path("kind")),
                text(b.path("skill")), text(b.path("competition")), text(b.path("season")), text(b.path("playerName")),
                text(b.path("playerId")), team(b), rank(b.path("oldRank")), rank(b.path("newRank")),
                b.path("score").isNumber() ? String.format("%.3f", b.path("score").asDouble()) : "-",
                text(b.path("at")), b.path("live").asBoolean() ? ", live" : "",
                cause.isObject() ? ", cause " + text(cause.path("type")) + " " + text(cause.path("factId")) : "");
    }

    /** The club's name where the message has one, else its id. */
    private static String team(JsonNode message) {
        return text(message.path("teamName").isTextual() ? message.path("teamName") : message.path("teamId"));
    }

    private static String text(JsonNode node) {
        return Printable.escape(node.asText());
    }

    private static String rank(JsonNode rank) {
        return rank.isNumber() ? "#" + rank.asInt() : "-";
    }

    private static String metrics(JsonNode metrics) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : metrics.properties()) {
            JsonNode v = m.getValue();
            parts.add(Printable.escape(m.getKey()) + " " + (v.isNumber() ? String.format("%.2f", v.asDouble()) : text(v)));
        }
        return String.join(", ", parts);
    }
}
