package skill.importer;

import skill.core.codec.FrameCodec;
import skill.core.model.PositionFrame;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Tracking frames as NDJSON, one contract frame (contract §2) per line, gzip-compressed when the file name
 * ends in .gz: what {@code generate season --tracking} writes and {@code replay --frames} publishes.
 */
public final class FrameFiles {

    private FrameFiles() {
    }

    /** Writes every frame, streaming; returns how many. */
    public static long write(Stream<PositionFrame> frames, Path file) {
        return Ndjson.write(frames, FrameCodec::write, file);
    }

    /**
     * The frames of a file, read lazily (close the stream). A line that is no frame (not JSON, no match id
     * or time) is skipped and recorded as {@code file:line} with the reason; blank lines are ignored.
     */
    public static Stream<PositionFrame> read(Path file, ImportProblems problems) {
        return Ndjson.read(file, problems, (json, problem) -> {
            try {
                PositionFrame frame = FrameCodec.read(json);
                if (frame != null && frame.matchId() != null && frame.t() != null) {
                    return frame;
                }
                problem.accept("not a frame: needs matchId and t");
            } catch (IllegalArgumentException e) {
                problem.accept(e.getMessage());
            }
            return null;
        });
    }

    /** The non-blank lines of a frame file: how many frames it holds at most, for progress. */
    public static long lines(Path file) {
        return Ndjson.lines(file);
    }
}
