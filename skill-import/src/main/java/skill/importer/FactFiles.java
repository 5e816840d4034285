package skill.importer;

import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.model.MatchFact;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Facts as NDJSON, one contract JSON object per line, gzip-compressed when the file name ends in .gz. */
public final class FactFiles {

    private FactFiles() {
    }

    /** Writes every fact, streaming; returns how many. */
    public static long write(Stream<MatchFact> facts, OutputStream out) {
        return Ndjson.write(facts, FactCodec::write, out, "facts");
    }

    public static long write(Stream<MatchFact> facts, Path file) {
        return Ndjson.write(facts, FactCodec::write, file);
    }

    /**
     * The facts of a file, read lazily (close the stream). A line that is not a valid contract fact is
     * skipped and recorded as {@code file:line} with the reason; blank lines are ignored.
     */
    public static Stream<MatchFact> read(Path file, ImportProblems problems) {
        return Ndjson.read(file, problems, (json, problem) -> {
            FactParse parse = FactCodec.read(json);
            if (parse.problems().isEmpty()) {
                return parse.fact();
            }
            problem.accept(String.join("; ", parse.problems()));
            return null;
        });
    }

    /** The non-blank lines of a fact file: how many facts it holds at most, for progress. */
    public static long lines(Path file) {
        return Ndjson.lines(file);
    }
}
