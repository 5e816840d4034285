package skill.api.readmodel;

import skill.core.codec.Json;
import skill.core.skills.RankingKey;
import skill.core.standings.BadgeEvent;
import skill.core.standings.Standings;

/** Reads and checks one skill-standings message, so the read model only ever holds consistent standings. */
final class StandingsMessages {
    private StandingsMessages() {
    }

    /** @throws IllegalArgumentException (or UncheckedIOException for bad JSON) when the message is malformed */
    static Standings parse(RankingKey key, byte[] value) {
        Standings s = Json.read(value, Standings.class);
        if (s == null || s.competition() == null || s.season() == null || s.skill() == null || s.entries() == null) {
            throw new IllegalArgumentException("competition, season, skill and entries are required");
        }
        if (!s.competition().equals(key.competition()) || !s.season().equals(key.season()) || s.skill() != key.skill()) {
            throw new IllegalArgumentException("key does not match the standings' competition, season and skill");
        }
        if (s.eligiblePlayers() < 0 || s.eligiblePlayers() > s.entries().size()
                || s.entries().stream().anyMatch(e -> e == null || e.playerId() == null)) {
            throw new IllegalArgumentException("eligiblePlayers out of range or an entry without playerId");
        }
        return s;
    }

    /**
     * @return the event; its competition is null when it was published before competitions
     * @throws IllegalArgumentException (or UncheckedIOException for bad JSON) when the event is malformed
     */
    static BadgeEvent badgeEvent(byte[] value) {
        BadgeEvent e = value == null ? null : Json.read(value, BadgeEvent.class);
        if (e == null || e.season() == null || e.skill() == null || e.playerId() == null || e.kind() == null) {
            throw new IllegalArgumentException("season, skill, playerId and kind are required");
        }
        return e;
    }

    /**
     * The key of skill-standings ({competition}|{season}|{SKILL}) or of skill-standings-by-matchday
     * ({competition}|{season}|{SKILL}|{matchday}).
     */
    static RankingKey key(String key, boolean byMatchday) {
        RankingKey parsed = RankingKey.parse(key);
        if ((parsed.matchday() != null) != byMatchday) {
            throw new IllegalArgumentException("Key '" + key + "' is not {competition}|{season}|{SKILL}"
                    + (byMatchday ? "|{matchday}" : ""));
        }
        return parsed;
    }
}
