package skill.dispatcher;

import skill.core.model.MatchFact;

/**
 * What storing one fact did. {@code STORED} and {@code REPLAYED} (the same message again after a
 * crash between the database commit and the Kafka commit) are republished; the others are not.
 */
record StoreOutcome(Kind kind, MatchFact fact, String previousMatchId) {

    enum Kind { STORED, REPLAYED, DUPLICATE, STALE }

    boolean republish() {
        return kind == Kind.STORED || kind == Kind.REPLAYED;
    }
}
