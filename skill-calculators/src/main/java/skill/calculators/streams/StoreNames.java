package skill.calculators.streams;

/** State store and internal topic names of the calculators' topologies (each prefixed by the application id). */
public final class StoreNames {
    /** Every fact of a match at its highest version; any fact moves a running match's clock. */
    public static final String MATCH_FACTS = "match-facts";
    /** The lines last emitted per match, skill and player, to emit only what changed. */
    public static final String EMITTED_LINES = "emitted-lines";
    /** Matches with facts not yet turned into lines. */
    public static final String DIRTY_MATCHES = "dirty-matches";
    /** Every player's line per match, grouped by skill and season. */
    public static final String SEASON_LINES = "season-lines";
    /** The standings last published per skill and season. */
    public static final String PUBLISHED_STANDINGS = "published-standings";
    /** Skills' seasons with lines not yet ranked. */
    public static final String DIRTY_SEASONS = "dirty-seasons";
    /** The repartition topic from per-match lines to standings per skill and season. */
    public static final String LINES_BY_SEASON = "lines-by-season";

    /** The sprint detector's state per match: every player's track in one entry. */
    public static final String SPRINT_TRACKS = "sprint-tracks";
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
