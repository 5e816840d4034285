package skill.core.minutes;

import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Millimillis each player spent on the pitch in one match (contract §3: exact to the times given): from kick-off (starters) or
 * coming on, to going off (substitution, sending-off) or the end, counted only inside the periods
 * of play, stoppage time included. A period still running counts up to the match's latest fact.
 * Without a MATCH fact there is no clock, so nobody has played yet.
 */
public final class MinutesPlayed {
    private MinutesPlayed() {
    }

    public static Map<String, Long> millisByPlayer(MatchSheet sheet) {
        Map<String, Long> millis = new TreeMap<>();
        sheet.players().keySet().forEach(id -> millis.put(id, 0L));
        if (sheet.matchInfo() == null) {
            return millis;
        }
        List<Interval> play = periodsOfPlay(sheet.matchInfo(), sheet.latestFactAt());
        Map<String, Instant> onSince = new HashMap<>();
        sheet.players().values().stream().filter(MatchSheet.Player::starting)
                .forEach(p -> onSince.put(p.playerId(), Instant.MIN));
        for (MatchFact change : sheet.changes()) {
            if (change.type() == FactType.SUBSTITUTION) {
                Substitution sub = change.detailsAs(Substitution.class);
                goesOff(sub.playerOutId(), change.occurredAt(), onSince, play, millis);
                onSince.putIfAbsent(sub.playerInId(), change.occurredAt());
                millis.putIfAbsent(sub.playerInId(), 0L);
            } else if (change.playerId() != null) {
                goesOff(change.playerId(), change.occurredAt(), onSince, play, millis);
            }
        }
        onSince.forEach((player, from) -> millis.merge(player, overlap(from, Instant.MAX, play), Long::sum));
        return millis;
    }

    private static void goesOff(String player, Instant at, Map<String, Instant> onSince,
                                List<Interval> play, Map<String, Long> millis) {
        Instant from = onSince.remove(player);
        if (from != null) {
            millis.merge(player, overlap(from, at, play), Long::sum);
        }
    }

    private static List<Interval> periodsOfPlay(MatchInfo match, Instant latestFactAt) {
        List<Interval> play = new ArrayList<>();
        for (MatchInfo.Period p : match.periods()) {
            Instant end = p.endedAt() != null ? p.endedAt() : latestFactAt;
            if (p.startedAt() != null && end != null && end.isAfter(p.startedAt())) {
                play.add(new Interval(p.startedAt(), end));
            }
        }
        return play;
    }

    private static long overlap(Instant from, Instant to, List<Interval> play) {
        long total = 0;
        for (Interval i : play) {
            Instant start = from.isAfter(i.start) ? from : i.start;
            Instant end = to.isBefore(i.end) ? to : i.end;
            if (end.isAfter(start)) {
                total += Duration.between(start, end).toMillis();
            }
        }
        return total;
    }

    private record Interval(Instant start, Instant end) {
    }
}
