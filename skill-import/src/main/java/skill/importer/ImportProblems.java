package skill.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import skipped and why, so bad input never stops an import silently half-way: each problem
 * names its file (and line and column where known); the rest is imported and the summary lists these.
 */
public final class ImportProblems {
    public record Skipped(String what, String reason) {
        @Override
        public String toString() {
            return what + ": " + reason;
        }
    }

    private final List<Skipped> skipped = new ArrayList<>();

    public void skip(String what, String reason) {
        skipped.add(new Skipped(what, reason));
    }

    /** Records a failure to read something; a {@link MalformedInputException} already names its file and position. */
    public void skip(String what, RuntimeException e) {
        skip(what, e.getMessage() == null ? e.toString() : e.getMessage());
    }

    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    public boolean isEmpty() {
        return skipped.isEmpty();
    }
}
