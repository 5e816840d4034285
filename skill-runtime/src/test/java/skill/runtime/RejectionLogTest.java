package skill.runtime;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionLogTest {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final AtomicLong nanos = new AtomicLong();
    private final RejectionLog rejections;

    RejectionLogTest() {
        Logger logger = (Logger) LoggerFactory.getLogger("RejectionLogTest-" + System.nanoTime());
        logger.addAppender(appender);
        appender.start();
        rejections = new RejectionLog(logger, Duration.ofSeconds(10), nanos::get);
    }

    @Test
    void atMostOneWarningPerIntervalWithTheCountOfThoseLeftOut() {
        rejections.rejected("match-facts", 0, 1, "first");
        for (int i = 2; i <= 100; i++) {
            nanos.addAndGet(Duration.ofMillis(50).toNanos());
            rejections.rejected("match-facts", 0, i, "reason " + i);
        }
        assertThat(messages()).containsExactly("Rejected match-facts-0@1 to the dead-letter topic: first");

        nanos.set(Duration.ofSeconds(10).toNanos());
        rejections.rejected("match-facts", 1, 101, "later");
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        rejections.rejected("match-facts", 1, 102, "much later");

        assertThat(messages()).containsExactly(
                "Rejected match-facts-0@1 to the dead-letter topic: first",
                "Rejected match-facts-1@101 to the dead-letter topic: later (and 99 more since the last warning, not logged)",
                "Rejected match-facts-1@102 to the dead-letter topic: much later");
    }

    @Test
    void theReasonCannotForgeALogLine() {
        rejections.rejected("match-facts", 0, 7, "factId 'x\n12:00:00 INFO all good\u001b[2J'");

        assertThat(messages()).containsExactly(
                "Rejected match-facts-0@7 to the dead-letter topic: factId 'x\\n12:00:00 INFO all good\\u001b[2J'");
    }

    private List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
