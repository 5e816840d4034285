package skill.api.readmodel;

import skill.core.codec.Json;
import skill.core.skills.Skill;
import skill.core.standings.Standings;

/** Reads and checks one skill-standings message, so the read model only ever holds consistent standings. */
final class StandingsMessages {
    private StandingsMessages() {
    }

    /** @throws IllegalArgumentException (or UncheckedIOException for bad JSON) when the message is malformed */
    static Standings parse(String key, byte[] value) {
        Standings s = Json.read(value, Standings.class);
        if (s == null || s.season() == null || s.skill() == null || s.entries() == null) {
            throw new IllegalArgumentException("season, skill and entries are required");
        }
        if (!s.skill().rankingKey(s.season()).equals(key)) {
            throw new IllegalArgumentException("key does not match the standings' season and skill");
        }
        if (s.eligiblePlayers() < 0 || s.eligiblePlayers() > s.entries().size()
                || s.entries().stream().anyMatch(e -> e == null || e.playerId() == null)) {
            throw new IllegalArgumentException("eligiblePlayers out of range or an entry without playerId");
        }
        return s;
    }

    /** The (season, skill) a tombstone's key names. */
    static Key key(String key) {
        int bar = key == null ? -1 : key.lastIndexOf('|');
        if (bar <= 0) {
            throw new IllegalArgumentException("key is not {season}|{SKILL}");
        }
        return new Key(key.substring(0, bar), Skill.valueOf(key.substring(bar + 1)));
    }

    record Key(String season, Skill skill) {
    }
}
