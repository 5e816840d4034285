package skill.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import skill.core.Topics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fact publish → ranking readable, per fact and exact. Each update event is known by its season (its
 * key), partition and offset, with its fact's publish time; each standings message names what it
 * counted ({@link Topics#COUNTED_HEADER}). A fact became readable with the first standings message of
 * its season, received by a read_committed reader, that counted its offset (a season is ranked once
 * per commit, so what its messages counted only grows). A fact after which its season published
 * nothing (it changed no number) has no sample: {@link #unranked} counts them.
 */
final class FactLatency {
    private record Update(String seasonAt, long offset, long publishedAt, boolean detected) {
    }

    /** Per season and partition: counted offset → when the first message that counted it was received. */
    private final Map<String, TreeMap<Long, Long>> readableAt = new HashMap<>();
    private final List<Update> updates = new ArrayList<>();

    /** An update event of match-fact-updates (key: its season); {@code detected}: a sprint detector's fact. */
    synchronized void update(ConsumerRecord<String, byte[]> event, boolean detected) {
        updates.add(new Update(event.key() + "@" + event.partition(), event.offset(), event.timestamp(), detected));
    }

    /** A standings message (key {season}|{SKILL}) received at {@code receivedAtMs}. */
    synchronized void standings(ConsumerRecord<String, byte[]> message, long receivedAtMs) {
        Header counted = message.headers().lastHeader(Topics.COUNTED_HEADER);
        if (counted == null) {
            return;
        }
        String[] partitionOffset = new String(counted.value(), StandardCharsets.UTF_8).split(":");
        String seasonAt = message.key().substring(0, message.key().indexOf('|')) + "@" + partitionOffset[0];
        readableAt.computeIfAbsent(seasonAt, s -> new TreeMap<>())
                .putIfAbsent(Long.parseLong(partitionOffset[1]), receivedAtMs);
    }

    /** Publish → readable of every ranked fact, ms: the sprint detector's ({@code detected}) or the replayed ones. */
    synchronized List<Long> ms(boolean detected) {
        List<Long> ms = new ArrayList<>();
        for (Update u : updates) {
            Long readable = readable(u);
            if (u.detected() == detected && readable != null) {
                ms.add(readable - u.publishedAt());
            }
        }
        return ms;
    }

    /** Facts after which their season published no standings. */
    synchronized long unranked() {
        return updates.stream().filter(u -> readable(u) == null).count();
    }

    private Long readable(Update u) {
        var first = readableAt.getOrDefault(u.seasonAt(), new TreeMap<>()).ceilingEntry(u.offset());
        return first == null ? null : first.getValue();
    }
}
