package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.model.FactDetails.SendingOff;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.util.Set;

/** Who is on the pitch: StatsBomb Substitution events and the cards of Foul Committed and Bad Behaviour. */
final class SbPersonnel {
    private static final Set<String> SENDING_OFF = Set.of("Red Card", "Second Yellow");

    private SbPersonnel() {
    }

    /** The event's player goes off, substitution.replacement comes on. */
    static MatchFact substitution(MatchEnvelope m, Stamp s, JsonNode e) {
        return m.fact(s, FactType.SUBSTITUTION, SbJson.id(e, "team"), null,
                new Substitution(SbJson.id(e, "player"), SbJson.id(e.path("substitution"), "replacement")));
    }

    /** @param detail "foul_committed" or "bad_behaviour": where the event keeps its card; null for no red */
    static MatchFact sendingOff(MatchEnvelope m, Stamp s, JsonNode e, String detail) {
        if (!SENDING_OFF.contains(String.valueOf(SbJson.name(e.path(detail), "card")))) {
            return null;
        }
        return m.fact(s, FactType.SENDING_OFF, SbJson.id(e, "team"), SbJson.id(e, "player"), new SendingOff());
    }
}
