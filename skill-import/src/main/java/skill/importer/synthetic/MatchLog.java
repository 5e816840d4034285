package skill.importer.synthetic;

import skill.core.model.FactDetails;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts of one synthetic match as a feed publishes them: each at its publication time, which for a
 * correction or deletion comes after the action it revises. Fact ids are {@code <matchId>/<sequence>}.
 */
final class MatchLog {
    private record Entry(Instant publishedAt, int order, MatchFact fact) {
    }

    private final MatchEnvelope envelope;
    private final List<Entry> entries = new ArrayList<>();
    private long sequence;

    MatchLog(MatchEnvelope envelope) {
        this.envelope = envelope;
    }

    MatchEnvelope envelope() {
        return envelope;
    }

    /** A new action, published as it happens. */
    MatchFact action(Instant at, int period, FactType type, String teamId, String playerId, String possessionId,
                     FactDetails details) {
        sequence++;
        MatchFact fact = envelope.fact(new Stamp(envelope.matchId() + "/" + sequence, at, period, sequence,
                possessionId), type, teamId, playerId, details);
        publish(at, fact);
        return fact;
    }

    void publish(Instant publishedAt, MatchFact fact) {
        entries.add(new Entry(publishedAt, entries.size(), fact));
    }

    /** The actions so far (not revisions), for choosing what to correct. */
    List<MatchFact> facts() {
        return entries.stream().map(Entry::fact).toList();
    }

    List<MatchFact> inPublicationOrder() {
        return entries.stream().sorted(Comparator.comparing(Entry::publishedAt).thenComparingInt(Entry::order))
                .map(Entry::fact).toList();
    }
}
