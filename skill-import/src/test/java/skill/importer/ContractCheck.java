package skill.importer;

import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.model.MatchFact;
import skill.testsupport.ContractSchemas;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every produced fact must be what a producer may send: valid, read back unchanged, and a message that
 * the published schema of match-facts (docs/asyncapi.yaml) accepts, keyed by its match.
 */
public final class ContractCheck {

    private ContractCheck() {
    }

    public static void assertAllValid(List<MatchFact> facts) {
        assertThat(facts).isNotEmpty();
        ContractSchemas schemas = ContractSchemas.load();
        for (MatchFact fact : facts) {
            byte[] json = FactCodec.write(fact);
            FactParse parse = FactCodec.read(json);
            assertThat(parse.problems()).as("problems of %s %s", fact.type(), fact.factId()).isEmpty();
            assertThat(parse.fact()).as("round trip of %s", fact.factId()).isEqualTo(fact);
            assertThat(schemas.errors(Topics.MATCH_FACTS, fact.matchId(), json))
                    .as("schema errors of %s %s", fact.type(), fact.factId()).isEmpty();
        }
    }
}
