package skill.calculators.streams;

import skill.core.codec.FactCodec;
import skill.core.codec.FrameCodec;
import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads a message of match-positions as a contract frame (§2), or says why it is none. */
final class FrameCheck {
    /** A real frame is about 2 KiB (22 players, the ball, officials); far larger is not a frame. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    /** More than the players, ball and officials a pitch holds; bounds the tracks one message can create. */
    static final int MAX_OBJECTS = 64;
    static final int MAX_ID_LENGTH = 256;
    /** The season of the latest valid frame: a match's frames all repeat it, and checking it takes a regex. */
    private static volatile String lastSeason;

    private FrameCheck() {
    }

    /**
     * The frame, or null after telling {@code rejected} every reason the message is not one;
     * {@code previous} (may be null) lends its strings (see {@link FrameCodec#read(byte[], PositionFrame)}).
     */
    static PositionFrame read(byte[] message, PositionFrame previous, Consumer<String> rejected) {
        if (message != null && message.length > MAX_MESSAGE_BYTES) {
            rejected.accept("message is " + message.length + " bytes, more than the " + MAX_MESSAGE_BYTES
                    + " a frame may have");
            return null;
        }
        PositionFrame frame;
        try {
            frame = message == null ? null : FrameCodec.read(message, previous);
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
        } else if (!frame.season().equals(lastSeason) && !FactCodec.isSeason(frame.season())) {
            problems.add("season must be YYYY-YY of two consecutive years, was '" + frame.season() + "'");
        }
        String badCompetition = frame.competition() == null ? null : FactCodec.textProblem(frame.competition());
        if (badCompetition != null) { // the sprint facts carry it: the dispatcher would reject them for it
            problems.add("competition " + badCompetition);
        }
        if (frame.t() == null) {
            problems.add("t is required");
        }
        if (frame.period() < 1) {
            problems.add("period must be ≥ 1, was " + frame.period());
        }
        tooLong("matchId", -1, frame.matchId(), problems);
        int objects = frame.objects().size();
        if (objects > MAX_OBJECTS) {
            problems.add("objects must have at most " + MAX_OBJECTS + " items, had " + objects);
        }
        for (int i = 0; i < Math.min(objects, MAX_OBJECTS); i++) {
            TrackedObject object = frame.objects().get(i);
            if (!object.representsBall() && (object.playerId() == null || object.playerId().isBlank())) {
                problems.add("objects[" + i + "]: playerId is required unless ball is true");
            }
            tooLong("playerId", i, object.playerId(), problems);
            tooLong("teamId", i, object.teamId(), problems);
        }
        if (!problems.isEmpty()) {
            rejected.accept(String.join("; ", problems));
            return null;
        }
        lastSeason = frame.season();
        return frame;
    }

    /** {@code index} of the object the field belongs to, -1 for the frame's; the name is built only when needed. */
    private static void tooLong(String field, int index, String value, List<String> problems) {
        if (value != null && value.length() > MAX_ID_LENGTH) {
            problems.add((index < 0 ? field : "objects[" + index + "]." + field) + " must be at most " + MAX_ID_LENGTH + " characters, was " + value.length());
        }
    }
}
