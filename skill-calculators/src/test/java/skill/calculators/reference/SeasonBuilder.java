package skill.calculators.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.core.Facts;
import skill.core.codec.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link Genome} as a small, orderly season of one competition: 1–3 matchdays of one match or
 * 1–2 of two, between teams of five (three starters). Each match has its MATCH fact republished as it
 * runs (SCHEDULED, LIVE, then FINISHED or still LIVE), both lineups and its events; a speed summary
 * gets a new version per update. Times are whole seconds or, where a gene says so, to the millisecond;
 * sequence numbers, where a match has them, follow the clock (10 per second). Team and player ids
 * are the competition's, the same in each of its seasons; matchIds are the scope's own.
 */
final class SeasonBuilder {
    static final int SQUAD = 5;
    static final int STARTERS = 3;
    private static final Instant FIRST_KICK_OFF = Instant.parse("2023-08-18T18:30:00Z");
    private static final String[] OUTCOMES = {"GOAL", "SAVED", "BLOCKED", "WIDE", "WOODWORK", "OTHER"};

    /** One message as the producer would publish it, at {@code publishAt} (epoch seconds). */
    record Message(ObjectNode json, long publishAt) {
    }

    /** What corrections need to know about a fact's match. */
    record MatchContext(String matchId, String home, String away, Instant kickOff, boolean sequenced,
                        List<String> passIds) {
        String otherTeam(String team) {
            return team.equals(home) ? away : home;
        }
    }

    final String competition;
    final String season;
    final List<Message> messages = new ArrayList<>();
    final Map<String, MatchContext> matches = new LinkedHashMap<>();
    /** Squad places filled by a player of another competition (on loan): the place's own id, then his. */
    private final Map<String, String> loans;
    private final Instant firstKickOff;
    private int nextId;

    private SeasonBuilder(String competition, String season, int calendarDay, Map<String, String> loans) {
        this.competition = competition;
        this.season = season;
        this.loans = Map.copyOf(loans);
        this.firstKickOff = FIRST_KICK_OFF.plusSeconds(calendarDay * 86_400L);
    }

    /**
     * @param calendarDay days after the first kick-off of all scopes: scopes share one calendar, so
     *                    their messages interleave
     */
    static SeasonBuilder of(Genome g, String competition, String season, int calendarDay, Map<String, String> loans) {
        SeasonBuilder b = new SeasonBuilder(competition, season, calendarDay, loans);
        int matchdays = Math.min(g.matchdays(), Genome.MAX_MATCHES / g.matchesPerMatchday());
        for (int day = 0; day < matchdays; day++) {
            for (int k = 0; k < g.matchesPerMatchday(); k++) {
                int[] pair = pairing(teams(g), day, k);
                int i = day * g.matchesPerMatchday() + k;
                b.match(day + 1, k, team(competition, pair[0]), team(competition, pair[1]),
                        g.matchHeaders().get(i), g.matchEvents().get(i));
            }
        }
        return b;
    }

    private static int teams(Genome g) {
        return 2 * g.matchesPerMatchday();
    }

    private static String team(String competition, int number) {
        return competition + "-T" + number;
    }

    /** Every squad place's own player id, before loans. */
    static List<String> squads(String competition, Genome g) {
        List<String> players = new ArrayList<>();
        for (int t = 1; t <= teams(g); t++) {
            for (int i = 0; i < SQUAD; i++) {
                players.add(ownPlayer(team(competition, t), i));
            }
        }
        return players;
    }

    /** Two teams meet every matchday (home and away in turn); four play a round robin. */
    private static int[] pairing(int teams, int day, int k) {
        if (teams == 2) {
            return day % 2 == 0 ? new int[]{1, 2} : new int[]{2, 1};
        }
        int[][][] rounds = {{{1, 2}, {3, 4}}, {{3, 1}, {2, 4}}, {{1, 4}, {2, 3}}};
        return rounds[day % 3][k];
    }

    /** The player in the team's squad place {@code index} (modulo the squad). */
    String player(String team, int index) {
        String own = ownPlayer(team, index);
        return loans.getOrDefault(own, own);
    }

    private static String ownPlayer(String team, int index) {
        return team + "-P" + (index % SQUAD + 1);
    }

    /** Milliseconds to add to a time: none where the gene is 0 modulo 3, else {@code salt} varies them. */
    static long millis(int gene, int salt) {
        return gene % 3 == 0 ? 0 : (gene + 389L * salt) % 1000;
    }

    String newId() {
        return "F" + (++nextId);
    }

    private void match(int matchday, int k, String home, String away, int[] h, List<int[]> events) {
        String matchId = competition + "-S" + season.substring(0, 4) + "-M" + matchday + (char) ('a' + k);
        Instant ko = firstKickOff.plusSeconds((matchday - 1) * 7 * 86_400L + k * 3 * 3600L);
        MatchContext m = new MatchContext(matchId, home, away, ko, h[3] % 4 != 3, new ArrayList<>());
        matches.put(matchId, m);
        matchFact(m, matchday, h);
        for (String team : List.of(home, away)) {
            ArrayNode players = Json.mapper().createArrayNode();
            for (int i = 0; i < SQUAD; i++) {
                players.add(i < STARTERS ? Facts.starter(player(team, i)) : Facts.bench(player(team, i)));
            }
            emit(envelope("LINEUP", m, matchday, ko.minusSeconds(3600), null).with("teamId", team)
                    .with("players", players), ko.minusSeconds(3600));
        }
        new MatchEvents(this, m, matchday).play(events.stream()
                .sorted(Comparator.comparingLong(MatchEvents::offsetMillis)).toList());
    }

    /** The MATCH fact's versions: scheduled, first half running, second half running, finished. */
    private void matchFact(MatchContext m, int matchday, int[] h) {
        Instant ko = m.kickOff();
        int status = h[0] % 8;  // 0–5 finished, 6 live in the second half, 7 live in the first
        Instant end1 = ko.plusSeconds(2700 + h[1] % 300);
        Instant start2 = end1.plusSeconds(900);
        Instant end2 = start2.plusSeconds(2700 + h[2] % 480);
        List<Instant[]> periods = new ArrayList<>(List.of(new Instant[]{ko, end1}, new Instant[]{start2, end2}));
        if (status < 6 && h[4] % 10 == 9) {  // extra time
            Instant start3 = end2.plusSeconds(300);
            periods.add(new Instant[]{start3, start3.plusSeconds(900)});
            periods.add(new Instant[]{start3.plusSeconds(1020), start3.plusSeconds(1920)});
        }
        for (int i = 0; i < 2 * periods.size(); i++) {  // exact minutes: boundaries off the whole second
            Instant[] p = periods.get(i / 2);
            p[i % 2] = p[i % 2].plusMillis(millis(h[5], i));
        }
        String id = newId();
        emit(matchJson(m, matchday, id, 1, "SCHEDULED", periods, 0, 0), ko.minusSeconds(7200));
        emit(matchJson(m, matchday, id, 2, "LIVE", periods, 1, 0), ko);
        if (status == 7) {
            return;
        }
        emit(matchJson(m, matchday, id, 3, "LIVE", periods, 2, 1), start2);
        if (status == 6) {
            return;
        }
        emit(matchJson(m, matchday, id, 4, "FINISHED", periods, periods.size(), periods.size()),
                periods.get(periods.size() - 1)[1]);
    }

    /** The MATCH fact showing the first {@code shown} periods, the first {@code ended} of them over. */
    private ObjectNode matchJson(MatchContext m, int matchday, String id, int version, String status,
                                 List<Instant[]> periods, int shown, int ended) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (int p = 0; p < shown; p++) {
            list.add(Facts.period(p + 1, periods.get(p)[0], p < ended ? periods.get(p)[1] : null));
        }
        return envelope(id, "MATCH", m, matchday, m.kickOff(), null).with("version", version)
                .with("homeTeamId", m.home()).with("awayTeamId", m.away()).with("homeTeamName", m.home() + " FC")
                .with("awayTeamName", m.away() + " SC").with("status", status).with("periods", list).json();
    }

    Facts.Fact envelope(String type, MatchContext m, int matchday, Instant at, Long sequence) {
        return envelope(newId(), type, m, matchday, at, sequence);
    }

    private Facts.Fact envelope(String id, String type, MatchContext m, int matchday, Instant at, Long sequence) {
        Facts.Fact f = Facts.envelope(type).with("factId", id).with("season", season)
                .with("competition", competition).with("matchday", matchday).with("matchId", m.matchId()).at(at);
        return sequence == null ? f : f.seq(sequence);
    }

    void emit(Facts.Fact fact, Instant publishAt) {
        emit(fact.json(), publishAt);
    }

    void emit(ObjectNode json, Instant publishAt) {
        messages.add(new Message(json, publishAt.getEpochSecond()));
    }

    static String outcome(int gene) {
        return OUTCOMES[gene % OUTCOMES.length];
    }

    /** Who is on the pitch as the events of one match unfold, for substitutions and sending-offs. */
    static final class Pitch {
        final Map<String, Set<String>> on = new HashMap<>();
        final Set<String> appeared = new LinkedHashSet<>();

        Pitch(SeasonBuilder b, MatchContext m) {
            for (String team : List.of(m.home(), m.away())) {
                on.put(team, new LinkedHashSet<>());
                for (int i = 0; i < STARTERS; i++) {
                    on.get(team).add(b.player(team, i));
                    appeared.add(b.player(team, i));
                }
            }
        }
    }
}
