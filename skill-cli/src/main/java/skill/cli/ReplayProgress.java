package skill.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a replay, facts and frames counted: a bar with rate and ETA on a terminal, a plain log line
 * every ten seconds otherwise.
 */
interface ReplayProgress extends AutoCloseable {

    void sent(Replayed message);

    @Override
    void close();

    /** @param expected messages to come (may be an estimate), or -1 when unknown */
    static ReplayProgress of(long expected, PrintWriter log) {
        return System.console() != null ? new Bar(expected) : new LogLines(expected, log);
    }

    /** What has been sent so far, by kind. */
    final class Counts {
        long facts;
        long frames;
        int matchday;

        void add(Replayed message) {
            if (message.isFrame()) {
                frames++;
            } else {
                facts++;
            }
            matchday = message.matchday();
        }

        long messages() {
            return facts + frames;
        }

        @Override
        public String toString() {
            return String.format("matchday %d, %,d facts%s", matchday, facts,
                    frames > 0 ? String.format(", %,d frames", frames) : "");
        }
    }

    final class Bar implements ReplayProgress {
        private final ProgressBar bar;
        private final Counts counts = new Counts();

        Bar(long expected) {
            bar = new ProgressBarBuilder().setTaskName("Replay").setInitialMax(expected)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" msgs", 1).showSpeed().build();
        }

        @Override
        public void sent(Replayed message) {
            int matchday = counts.matchday;
            counts.add(message);
            bar.step();
            if (bar.getCurrent() > bar.getMax() && bar.getMax() > 0) {
                bar.maxHint(bar.getCurrent() + bar.getCurrent() / 100);
            }
            if (counts.messages() % 1000 == 1 || counts.matchday != matchday) {
                bar.setExtraMessage(counts.toString());
            }
        }

        @Override
        public void close() {
            bar.setExtraMessage(counts.toString());
            bar.maxHint(bar.getCurrent());
            bar.close();
        }
    }

    final class LogLines implements ReplayProgress {
        private static final long EVERY_NANOS = Duration.ofSeconds(10).toNanos();
        private final long expected;
        private final PrintWriter log;
        private final long start = System.nanoTime();
        private final Counts counts = new Counts();
        private long last = start;

        LogLines(long expected, PrintWriter log) {
            this.expected = expected;
            this.log = log;
        }

        @Override
        public void sent(Replayed message) {
            counts.add(message);
            long now = System.nanoTime();
            if (now - last >= EVERY_NANOS) {
                last = now;
                double rate = counts.messages() * 1e9 / (now - start);
                log.printf("Replay: %,d%s messages (%s), %,.0f messages/s%n", counts.messages(),
                        expected > 0 ? String.format(" of ~%,d", expected) : "", counts, rate);
                log.flush();
            }
        }

        @Override
        public void close() {
            log.flush();
        }
    }
}
