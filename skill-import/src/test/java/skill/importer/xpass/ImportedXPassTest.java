package skill.importer.xpass;

import org.junit.jupiter.api.Test;
import skill.core.SharedData;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.dfl.DflImporter;
import skill.importer.statsbomb.StatsBombImporter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Neither source has a completion probability: the importers fill xPass from the model. On the DFL
 * match (data © DFL, CC BY 4.0) the model, fitted on StatsBomb, meets a provider it never saw.
 */
class ImportedXPassTest {

    private static List<Pass> passes(List<MatchFact> facts) {
        return facts.stream().filter(f -> f.type() == FactType.PASS && !f.deleted())
                .map(f -> f.detailsAs(Pass.class)).toList();
    }

    private static void assertRated(List<Pass> passes, double meanTolerance, double minAuc) {
        assertThat(passes).isNotEmpty()
                .allSatisfy(p -> assertThat(p.xPass()).isNotNull().isStrictlyBetween(0.0, 1.0));
        double predicted = passes.stream().mapToDouble(Pass::xPass).average().orElseThrow();
        double observed = passes.stream().filter(Pass::successful).count() / (double) passes.size();
        assertThat(predicted).isCloseTo(observed, within(meanTolerance));
        boolean[] completed = new boolean[passes.size()];
        for (int i = 0; i < completed.length; i++) {
            completed[i] = passes.get(i).successful();
        }
        assertThat(XPassMetrics.auc(passes.stream().mapToDouble(Pass::xPass).toArray(), completed))
                .isGreaterThan(minAuc);
    }

    /** The last match of the season: one of the held-out matches. */
    @Test
    void statsBombPassesGetTheFullModel() {
        List<MatchFact> facts = new StatsBombImporter().readMatch(
                SharedData.require("statsbomb/bundesliga-2023-24"), "3895348");
        assertRated(passes(facts), 0.03, 0.85);
    }

    @Test
    void dflPassesGetTheStartBandModel() {
        assertRated(passes(new DflImporter().read(SharedData.require("dfl/J03WPY"))), 0.05, 0.75);
    }
}
