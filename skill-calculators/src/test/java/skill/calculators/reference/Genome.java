package skill.calculators.reference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

import java.util.List;

/**
 * One competition's season as jqwik generates it ({@link LeagueGenome} holds a try's): small integer
 * genes that {@link SeasonBuilder} reads as a season and {@link Disorder} as the disorder on its way
 * in. Every gene read modulo a small number, with 0 the plainest choice, so shrinking towards fewer
 * and smaller genes gives a smaller, plainer season.
 *
 * @param matchHeaders one gene per match (status, stoppage times, sequence numbers or not, extra time,
 *                     milliseconds of the period boundaries)
 * @param matchEvents  per match, one gene per event: an attack (passes and a shot), a duel, a ball
 *                     win, a sprint, a speed summary, a substitution or a sending-off
 * @param disorder     one gene per disorder operation on one fact
 * @param shuffle      how far messages may arrive late: 0 none, 1 a minute, 2 an hour, 3 a week
 */
record Genome(int matchdays, int matchesPerMatchday, List<int[]> matchHeaders, List<List<int[]>> matchEvents,
              List<int[]> disorder, long shuffleSeed, int shuffle) {
    static final int MAX_MATCHES = 4;
    static final int HEADER_GENES = 6;
    static final int EVENT_GENES = 15;
    /** Per match and per season: small enough that a try's 2–3 seasons cost what one larger season did. */
    static final int MAX_EVENTS = 10;
    static final int MAX_DISORDER = 16;

    static Arbitrary<Genome> arbitrary() {
        Arbitrary<int[]> header = gene(HEADER_GENES);
        Arbitrary<int[]> event = gene(EVENT_GENES);
        return Combinators.combine(
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 2),
                header.list().ofSize(MAX_MATCHES),
                event.list().ofMaxSize(MAX_EVENTS).withSizeDistribution(RandomDistribution.uniform()).list().ofSize(MAX_MATCHES),
                gene(6).list().ofMaxSize(MAX_DISORDER).withSizeDistribution(RandomDistribution.uniform()),
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 3)).as(Genome::new);
    }

    static Arbitrary<int[]> gene(int size) {
        return Arbitraries.integers().between(0, 999).array(int[].class).ofSize(size);
    }
}
