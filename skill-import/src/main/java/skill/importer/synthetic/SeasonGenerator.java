package skill.importer.synthetic;

import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.sprints.MatchTrackingGenerator;
import skill.core.sprints.MatchTrackingGenerator.TrueSprint;
import skill.core.sprints.TrackingPlan;
import skill.importer.Interleave;
import skill.importer.synthetic.Fixtures.Fixture;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic but realistic season: 18 clubs, 34 matchdays of 9 matches (306 in all), about 1,400 facts
 * per match. Deterministic by seed, and streamed: a match is generated only when its matchday is
 * replayed, so at most one matchday's facts are in memory. Optional 25 Hz tracking of the same matches
 * ({@link #tracking(int, int)}) is streamed frame by frame and never held whole.
 */
public final class SeasonGenerator {
    public static final String DEFAULT_SEASON = "2025-26";

    private final long seed;
    private final int matchdays;
    private final League league;
    private final Fixtures fixtures;

    /** @param matchdays how many matchdays to play, 1..34 */
    public SeasonGenerator(long seed, int matchdays, String season) {
        this.seed = seed;
        this.league = League.of(seed, season);
        this.fixtures = new Fixtures(league.clubs(), season);
        if (matchdays < 1 || matchdays > fixtures.matchdays()) {
            throw new IllegalArgumentException("matchdays must be 1.." + fixtures.matchdays() + ", was " + matchdays);
        }
        this.matchdays = matchdays;
    }

    public SeasonGenerator(long seed, int matchdays) {
        this(seed, matchdays, DEFAULT_SEASON);
    }

    public League league() {
        return league;
    }

    public Stream<Fixture> fixtures() {
        return IntStream.rangeClosed(1, matchdays).boxed().flatMap(md -> fixtures.matchday(md).stream());
    }

    public SyntheticMatch match(Fixture fixture) {
        return new SyntheticMatch(league, fixture, seed);
    }

    /** Every fact of the season in replay order: matchday by matchday, its matches interleaved. */
    public Stream<MatchFact> facts() {
        return IntStream.rangeClosed(1, matchdays).boxed().flatMap(this::matchday);
    }

    /** One matchday's facts, its matches generated when the stream reaches them. */
    public Stream<MatchFact> matchday(int md) {
        return Stream.of(md).flatMap(m -> Interleave.stream(fixtures.matchday(m).stream()
                .map(f -> match(f).facts().iterator()).toList(), MatchFact::occurredAt));
    }

    /**
     * The tracking frames of matchdays 1..{@code trackedMatchdays} at {@code hz} in replay order: matchday by
     * matchday, its matches interleaved by time. Streamed: a frame is made when the stream reaches it.
     */
    public Stream<PositionFrame> tracking(int trackedMatchdays, int hz) {
        if (trackedMatchdays < 0 || trackedMatchdays > matchdays) {
            throw new IllegalArgumentException("tracked matchdays must be 0.." + matchdays + ", was " + trackedMatchdays);
        }
        if (hz < 1 || hz > 50) {
            throw new IllegalArgumentException("tracking rate must be 1..50 Hz, was " + hz);
        }
        // Not flatMap: its iterator would buffer a whole matchday of frames.
        Iterator<PositionFrame> frames = new Iterator<>() {
            private int matchday;
            private Iterator<PositionFrame> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && matchday < trackedMatchdays) {
                    current = new Interleave<>(fixtures.matchday(++matchday).stream()
                            .map(f -> tracking(f, hz, sprint -> { })).toList(), PositionFrame::t);
                }
                return current.hasNext();
            }

            @Override
            public PositionFrame next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(frames, Spliterator.ORDERED), false);
    }

    /**
     * One match's tracking at {@code hz} (25 in the Bundesliga), streamed frame by frame: its match id, its
     * periods and the players on the pitch at each moment, by the clock of its facts; deterministic by seed.
     * {@code truth} receives each true sprint (old DFL rule) as the frames reach its end.
     */
    public Iterator<PositionFrame> tracking(Fixture fixture, int hz, Consumer<TrueSprint> truth) {
        String matchId = fixture.matchId(league.season());
        return MatchTrackingGenerator.frames(TrackingPlan.of(match(fixture).facts()),
                seed * 1_000_003L + matchId.hashCode() + 1, hz, truth);
    }
}
