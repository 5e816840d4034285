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

    /** Match order (contract §1): sequence where both have one, then occurredAt, then factId. */
    public static final Comparator<MatchFact> MATCH_ORDER = (a, b) -> {
        if (a.sequence != null && b.sequence != null && !a.sequence.equals(b.sequence)) {
            return Long.compare(a.sequence, b.sequence);
        }
        int byTime = a.occurredAt.compareTo(b.occurredAt);
        return byTime != 0 ? byTime : a.factId.compareTo(b.factId);
    };

    /** The details as the given type, or null when this fact is of another type or has none. */
    public <T extends FactDetails> T detailsAs(Class<T> type) {
        return type.isInstance(details) ? type.cast(details) : null;
    }
}
