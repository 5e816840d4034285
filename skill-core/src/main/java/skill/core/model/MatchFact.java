package skill.core.model;

import java.time.Instant;
import java.util.Comparator;

/**
 * One match fact as the contract's envelope (§1) plus the fields of its type. A deleted fact may
 * carry no details: it only retracts whatever the fact contributed.
 */
public record MatchFact(
        String factId,
        int version,
        FactType type,
        boolean deleted,
        String competition,
        String season,
        int matchday,
        String matchId,
        Instant occurredAt,
        Integer period,
        Long sequence,
        String possessionId,
        String teamId,
        String playerId,
        FactDetails details) {

    /** The default of skill.default-competition: the competition of facts that name none. */
    public static final String DEFAULT_COMPETITION = "BL1";

    /**
     * Match order (contract §1): by sequence, then occurredAt, then factId. Facts without a sequence
     * come after those with one, which keeps the order total when a feed mixes both.
     */
    public static final Comparator<MatchFact> MATCH_ORDER = Comparator
            .comparing(MatchFact::sequence, Comparator.nullsLast(Comparator.<Long>naturalOrder()))
            .thenComparing(MatchFact::occurredAt)
            .thenComparing(MatchFact::factId);

    /**
     * What the fact is ranked in: its competition and season ({@code BL1|2023-24}). The dispatcher keys
     * match-fact-updates by it, so one calculator task ranks a whole competition's season without a
     * repartition, and N competitions spread over N tasks.
     */
    public String rankingScope() {
        return competition + "|" + season;
    }

    /** This fact in {@code defaultCompetition} when it names none (contract §1: absent = the deployment's default). */
    public MatchFact inCompetitionOr(String defaultCompetition) {
        return competition != null ? this : new MatchFact(factId, version, type, deleted, defaultCompetition, season,
                matchday, matchId, occurredAt, period, sequence, possessionId, teamId, playerId, details);
    }

    /** This fact as another version of itself, e.g. a correction. */
    public MatchFact withVersion(int newVersion) {
        return new MatchFact(factId, newVersion, type, deleted, competition, season, matchday, matchId, occurredAt,
                period, sequence, possessionId, teamId, playerId, details);
    }

    /** The details as the given type, or null when this fact is of another type or has none. */
    public <T extends FactDetails> T detailsAs(Class<T> type) {
        return type.isInstance(details) ? type.cast(details) : null;
    }
}
