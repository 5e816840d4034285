package skill.importer.synthetic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.core.codec.FrameCodec;
import skill.core.codec.Json;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.importer.ContractCheck;
import skill.importer.synthetic.Fixtures.Fixture;
import skill.testsupport.ContractSchemas;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated season as a producer sends it against the published schemas (docs/asyncapi.yaml): every
 * fact and frame passes, and a fact that breaks the contract fails the schema as the dispatcher rejects it.
 */
class SeasonSchemaTest {
    private final SeasonGenerator season = new SeasonGenerator(42, 1);
    private final ContractSchemas schemas = ContractSchemas.load();

    @Test
    void everyFactOfAMatchdayKeepsTheSchema() {
        List<MatchFact> facts = season.facts().toList();
        ContractCheck.assertAllValid(facts);
        assertThat(facts).extracting(MatchFact::type).contains(FactType.MATCH, FactType.LINEUP, FactType.SUBSTITUTION,
                FactType.SHOT, FactType.PASS, FactType.DUEL, FactType.BALL_WIN);
        assertThat(facts).anyMatch(MatchFact::deleted);
    }

    @Test
    void everyFrameOfAMatchKeepsTheSchema() {
        Fixture fixture = season.fixtures().findFirst().orElseThrow();
        int frames = 0;
        for (Iterator<PositionFrame> it = season.tracking(fixture, 1, sprint -> { }); it.hasNext(); frames++) {
            PositionFrame frame = it.next();
            assertThat(schemas.errors(Topics.MATCH_POSITIONS, frame.matchId(), FrameCodec.write(frame)))
                    .as("frame %d", frame.frame()).isEmpty();
        }
        assertThat(frames).as("a match at 1 Hz").isGreaterThan(5_000);
    }

    @Test
    void aFactThatBreaksTheContractFailsTheSchema() {
        MatchFact shot = season.facts().filter(f -> f.type() == FactType.SHOT && !f.deleted()).findFirst().orElseThrow();
        Map<String, Consumer<ObjectNode>> breaks = new LinkedHashMap<>();
        breaks.put("xGoals 1.7", f -> f.put("xGoals", 1.7));
        breaks.put("no factId", f -> f.remove("factId"));
        breaks.put("version 0", f -> f.put("version", 0));
        breaks.put("unknown outcome", f -> f.put("outcome", "MISSED"));
        breaks.put("a shot from a goal kick", f -> f.put("setPiece", "GOAL_KICK"));
        breaks.put("no shooter", f -> f.putNull("playerId"));
        breaks.put("season in DFL form", f -> f.put("season", "2025/2026"));
        breaks.forEach((why, change) -> {
            ObjectNode fact = Json.read(FactCodec.write(shot), ObjectNode.class);
            change.accept(fact);
            byte[] bytes = Json.write(fact);
            assertThat(FactCodec.read(bytes).problems()).as("the dispatcher rejects: %s", why).isNotEmpty();
            assertThat(schemas.errors(Topics.MATCH_FACTS, shot.matchId(), bytes)).as("the schema rejects: %s", why).isNotEmpty();
        });
    }

}
