package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static skill.calculators.reference.FinalFacts.isType;
import static skill.calculators.reference.FinalFacts.text;
import static skill.calculators.reference.FinalFacts.time;

/**
 * Millimillis each player spent on the pitch in one match (contract §3), written as a little state
 * machine: starters are on from kick-off; in match order a SUBSTITUTION takes playerOutId off (if
 * on) and brings playerInId on (if not on), a SENDING_OFF takes its player off (if on). Time on the
 * pitch counts only inside the MATCH periods, stoppage time included; a period without endedAt runs
 * up to the match's latest live fact. No MATCH fact: no clock, everyone has 0.
 */
final class Minutes {
    private Minutes() {
    }

    /** @param facts one match's live facts in match order; every player named in a lineup or substituted in gets an entry */
    static Map<String, Long> millisByPlayer(List<JsonNode> facts) {
        Map<String, Long> millis = new TreeMap<>();
        Map<String, Instant> onSince = new HashMap<>();
        for (JsonNode f : facts) {
            if (isType(f, "LINEUP")) {
                for (JsonNode p : f.path("players")) {
                    millis.put(text(p, "playerId"), 0L);
                    if (p.path("starting").asBoolean(false)) {
                        onSince.put(text(p, "playerId"), Instant.MIN);
                    }
                }
            }
        }
        List<Instant[]> periods = periods(facts);
        for (JsonNode f : facts) {
            Instant at = time(f, "occurredAt");
            if (isType(f, "SUBSTITUTION")) {
                off(text(f, "playerOutId"), at, onSince, periods, millis);
                millis.putIfAbsent(text(f, "playerInId"), 0L);
                onSince.putIfAbsent(text(f, "playerInId"), at);
            } else if (isType(f, "SENDING_OFF")) {
                off(text(f, "playerId"), at, onSince, periods, millis);
            }
        }
        for (String player : new ArrayList<>(onSince.keySet())) {
            off(player, Instant.MAX, onSince, periods, millis);
        }
        return millis;
    }

    private static void off(String player, Instant at, Map<String, Instant> onSince,
                            List<Instant[]> periods, Map<String, Long> millis) {
        Instant since = onSince.remove(player);
        if (since == null) {
            return;  // not on the pitch: nothing to take off
        }
        for (Instant[] period : periods) {
            Instant from = since.isAfter(period[0]) ? since : period[0];
            Instant to = at.isBefore(period[1]) ? at : period[1];
            if (to.isAfter(from)) {
                millis.merge(player, Duration.between(from, to).toMillis(), Long::sum);
            }
        }
    }

    private static List<Instant[]> periods(List<JsonNode> facts) {
        Instant latest = null;
        JsonNode match = null;
        for (JsonNode f : facts) {
            Instant at = time(f, "occurredAt");
            latest = latest == null || at.isAfter(latest) ? at : latest;
            match = isType(f, "MATCH") ? f : match;
        }
        List<Instant[]> periods = new ArrayList<>();
        if (match != null) {
            for (JsonNode p : match.path("periods")) {
                Instant end = p.hasNonNull("endedAt") ? time(p, "endedAt") : latest;
                periods.add(new Instant[]{time(p, "startedAt"), end});
            }
        }
        return periods;
    }
}
