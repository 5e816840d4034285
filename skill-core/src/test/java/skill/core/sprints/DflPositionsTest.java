package skill.core.sprints;

import org.junit.jupiter.api.Test;
import skill.core.SharedData;
import skill.core.codec.Json;
import skill.core.model.PositionFrame;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The DFL excerpt (../shared/data/dfl/excerpt-003BN1); skipped with a message where it is absent. */
class DflPositionsTest {

    @Test
    void readsTheExcerptIntoContractFrames() throws Exception {
        Path xml = SharedData.require("dfl/excerpt-003BN1/sportec_positional.xml");
        List<PositionFrame> frames;
        try (InputStream in = Files.newInputStream(xml)) {
            frames = DflPositions.read(in, "BL1", "2019-20", 30);
        }
        assertThat(frames).isSortedAccordingTo((a, b) -> a.period() != b.period()
                ? Integer.compare(a.period(), b.period()) : Long.compare(a.frame(), b.frame()));
        assertThat(frames).extracting(PositionFrame::period).contains(1, 2);
        assertThat(frames.stream().mapToInt(f -> f.objects().size()).sum()).isEqualTo(490);
        PositionFrame first = frames.get(0);
        assertThat(first.matchId()).isEqualTo("DFL-MAT-003BN1");
        assertThat(frames).allSatisfy(f -> assertThat(f.competition()).isEqualTo("BL1"));
        assertThat(first.frame()).isEqualTo(10000);
        assertThat(first.t()).isEqualTo(Instant.parse("2020-06-05T18:29:57.840Z"));
        var ball = first.objects().stream().filter(PositionFrame.TrackedObject::representsBall).findFirst().orElseThrow();
        assertThat(ball.x()).isEqualTo(2.69);
        assertThat(frames.get(1).objects().stream().filter(PositionFrame.TrackedObject::representsBall).findFirst()
                .orElseThrow().speed()).isCloseTo(65.59 / 3.6, within(1e-9));
        // every frame survives the contract's JSON
        assertThat(Json.read(Json.write(first), PositionFrame.class)).isEqualTo(first);
    }

    @Test
    void mergesTheExcerptsFilesOncePerObjectAndLeavesTheRefereeOut() throws Exception {
        Path dir = SharedData.require("dfl/excerpt-003BN1");
        List<PositionFrame> alone;
        try (InputStream in = Files.newInputStream(dir.resolve("sportec_positional.xml"))) {
            alone = DflPositions.read(in, "BL1", "2019-20", 30);
        }
        List<PositionFrame> merged = DflPositions.read(List.of(dir.resolve("sportec_positional.xml"),
                dir.resolve("sportec_positional_w_referee.xml")), "BL1", "2019-20", 30);
        List<PositionFrame> withReferee = DflPositions.read(List.of(dir.resolve("sportec_positional_w_referee.xml")),
                "BL1", "2019-20", 30);

        assertThat(merged).isEqualTo(alone);
        assertThat(withReferee).isEqualTo(alone); // the referee's FrameSets are all it adds
        assertThat(merged).flatExtracting(PositionFrame::objects)
                .noneMatch(o -> "DFL-OBJ-000123".equals(o.playerId()) || "referee".equals(o.teamId()));
    }
}
