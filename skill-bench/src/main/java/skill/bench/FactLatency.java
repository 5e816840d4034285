package skill.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import skill.core.Topics;
import skill.core.skills.RankingKey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fact publish → ranking readable, per fact and exact. Each update event is known by its competition and
 * season (its key, {@code BL1|2025-26}), partition and offset, with its fact's publish time; each standings message names the offsets
 * of the first and last update events its ranking took in ({@link Topics#COUNTED_HEADER}). A fact
 * became readable with the first message, received by a read_committed reader, of the ranking that
 * took it in. A fact whose ranking changed no number publishes nothing and has no sample:
 * {@link #unchanged} counts them.
 */
final class FactLatency {
    private record Update(String scopeAt, long offset, long publishedAt, boolean detected) {
    }

    private record Ranking(long last, long receivedAt) {
    }

    /** Per competition's season and partition: first offset a ranking took in → its last one and when its first message arrived. */
    private final Map<String, TreeMap<Long, Ranking>> rankings = new HashMap<>();
    private final List<Update> updates = new ArrayList<>();

    /** An update event of match-fact-updates (key: its competition and season); {@code detected}: a sprint detector's fact. */
    synchronized void update(ConsumerRecord<String, byte[]> event, boolean detected) {
        updates.add(new Update(event.key() + "@" + event.partition(), event.offset(), event.timestamp(), detected));
    }

    /** A standings message (key {competition}|{season}|{SKILL}) received at {@code receivedAtMs}. */
    synchronized void standings(ConsumerRecord<String, byte[]> message, long receivedAtMs) {
        Header counted = message.headers().lastHeader(Topics.COUNTED_HEADER);
        if (counted == null) {
            return;
        }
        String[] partitionRange = new String(counted.value(), StandardCharsets.UTF_8).split(":");
        String[] firstLast = partitionRange[1].split("-");
        String scopeAt = RankingKey.parse(message.key()).scope() + "@" + partitionRange[0];
        rankings.computeIfAbsent(scopeAt, s -> new TreeMap<>())
                .putIfAbsent(Long.parseLong(firstLast[0]), new Ranking(Long.parseLong(firstLast[1]), receivedAtMs));
    }

    /** Publish → readable of every fact whose ranking published, ms: the sprint detector's ({@code detected}) or the replayed ones. */
    synchronized List<Long> ms(boolean detected) {
        List<Long> ms = new ArrayList<>();
        for (Update u : updates) {
            Ranking r = rankingOf(u);
            if (u.detected() == detected && r != null) {
                ms.add(r.receivedAt() - u.publishedAt());
            }
        }
        return ms;
    }

    /** Facts whose ranking published nothing. */
    synchronized long unchanged() {
        return updates.stream().filter(u -> rankingOf(u) == null).count();
    }

    private Ranking rankingOf(Update u) {
        var took = rankings.getOrDefault(u.scopeAt(), new TreeMap<>()).floorEntry(u.offset());
        return took == null || took.getValue().last() < u.offset() ? null : took.getValue();
    }
}
