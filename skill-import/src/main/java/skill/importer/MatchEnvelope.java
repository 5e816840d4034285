package skill.importer;

import skill.core.model.FactDetails;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.regex.Pattern;

/** The envelope fields every fact of one match shares (contract §1), and the facts built on them. */
public record MatchEnvelope(String competition, String season, int matchday, String matchId) {
    private static final Pattern SLASHED_SEASON = Pattern.compile("(\\d{4})/(\\d{4})");

    /** Providers write seasons as "2022/2023"; the contract wants "2022-23". */
    public static String season(String slashed) {
        var m = SLASHED_SEASON.matcher(slashed == null ? "" : slashed.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("season must look like 2022/2023, was '" + slashed + "'");
        }
        return m.group(1) + "-" + m.group(2).substring(2);
    }

    /** A live fact, version 1: every importer emits a source event once. */
    public MatchFact fact(Stamp at, FactType type, String teamId, String playerId, FactDetails details) {
        return new MatchFact(at.factId(), 1, type, false, competition, season, matchday, matchId, at.occurredAt(),
                at.period(), at.sequence(), at.possessionId(), teamId, playerId, details);
    }

    /** A retraction: only the envelope counts, so it carries no details. */
    public MatchFact deletion(Stamp at, FactType type, int version, String teamId, String playerId) {
        return new MatchFact(at.factId(), version, type, true, competition, season, matchday, matchId,
                at.occurredAt(), at.period(), at.sequence(), at.possessionId(), teamId, playerId, null);
    }
}
