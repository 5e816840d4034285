package skill.core.sprints;

/** Receives estimated speeds; primitives only, so estimation allocates nothing per sample. */
@FunctionalInterface
public interface SpeedListener {
    /** Time in epoch ms, speed in m/s. */
    void speed(long at, double speed, int period);
}
