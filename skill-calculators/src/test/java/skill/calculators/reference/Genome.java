package skill.calculators.reference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

import java.util.List;

/**
 * What jqwik generates: small integer genes that {@link SeasonBuilder} reads as a season and
 * {@link Disorder} as the disorder on its way in. Every gene read modulo a small number, with 0 the
 * plainest choice, so shrinking towards fewer and smaller genes gives a smaller, plainer season.
 *
 * @param matchHeaders one gene per match (status, stoppage times, sequence numbers or not, extra time)
 * @param matchEvents  per match, one gene per event: an attack (passes and a shot), a duel, a ball
 *                     win, a sprint, a speed summary, a substitution or a sending-off
 * @param disorder     one gene per disorder operation on one fact
 * @param flushes      where, in the arrival order, the topology flushes besides the end (per mille)
 * @param shuffle      how far messages may arrive late: 0 none, 1 a minute, 2 an hour, 3 a week
 */
record Genome(int matchdays, int matchesPerMatchday, List<int[]> matchHeaders, List<List<int[]>> matchEvents,
              List<int[]> disorder, List<Integer> flushes, long shuffleSeed, int shuffle) {
    static final int MAX_MATCHES = 4;

    static Arbitrary<Genome> arbitrary() {
        Arbitrary<int[]> header = gene(6);
        Arbitrary<int[]> event = gene(14);
        return Combinators.combine(
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 2),
                header.list().ofSize(MAX_MATCHES),
                event.list().ofMaxSize(14).withSizeDistribution(RandomDistribution.uniform()).list().ofSize(MAX_MATCHES),
                gene(6).list().ofMaxSize(24).withSizeDistribution(RandomDistribution.uniform()),
                Arbitraries.integers().between(0, 999).list().ofMaxSize(2),
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 3)).as(Genome::new);
    }

    private static Arbitrary<int[]> gene(int size) {
        return Arbitraries.integers().between(0, 999).array(int[].class).ofSize(size);
    }

    /** The scenario itself, so a shrunk sample shows its facts rather than its genes. */
    @Override
    public String toString() {
        return "\n" + Scenario.of(this, "2023-24").render();
    }
}
