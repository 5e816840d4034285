package skill.core.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.core.codec.Json;
import skill.core.model.PositionFrame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Tracking messages that break contract §2 in every way a broken or hostile producer could, each a
 * mutation of a valid frame that the contract forbids; reproducible by seed.
 */
public final class HostileFrames {
    private static final String[] REQUIRED = {"matchId", "season", "t"};
    private static final List<BiFunction<ObjectNode, SplittableRandom, byte[]>> MUTATIONS = List.of(
            (f, r) -> Arrays.copyOf(bytes(f), r.nextInt(bytes(f).length - 1)),          // truncated
            (f, r) -> {                                                                  // random bytes
                byte[] b = new byte[1 + r.nextInt(512)];
                r.nextBytes(b);
                b[0] = (byte) '{';
                return b;
            },
            (f, r) -> utf8(List.of("[1,2]", "\"frame\"", "3.5", "true", "[]").get(r.nextInt(5))), // not an object
            (f, r) -> new byte[0],                                                       // empty
            (f, r) -> bytes(remove(f, REQUIRED[r.nextInt(REQUIRED.length)])),            // missing field
            (f, r) -> bytes(f.put("t", 42.5)),                                           // wrong type
            (f, r) -> bytes(f.put("period", -r.nextInt(5))),                             // bad period
            (f, r) -> bytes(f.put("season", "20" + r.nextInt(100) + "/x")),              // bad season
            (f, r) -> bytes(r.nextBoolean() ? f.put("competition", " ") : f.put("competition", 2)), // bad competition
            (f, r) -> bytes(player(f).put("playerId", (String) null)),                   // object without player
            (f, r) -> bytes(player(f).put("x", "left")),                                 // coordinate not a number
            (f, r) -> utf8(new String(bytes(player(f).put("x", 1.25)), StandardCharsets.UTF_8)
                    .replaceFirst("\"x\":1\\.25", "\"x\":" + List.of("NaN", "Infinity", "-Infinity").get(r.nextInt(3)))),
            (f, r) -> bytes(f.put("matchId", "m".repeat(257 + r.nextInt(30_000)))),     // huge string
            (f, r) -> {                                                                  // too many objects
                ArrayNode objects = (ArrayNode) f.get("objects");
                IntStream.range(0, 65 + r.nextInt(400)).forEach(i -> objects.addObject()
                        .put("playerId", "FUZZ-" + i).put("x", 0.0).put("y", 0.0));
                return bytes(f);
            },
            (f, r) -> bytes(f.put("padding", "p".repeat(70_000 + r.nextInt(50_000)))),   // over-sized message
            (f, r) -> {                                                                  // deep nesting
                int depth = 33 + r.nextInt(20_000);
                return utf8("{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + ","
                        + new String(bytes(f), StandardCharsets.UTF_8).substring(1));
            });

    private HostileFrames() {
    }

    /** {@code count} hostile messages, each a mutation of one of the valid frames (cycled). */
    public static Stream<byte[]> messages(long seed, int count, List<PositionFrame> valid) {
        SplittableRandom random = new SplittableRandom(seed);
        return IntStream.range(0, count).mapToObj(i -> MUTATIONS.get(i % MUTATIONS.size())
                .apply(Json.mapper().valueToTree(valid.get(random.nextInt(valid.size()))), random));
    }

    private static ObjectNode player(ObjectNode frame) {
        for (var object : frame.get("objects")) {
            if (!object.path("ball").asBoolean(false)) {
                return (ObjectNode) object;
            }
        }
        throw new IllegalArgumentException("A frame without players cannot be mutated: " + frame);
    }

    private static ObjectNode remove(ObjectNode frame, String field) {
        frame.remove(field);
        return frame;
    }

    private static byte[] bytes(ObjectNode frame) {
        return Json.write(frame);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
