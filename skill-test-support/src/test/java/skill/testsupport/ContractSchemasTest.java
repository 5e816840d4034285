package skill.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validator on the document's own examples and on messages that break it in one way each. */
class ContractSchemasTest {
    private static final String SHOT = """
            {"factId": "F1", "version": 1, "type": "SHOT", "season": "2023-24", "matchday": 3, "matchId": "M1",
             "occurredAt": "2023-09-02T13:31:00Z", "playerId": "P1", "teamId": "T1", "xGoals": 0.3, "outcome": "GOAL"}""";
    private static final String RANKING = """
            {"competition": "BL1", "season": "2023-24", "skill": "FINISHER", "asOfMatchday": 3,
             "updatedAt": "2023-09-02T15:20:00Z", "entries": [{"rank": 1, "playerId": "P1", "playerName": "Ann",
             "teamId": "T1", "score": 1.0, "minutesPlayed": 270,
             "metrics": {"goals": 1.0, "goalsPer90": 0.333, "xGoals": 0.3, "shotEfficiency": 0.7, "shots": 1.0}}]}""";
    private final ContractSchemas schemas = ContractSchemas.load();

    @Test
    void everyExampleKeepsItsMessage() {
        int examples = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.document().path("components").path("messages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> message = it.next();
            for (JsonNode example : message.getValue().path("examples")) {
                assertThat(schemas.payloadErrors("#/components/messages/" + message.getKey(), example.path("payload")))
                        .as("%s example %s", message.getKey(), example.path("name").asText()).isEmpty();
                examples++;
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aValidFactAndRankingPass() {
        assertThat(schemas.errors("match-facts", "M1", bytes(SHOT))).isEmpty();
        assertThat(schemas.errors("skill-rankings", "BL1|2023-24|FINISHER", bytes(RANKING))).isEmpty();
    }

    @Test
    void factsOutOfRangeOrIncompleteFail() {
        assertThat(schemas.errors("match-facts", "M1", bytes(SHOT.replace("0.3", "1.7"))))
                .singleElement().asString().isEqualTo("value /xGoals: must have a maximum value of 1");
        assertThat(schemas.errors("match-facts", "M1", bytes(SHOT.replace("\"factId\": \"F1\", ", ""))))
                .containsExactly("value: required property 'factId' not found");
        assertThat(schemas.errors("match-facts", "M1", bytes(SHOT.replace("\"outcome\": \"GOAL\"", "\"ownGoal\": true"))))
                .singleElement().asString().contains("outcome");
        assertThat(schemas.errors("match-facts", "M1", bytes(SHOT.replace("2023-09-02T13:31:00Z", "yesterday"))))
                .singleElement().asString().startsWith("value /occurredAt: ");
        assertThat(schemas.errors("match-facts", "M1", bytes("{not json"))).singleElement().asString().startsWith("value: not JSON");
    }

    @Test
    void aDeletionNeedsOnlyTheEnvelope() {
        String deletion = SHOT.replace("\"xGoals\": 0.3, \"outcome\": \"GOAL\"", "\"deleted\": true");
        assertThat(schemas.errors("match-facts", "M1", bytes(deletion))).isEmpty();
        assertThat(schemas.errors("match-facts", "M1", bytes(deletion.replace("true", "false"))))
                .containsExactly("value: required property 'xGoals' not found", "value: required property 'outcome' not found");
    }

    @Test
    void unknownFieldsAreAllowed() {
        assertThat(schemas.errors("match-facts", "M1", bytes(SHOT.replace("{", "{\"later\": {\"x\": 1}, ")))).isEmpty();
    }

    @Test
    void keysAndTombstonesFollowTheirChannel() {
        assertThat(schemas.errors("skill-rankings", "2023-24|FINISHER", bytes(RANKING))).singleElement().asString()
                .startsWith("key: ");
        assertThat(schemas.errors("skill-rankings", "BL1|2023-24|FINISHER", bytes(RANKING.replace("\"competition\": \"BL1\", ", ""))))
                .singleElement().asString().contains("competition");
        assertThat(schemas.errors("skill-standings-by-matchday", "BL1|2023-24|FINISHER|3", null)).isEmpty();
        assertThat(schemas.errors("skill-badge-events", "P1", null)).containsExactly("value: null, but skill-badge-events is not compacted");
        assertThatThrownBy(() -> schemas.errors("no-such-topic", "k", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
