package skill.api.readmodel;

import jakarta.inject.Singleton;
import skill.core.skills.Skill;
import skill.core.standings.Standings;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's view of skill-standings: per season an immutable {@link SeasonView}, replaced as a whole
 * on every message, so a request never sees one skill's standings without the matching player index.
 */
@Singleton
public class StandingsReadModel {
    private final ConcurrentHashMap<String, SeasonView> seasons = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, NavigableMap<Integer, Standings>> history = new ConcurrentHashMap<>();

    /** One message of either standings topic; null standings are a tombstone. */
    void apply(StandingsMessages.Key key, Standings standings) {
        if (key.matchday() != null) {
            history.compute(historyKey(key.season(), key.skill()), (k, byMatchday) -> {
                NavigableMap<Integer, Standings> next = byMatchday == null ? new TreeMap<>() : new TreeMap<>(byMatchday);
                if (standings == null) {
                    next.remove(key.matchday());
                } else {
                    next.put(key.matchday(), standings);
                }
                return next.isEmpty() ? null : Collections.unmodifiableNavigableMap(next);
            });
        } else if (standings == null) {
            remove(key.season(), key.skill());
        } else {
            apply(standings);
        }
    }

    /** The standings after matchday {@code matchday}: of the latest matchday up to it that has any. */
    public Optional<Standings> standingsAsOf(String season, Skill skill, int matchday) {
        NavigableMap<Integer, Standings> byMatchday = season == null ? null : history.get(historyKey(season, skill));
        return Optional.ofNullable(byMatchday).map(h -> h.floorEntry(matchday)).map(Map.Entry::getValue);
    }

    private static String historyKey(String season, Skill skill) {
        return skill.rankingKey(season);
    }

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
