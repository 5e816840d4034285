package skill.core.minutes;

import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seconds each player spent on the pitch in one match (contract §3): from kick-off (starters) or
 * coming on, to going off (substitution, sending-off) or the end, counted only inside the periods
 * of play, stoppage time included. A period still running counts up to the match's latest fact.
 * Without a MATCH fact there is no clock, so nobody has played yet.
 */
public final class MinutesPlayed {
    private MinutesPlayed() {
    }

    public static Map<String, Long> secondsByPlayer(MatchSheet sheet) {
        Map<String, Long> seconds = new TreeMap<>();
        sheet.players().keySet().forEach(id -> seconds.put(id, 0L));
        if (sheet.matchInfo() == null) {
            return seconds;
        }
        List<Interval> play = periodsOfPlay(sheet.matchInfo(), sheet.latestFactAt());
        Map<String, Instant> onSince = new HashMap<>();
        sheet.players().values().stream().filter(MatchSheet.Player::starting)
                .forEach(p -> onSince.put(p.playerId(), Instant.MIN));
        for (MatchFact change : sheet.changes()) {
            if (change.type() == FactType.SUBSTITUTION) {
                Substitution sub = change.detailsAs(Substitution.class);
                goesOff(sub.playerOutId(), change.occurredAt(), onSince, play, seconds);
                onSince.putIfAbsent(sub.playerInId(), change.occurredAt());
                seconds.putIfAbsent(sub.playerInId(), 0L);
            } else if (change.playerId() != null) {
                goesOff(change.playerId(), change.occurredAt(), onSince, play, seconds);
            }
        }
        onSince.forEach((player, from) -> seconds.merge(player, overlap(from, Instant.MAX, play), Long::sum));
        return seconds;
    }

    private static void goesOff(String player, Instant at, Map<String, Instant> onSince,
                                List<Interval> play, Map<String, Long> seconds) {
        Instant from = onSince.remove(player);
        if (from != null) {
            seconds.merge(player, overlap(from, at, play), Long::sum);
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
                total += end.getEpochSecond() - start.getEpochSecond();
            }
        }
        return total;
    }

    private record Interval(Instant start, Instant end) {
    }
}
