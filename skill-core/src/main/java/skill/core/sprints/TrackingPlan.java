package skill.core.sprints;

import skill.core.minutes.MatchSheet;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tracking of one match must show, by its facts' clock: its periods of play and each stint a
 * player spends on the pitch, from kick-off (starters) or coming on to going off (substitution,
 * sending-off) or the end. Times in epoch ms; a stint is on the pitch at {@code from <= t < until}.
 * {@code competition} is the MATCH fact's (null where it names none), for the frames to carry.
 */
public record TrackingPlan(String matchId, String competition, String season, int matchday, List<Period> periods,
                           List<Stint> stints) {

    public TrackingPlan {
        periods = List.copyOf(periods);
        stints = List.copyOf(stints);
    }

    public record Period(int period, long startedAt, long endedAt) {
    }

    public record Stint(String playerId, String teamId, boolean goalkeeper, long from, long until) {
        public boolean onPitchAt(long t) {
            return from <= t && t < until;
        }
    }

    /**
     * The plan of a finished match from its facts as a feed published them (every version, any order): the
     * highest version of each fact counts, deleted ones do not; periods without an end are left out.
     */
    public static TrackingPlan of(Collection<MatchFact> facts) {
        Map<String, MatchFact> latest = new LinkedHashMap<>();
        facts.forEach(f -> latest.merge(f.factId(), f, (a, b) -> b.version() > a.version() ? b : a));
        List<MatchFact> live = latest.values().stream().filter(f -> !f.deleted()).toList();
        MatchSheet sheet = MatchSheet.of(live);
        MatchFact match = live.stream().filter(f -> f.type() == FactType.MATCH).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No MATCH fact: no periods to track"));
        List<Period> periods = new ArrayList<>();
        for (MatchInfo.Period p : sheet.matchInfo().periods()) {
            if (p.startedAt() != null && p.endedAt() != null) {
                periods.add(new Period(p.period(), p.startedAt().toEpochMilli(), p.endedAt().toEpochMilli()));
            }
        }
        Set<String> goalkeepers = new HashSet<>();
        live.stream().map(f -> f.detailsAs(Lineup.class)).filter(l -> l != null).flatMap(l -> l.players().stream())
                .filter(p -> "GK".equals(p.position())).forEach(p -> goalkeepers.add(p.playerId()));
        Map<String, Long> onSince = new LinkedHashMap<>();
        sheet.players().values().stream().filter(MatchSheet.Player::starting)
                .forEach(p -> onSince.put(p.playerId(), Long.MIN_VALUE));
        List<Stint> stints = new ArrayList<>();
        for (MatchFact change : sheet.changes()) {
            long at = change.occurredAt().toEpochMilli();
            Substitution sub = change.detailsAs(Substitution.class);
            String off = sub != null ? sub.playerOutId() : change.playerId();
            Long from = off == null ? null : onSince.remove(off);
            if (from != null) {
                stints.add(stint(sheet, goalkeepers, off, from, at));
            }
            if (sub != null) {
                onSince.putIfAbsent(sub.playerInId(), at);
            }
        }
        onSince.forEach((player, from) -> stints.add(stint(sheet, goalkeepers, player, from, Long.MAX_VALUE)));
        return new TrackingPlan(match.matchId(), match.competition(), match.season(), match.matchday(), periods,
                stints);
    }

    private static Stint stint(MatchSheet sheet, Set<String> goalkeepers, String playerId, long from, long until) {
        MatchSheet.Player player = sheet.players().get(playerId);
        return new Stint(playerId, player == null ? null : player.teamId(), goalkeepers.contains(playerId), from, until);
    }
}
