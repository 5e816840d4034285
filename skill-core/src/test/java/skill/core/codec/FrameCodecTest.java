package skill.core.codec;

import org.junit.jupiter.api.Test;
import skill.core.model.PositionFrame;
import skill.core.sprints.MatchTrackingGenerator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameCodecTest {

    @Test
    void readsWhatDataBindingReads() {
        var match = MatchTrackingGenerator.generate(3, 25, 0.2);
        for (int i = 0; i < match.frames(); i += 97) {
            for (boolean speed : new boolean[] {true, false}) {
                byte[] json = Json.write(match.frame(i, "M1", speed ? "BL2" : null, "2023-24", 7, speed));
                assertThat(FrameCodec.read(json)).isEqualTo(Json.read(json, PositionFrame.class));
            }
        }
        for (String json : new String[] {
                "{\"matchId\":\"M\",\"season\":null,\"extra\":{\"a\":[1,2]},\"objects\":[{\"playerId\":\"P\",\"x\":1,\"y\":-2.5,\"speed\":null,\"z\":0.1}],\"t\":\"2020-06-05T20:29:57.84+02:00\",\"period\":2}",
                "{\"matchId\":\"M\",\"t\":\"2024-03-09T14:30:00Z\",\"objects\":null,\"frame\":10001}",
                "{\"competition\":\"BL2\",\"matchId\":\"M\"}", "{\"matchId\":\"M\",\"competition\":null}",
                "{\"t\":\"2024-03-09T14:30:00.123456789Z\",\"objects\":[{\"ball\":true,\"x\":0,\"y\":0}]}",
                "{}", "null"}) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(FrameCodec.read(bytes)).as(json).isEqualTo(Json.read(bytes, PositionFrame.class));
        }
    }

    @Test
    void writesTheCompetitionWhereThereIsOneAndReadsItBack() {
        var match = MatchTrackingGenerator.generate(3, 25, 0.2);
        PositionFrame bl2 = match.frame(10, "M1", "BL2", "2023-24", 7, true);
        PositionFrame none = match.frame(10, "M1", null, "2023-24", 7, true);

        assertThat(new String(FrameCodec.write(bl2), StandardCharsets.UTF_8))
                .startsWith("{\"matchId\":\"M1\",\"competition\":\"BL2\",\"season\":\"2023-24\",");
        assertThat(new String(FrameCodec.write(none), StandardCharsets.UTF_8))
                .startsWith("{\"matchId\":\"M1\",\"season\":\"2023-24\",").doesNotContain("competition");
        assertThat(FrameCodec.read(FrameCodec.write(bl2))).isEqualTo(bl2);
        assertThat(FrameCodec.read(FrameCodec.write(none))).isEqualTo(none);
        assertThat(FrameCodec.readWithJackson(FrameCodec.write(bl2))).isEqualTo(bl2);
    }

    @Test
    void readsTimesWithAndWithoutFractionsAndOffsets() {
        for (String t : new String[] {"2024-03-09T14:30:00Z", "2024-03-09T14:30:00.04Z", "2024-02-29T23:59:59.999Z",
                "1999-12-31T00:00:00.000000001Z", "2020-06-05T20:29:57.840+02:00"}) {
            assertThat(FrameCodec.instant(t)).as(t).isEqualTo(java.time.OffsetDateTime.parse(t).toInstant());
        }
        assertThat(FrameCodec.instant("2024-03-09T14:30:00.040Z")).isEqualTo(Instant.parse("2024-03-09T14:30:00.040Z"));
    }

    @Test
    void saysWhatIsNotAFrame() {
        assertThatThrownBy(() -> FrameCodec.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unrecognized token 'not'");
        assertThatThrownBy(() -> FrameCodec.read("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a frame");
        assertThatThrownBy(() -> FrameCodec.read("{\"t\":\"2024-13-09T14:30:00Z\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-13-09T14:30:00Z");
        assertThatThrownBy(() -> FrameCodec.read("{\"objects\":[{\"x\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        for (String competition : new String[] {"2", "true", "[\"BL1\"]", "{}"}) { // data binding would take "2"
            assertThatThrownBy(() -> FrameCodec.read(("{\"competition\":" + competition + ",\"matchId\":\"M\"}")
                    .getBytes(StandardCharsets.UTF_8))).as(competition).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("competition must be a string");
        }
    }
}
