package skill.api.readmodel;

import skill.core.codec.Json;
import skill.core.skills.Skill;
import skill.core.standings.BadgeEvent;
import skill.core.standings.Standings;

/** Reads and checks one skill-standings message, so the read model only ever holds consistent standings. */
final class StandingsMessages {
    private StandingsMessages() {
    }

    /** @throws IllegalArgumentException (or UncheckedIOException for bad JSON) when the message is malformed */
    static Standings parse(Key key, byte[] value) {
        Standings s = Json.read(value, Standings.class);
        if (s == null || s.season() == null || s.skill() == null || s.entries() == null) {
            throw new IllegalArgumentException("season, skill and entries are required");
        }
        if (!s.season().equals(key.season()) || s.skill() != key.skill()) {
            throw new IllegalArgumentException("key does not match the standings' season and skill");
        }
        if (s.eligiblePlayers() < 0 || s.eligiblePlayers() > s.entries().size()
                || s.entries().stream().anyMatch(e -> e == null || e.playerId() == null)) {
            throw new IllegalArgumentException("eligiblePlayers out of range or an entry without playerId");
        }
        return s;
    }

    /** @throws IllegalArgumentException (or UncheckedIOException for bad JSON) when the event is malformed */
    static BadgeEvent badgeEvent(byte[] value) {
        BadgeEvent e = value == null ? null : Json.read(value, BadgeEvent.class);
        if (e == null || e.season() == null || e.skill() == null || e.playerId() == null || e.kind() == null) {
            throw new IllegalArgumentException("season, skill, playerId and kind are required");
        }
        return e;
    }

    /** The key of skill-standings ({season}|{SKILL}) or of skill-standings-by-matchday ({season}|{SKILL}|{matchday}). */
    static Key key(String key, boolean byMatchday) {
        String[] parts = key == null ? new String[0] : key.split("\\|", -1);
        if (parts.length != (byMatchday ? 3 : 2)) {
            throw new IllegalArgumentException("key is not {season}|{SKILL}" + (byMatchday ? "|{matchday}" : ""));
        }
        return new Key(parts[0], Skill.valueOf(parts[1]), byMatchday ? Integer.valueOf(parts[2]) : null);
    }

    /** @param matchday null for the current standings */
    record Key(String season, Skill skill, Integer matchday) {
    }
}
