package skill.cli;

import org.junit.jupiter.api.Test;
import skill.core.model.MatchFact;
import skill.importer.synthetic.SeasonGenerator;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/** Pacing by match time: two divisions interleaved play at once, so they replay in the time of one. */
class PacerTest {
    private static final double SPEED = 20_000;

    @Test
    void twoDivisionsOnTheSameWeekendReplayInTheTimeOfOne() throws InterruptedException {
        double one = paced(new SeasonGenerator(8, 1).facts().toList());
        double two = paced(new SeasonGenerator(8, 1, SeasonGenerator.DEFAULT_SEASON, List.of("BL1", "BL2"))
                .facts().toList());
        // Five kick-off slots of about 100 minutes of play each, pauses over a minute counted as one.
        assertThat(one).isBetween(5 * 95 * 60 / SPEED, 5 * 110 * 60 / SPEED);
        assertThat(two).isCloseTo(one, withinPercentage(20));
    }

    /** Seconds a paced replay of {@code facts} takes. */
    private static double paced(List<MatchFact> facts) throws InterruptedException {
        Pacer pacer = new Pacer(SPEED);
        long started = System.nanoTime();
        for (MatchFact f : facts) {
            pacer.await(f.occurredAt());
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
