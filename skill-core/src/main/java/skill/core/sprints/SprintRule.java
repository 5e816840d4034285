package skill.core.sprints;

/**
 * When a stretch of running is a sprint (contract §3). A stretch is a run of consecutive samples
 * that meet the stretch threshold; its duration runs from its first to its last such sample.
 */
public enum SprintRule {
    /** DFL up to 2024-25: ≥ 4.0 m/s for more than 2 s, reaching ≥ 6.3 m/s for at least 1 s (first to last sample). */
    DFL_UNTIL_2024_25(4.0, true, 2000, true, 6.3, 1000),
    /** DFL from 2025-26: above 25 km/h for at least 0.5 s. */
    DFL_FROM_2025_26(25 / 3.6, false, 500, false, 0, 0);

    private final double stretchSpeed;
    private final boolean stretchInclusive;
    private final long minDurationMs;
    private final boolean strictlyLonger;
    private final double peakSpeed;
    private final long minPeakMs;

    SprintRule(double stretchSpeed, boolean stretchInclusive, long minDurationMs, boolean strictlyLonger,
               double peakSpeed, long minPeakMs) {
        this.stretchSpeed = stretchSpeed;
        this.stretchInclusive = stretchInclusive;
        this.minDurationMs = minDurationMs;
        this.strictlyLonger = strictlyLonger;
        this.peakSpeed = peakSpeed;
        this.minPeakMs = minPeakMs;
    }

    /** Whether a sample belongs to a stretch. */
    public boolean inStretch(double speed) {
        return stretchInclusive ? speed >= stretchSpeed : speed > stretchSpeed;
    }

    /** Whether a sample counts towards the peak requirement. */
    public boolean atPeak(double speed) {
        return speed >= peakSpeed;
    }

    /**
     * Whether a closed stretch is a sprint.
     *
     * @param durationMs first to last sample of the stretch
     * @param peakMs     first to last peak sample of the stretch, negative when it has none
     */
    public boolean isSprint(long durationMs, long peakMs) {
        boolean longEnough = strictlyLonger ? durationMs > minDurationMs : durationMs >= minDurationMs;
        return longEnough && peakMs >= minPeakMs;
    }
}
