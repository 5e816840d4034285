package skill.importer.statsbomb;

import skill.importer.ImportProblems;
import com.fasterxml.jackson.databind.JsonNode;
import skill.core.xpass.PassFeatures;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The passes of a StatsBomb open-data folder with their outcomes: the xPass model's training data. */
public final class SbPasses {
    /**
     * pass.outcome values that say nothing about whether the pass could be completed: the ball played out
     * for an injured player on purpose, and passes whose result StatsBomb could not see.
     */
    public static final Set<String> NOT_ATTEMPTS = Set.of("Injury Clearance", "Unknown");

    public record Labelled(PassFeatures features, boolean completed) {
    }

    public record MatchPasses(String matchId, Instant kickOff, List<Labelled> passes) {
    }

    private SbPasses() {
    }

    /**
     * Every match with an events file, in kick-off order, with its pass attempts (no outcome = completed).
     * A model is fitted on all of the data or not at all: an unreadable match list stops the fit.
     */
    public static List<MatchPasses> read(Path folder) {
        ImportProblems problems = new ImportProblems();
        List<SbMatch> matches = StatsBombImporter.withEvents(folder, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot read the passes of " + folder + ": " + problems.skipped());
        }
        return matches.stream().map(m -> new MatchPasses(m.envelope().matchId(),
                m.kickOff(), passes(SbJson.read(StatsBombImporter.eventsFile(folder, m.envelope().matchId())))))
                .toList();
    }

    private static List<Labelled> passes(JsonNode events) {
        List<Labelled> out = new ArrayList<>();
        for (JsonNode e : events) {
            String outcome = SbJson.name(e.path("pass"), "outcome");
            if ("Pass".equals(SbJson.type(e)) && (outcome == null || !NOT_ATTEMPTS.contains(outcome))) {
                out.add(new Labelled(SbPassFeatures.of(e), outcome == null));
            }
        }
        return out;
    }
}
