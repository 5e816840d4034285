package skill.importer.dfl;

import org.w3c.dom.Element;

import java.time.Instant;
import java.util.Set;

/**
 * One {@code <Event>} of the DFL events file. A set piece wraps the action it starts
 * ({@code <FreeKick><Play>…</Play></FreeKick>}): {@code top} is the Event's own child, {@code action} the
 * element that says what happened (the wrapped one where there is a wrapper, else {@code top}).
 *
 * @param sequence the numeric EventId: it orders events as the file does and, unlike a position in the
 *                 file, stays the same when a later delivery of the feed inserts events
 */
record DflEvent(String id, Instant time, long sequence, Element top, Element action) {
    private static final Set<String> WRAPPERS = Set.of("KickOff", "FreeKick", "CornerKick", "ThrowIn", "GoalKick",
            "Penalty");

    static DflEvent of(Element event) {
        String id = DflXml.required(event, "EventId");
        long sequence;
        try {
            sequence = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("EventId is not a number: " + id, e);
        }
        Element top = DflXml.firstChild(event);
        if (top == null) {
            throw new IllegalArgumentException("Event " + id + " is empty");
        }
        Element wrapped = WRAPPERS.contains(top.getTagName()) ? DflXml.firstChild(top) : null;
        return new DflEvent(id, DflXml.time(event, "EventTime"), sequence, top, wrapped != null ? wrapped : top);
    }

    /** The set-piece wrapper's name (KickOff, FreeKick, …), or null for an action in open play. */
    String wrapper() {
        return action == top ? null : top.getTagName();
    }

    String kind() {
        return action.getTagName();
    }

    String attr(String name) {
        return DflXml.attr(action, name);
    }
}
