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
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic but realistic season: per competition 18 clubs, 34 matchdays of 9 matches (306 in all), about
 * 1,400 facts per match; several competitions play their matchdays on the same weekends, and players move
 * between them at the winter break ({@link Loans}). Deterministic by seed, and streamed: a match is generated
 * only when its matchday is replayed, so at most one matchday's facts are in memory. Optional 25 Hz tracking
 * of the same matches ({@link #tracking(int, int)}) is streamed frame by frame and never held whole.
 */
public final class SeasonGenerator {
    public static final String DEFAULT_SEASON = "2025-26";
    private static final Pattern COMPETITION = Pattern.compile("[A-Za-z0-9]+");

    private final long seed;
    private final int matchdays;
    private final List<League> leagues;
    private final List<Fixtures> fixtures;
    private final Loans loans;

    /**
     * @param matchdays    how many matchdays to play, 1..34
     * @param competitions their codes (letters and digits), top division first
     */
    public SeasonGenerator(long seed, int matchdays, String season, List<String> competitions) {
        if (competitions.isEmpty() || competitions.stream().distinct().count() < competitions.size()
                || !competitions.stream().allMatch(c -> COMPETITION.matcher(c).matches())) {
            throw new IllegalArgumentException("competitions must be distinct codes of letters and digits, were "
                    + competitions);
        }
        this.seed = seed;
        this.leagues = competitions.stream().map(c -> League.of(seed, c, season)).toList();
        this.fixtures = leagues.stream().map(Fixtures::new).toList();
        int perSeason = fixtures.get(0).matchdays();
        if (matchdays < 1 || matchdays > perSeason) {
            throw new IllegalArgumentException("matchdays must be 1.." + perSeason + ", was " + matchdays);
        }
        this.matchdays = matchdays;
        this.loans = new Loans(seed, leagues, perSeason / 2 + 1);
    }

    public SeasonGenerator(long seed, int matchdays, String season) {
        this(seed, matchdays, season, List.of(League.DEFAULT_COMPETITION));
    }

    public SeasonGenerator(long seed, int matchdays) {
        this(seed, matchdays, DEFAULT_SEASON);
    }

    /** Top division first. */
    public List<League> leagues() {
        return leagues;
    }

    /** Matchday by matchday, each matchday's matches competition by competition. */
    public Stream<Fixture> fixtures() {
        return IntStream.rangeClosed(1, matchdays).boxed().flatMap(md -> fixtures(md).stream());
    }

    private List<Fixture> fixtures(int md) {
        return fixtures.stream().flatMap(f -> f.matchday(md).stream()).map(loans::squadsOf).toList();
    }

    public SyntheticMatch match(Fixture fixture) {
        return new SyntheticMatch(fixture, seed);
    }

    /** Every fact of the season in replay order: matchday by matchday, its matches interleaved. */
    public Stream<MatchFact> facts() {
        return IntStream.rangeClosed(1, matchdays).boxed().flatMap(this::matchday);
    }

    /** One matchday's facts, of every competition, its matches generated when the stream reaches them. */
    public Stream<MatchFact> matchday(int md) {
        return Stream.of(md).flatMap(m -> Interleave.stream(fixtures(m).stream()
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
                    current = new Interleave<>(fixtures(++matchday).stream()
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
        return MatchTrackingGenerator.frames(TrackingPlan.of(match(fixture).facts()),
                seed * 1_000_003L + fixture.matchId().hashCode() + 1, hz, truth);
    }
}
