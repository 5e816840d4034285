package skill.api.readmodel;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
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
 * The API's view of skill-standings: per competition and season an immutable {@link SeasonView},
 * replaced as a whole on every message, so a request never sees one skill's standings without the
 * matching player index. Listeners learn of every change of a top 10 ({@link #rankingChanges()}) and
 * every badge event.
 */
@Singleton
public class StandingsReadModel {
    /** Badge events kept per competition and season for the ticker; older ones stay on the topic. */
    public static final int RECENT_BADGE_EVENTS = 50;
    private static final Sinks.EmitFailureHandler RETRY_CONCURRENT = Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1));

    private final ConcurrentHashMap<CompetitionSeason, SeasonView> seasons = new ConcurrentHashMap<>();
    /** By the key of the skill's current standings. */
    private final ConcurrentHashMap<RankingKey, NavigableMap<Integer, ServedStandings>> history = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<CompetitionSeason, List<BadgeEvent>> recentBadgeEvents = new ConcurrentHashMap<>();
    private final Sinks.Many<RankingChange> rankingChanges = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<BadgeEvent> badgeEvents = Sinks.many().multicast().directBestEffort();
    private final Sinks.One<Boolean> closing = Sinks.one();

    /** A skill's top 10 of a competition's season changed (or its standings are gone); read the model for the new state. */
    public record RankingChange(CompetitionSeason of, Skill skill) {
    }

    /** One message of either standings topic; null standings are a tombstone. */
    void apply(RankingKey key, Standings standings) {
        if (key.matchday() != null) {
            history.compute(key.current(), (k, byMatchday) -> {
                NavigableMap<Integer, ServedStandings> next = byMatchday == null ? new TreeMap<>() : new TreeMap<>(byMatchday);
                if (standings == null) {
                    next.remove(key.matchday());
                } else {
                    next.put(key.matchday(), new ServedStandings(standings));
                }
                return next.isEmpty() ? null : Collections.unmodifiableNavigableMap(next);
            });
        } else if (standings == null) {
            remove(new CompetitionSeason(key.competition(), key.season()), key.skill());
        } else {
            apply(standings);
        }
    }

    public void apply(Standings standings) {
        CompetitionSeason of = new CompetitionSeason(standings.competition(), standings.season());
        Optional<Ranking> before = standings(of, standings.skill()).map(s -> s.standings().ranking());
        seasons.compute(of, (k, view) ->
                (view == null ? SeasonView.of(k.competition(), k.season(), Map.of()) : view).with(standings));
        Ranking after = standings.ranking();
        if (before.isEmpty() || !before.get().entries().equals(after.entries())
                || before.get().asOfMatchday() != after.asOfMatchday()) {
            rankingChanges.emitNext(new RankingChange(of, standings.skill()), RETRY_CONCURRENT);
        }
    }

    /** A tombstone on the compacted topic: the skill's standings of that competition's season are gone. */
    public void remove(CompetitionSeason of, Skill skill) {
        seasons.computeIfPresent(of, (k, view) -> {
            SeasonView next = view.without(skill);
            return next.isEmpty() ? null : next;
        });
        rankingChanges.emitNext(new RankingChange(of, skill), RETRY_CONCURRENT);
    }

    /** One skill-badge-events message: kept for the ticker (newest first) and passed to listeners. */
    public void apply(BadgeEvent event) {
        recentBadgeEvents.compute(new CompetitionSeason(event.competition(), event.season()), (k, recent) -> {
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
    public List<BadgeEvent> recentBadgeEvents(CompetitionSeason of) {
        return of.season() == null ? List.of() : recentBadgeEvents.getOrDefault(of, List.of());
    }

    /** The standings after matchday {@code matchday}: of the latest matchday up to it that has any. */
    public Optional<ServedStandings> standingsAsOf(CompetitionSeason of, Skill skill, int matchday) {
        return Optional.ofNullable(history(of, skill).floorEntry(matchday)).map(Map.Entry::getValue);
    }

    /** The skill's standings after each matchday that has any, in matchday order. */
    public NavigableMap<Integer, ServedStandings> history(CompetitionSeason of, Skill skill) {
        NavigableMap<Integer, ServedStandings> byMatchday = of.season() == null ? null
                : history.get(RankingKey.current(of.competition(), of.season(), skill));
        return byMatchday == null ? Collections.emptyNavigableMap() : byMatchday;
    }

    /** The competitions with standings, by name. */
    public List<String> competitions() {
        return seasons.keySet().stream().map(CompetitionSeason::competition).distinct().sorted().toList();
    }

    /** The competition's seasons with standings, latest first: seasons are YYYY-YY, so the latest sorts last. */
    public List<SeasonView> seasons(String competition) {
        return seasons.values().stream().filter(v -> v.competition().equals(competition))
                .sorted(Comparator.comparing(SeasonView::season).reversed()).toList();
    }

    public Optional<String> latestSeason(String competition) {
        return seasons(competition).stream().findFirst().map(SeasonView::season);
    }

    /** A season of null (none known) finds nothing. */
    public Optional<ServedStandings> standings(CompetitionSeason of, Skill skill) {
        return view(of).map(v -> v.standings().get(skill));
    }

    public Optional<PlayerView> player(CompetitionSeason of, String playerId) {
        return view(of).map(v -> v.players().get(playerId));
    }

    public Optional<SeasonView> view(CompetitionSeason of) {
        return of.season() == null ? Optional.empty() : Optional.ofNullable(seasons.get(of));
    }
}
