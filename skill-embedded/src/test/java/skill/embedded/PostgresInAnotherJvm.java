package skill.embedded;

import java.nio.file.Path;

/** A JVM that runs a PostgreSQL server on the data directory given until it is killed, for tests that kill it. */
public final class PostgresInAnotherJvm {
    static final String STARTED = "postgres started";
    // Referenced for the JVM's lifetime: a collected server would close its watchdog's pipe.
    private static EmbeddedPostgresServer server;

    private PostgresInAnotherJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        server = EmbeddedPostgresServer.start(0, Path.of(args[0]));
        server.createDatabase("kept");
        System.out.println(STARTED);
        Thread.currentThread().join();
    }
}
