package skill.calculators.streams;

/**
 * A message of the calculators and the output topic it goes to (one named sink each); a null
 * {@code value} is a tombstone, e.g. standings of a matchday that no longer has a match.
 */
record Published(Output output, Object value) {

    enum Output { STANDINGS, STANDINGS_BY_MATCHDAY, RANKING, BADGE_EVENT }
}
