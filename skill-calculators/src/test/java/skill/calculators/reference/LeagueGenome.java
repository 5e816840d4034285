package skill.calculators.reference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * What jqwik generates for one try: the genomes of 2–3 competitions' seasons ({@link Scenario#SCOPES}
 * in order), the loans between the first two, and where the topology flushes.
 *
 * @param scopes  one genome per scope
 * @param loans   per gene, a player of the first scope who also plays in the second, in a squad
 *                place there (a loan: the same playerId in both competitions of the season)
 * @param flushes where, in the arrival order, the topology flushes besides the end (per mille)
 */
record LeagueGenome(List<Genome> scopes, List<int[]> loans, List<Integer> flushes) {

    static Arbitrary<LeagueGenome> arbitrary() {
        return Combinators.combine(
                Genome.arbitrary().list().ofMinSize(2).ofMaxSize(Scenario.SCOPES.size()),
                Genome.gene(2).list().ofMaxSize(3),
                Arbitraries.integers().between(0, 999).list().ofMaxSize(2)).as(LeagueGenome::new);
    }

    /** The scenario itself, so a shrunk sample shows its facts rather than its genes. */
    @Override
    public String toString() {
        return "\n" + Scenario.of(this, 2023).render();
    }
}
