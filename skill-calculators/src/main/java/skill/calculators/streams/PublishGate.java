package skill.calculators.streams;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Whether the calculators may publish, and what was published before them. A generation that
 * catches up beside the live one (a rebuild) counts every fact but publishes nothing until it has
 * taken over; then it publishes only what differs from what the generation before it published.
 */
public interface PublishGate {
    /** The gate of a generation that has always been live: open, nothing published before it. */
    PublishGate OPEN = new PublishGate() {
        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public NavigableMap<String, byte[]> publishedBefore() {
            return Collections.unmodifiableNavigableMap(new TreeMap<>());
        }
    };

    boolean isOpen();

    /**
     * The standings the generation before published (skill-standings and skill-standings-by-matchday,
     * by message key), asked for only once the gate is open, i.e. after that generation stopped.
     */
    NavigableMap<String, byte[]> publishedBefore();
}
