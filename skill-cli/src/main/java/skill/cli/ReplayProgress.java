package skill.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import skill.core.model.MatchFact;

import java.io.PrintWriter;
import java.time.Duration;

/** Progress of a replay: a bar with rate and ETA on a terminal, a plain log line every ten seconds otherwise. */
interface ReplayProgress extends AutoCloseable {

    void sent(MatchFact fact);

    @Override
    void close();

    /** @param expected facts to come (may be an estimate), or -1 when unknown */
    static ReplayProgress of(long expected, PrintWriter log) {
        return System.console() != null ? new Bar(expected) : new LogLines(expected, log);
    }

    final class Bar implements ReplayProgress {
        private final ProgressBar bar;
        private int matchday;

        Bar(long expected) {
            bar = new ProgressBarBuilder().setTaskName("Replay").setInitialMax(expected)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" facts", 1).showSpeed().build();
        }

        @Override
        public void sent(MatchFact fact) {
            bar.step();
            if (bar.getCurrent() > bar.getMax() && bar.getMax() > 0) {
                bar.maxHint(bar.getCurrent() + bar.getCurrent() / 100);
            }
            if (fact.matchday() != matchday) {
                matchday = fact.matchday();
                bar.setExtraMessage("matchday " + matchday);
            }
        }

        @Override
        public void close() {
            bar.maxHint(bar.getCurrent());
            bar.close();
        }
    }

    final class LogLines implements ReplayProgress {
        private static final long EVERY_NANOS = Duration.ofSeconds(10).toNanos();
        private final long expected;
        private final PrintWriter log;
        private final long start = System.nanoTime();
        private long last = start;
        private long sent;

        LogLines(long expected, PrintWriter log) {
            this.expected = expected;
            this.log = log;
        }

        @Override
        public void sent(MatchFact fact) {
            sent++;
            long now = System.nanoTime();
            if (now - last >= EVERY_NANOS) {
                last = now;
                double rate = sent * 1e9 / (now - start);
                log.printf("Replay: %,d%s facts, matchday %d, %,.0f facts/s%n", sent,
                        expected > 0 ? String.format(" of ~%,d", expected) : "", fact.matchday(), rate);
                log.flush();
            }
        }

        @Override
        public void close() {
            log.flush();
        }
    }
}
