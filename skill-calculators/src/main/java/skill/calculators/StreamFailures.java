package skill.calculators;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Kafka Streams app of this service does when a stream thread fails: an exception replaces
 * the thread (exactly-once: it resumes from the last commit); a JVM error (out of memory) shuts the
 * app down instead, since other threads of it, such as the state restorer, may have died too and a
 * replaced thread would wait for them forever. Its state then turns to ERROR, `/health` to DOWN, and
 * the orchestrator restarts the process.
 */
final class StreamFailures implements StreamsUncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(StreamFailures.class);
    private final String app;

    StreamFailures(String app) {
        this.app = app;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError) {
                LOG.error("{} failed with a JVM error; shutting it down so that /health turns DOWN", app, failure);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
        }
        LOG.error("{} failed; replacing its stream thread", app, failure);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
