package skill.importer.dfl;

import skill.core.model.FactDetails.SendingOff;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.util.Set;

/** Who is on the pitch: the DFL Substitution and Caution events. */
final class DflPersonnel {
    /** CardColor of a red card and of a second yellow; "yellow" sends no one off. */
    private static final Set<String> SENDING_OFF = Set.of("red", "yellowRed");

    private DflPersonnel() {
    }

    static MatchFact substitution(MatchEnvelope m, Stamp s, DflEvent e) {
        return m.fact(s, FactType.SUBSTITUTION, e.attr("Team"), null,
                new Substitution(e.attr("PlayerOut"), e.attr("PlayerIn")));
    }

    /** A red or second yellow card; null for a yellow. */
    static MatchFact sendingOff(MatchEnvelope m, Stamp s, DflEvent e) {
        if (!SENDING_OFF.contains(String.valueOf(e.attr("CardColor")))) {
            return null;
        }
        return m.fact(s, FactType.SENDING_OFF, e.attr("Team"), e.attr("Player"), new SendingOff());
    }
}
