package skill.bench;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Samples, once a second, the heap in use right after the latest garbage collection (what survives,
 * not what merely awaits collection) next to a progress count, without forcing a collection.
 */
final class HeapSampler implements AutoCloseable {
    record Sample(double seconds, long progress, long heapAfterGcBytes) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-sampler");
        t.setDaemon(true);
        return t;
    });
    private final long startedAt = System.nanoTime();

    HeapSampler(LongSupplier progress) {
        timer.scheduleAtFixedRate(() -> {
            long heap = heapAfterLatestGc();
            synchronized (samples) {
                samples.add(new Sample((System.nanoTime() - startedAt) / 1e9, progress.getAsLong(), heap));
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    /** The heap after the most recent collection of any collector, or the current use before the first. */
    static long heapAfterLatestGc() {
        GcInfo latest = null;
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof GarbageCollectorMXBean gc && gc.getLastGcInfo() != null
                    && (latest == null || gc.getLastGcInfo().getEndTime() > latest.getEndTime())) {
                latest = gc.getLastGcInfo();
            }
        }
        if (latest == null) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        return latest.getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("CodeHeap")
                        && !e.getKey().contains("Compressed Class Space"))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
