package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.ImportProblems;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns StatsBomb open data (a folder with {@code matches/<competition>/<season>.json},
 * {@code lineups/<match>.json} and {@code events/<match>.json}) into contract match facts.
 *
 * <p>factId is the event's UUID, sequence its {@code index}, possessionId its {@code possession}. The
 * MATCH fact takes the match id as factId and sequence 0; a LINEUP is its team's Starting XI event.
 * Every match is FINISHED: StatsBomb publishes after the final whistle.
 */
public final class StatsBombImporter {

    /** Every match the folder's match lists name whose events file is present, by match id in kick-off order. */
    public Map<String, List<MatchFact>> readAll(Path folder) {
        ImportProblems problems = new ImportProblems();
        Map<String, List<MatchFact>> out = readAll(folder, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot import " + folder + ": " + problems.skipped());
        }
        return out;
    }

    /**
     * Like {@link #readAll(Path)}, but a match list or match that cannot be read is skipped and recorded
     * in {@code problems} (with its file, line and column where known) while the rest is imported.
     */
    public Map<String, List<MatchFact>> readAll(Path folder, ImportProblems problems) {
        Map<String, List<MatchFact>> out = new LinkedHashMap<>();
        withEvents(folder, problems).forEach(m -> {
            try {
                out.put(m.envelope().matchId(), read(folder, m));
            } catch (RuntimeException e) {
                problems.skip("match " + m.envelope().matchId(), e);
            }
        });
        return out;
    }

    /** The listed matches whose events file is present, in kick-off order; an unreadable match list goes to problems. */
    static List<SbMatch> withEvents(Path folder, ImportProblems problems) {
        return matches(folder, problems).stream()
                .filter(m -> Files.exists(eventsFile(folder, m.envelope().matchId())))
                .sorted(Comparator.comparing(SbMatch::kickOff).thenComparing(m -> m.envelope().matchId()))
                .toList();
    }

    public List<MatchFact> readMatch(Path folder, String matchId) {
        ImportProblems problems = new ImportProblems();
        SbMatch match = matches(folder, problems).stream().filter(m -> m.envelope().matchId().equals(matchId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No match " + matchId + " in " + folder
                        + (problems.isEmpty() ? "" : "; skipped " + problems.skipped())));
        return read(folder, match);
    }

    private List<MatchFact> read(Path folder, SbMatch match) {
        MatchEnvelope m = match.envelope();
        JsonNode events = SbJson.read(eventsFile(folder, m.matchId()));
        Path lineupsFile = folder.resolve("lineups").resolve(m.matchId() + ".json");
        JsonNode lineups = Files.exists(lineupsFile) ? SbJson.read(lineupsFile) : MissingNode.getInstance();
        SbClock clock = SbClock.of(match.kickOff(), events);
        Map<String, JsonNode> byId = new HashMap<>();
        events.forEach(e -> byId.put(SbJson.text(e, "id"), e));

        List<MatchFact> facts = new ArrayList<>();
        facts.add(m.fact(new Stamp(m.matchId(), match.kickOff(), null, 0L, null), FactType.MATCH, null, null,
                new MatchInfo(match.homeTeamId(), match.awayTeamId(), match.homeTeamName(), match.awayTeamName(),
                        MatchInfo.Status.FINISHED, clock.periods())));
        for (JsonNode e : events) {
            Stamp s = new Stamp(SbJson.text(e, "id"), clock.at(e), e.path("period").asInt(),
                    e.path("index").asLong(), SbJson.text(e, "possession"));
            MatchFact f = switch (String.valueOf(SbJson.type(e))) {
                case "Starting XI" -> m.fact(s, FactType.LINEUP, SbJson.id(e, "team"), null, SbLineups.of(e, lineups));
                case "Shot" -> SbBallActions.shot(m, s, e);
                case "Own Goal Against" -> SbBallActions.ownGoal(m, s, e);
                case "Pass" -> SbBallActions.pass(m, s, e);
                case "Duel" -> SbDefence.duel(m, s, e, byId);
                case "Interception" -> SbDefence.interception(m, s, e);
                case "Ball Recovery" -> SbDefence.recovery(m, s, e);
                case "Substitution" -> SbPersonnel.substitution(m, s, e);
                case "Foul Committed" -> SbPersonnel.sendingOff(m, s, e, "foul_committed");
                case "Bad Behaviour" -> SbPersonnel.sendingOff(m, s, e, "bad_behaviour");
                default -> null; // carries, pressures, receipts, ...: nothing a skill counts
            };
            if (f != null) {
                facts.add(f);
            }
        }
        facts.sort(MatchFact.MATCH_ORDER);
        return facts;
    }

    private static List<SbMatch> matches(Path folder, ImportProblems problems) {
        try (Stream<Path> files = Files.walk(folder.resolve("matches"))) {
            List<SbMatch> out = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> {
                try {
                    SbJson.read(p).forEach(m -> out.add(SbMatch.of(m)));
                } catch (RuntimeException e) {
                    problems.skip("match list " + p, e);
                }
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the matches of " + folder, e);
        }
    }

    static Path eventsFile(Path folder, String matchId) {
        return folder.resolve("events").resolve(matchId + ".json");
    }
}
