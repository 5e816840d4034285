package skill.calculators;

import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

class StreamFailuresTest {
    private final StreamFailures failures = new StreamFailures("test app");

    @Test
    void anExceptionReplacesTheThread() {
        assertThat(failures.handle(new StreamsException(new IllegalStateException("bad record")))).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void runningOutOfMemoryShutsTheAppDownHoweverWrapped() {
        assertThat(failures.handle(new OutOfMemoryError("Java heap space"))).isEqualTo(SHUTDOWN_CLIENT);
        assertThat(failures.handle(new StreamsException(new OutOfMemoryError("Java heap space")))).isEqualTo(SHUTDOWN_CLIENT);
    }
}
