package skill.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import skill.core.codec.FactCodec;
import skill.core.codec.Json;
import skill.core.model.MatchFact;
import skill.core.sprints.MatchTrackingGenerator;
import skill.importer.synthetic.SeasonGenerator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matchday 1 of a generated season of one or more competitions, its 9 matches per competition interleaved
 * by match clock (time since each match's first fact) and replayed at ×{@code speed}, facts to match-facts
 * and 25 Hz frames of every match to match-positions together; the first {@code minutes} of match clock.
 * One generated tracking match (with the matchday's match ids and competitions) stands in for all, so
 * memory stays that of one match.
 */
final class LiveReplay {
    private record Timed(long offsetMs, String key, String competition, byte[] value) {
    }

    /** What was sent: facts to match-facts, frames to match-positions (each match's). */
    record Sent(int facts, long frames) {
    }

    private LiveReplay() {
    }

    /** Replays and returns what it sent. */
    static Sent run(String servers, String factsTopic, String framesTopic, long seed, double speed, double minutes,
                   String season, List<String> competitions) throws InterruptedException {
        long window = (long) (minutes * 60_000);
        List<Timed> facts = facts(seed, window, season, competitions);
        Map<String, String> competitionOf = new java.util.TreeMap<>();
        facts.forEach(t -> competitionOf.putIfAbsent(t.key(), t.competition()));
        var tracking = MatchTrackingGenerator.generate(seed, 25, Math.min(45, minutes / 2));
        long firstFrame = tracking.frame(0, "", null, season, 1, true).t().toEpochMilli();
        try (var factProducer = producer(servers, 0); var frameProducer = producer(servers, 10)) {
            long start = System.nanoTime();
            int fact = 0;
            int frame = 0;
            long frames = 0;
            while (fact < facts.size() || frame < tracking.frames()) {
                double now = (System.nanoTime() - start) / 1e6 * speed;
                while (fact < facts.size() && facts.get(fact).offsetMs <= now) {
                    Timed t = facts.get(fact++);
                    factProducer.send(new ProducerRecord<>(factsTopic, t.key, t.value));
                }
                while (frame < tracking.frames()) {
                    long offset = tracking.frame(frame, "", null, season, 1, true).t().toEpochMilli() - firstFrame;
                    if (offset > now || offset > window) {
                        frame = offset > window ? tracking.frames() : frame;
                        break;
                    }
                    for (var match : competitionOf.entrySet()) {
                        frameProducer.send(new ProducerRecord<>(framesTopic, match.getKey(),
                                Json.write(tracking.frame(frame, match.getKey(), match.getValue(), season, 1, true))));
                        frames++;
                    }
                    frame++;
                }
                Thread.sleep(2);
            }
            return new Sent(facts.size(), frames);
        }
    }

    private static List<Timed> facts(long seed, long window, String season, List<String> competitions) {
        Map<String, Long> kickoff = new HashMap<>();
        List<MatchFact> all = new SeasonGenerator(seed, 1, season, competitions).matchday(1).toList();
        all.forEach(f -> kickoff.merge(f.matchId(), f.occurredAt().toEpochMilli(), Math::min));
        List<Timed> timed = new ArrayList<>();
        for (MatchFact f : all) {
            long offset = f.occurredAt().toEpochMilli() - kickoff.get(f.matchId());
            if (offset <= window) {
                timed.add(new Timed(offset, f.matchId(), f.competition(), FactCodec.write(f)));
            }
        }
        timed.sort(Comparator.comparingLong(Timed::offsetMs)); // stable: each match keeps its order
        return timed;
    }

    private static KafkaProducer<String, byte[]> producer(String servers, int lingerMs) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** The {@code q} quantile (0..1) of {@code values}, nearest rank. */
    static double percentile(List<Long> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }
}
