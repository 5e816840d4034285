package skill.calculators.streams;

import skill.core.standings.BadgeEvent;

import java.util.Comparator;

/**
 * A ranking counted while the gate was closed: the earliest matchday that changed and the latest fact
 * counted, which becomes the cause of the badge events when it is published.
 */
record Unpublished(int fromMatchday, BadgeEvent.Cause cause) {
    /** The latest fact by occurredAt (then factId, for a total order). */
    static final Comparator<BadgeEvent.Cause> LATEST =
            Comparator.comparing(BadgeEvent.Cause::occurredAt).thenComparing(BadgeEvent.Cause::factId);

    Unpublished and(int matchday, BadgeEvent.Cause later) {
        return new Unpublished(Math.min(fromMatchday, matchday), LATEST.compare(later, cause) > 0 ? later : cause);
    }
}
