package skill.importer;

import skill.core.model.MatchFact;

import java.time.Instant;

/** Where and when one source event sits in its match: the per-event part of a fact's envelope. */
public record Stamp(String factId, Instant occurredAt, Integer period, Long sequence, String possessionId) {

    /** The stamp of a fact already built, so a correction can re-emit it in place. */
    public static Stamp of(MatchFact fact) {
        return new Stamp(fact.factId(), fact.occurredAt(), fact.period(), fact.sequence(), fact.possessionId());
    }
}
