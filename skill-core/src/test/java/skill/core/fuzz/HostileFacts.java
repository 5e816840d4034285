package skill.core.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.core.Facts;
import skill.core.Facts.Fact;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static skill.core.Facts.bench;
import static skill.core.Facts.min;
import static skill.core.Facts.starter;

/**
 * Messages that break the contract in every way a broken or hostile producer could: each one is
 * invalid by construction (a mutation of a valid fact that the contract forbids), reproducible by seed.
 */
public final class HostileFacts {
    /** One way to break a fact: a name for reports and the mutation. */
    public record Mutation(String name, BiFunction<Fact, SplittableRandom, byte[]> apply) {
    }

    private static final String[] REQUIRED = {"factId", "version", "type", "season", "matchday", "matchId", "occurredAt"};
    private static final Object[] WRONG_TYPES = {4.5, true, List.of("a"), java.util.Map.of("a", 1), ""};

    public static final List<Mutation> MUTATIONS = List.of(
            new Mutation("truncated JSON", (f, r) -> {
                byte[] b = f.bytes();
                return java.util.Arrays.copyOf(b, r.nextInt(b.length - 1));
            }),
            new Mutation("random bytes", (f, r) -> {
                byte[] b = new byte[1 + r.nextInt(512)];
                r.nextBytes(b);
                b[0] = (byte) '{';
                return b;
            }),
            new Mutation("not an object", (f, r) -> utf8(List.of("[1,2]", "\"shot\"", "3.5", "null", "true", "[]").get(r.nextInt(6)))),
            new Mutation("empty", (f, r) -> new byte[0]),
            new Mutation("missing id", (f, r) -> f.without(REQUIRED[r.nextInt(REQUIRED.length)]).bytes()),
            new Mutation("wrong type", (f, r) -> f.with(REQUIRED[r.nextInt(REQUIRED.length)],
                    WRONG_TYPES[r.nextInt(WRONG_TYPES.length)]).bytes()),
            new Mutation("xGoals out of range", (f, r) -> f.with("type", "SHOT").with("xGoals", outOfRange(r)).bytes()),
            new Mutation("xPass out of range", (f, r) -> f.with("type", "PASS").with("xPass", outOfRange(r)).bytes()),
            new Mutation("NaN", (f, r) -> utf8(new String(f.with("type", "SHOT").with("xGoals", 0.25).bytes(),
                    StandardCharsets.UTF_8).replace("\"xGoals\":0.25", "\"xGoals\":"
                    + List.of("NaN", "Infinity", "-Infinity", "1e999").get(r.nextInt(4))))),
            new Mutation("negative version", (f, r) -> f.with("version", -r.nextInt(1_000)).bytes()),
            new Mutation("unknown type", (f, r) -> f.with("type", "TYPE_" + r.nextInt(1_000)).bytes()),
            new Mutation("unknown enum value", (f, r) -> f.with("type", "SHOT").with("outcome", "goal").bytes()),
            new Mutation("bad season", (f, r) -> f.with("season", (2000 + r.nextInt(50)) + "/" + r.nextInt(100)).bytes()),
            new Mutation("bad time", (f, r) -> f.with("occurredAt", "2023-13-" + r.nextInt(99) + "T25:00").bytes()),
            new Mutation("huge string", (f, r) -> f.with("matchId", "m".repeat(257 + r.nextInt(60_000))).bytes()),
            new Mutation("huge array", (f, r) -> f.with("type", "LINEUP").with("players", squad(101 + r.nextInt(400))).bytes()),
            new Mutation("over-sized message", (f, r) -> f.with("padding", IntStream.range(0, 15_000 + r.nextInt(30_000))
                    .boxed().toList()).bytes()),
            new Mutation("deep nesting", (f, r) -> {
                int depth = 33 + r.nextInt(30_000);
                return utf8("{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + ","
                        + new String(f.bytes(), StandardCharsets.UTF_8).substring(1));
            }));

    private HostileFacts() {
    }

    /** {@code count} hostile messages, each a random mutation of a random valid fact of every type. */
    public static Stream<byte[]> messages(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        return IntStream.range(0, count).mapToObj(i -> {
            Mutation m = MUTATIONS.get(i % MUTATIONS.size());
            return m.apply().apply(validFact(random).with("factId", "FUZZ-" + seed + "-" + i), random);
        });
    }

    private static Fact validFact(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> Facts.shot(player(r), r.nextDouble(), "SAVED");
            case 1 -> Facts.pass(player(r), player(r));
            case 2 -> Facts.duel(player(r), player(r));
            case 3 -> Facts.ballWin(player(r), "RECOVERY");
            case 4 -> Facts.substitution(Facts.HOME, player(r), player(r), min(60));
            default -> Facts.lineup(Facts.HOME, starter(player(r)), bench(player(r)));
        };
    }

    private static List<ObjectNode> squad(int size) {
        return IntStream.range(0, size).mapToObj(i -> starter("P" + i)).toList();
    }

    private static double outOfRange(SplittableRandom r) {
        return r.nextBoolean() ? -r.nextDouble(1e-9, 10) : 1 + r.nextDouble(1e-9, 1e6);
    }

    private static String player(SplittableRandom r) {
        return "FUZZ-" + r.nextInt(50);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
