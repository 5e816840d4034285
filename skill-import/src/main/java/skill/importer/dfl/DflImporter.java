package skill.importer.dfl;

import org.w3c.dom.Element;
import skill.core.model.FactDetails.Lineup;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns one DFL match (the match information XML and the events XML, e.g. {@code *_matchinformation_*.xml}
 * and {@code *_events_raw_*.xml}) into contract match facts in match order.
 *
 * <p>factId is the EventId, sequence its numeric value (see {@link DflEvent}); MATCH and LINEUP facts,
 * which no event carries, take the match id (plus "/lineup/" and the team id) and sequence 0.
 *
 * <p>A {@code <Delete/>} event carries the EventId of the event it deletes: in a post-match file the
 * deleted event's content is gone and only the Delete stands under its id. Where the deleted event came
 * earlier in the same input (a cumulative feed), it is re-emitted with {@code deleted: true} and the next
 * version; otherwise the retraction has version 2 and type {@link #UNKNOWN_DELETED_TYPE}. A repeated
 * EventId that is not a Delete is a correction and gets the next version too; where the corrected event
 * is nothing a skill counts any more, the fact it was is retracted.
 */
public final class DflImporter {
    /**
     * The type of a retraction whose original is not in the input. Retractions count by factId alone
     * (they carry no details and every consumer drops deleted facts by id), so any valid type serves;
     * PASS is what most DFL events are.
     */
    public static final FactType UNKNOWN_DELETED_TYPE = FactType.PASS;

    /** Reads a folder holding one match information file ("matchinformation" or "meta" in its name) and
     *  one events file ("events" in its name). */
    public List<MatchFact> read(Path folder) {
        return read(only(folder, "matchinformation", "meta"), only(folder, "events"));
    }

    /**
     * Every match under {@code folder}: the folder itself when it holds one match, else each sub-folder
     * that does, by name. A match that cannot be read is skipped and recorded in {@code problems} with its
     * file (and line and column for malformed XML); the others are imported.
     */
    public Map<String, List<MatchFact>> readAll(Path folder, ImportProblems problems) {
        List<Path> matchFolders = holdsMatch(folder) ? List.of(folder) : subFolders(folder);
        Map<String, List<MatchFact>> out = new LinkedHashMap<>();
        for (Path match : matchFolders) {
            try {
                List<MatchFact> facts = read(match);
                out.put(facts.get(0).matchId(), facts);
            } catch (RuntimeException e) {
                problems.skip("match folder " + match, e);
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.skip(folder.toString(), "no DFL match (matchinformation and events XML) found");
        }
        return out;
    }

    public List<MatchFact> read(Path matchInformation, Path eventsFile) {
        DflMatchInformation info = DflMatchInformation.read(matchInformation);
        MatchEnvelope m = info.envelope();
        List<DflEvent> events = new ArrayList<>();
        for (Element event : DflXml.children(DflXml.parse(eventsFile).getDocumentElement(), "Event")) {
            checkMatch(m, DflXml.attr(event, "MatchId"), eventsFile);
            events.add(DflEvent.of(event));
        }
        DflPeriods periods = DflPeriods.of(events);
        Instant start = periods.start() != null ? periods.start() : info.plannedKickoff();

        List<MatchFact> facts = new ArrayList<>();
        facts.add(m.fact(new Stamp(m.matchId(), start, null, 0L, null), FactType.MATCH, null, null,
                new MatchInfo(info.homeTeamId(), info.awayTeamId(), info.homeTeamName(), info.awayTeamName(),
                        periods.status(), periods.list())));
        info.lineups().forEach((teamId, players) -> facts.add(m.fact(
                new Stamp(m.matchId() + "/lineup/" + teamId, start, null, 0L, null), FactType.LINEUP, teamId,
                null, new Lineup(players))));

        Map<String, String> assisters = new HashMap<>();
        events.stream().filter(e -> e.kind().equals("ShotAtGoal") && e.attr("AssistShotAtGoal") != null)
                .forEach(e -> assisters.put(e.id(), e.attr("AssistShotAtGoal")));
        facts.addAll(DflAssists.link(eventFacts(m, periods, events), assisters));
        facts.sort(MatchFact.MATCH_ORDER); // stable: an event's versions keep their input order
        return facts;
    }

    /** One fact per event that a skill counts; a repeated EventId corrects or retracts what it was. */
    private static List<MatchFact> eventFacts(MatchEnvelope m, DflPeriods periods, List<DflEvent> events) {
        List<MatchFact> facts = new ArrayList<>();
        Map<String, MatchFact> emitted = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (DflEvent e : events) {
            MatchFact before = emitted.get(e.id());
            boolean firstSight = seen.add(e.id());
            Stamp stamp = new Stamp(e.id(), e.time(), periods.at(e.time()), e.sequence(),
                    e.attr("BallPossessionPhase"));
            boolean delete = e.kind().equals("Delete");
            MatchFact now = delete ? null : fact(m, stamp, e);
            MatchFact f;
            if (now != null) {
                f = before == null ? now : now.withVersion(before.version() + 1);
            } else if (before != null && !before.deleted()) {
                f = m.deletion(Stamp.of(before), before.type(), before.version() + 1, before.teamId(),
                        before.playerId());
            } else {
                // A Delete of an event never seen; one seen but never turned into a fact needs nothing.
                f = delete && firstSight ? m.deletion(stamp, UNKNOWN_DELETED_TYPE, 2, null, null) : null;
            }
            if (f != null) {
                facts.add(f);
                emitted.put(f.factId(), f);
            }
        }
        return facts;
    }

    private static MatchFact fact(MatchEnvelope m, Stamp s, DflEvent e) {
        return switch (e.kind()) {
            case "Play" -> DflBallActions.pass(m, s, e);
            case "ShotAtGoal" -> DflBallActions.shot(m, s, e);
            case "OwnGoal" -> DflBallActions.ownGoal(m, s, e);
            case "TacklingGame" -> DflDefence.duel(m, s, e);
            case "BallClaiming" -> DflDefence.ballWin(m, s, e);
            case "Substitution" -> DflPersonnel.substitution(m, s, e);
            case "Caution" -> DflPersonnel.sendingOff(m, s, e);
            default -> null; // fouls, offsides, other ball actions, ...: nothing a skill counts
        };
    }

    private static void checkMatch(MatchEnvelope m, String eventMatchId, Path file) {
        if (eventMatchId != null && !eventMatchId.equals(m.matchId())) {
            throw new IllegalArgumentException(file + " holds events of " + eventMatchId + ", not " + m.matchId());
        }
    }

    private static boolean holdsMatch(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static List<Path> subFolders(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static Path only(Path folder, String... nameParts) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".xml") && Stream.of(nameParts).anyMatch(name::contains);
            }).toList();
            if (found.size() != 1) {
                throw new IllegalArgumentException("Expected one XML file named like " + List.of(nameParts)
                        + " in " + folder + ", found " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
