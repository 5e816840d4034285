package skill.core.sprints;

import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads DFL positional data (Sportec XML: one {@code FrameSet} per object and game section, 25 Hz
 * {@code Frame}s with X, Y in m and S in km/h) into contract frames (§2): one frame per section and
 * frame number with every object tracked in it, speed converted to m/s, the ball marked, officials
 * (TeamId {@code referee}) left out.
 * The file names no competition, season or matchday (they are in the match information), so the caller
 * gives them; a null competition is left out of the frames (the deployment's default applies).
 */
public final class DflPositions {
    private static final String REFEREE = "referee";
    private static final Map<String, Integer> PERIODS = Map.of(
            "firstHalf", 1, "secondHalf", 2, "firstHalfExtra", 3, "secondHalfExtra", 4);

    private DflPositions() {
    }

    /**
     * The frames in order of period and frame number; a DFL season {@code 2019/2020} is {@code 2019-20}, a
     * competition the contract's code ({@code BL1}).
     */
    public static List<PositionFrame> read(InputStream xml, String competition, String season, int matchday)
            throws XMLStreamException {
        Map<Long, Builder> frames = new TreeMap<>();
        collect(xml, frames);
        return frames(frames, competition, season, matchday);
    }

    /**
     * The frames of several files of one match (e.g. with and without the referee, or split by team),
     * merged per section and frame number; an object in more than one file counts once.
     */
    public static List<PositionFrame> read(List<Path> files, String competition, String season, int matchday)
            throws IOException, XMLStreamException {
        Map<Long, Builder> frames = new TreeMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                collect(in, frames);
            }
        }
        return frames(frames, competition, season, matchday);
    }

    private static List<PositionFrame> frames(Map<Long, Builder> frames, String competition, String season,
                                              int matchday) {
        return frames.values().stream().map(b -> new PositionFrame(b.matchId, competition, season, matchday, b.period,
                b.frame, OffsetDateTime.parse(b.t).toInstant(), b.objects)).toList();
    }

    private static void collect(InputStream xml, Map<Long, Builder> frames) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader in = factory.createXMLStreamReader(xml);
        String matchId = null;
        String teamId = null;
        String personId = null;
        int period = 0;
        try {
            while (in.hasNext()) {
                if (in.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (in.getLocalName().equals("FrameSet")) {
                    matchId = in.getAttributeValue(null, "MatchId");
                    teamId = in.getAttributeValue(null, "TeamId");
                    personId = in.getAttributeValue(null, "PersonId");
                    String section = in.getAttributeValue(null, "GameSection");
                    if (!PERIODS.containsKey(section)) {
                        throw new XMLStreamException("Unknown GameSection " + section, in.getLocation());
                    }
                    period = PERIODS.get(section);
                    if (REFEREE.equalsIgnoreCase(teamId)) {
                        personId = null; // officials are tracked too, but are no players
                    }
                } else if (in.getLocalName().equals("Frame") && personId != null) {
                    long n = Long.parseLong(in.getAttributeValue(null, "N"));
                    String s = in.getAttributeValue(null, "S");
                    boolean ball = "BALL".equals(teamId);
                    var object = new TrackedObject(ball ? null : personId, ball ? null : teamId,
                            Double.parseDouble(in.getAttributeValue(null, "X")),
                            Double.parseDouble(in.getAttributeValue(null, "Y")),
                            s == null ? null : Double.parseDouble(s) / 3.6, ball ? Boolean.TRUE : null);
                    String t = in.getAttributeValue(null, "T");
                    String frameMatch = matchId;
                    int framePeriod = period;
                    Builder frame = frames.computeIfAbsent(((long) period << 40) + n,
                            k -> new Builder(frameMatch, framePeriod, n, t));
                    if (frame.persons.add(personId)) {
                        frame.objects.add(object);
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private static final class Builder {
        final String matchId;
        final int period;
        final long frame;
        final String t;
        final List<TrackedObject> objects = new ArrayList<>();
        final Set<String> persons = new HashSet<>();

        Builder(String matchId, int period, long frame, String t) {
            this.matchId = matchId;
            this.period = period;
            this.frame = frame;
            this.t = t;
        }
    }
}
