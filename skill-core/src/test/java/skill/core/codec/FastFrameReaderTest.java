package skill.core.codec;

import org.junit.jupiter.api.Test;
import skill.core.fuzz.HostileFrames;
import skill.core.model.PositionFrame;
import skill.core.sprints.MatchTrackingGenerator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class FastFrameReaderTest {
    private static final MatchTrackingGenerator.Match MATCH = MatchTrackingGenerator.generate(5, 25, 0.2);
    /** With and without speeds, with and without a competition. */
    private static final List<PositionFrame> FRAMES = IntStream.range(0, 200)
            .mapToObj(i -> MATCH.frame(i * MATCH.frames() / 200, "M1", i % 3 == 0 ? null : "BL2", "2023-24", 7,
                    i % 2 == 0)).toList();

    @Test
    void readsEveryGeneratedFrameItselfAsJacksonDoes() {
        for (PositionFrame frame : FRAMES) {
            byte[] json = Json.write(frame);
            assertThat(FastFrameReader.read(json)).isNotNull().isEqualTo(FrameCodec.readWithJackson(json))
                    .isEqualTo(frame);
        }
        assertThat(FRAMES).extracting(PositionFrame::competition).containsOnly(null, "BL2");
    }

    @Test
    void reusesThePreviousFramesStringsOnlyWhereTheyAreEqual() {
        PositionFrame first = FastFrameReader.read(Json.write(FRAMES.get(0)));
        PositionFrame next = FRAMES.get(1);
        List<PositionFrame.TrackedObject> objects = new ArrayList<>(next.objects());
        PositionFrame.TrackedObject replaced = objects.get(3);
        objects.set(3, new PositionFrame.TrackedObject("SUBSTITUTE", replaced.teamId(), replaced.x(), replaced.y(),
                replaced.speed(), replaced.ball()));
        objects.add(objects.get(0)); // one object more than the previous frame had
        byte[] json = Json.write(new PositionFrame("M2", "BL2", next.season(), next.matchday(), next.period(),
                next.frame(), next.t(), objects));

        PositionFrame read = FastFrameReader.read(json, first);

        assertThat(read).isEqualTo(FrameCodec.readWithJackson(json));
        assertThat(read.season()).isSameAs(first.season());
        assertThat(first.competition()).isNull();
        assertThat(read.competition()).isEqualTo("BL2");
        assertThat(FastFrameReader.read(Json.write(FRAMES.get(2)), read).competition()).isSameAs(read.competition());
        assertThat(read.matchId()).isEqualTo("M2");
        assertThat(read.objects().get(0).playerId()).isSameAs(first.objects().get(0).playerId());
        assertThat(read.objects().get(3).teamId()).isSameAs(first.objects().get(3).teamId());
        assertThat(read.objects().get(3).playerId()).isEqualTo("SUBSTITUTE");
        assertThat(read.objects().get(objects.size() - 1).playerId()).isNotSameAs(first.objects().get(0).playerId())
                .isEqualTo(first.objects().get(0).playerId());
    }

    @Test
    void readsNumbersToTheSameDoubleAsJackson() {
        SplittableRandom random = new SplittableRandom(7);
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9));
            String number = i % 3 == 0 ? Float.toString((float) value) : i % 3 == 1 ? Double.toString(value)
                    : String.format(java.util.Locale.ROOT, "%." + random.nextInt(0, 12) + "f", value);
            byte[] json = ("{\"objects\":[{\"x\":" + number + ",\"y\":0}]}").getBytes(StandardCharsets.UTF_8);
            PositionFrame read = FastFrameReader.read(json);
            if (read != null) {
                fast++;
                assertThat(read).as(number).isEqualTo(FrameCodec.readWithJackson(json));
            }
        }
        assertThat(fast).as("numbers read by the fast path").isGreaterThan(10_000);
    }

    @Test
    void readsNumbersLiteralsAndWhiteSpaceAsJacksonDoes() {
        for (String json : new String[] {
                "{ \"objects\" : [ { \"playerId\" : \"P\", \"x\" : -0, \"y\" : -0.0, \"speed\" : 3 } ] ,\n\t\"period\":2 }\r\n",
                "{\"objects\":[{\"x\":1e3,\"y\":8.305614E-5},{\"x\":0.1,\"y\":123456789012.345,\"speed\":-9.999999999999,\"ball\":false}],\"frame\":-7}",
                "{\"objects\":[{\"x\":0.30000000000000004,\"y\":1,\"speed\":null,\"ball\":null,\"teamId\":null}]}",
                "{\"matchId\":\"M\",\"matchId\":\"N\",\"objects\":[],\"objects\":null,\"t\":null,\"season\":\"2023-24\"}",
                "{}", "{\"objects\":[{}]}", "{\"t\":\"2020-06-05T20:29:57.84+02:00\"}"}) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            PositionFrame fast = FastFrameReader.read(bytes);
            if (fast != null) {
                assertThat(fast).as(json).isEqualTo(FrameCodec.readWithJackson(bytes));
            }
        }
        assertThat(FastFrameReader.read("{\"objects\":[{\"x\":-0,\"y\":-0.0}]}".getBytes(StandardCharsets.UTF_8)))
                .as("an int token is a long to Jackson: -0 is 0.0, while -0.0 stays negative")
                .isEqualTo(new PositionFrame(null, null, null, 0, 0, 0, null,
                        List.of(new PositionFrame.TrackedObject(null, null, 0.0, -0.0, null, null))));
    }

    @Test
    void readsTheCompetitionWhereverItStandsAsJacksonDoes() {
        for (String json : new String[] {"{\"season\":\"2023-24\",\"competition\":\"BL2\",\"matchId\":\"M\"}",
                "{\"competition\":null,\"matchId\":\"M\"}", "{\"objects\":[],\"competition\" : \"\" }"}) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(FastFrameReader.read(bytes)).as(json).isNotNull().isEqualTo(FrameCodec.readWithJackson(bytes));
        }
    }

    @Test
    void leavesToJacksonWhatItCannotReadExactly() {
        for (String json : new String[] {
                "{\"objects\":[{\"x\":01}]}", "{\"objects\":[{\"x\":1e23}]}", "{\"objects\":[{\"x\":1e}]}", "{\"objects\":[{\"x\":1.}]}",
                "{\"objects\":[{\"x\":.5}]}", "{\"objects\":[{\"x\":1234567890123456}]}", "{\"objects\":[{\"x\":\"1\"}]}",
                "{\"objects\":[{\"ball\":1}]}", "{\"matchId\":\"M\\u0031\"}", "{\"matchId\":\"Mü\"}", "{\"matchId\":5}",
                "{\"matchday\":1.5}", "{\"competition\":2}", "{\"competition\":\"BL\\u0032\"}", "{\"competition\":[]}",
                "{\"extra\":1}", "{\"matchId\":\"M\",}", "{\"matchId\":\"M\"} x", "null", "",
                "{\"period\":12345678901}", "{\"t\":\"2024-13-09T14:30:00Z\"}", "{\"objects\":[{\"x\":1}"}) {
            assertThat(FastFrameReader.read(json.getBytes(StandardCharsets.UTF_8))).as(json).isNull();
        }
    }

    @Test
    void whateverItReadsOfBrokenMessagesJacksonReadsTheSame() {
        SplittableRandom random = new SplittableRandom(9);
        byte[] noise = " \t\n,:{}[]\"\\-.0123456789eEtrufalsn".getBytes(StandardCharsets.US_ASCII);
        List<byte[]> messages = new ArrayList<>(HostileFrames.messages(3, 2_000, FRAMES).toList());
        for (int i = 0; i < 20_000; i++) { // a valid frame with one byte changed, dropped or added
            byte[] json = Json.write(FRAMES.get(random.nextInt(FRAMES.size())));
            int at = random.nextInt(json.length);
            byte b = noise[random.nextInt(noise.length)];
            messages.add(switch (i % 3) {
                case 0 -> { json[at] = b; yield json; }
                case 1 -> concat(json, at, at + 1, new byte[0]);
                default -> concat(json, at, at, new byte[] {b});
            });
        }
        for (byte[] message : messages) {
            PositionFrame fast = FastFrameReader.read(message);
            if (fast != null) {
                String json = new String(message, StandardCharsets.UTF_8);
                assertThatCode(() -> FrameCodec.readWithJackson(message)).as(json).doesNotThrowAnyException();
                assertThat(fast).as(json).isEqualTo(FrameCodec.readWithJackson(message));
            }
        }
    }

    private static byte[] concat(byte[] json, int cutFrom, int cutTo, byte[] insert) {
        byte[] out = new byte[json.length - (cutTo - cutFrom) + insert.length];
        System.arraycopy(json, 0, out, 0, cutFrom);
        System.arraycopy(insert, 0, out, cutFrom, insert.length);
        System.arraycopy(json, cutTo, out, cutFrom + insert.length, json.length - cutTo);
        return out;
    }
}
