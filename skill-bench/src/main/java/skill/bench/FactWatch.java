package skill.bench;

import skill.core.codec.FactCodec;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads match-facts (committed only) in the background and keeps one match's latest SPRINT and SPEED_SUMMARY facts. */
final class FactWatch implements AutoCloseable {
    private final Map<String, MatchFact> sprints = new HashMap<>();
    private final Map<String, MatchFact> summaries = new HashMap<>();
    private final TopicWatch watch;
    private final String matchId;

    FactWatch(String bootstrapServers, String topic, String matchId) {
        this.matchId = matchId;
        watch = new TopicWatch(bootstrapServers, topic, record -> keep(record.value()));
    }

    private void keep(byte[] value) {
        MatchFact fact = FactCodec.read(value).fact();
        if (fact == null) {
            throw new IllegalStateException("The detector wrote an invalid fact: " + FactCodec.read(value).reason());
        }
        if (!fact.matchId().equals(matchId)) {
            return;
        }
        synchronized (this) {
            if (fact.type() == FactType.SPRINT) {
                sprints.merge(fact.factId(), fact, (a, b) -> b.version() >= a.version() ? b : a);
            } else if (fact.type() == FactType.SPEED_SUMMARY) {
                summaries.merge(fact.playerId(), fact, (a, b) -> b.version() >= a.version() ? b : a);
            }
        }
    }

    /** True while reading goes on; throws what stopped it, e.g. an invalid fact. */
    boolean check() {
        watch.check();
        return true;
    }

    synchronized List<MatchFact> standingSprints() {
        return sprints.values().stream().filter(f -> !f.deleted()).toList();
    }

    /** How many players' latest summary covers the match up to {@code lastFrame}. */
    synchronized long summariesAt(Instant lastFrame) {
        return summaries.values().stream().filter(f -> !f.occurredAt().isBefore(lastFrame)).count();
    }

    @Override
    public void close() throws InterruptedException {
        watch.close();
    }
}
