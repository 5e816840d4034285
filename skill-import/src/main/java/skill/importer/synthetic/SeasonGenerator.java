package skill.importer.synthetic;

import skill.core.model.MatchFact;
import skill.importer.Interleave;
import skill.importer.synthetic.Fixtures.Fixture;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic but realistic season: 18 clubs, 34 matchdays of 9 matches (306 in all), about 1,400 facts
 * per match. Deterministic by seed, and streamed: a match is generated only when its matchday is
 * replayed, so at most one matchday's facts are in memory.
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
        return Stream.of(md).flatMap(m -> {
            List<Iterator<MatchFact>> matches = fixtures.matchday(m).stream()
                    .map(f -> match(f).facts().iterator()).toList();
            Iterator<MatchFact> merged = new Interleave<>(matches, MatchFact::occurredAt);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED), false);
        });
    }
}
