package skill.core.minutes;

import skill.core.model.FactDetails;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one match's live facts say about who played: the match itself, the players named in the
 * lineups, and the moments players came on or went off. Built from any order of arrival.
 */
public record MatchSheet(
        String competition,
        String season,
        int matchday,
        Instant latestFactAt,
        MatchInfo matchInfo,
        Map<String, Player> players,
        List<MatchFact> changes) {

    /** The fact types that shape minutes played; every skill needs them. */
    public static final Set<FactType> TYPES =
            Set.of(FactType.MATCH, FactType.LINEUP, FactType.SUBSTITUTION, FactType.SENDING_OFF);

    public record Player(String playerId, String name, String teamId, boolean starting) {
    }

    /** The team's name as the MATCH fact gives it, or null. */
    public String teamName(String teamId) {
        if (matchInfo == null || teamId == null) {
            return null;
        }
        return teamId.equals(matchInfo.homeTeamId()) ? matchInfo.homeTeamName()
                : teamId.equals(matchInfo.awayTeamId()) ? matchInfo.awayTeamName() : null;
    }

    /** @param liveFacts the match's facts that are not deleted, of any type */
    public static MatchSheet of(Collection<MatchFact> liveFacts) {
        return ofOrdered(liveFacts.stream().sorted(MatchFact.MATCH_ORDER).toList());
    }

    /** @param ordered the match's live facts in {@link MatchFact#MATCH_ORDER} */
    public static MatchSheet ofOrdered(List<MatchFact> ordered) {
        MatchFact match = ordered.stream().filter(f -> f.type() == FactType.MATCH)
                .max(Comparator.comparing(MatchFact::factId)).orElse(null);
        MatchFact identity = match != null ? match
                : ordered.stream().min(Comparator.comparing(MatchFact::factId)).orElse(null);
        Map<String, Player> players = new LinkedHashMap<>();
        for (MatchFact f : ordered) {
            Lineup lineup = f.detailsAs(Lineup.class);
            if (lineup != null) {
                lineup.players().forEach(p -> players.put(p.playerId(),
                        new Player(p.playerId(), p.name(), f.teamId(), p.starting())));
            }
        }
        for (MatchFact f : ordered) {
            FactDetails.Substitution sub = f.detailsAs(FactDetails.Substitution.class);
            if (sub != null) {
                // A substitute missing from the lineups still belongs to the side that brought him on.
                players.putIfAbsent(sub.playerInId(), new Player(sub.playerInId(), null, f.teamId(), false));
            }
        }
        List<MatchFact> changes = ordered.stream()
                .filter(f -> f.type() == FactType.SUBSTITUTION || f.type() == FactType.SENDING_OFF).toList();
        Instant latest = ordered.stream().map(MatchFact::occurredAt).max(Comparator.naturalOrder()).orElse(null);
        return new MatchSheet(identity == null ? null : identity.competition(), identity == null ? null : identity.season(),
                identity == null ? 0 : identity.matchday(), latest,
                match == null ? null : match.detailsAs(MatchInfo.class), players, changes);
    }
}
