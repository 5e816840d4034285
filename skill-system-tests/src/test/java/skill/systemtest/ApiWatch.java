package skill.systemtest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks the API for every ranking twice a second on a thread of its own, as users do while operators
 * work beside it, and keeps every answer that was not the expected one.
 */
final class ApiWatch implements AutoCloseable {
    private final AtomicInteger polls = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    private ApiWatch(ServiceProcess api, String season, List<String> competitions, Map<String, String> expected) {
        poller.scheduleWithFixedDelay(() -> {
            try {
                FinalState.rest(api, season, competitions).forEach((path, answer) -> {
                    if (!answer.equals(expected.get(path))) {
                        unexpected.add(path + " answered " + (answer.length() > 200 ? answer.substring(0, 200) + "…" : answer));
                    }
                });
            } catch (Exception e) {
                unexpected.add("no answer: " + e);
            }
            polls.incrementAndGet();
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** @param expected each ranking's answer (status code and body) by path, as {@link FinalState#rest} reads them */
    static ApiWatch start(ServiceProcess api, String season, List<String> competitions, Map<String, String> expected) {
        return new ApiWatch(api, season, competitions, expected);
    }

    int polls() {
        return polls.get();
    }

    List<String> unexpected() {
        return unexpected;
    }

    @Override
    public void close() throws InterruptedException {
        poller.shutdown(); // lets a poll under way finish, which an interrupt would count as unanswered
        poller.awaitTermination(1, TimeUnit.MINUTES);
    }
}
