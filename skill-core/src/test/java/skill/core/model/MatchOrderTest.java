package skill.core.model;

import org.junit.jupiter.api.Test;
import skill.core.Facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static skill.core.Facts.min;

class MatchOrderTest {

    @Test
    void aFeedMixingFactsWithAndWithoutSequenceStillHasOneOrder() {
        MatchFact a = Facts.pass("A", "B").with("factId", "a").with("sequence", 1).at(min(10)).fact();
        MatchFact c = Facts.pass("C", "B").with("factId", "c").with("sequence", 2).at(min(0)).fact();
        MatchFact b = Facts.pass("B", "A").with("factId", "b").at(min(5)).fact();
        MatchFact d = Facts.pass("D", "A").with("factId", "d").at(min(5)).fact();
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<MatchFact> shuffled = new ArrayList<>(List.of(a, b, c, d));
            Collections.shuffle(shuffled, random);
            shuffled.sort(MatchFact.MATCH_ORDER);
            assertEquals(List.of("a", "c", "b", "d"), shuffled.stream().map(MatchFact::factId).toList());
        }
    }
}
