package skill.cli;

import org.junit.jupiter.api.Test;
import skill.core.SharedData;
import skill.core.model.MatchFact;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider folder of several competitions replays in time order, whatever their matchday numbers. */
class ReplaySourceTest {

    /**
     * The shared DFL data: a Bundesliga excerpt of matchday 30 in 2020 and a 2. Bundesliga match of matchday 12
     * in 2022. By matchday alone the 2022 match would come first.
     */
    @Test
    void theCompetitionsOfAFolderAreMergedByTime() {
        String folder = SharedData.require("dfl").toString();
        List<MatchFact> facts;
        try (Stream<Replayed> messages = ReplaySource.open(folder).messages()) {
            facts = messages.map(Replayed::fact).toList();
        }
        int firstOfBl2 = facts.stream().map(MatchFact::competition).toList().indexOf("BL2");
        assertThat(firstOfBl2).isPositive();
        assertThat(facts.subList(0, firstOfBl2)).extracting(MatchFact::competition).containsOnly("BL1");
        assertThat(facts.subList(firstOfBl2, facts.size())).extracting(MatchFact::competition).containsOnly("BL2");
    }
}
