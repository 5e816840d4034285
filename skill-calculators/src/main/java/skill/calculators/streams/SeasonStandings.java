package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.ProcessingContext;
import skill.calculators.streams.Published.Output;
import skill.core.codec.Json;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.RankingKey;
import skill.core.skills.Skill;
import skill.core.standings.BadgeEvent;
import skill.core.standings.BadgeEvents;
import skill.core.standings.Ranking;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Every skill's season of player lines (per match) and what was published of it. {@link #rank} ranks a
 * skill's season again — as of every matchday from the earliest one that changed, and now — and
 * publishes standings only when a number changed, and the top 10 with its badge events only when the
 * top 10 changed, so a recomputation that changes nothing publishes nothing.
 */
final class SeasonStandings {
    /** Seasons kept decoded per skill and task: the current one (lines decoded, published standings as JSON). */
    static final int CACHED_SEASONS = 2;
    private final Map<Skill, StandingsCalculator> calculators = new EnumMap<>(Skill.class);
    private final BiConsumer<String, Published> forward;
    private final GroupCache<PlayerMatchLine, PlayerMatchLine> lines;
    /** As published, their JSON: far smaller on the heap than the decoded objects, and compared as is. */
    private final GroupCache<byte[], byte[]> published;

    /** What a line update changed: a skill's season from a matchday on. */
    record Change(RankingKey rankingKey, int fromMatchday) {
    }

    /** What a badge event tells besides the change: the fact that caused it, and whether that is live. */
    record Story(BadgeEvent.Cause cause, boolean live) {
    }

    SeasonStandings(List<StandingsCalculator> calculators, ProcessingContext context,
                    BiConsumer<String, Published> forward) {
        calculators.forEach(c -> this.calculators.put(c.model().skill(), c));
        this.forward = forward;
        int cached = CACHED_SEASONS * calculators.size();
        this.lines = GroupCache.of(context.getStateStore(StoreNames.SEASON_LINES), cached);
        this.published = GroupCache.of(context.getStateStore(StoreNames.PUBLISHED_STANDINGS), cached);
    }

    /**
     * A player's line of a match changed ({@code line} null: removed).
     *
     * @param scope the line (old or new) whose competition and season the change is in
     */
    Change update(Skill skill, PlayerMatchLine scope, String matchId, String playerId, PlayerMatchLine line) {
        RankingKey rankingKey = RankingKey.current(scope.competition(), scope.season(), skill);
        String group = rankingKey.key();
        String key = StoreNames.key(group, playerId, matchId);
        PlayerMatchLine old = lines.get(group, key);
        lines.put(group, key, line, line);
        int from = Math.min(old == null ? Integer.MAX_VALUE : old.matchday(),
                line == null ? Integer.MAX_VALUE : line.matchday());
        return new Change(rankingKey, from);
    }

    /**
     * Takes what the generation before published of a ranking (its current and by-matchday standings,
     * by message key) as published here, where this generation has published nothing yet.
     */
    void adopt(String rankingKey, NavigableMap<String, byte[]> before) {
        before.subMap(rankingKey, true, rankingKey + "|\uffff", true).forEach((key, json) -> {
            String storeKey = key.equals(rankingKey) ? rankingKey
                    : key.startsWith(rankingKey + "|") ? StoreNames.key(rankingKey, key.substring(rankingKey.length() + 1))
                    : null;
            if (storeKey != null && published.get(rankingKey, storeKey) == null) {
                published.put(rankingKey, storeKey, json, json);
            }
        });
    }

    void rank(RankingKey current, int fromMatchday, Story story) {
        StandingsCalculator calculator = calculators.get(current.skill());
        String competition = current.competition();
        String season = current.season();
        String group = current.key();
        Map<String, List<PlayerMatchLine>> byPlayer = new TreeMap<>();
        int lastMatchday = 0;
        for (PlayerMatchLine line : lines.group(group).values()) {
            byPlayer.computeIfAbsent(line.playerId(), p -> new ArrayList<>()).add(line);
            lastMatchday = Math.max(lastMatchday, line.matchday());
        }
        Standings asOfLast = null;
        for (int matchday = Math.max(1, fromMatchday); matchday <= lastMatchday; matchday++) {
            Standings asOf = calculator.standings(competition, season, matchday, byPlayer);
            asOfLast = asOf;
            String storeKey = StoreNames.key(group, Integer.toString(matchday));
            byte[] json = Json.write(asOf);
            if (changed(published.get(group, storeKey), json)) {
                published.put(group, storeKey, json, json);
                forward.accept(current.asOf(matchday).key(), new Published(Output.STANDINGS_BY_MATCHDAY, asOf));
            }
        }
        retractMatchdaysAfter(current, lastMatchday);
        // As of the latest matchday every line counts: those are the current standings, computed once.
        publishCurrent(group, asOfLast != null ? asOfLast : calculator.standings(competition, season, byPlayer), story);
    }

    /** Matchdays whose every line was deleted or corrected away no longer have standings. */
    private void retractMatchdaysAfter(RankingKey current, int lastMatchday) {
        String group = current.key();
        List<String> gone = new ArrayList<>();
        for (String key : published.group(group).keySet()) {
            int at = key.lastIndexOf(StoreNames.SEPARATOR);
            if (at >= 0 && Integer.parseInt(key.substring(at + 1)) > lastMatchday) {
                gone.add(key.substring(at + 1));
            }
        }
        gone.sort(null); // in the store's key order, as when they were scanned from it
        for (String matchday : gone) {
            published.put(group, StoreNames.key(group, matchday), null, null);
            forward.accept(current.asOf(Integer.parseInt(matchday)).key(), new Published(Output.STANDINGS_BY_MATCHDAY, null));
        }
    }

    /** The group's key is the ranking key, under which the current standings are stored and published. */
    private void publishCurrent(String rankingKey, Standings now, Story story) {
        byte[] before = published.get(rankingKey, rankingKey);
        byte[] json = Json.write(now);
        if (!changed(before, json)) {
            return;
        }
        published.put(rankingKey, rankingKey, json, json);
        forward.accept(rankingKey, new Published(Output.STANDINGS, now));
        Standings previous = before == null ? null : Json.read(before, Standings.class);
        Ranking top = now.ranking();
        if (previous == null || !top.equals(previous.ranking())) {
            forward.accept(rankingKey, new Published(Output.RANKING, top));
            BadgeEvents.between(previous, now, story.cause(), story.live())
                    .forEach(e -> forward.accept(e.playerId(), new Published(Output.BADGE_EVENT, e)));
        }
    }

    /**
     * Any field, updatedAt included: the last message must carry the latest fact counted whatever the
     * commits' timing, so a run, a rerun and a rebuild end byte-identical. Unchanged means unpublished.
     * The JSON is written deterministically (records in field order, metrics in the model's order).
     */
    private static boolean changed(byte[] before, byte[] now) {
        return !Arrays.equals(before, now);
    }
}
