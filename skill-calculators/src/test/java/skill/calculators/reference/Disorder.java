package skill.calculators.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.calculators.reference.SeasonBuilder.Message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Puts a season's messages out of order the way a real feed does. Every message arrives up to a
 * minute, an hour or a week late (the shuffle gene); then each disorder gene does one thing to one
 * fact: a correction of some field, a deletion, a deletion that arrives before the fact, a revival
 * after a deletion, a duplicate, a stale version arriving after a higher one, a lost intermediate
 * version, the whole fact arriving last, or two corrections. Versions may jump (1, then 4).
 */
final class Disorder {
    private static final long[] MAX_DELAY = {0, 60, 3600, 7 * 86_400};
    private static final long LAST = 400L * 86_400;

    /** One message on its way: arrives in the order of {@code key}, then of creation. */
    private static final class Sent {
        final ObjectNode json;
        final int order;
        long key;

        Sent(ObjectNode json, long key, int order) {
            this.json = json;
            this.key = key;
            this.order = order;
        }

        int version() {
            return json.get("version").asInt();
        }
    }

    private final Map<String, List<Sent>> byFact = new LinkedHashMap<>();
    /** Each fact's latest version that is not a deletion, sent or lost: what the next correction corrects. */
    private final Map<String, ObjectNode> latestLive = new HashMap<>();
    private final SeasonBuilder season;
    private final Random random;
    private final long maxDelay;
    private int created;

    /** A message as it arrives, with the index of the scope (competition and season) it belongs to. */
    record Arrival(int scope, ObjectNode json) {
    }

    private Disorder(SeasonBuilder season, Genome g) {
        this.season = season;
        this.random = new Random(g.shuffleSeed());
        this.maxDelay = MAX_DELAY[g.shuffle()];
    }

    /**
     * The messages of every scope in the order they arrive: each scope put out of order by its own
     * genome, all on one clock, so their arrivals interleave (ties: the scopes in order).
     */
    static List<Arrival> arrivals(List<SeasonBuilder> seasons, List<Genome> genomes) {
        record Keyed(int scope, Sent sent) {
        }
        List<Keyed> all = new ArrayList<>();
        for (int i = 0; i < seasons.size(); i++) {
            int scope = i;
            disordered(seasons.get(i), genomes.get(i)).forEach(s -> all.add(new Keyed(scope, s)));
        }
        return all.stream().sorted(Comparator.comparingLong((Keyed k) -> k.sent.key)
                        .thenComparingInt(Keyed::scope).thenComparingInt(k -> k.sent.order))
                .map(k -> new Arrival(k.scope, k.sent.json)).toList();
    }

    private static List<Sent> disordered(SeasonBuilder season, Genome g) {
        Disorder d = new Disorder(season, g);
        for (Message m : season.messages) {
            d.send(m.json(), m.publishAt() + d.delay());
        }
        List<String> facts = new ArrayList<>(d.byFact.keySet());
        for (int[] op : g.disorder()) {
            d.apply(op, d.byFact.get(facts.get(op[1] % facts.size())));
        }
        return d.byFact.values().stream().flatMap(List::stream).toList();
    }

    private void apply(int[] op, List<Sent> fact) {
        switch (op[0] % 9) {
            case 0 -> correct(fact, op);
            case 1 -> next(fact, deletion(fact), op[4]);
            case 2 -> next(fact, deletion(fact), op[4]).key = first(fact) - 1;  // the deletion comes first
            case 3 -> {
                next(fact, deletion(fact), op[4]);
                correct(fact, op);
            }
            case 4 -> {
                Sent copy = fact.get(op[2] % fact.size());
                send(copy.json, copy.key + delay());
            }
            case 5 -> {
                if (fact.stream().allMatch(s -> s.version() == highest(fact))) {
                    correct(fact, op);
                }
                List<Sent> lower = fact.stream().filter(s -> s.version() < highest(fact)).toList();
                lower.get(op[2] % lower.size()).key = last(fact) + 1 + op[3];  // stale, after the highest
            }
            case 6 -> {
                List<Sent> lower = fact.stream().filter(s -> s.version() < highest(fact)).toList();
                if (!lower.isEmpty()) {
                    fact.remove(lower.get(op[2] % lower.size()));  // lost on the way
                }
            }
            case 7 -> fact.forEach(s -> s.key += LAST);
            default -> {
                correct(fact, op);
                correct(fact, new int[]{op[0], op[1], op[3], op[2], op[5], op[4]});
            }
        }
    }

    private void correct(List<Sent> fact, int[] op) {
        ObjectNode base = latestLive.get(fact.get(0).json.get("factId").asText());
        next(fact, Corrections.apply(base, op[2], op[3], season), op[4]);
    }

    /** Sends {@code json} as the fact's next version, sometimes skipping version numbers. */
    private Sent next(List<Sent> fact, ObjectNode json, int gene) {
        json.put("version", highest(fact) + 1 + (gene % 3 == 2 ? 2 : 0));
        return send(json, last(fact) + 1 + delay());
    }

    /** The envelope alone, as the feed sends a retraction. */
    private static ObjectNode deletion(List<Sent> fact) {
        ObjectNode d = fact.get(0).json.deepCopy();
        d.retain("factId", "version", "type", "competition", "season", "matchday", "matchId", "occurredAt");
        return d.put("deleted", true);
    }

    private Sent send(ObjectNode json, long key) {
        Sent s = new Sent(json, key, created++);
        if (!json.path("deleted").asBoolean(false)) {
            latestLive.merge(json.get("factId").asText(), json,
                    (a, b) -> a.get("version").asInt() >= b.get("version").asInt() ? a : b);
        }
        byFact.computeIfAbsent(json.get("factId").asText(), id -> new ArrayList<>()).add(s);
        return s;
    }

    private long delay() {
        return maxDelay == 0 ? 0 : random.nextLong(maxDelay + 1);
    }

    private static int highest(List<Sent> fact) {
        return fact.stream().mapToInt(Sent::version).max().orElseThrow();
    }

    private static long first(List<Sent> fact) {
        return fact.stream().mapToLong(s -> s.key).min().orElseThrow();
    }

    private static long last(List<Sent> fact) {
        return fact.stream().mapToLong(s -> s.key).max().orElseThrow();
    }
}
