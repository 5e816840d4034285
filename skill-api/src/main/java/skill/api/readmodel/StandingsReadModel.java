package skill.api.readmodel;

import jakarta.inject.Singleton;
import skill.core.skills.Skill;
import skill.core.standings.Standings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's view of skill-standings: per season an immutable {@link SeasonView}, replaced as a whole
 * on every message, so a request never sees one skill's standings without the matching player index.
 */
@Singleton
public class StandingsReadModel {
    private final ConcurrentHashMap<String, SeasonView> seasons = new ConcurrentHashMap<>();

    public void apply(Standings standings) {
        seasons.compute(standings.season(), (season, view) ->
                (view == null ? SeasonView.of(season, Map.of()) : view).with(standings));
    }

    /** A tombstone on the compacted topic: the skill's standings of that season are gone. */
    public void remove(String season, Skill skill) {
        seasons.computeIfPresent(season, (s, view) -> {
            SeasonView next = view.without(skill);
            return next.isEmpty() ? null : next;
        });
    }

    /** Seasons are YYYY-YY, so the latest sorts last. */
    public Optional<String> latestSeason() {
        return seasons.keySet().stream().max(String::compareTo);
    }

    /** @param season null (no season known) finds nothing */
    public Optional<Standings> standings(String season, Skill skill) {
        return view(season).map(v -> v.standings().get(skill));
    }

    public Optional<PlayerView> player(String season, String playerId) {
        return view(season).map(v -> v.players().get(playerId));
    }

    private Optional<SeasonView> view(String season) {
        return season == null ? Optional.empty() : Optional.ofNullable(seasons.get(season));
    }
}
