package skill.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling until a benchmark step is done: a bench waits on the system it measures, with a deadline. */
final class Waits {
    private Waits() {
    }

    static void until(BooleanSupplier done, String what, Duration timeout, long pollMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up waiting for " + what + " after " + timeout);
            }
            Thread.sleep(pollMs);
        }
    }
}
