package skill.core.sprints;

/** Receives completed sprints; primitives only, so detection allocates nothing per sample. */
@FunctionalInterface
public interface SprintListener {
    /** Times in epoch ms, speed in m/s, distance in m. */
    void sprint(long startedAt, long endedAt, double peakSpeed, double distance);
}
