package skill.core.codec;

import skill.core.model.MatchFact;

import java.util.List;

/** The outcome of reading one message: a fact, or every reason it breaks the contract. */
public record FactParse(MatchFact fact, List<String> problems) {

    static FactParse accepted(MatchFact fact) {
        return new FactParse(fact, List.of());
    }

    static FactParse rejected(List<String> problems) {
        return new FactParse(null, List.copyOf(problems));
    }

    public boolean isValid() {
        return fact != null;
    }

    /** All reasons in one line, as the dead-letter queue and the logs carry them. */
    public String reason() {
        return String.join("; ", problems);
    }
}
