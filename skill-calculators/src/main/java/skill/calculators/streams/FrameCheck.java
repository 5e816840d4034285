package skill.calculators.streams;

import skill.core.codec.FrameCodec;
import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads a message of match-positions as a contract frame (§2), or says why it is none. */
final class FrameCheck {
    private FrameCheck() {
    }

    /** The frame, or null after telling {@code rejected} every reason the message is not one. */
    static PositionFrame read(byte[] message, Consumer<String> rejected) {
        PositionFrame frame;
        try {
            frame = message == null ? null : FrameCodec.read(message);
        } catch (RuntimeException e) {
            rejected.accept("not a readable frame: " + e.getMessage());
            return null;
        }
        if (frame == null) {
            rejected.accept("not a frame: the message is empty or null");
            return null;
        }
        List<String> problems = new ArrayList<>();
        if (frame.matchId() == null || frame.matchId().isBlank()) {
            problems.add("matchId is required");
        }
        if (frame.season() == null || frame.season().isBlank()) {
            problems.add("season is required");
        }
        if (frame.t() == null) {
            problems.add("t is required");
        }
        if (frame.period() < 1) {
            problems.add("period must be ≥ 1, was " + frame.period());
        }
        for (int i = 0; i < frame.objects().size(); i++) {
            TrackedObject object = frame.objects().get(i);
            if (!object.representsBall() && (object.playerId() == null || object.playerId().isBlank())) {
                problems.add("objects[" + i + "]: playerId is required unless ball is true");
            }
        }
        if (!problems.isEmpty()) {
            rejected.accept(String.join("; ", problems));
            return null;
        }
        return frame;
    }
}
