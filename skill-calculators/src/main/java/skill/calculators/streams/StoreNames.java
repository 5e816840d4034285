package skill.calculators.streams;

/** State store and internal topic names of the calculators' topologies (each prefixed by the application id). */
public final class StoreNames {
    /** Update events not yet ranked, per season in arrival order (in memory, not logged). */
    public static final String PENDING_FACTS = "pending-facts";
    /** The record cache that emits each season with pending update events once per commit (in memory, not logged). */
    public static final String SEASON_CHANGES = "season-changes";
    /** Every fact of a match at its highest version; any fact moves a running match's clock. */
    public static final String MATCH_FACTS = "match-facts";
    /** The lines last computed per match, skill and player, to update only what changed. */
    public static final String EMITTED_LINES = "emitted-lines";
    /** Every player's line per match, grouped by skill and season. */
    public static final String SEASON_LINES = "season-lines";
    /** The standings last published per skill and season. */
    public static final String PUBLISHED_STANDINGS = "published-standings";
    /** Rankings counted while the gate was closed (a rebuild catching up), to rank and publish once it opens. */
    public static final String UNPUBLISHED = "unpublished";

    /** The sprint detector's state per match: every player's track in one entry. */
    public static final String SPRINT_TRACKS = "sprint-tracks";
    /** The sprint detector's match states decoded, per task, in memory ({@link OpenMatches}). */
    public static final String SPRINT_OPEN = "sprint-open";
    /** The record cache of each match key's latest frame, emitting at every commit (in memory, not logged). */
    public static final String SPRINT_FRAMES = "sprint-latest-frames";
    /** The SPRINT facts published per match and player, to replace or retract them when a match is sent again. */
    public static final String SPRINT_LEDGERS = "sprint-ledgers";
    /** Matches receiving frames, each with the wall-clock time of its latest frame. */
    public static final String SPRINT_MATCHES = "sprint-matches";

    /** Separates the parts of composite store keys; ids never contain it. */
    static final char SEPARATOR = '\u001F';

    private StoreNames() {
    }

    static String key(String... parts) {
        return String.join(String.valueOf(SEPARATOR), parts);
    }

    static String prefix(String... parts) {
        return key(parts) + SEPARATOR;
    }
}
