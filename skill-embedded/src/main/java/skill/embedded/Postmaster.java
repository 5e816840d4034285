package skill.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server process of a data directory. zonky starts postgres through {@code pg_ctl},
 * which detaches it: the server is no child of this JVM and outlives it when the JVM is killed
 * (SIGKILL, the OOM killer), holding the data directory so that no new server can start there.
 * Hence two measures: a {@link #watchdog} beside each server stops it when its JVM dies, and a start
 * first {@linkplain #stopLeftOver stops} a server left running in its data directory (the
 * watchdog's shutdown may still be under way, or the watchdog was killed too).
 */
final class Postmaster {
    private static final Logger LOG = LoggerFactory.getLogger(Postmaster.class);
    // Written by postgres while it runs; its first line is the postmaster's PID.
    private static final String PID_FILE = "postmaster.pid";
    // zonky's lock on the data directory, held by the JVM that runs the server for as long as it lives.
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private Postmaster() {
    }

    /** The server that postmaster.pid names, if it runs and is a postgres of this data directory. */
    static Optional<ProcessHandle> of(Path dataDir) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve(PID_FILE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(p -> serves(p, dataDir));
    }

    /**
     * Stops the server that a killed JVM left running in this data directory, waiting for it at most
     * {@code timeout}. A server whose JVM still lives (it holds zonky's lock) is another run's: refused.
     */
    static void stopLeftOver(Path dataDir, Duration timeout) throws IOException {
        Optional<ProcessHandle> server = of(dataDir);
        if (server.isEmpty()) {
            return;
        }
        long pid = server.get().pid();
        if (lockedByALiveProcess(dataDir)) {
            throw new IllegalStateException("another running process uses the data directory (its PostgreSQL"
                    + " server has PID " + pid + "); stop that process first or use another data directory");
        }
        LOG.warn("PostgreSQL (PID {}) is still running in {}, left by a process that was killed; "
                + "stopping it and waiting up to {} s", pid, dataDir, timeout.toSeconds());
        // SIGTERM, a smart shutdown: its clients died with the killed process, so it stops at once.
        server.get().destroy();
        try {
            server.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Left-over PostgreSQL (PID {}) stopped", pid);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL server (PID " + pid + ") left running in the data"
                    + " directory by a killed process did not stop within " + timeout.toSeconds()
                    + " s; stop it (kill -INT " + pid + ") and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for PostgreSQL (PID " + pid + ") to stop", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for PostgreSQL (PID " + pid + ") to stop", e.getCause());
        }
    }

    /**
     * Starts a process that stops the server (SIGINT, PostgreSQL's fast shutdown) once this JVM is gone,
     * however it ends: a shell reading its standard input, whose other end only this JVM holds, so the
     * kernel closes it when the JVM dies. The returned process must stay referenced while the server
     * runs (collecting it would close that pipe) and be destroyed before the server is stopped in order.
     */
    static Process watchdog(ProcessHandle server) throws IOException {
        return new ProcessBuilder("sh", "-c", "read -r _; kill -INT " + server.pid())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** A PID is reused once its process died: only a postgres started with {@code -D} on this directory counts. */
    private static boolean serves(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
        List<String> args = info.arguments().map(List::of).orElse(List.of());
        int option = args.indexOf("-D");
        return postgres && option >= 0 && option + 1 < args.size() && sameFile(Path.of(args.get(option + 1)), dataDir);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean lockedByALiveProcess(Path dataDir) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDir.resolve(ZONKY_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM runs a server there
        }
    }
}
