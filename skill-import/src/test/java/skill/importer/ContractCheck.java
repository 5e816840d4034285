package skill.importer;

import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.model.MatchFact;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every produced fact must be what a producer may send: valid, and read back unchanged. */
public final class ContractCheck {

    private ContractCheck() {
    }

    public static void assertAllValid(List<MatchFact> facts) {
        assertThat(facts).isNotEmpty();
        for (MatchFact fact : facts) {
            FactParse parse = FactCodec.read(FactCodec.write(fact));
            assertThat(parse.problems()).as("problems of %s %s", fact.type(), fact.factId()).isEmpty();
            assertThat(parse.fact()).as("round trip of %s", fact.factId()).isEqualTo(fact);
        }
    }
}
