package skill.importer.dfl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import skill.core.SharedData;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;
import skill.importer.ContractCheck;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short real DFL excerpt of DFL-MAT-003BN1 (Bundesliga 2019/20, Freiburg 1:0 Mönchengladbach; kloppy's
 * test fixture, data DFL / Sportec Solutions): other file names, an older season, an own goal, a
 * second-half KickOff without team sides.
 */
class DflExcerptTest {
    private static List<MatchFact> facts;

    @BeforeEach
    void read() {
        Path folder = SharedData.require("dfl/excerpt-003BN1");
        if (facts == null) {
            facts = new DflImporter().read(folder);
        }
    }

    @Test
    void everyFactKeepsTheContract() {
        ContractCheck.assertAllValid(facts);
        assertThat(facts).allMatch(f -> f.season().equals("2019-20") && f.matchday() == 30
                && "BL1".equals(f.competition()));
    }

    @Test
    void bothHalvesAreKnown() {
        MatchInfo info = facts.get(0).detailsAs(MatchInfo.class);
        assertThat(info.periods()).extracting(MatchInfo.Period::period).containsExactly(1, 2);
        assertThat(info.periods()).allMatch(p -> p.endedAt() != null);
        assertThat(info.status()).isEqualTo(MatchInfo.Status.FINISHED);
    }

    @Test
    void shotsOwnGoalAndGoal() {
        List<Shot> shots = facts.stream().filter(f -> f.type() == FactType.SHOT)
                .map(f -> f.detailsAs(Shot.class)).toList();
        assertThat(shots).extracting(Shot::outcome).containsExactlyInAnyOrder(Shot.Outcome.BLOCKED,
                Shot.Outcome.WIDE, Shot.Outcome.OTHER, Shot.Outcome.BLOCKED, Shot.Outcome.GOAL, Shot.Outcome.GOAL);
        MatchFact own = facts.stream().filter(f -> f.factId().equals("182094")).findFirst().orElseThrow();
        assertThat(own.detailsAs(Shot.class)).isEqualTo(new Shot(0, Shot.Outcome.GOAL, SetPiece.OPEN_PLAY, true, null));
        assertThat(own).extracting(MatchFact::playerId, MatchFact::teamId, MatchFact::period)
                .containsExactly("DFL-OBJ-0028QK", "DFL-CLU-000004", 2);
    }
}
