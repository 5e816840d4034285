package skill.api.readmodel;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import skill.core.model.MatchFact;
import skill.core.skills.RankingKey;
import skill.core.skills.Skill;
import skill.core.standings.BadgeEvent;
import skill.core.standings.Ranking;
import skill.core.standings.Standings;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's view of skill-standings: per season an immutable {@link SeasonView}, replaced as a whole
 * on every message, so a request never sees one skill's standings without the matching player index.
 * Listeners learn of every change of a top 10 ({@link #rankingChanges()}) and every badge event.
 */
@Singleton
public class StandingsReadModel {
    /** Badge events kept per season for the ticker; older ones stay on the topic. */
    public static final int RECENT_BADGE_EVENTS = 50;
    private static final Sinks.EmitFailureHandler RETRY_CONCURRENT = Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1));

    private final ConcurrentHashMap<String, SeasonView> seasons = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, NavigableMap<Integer, ServedStandings>> history = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<BadgeEvent>> recentBadgeEvents = new ConcurrentHashMap<>();
    private final Sinks.Many<RankingChange> rankingChanges = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<BadgeEvent> badgeEvents = Sinks.many().multicast().directBestEffort();
    private final Sinks.One<Boolean> closing = Sinks.one();

    /** A skill's top 10 of a season changed (or its standings are gone); read the model for the new state. */
    public record RankingChange(String season, Skill skill) {
    }

    /** One message of either standings topic; null standings are a tombstone. */
    void apply(RankingKey key, Standings standings) {
        if (key.matchday() != null) {
            history.compute(key.current().key(), (k, byMatchday) -> {
                NavigableMap<Integer, ServedStandings> next = byMatchday == null ? new TreeMap<>() : new TreeMap<>(byMatchday);
                if (standings == null) {
                    next.remove(key.matchday());
                } else {
                    next.put(key.matchday(), new ServedStandings(standings));
                }
                return next.isEmpty() ? null : Collections.unmodifiableNavigableMap(next);
            });
        } else if (standings == null) {
            remove(key.season(), key.skill());
        } else {
            apply(standings);
        }
    }

    public void apply(Standings standings) {
        Optional<Ranking> before = standings(standings.season(), standings.skill()).map(s -> s.standings().ranking());
        seasons.compute(standings.season(), (season, view) ->
                (view == null ? SeasonView.of(season, Map.of()) : view).with(standings));
        Ranking after = standings.ranking();
        if (before.isEmpty() || !before.get().entries().equals(after.entries())
                || before.get().asOfMatchday() != after.asOfMatchday()) {
            rankingChanges.emitNext(new RankingChange(standings.season(), standings.skill()), RETRY_CONCURRENT);
        }
    }

    /** A tombstone on the compacted topic: the skill's standings of that season are gone. */
    public void remove(String season, Skill skill) {
        seasons.computeIfPresent(season, (s, view) -> {
            SeasonView next = view.without(skill);
            return next.isEmpty() ? null : next;
        });
        rankingChanges.emitNext(new RankingChange(season, skill), RETRY_CONCURRENT);
    }

    /** One skill-badge-events message: kept for the ticker (newest first) and passed to listeners. */
    public void apply(BadgeEvent event) {
        recentBadgeEvents.compute(event.season(), (season, recent) -> {
            Deque<BadgeEvent> next = new ArrayDeque<>(recent == null ? List.of() : recent);
            next.addFirst(event);
            while (next.size() > RECENT_BADGE_EVENTS) {
                next.removeLast();
            }
            return List.copyOf(next);
        });
        badgeEvents.emitNext(event, RETRY_CONCURRENT);
    }

    /** Changes from the moment of subscription on; a slow subscriber must buffer or drop on its side. */
    public Flux<RankingChange> rankingChanges() {
        return rankingChanges.asFlux();
    }

    public Flux<BadgeEvent> badgeEvents() {
        return badgeEvents.asFlux();
    }

    /** The stream, ended when the application stops, so open connections do not hold up the shutdown. */
    public <T> Flux<T> untilClosed(Flux<T> stream) {
        return stream.takeUntilOther(closing.asMono());
    }

    @PreDestroy
    void close() {
        closing.tryEmitValue(true);
    }

    /** @return newest first, at most {@link #RECENT_BADGE_EVENTS} */
    public List<BadgeEvent> recentBadgeEvents(String season) {
        return season == null ? List.of() : recentBadgeEvents.getOrDefault(season, List.of());
    }

    /** The standings after matchday {@code matchday}: of the latest matchday up to it that has any. */
    public Optional<ServedStandings> standingsAsOf(String season, Skill skill, int matchday) {
        return Optional.ofNullable(history(season, skill).floorEntry(matchday)).map(Map.Entry::getValue);
    }

    /** The skill's standings after each matchday that has any, in matchday order. */
    public NavigableMap<Integer, ServedStandings> history(String season, Skill skill) {
        NavigableMap<Integer, ServedStandings> byMatchday = season == null ? null : history.get(skill.rankingKey(MatchFact.DEFAULT_COMPETITION, season));
        return byMatchday == null ? Collections.emptyNavigableMap() : byMatchday;
    }

    /** Seasons are YYYY-YY, so the latest sorts last. */
    public Optional<String> latestSeason() {
        return seasons.keySet().stream().max(String::compareTo);
    }

    /** Latest first. */
    public List<SeasonView> seasons() {
        return seasons.values().stream().sorted(Comparator.comparing(SeasonView::season).reversed()).toList();
    }

    /** @param season null (no season known) finds nothing */
    public Optional<ServedStandings> standings(String season, Skill skill) {
        return view(season).map(v -> v.standings().get(skill));
    }

    public Optional<PlayerView> player(String season, String playerId) {
        return view(season).map(v -> v.players().get(playerId));
    }

    public Optional<SeasonView> view(String season) {
        return season == null ? Optional.empty() : Optional.ofNullable(seasons.get(season));
    }
}
