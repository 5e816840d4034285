package skill.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The pipeline benchmark's tables, in Markdown, ready for docs/benchmarks.md. */
record PipelineReport(PrintWriter out, int matchdays, int competitions, String jvmOptions, int partitions,
                      int calculatorsInstances) {

    void print(String started, double loadBefore, double loadAfter, PipelineBench.LimitsResult limits,
               List<PipelineBench.Backfill> backfills, List<PipelineBench.Live> lives) {
        out.printf("%n## Pipeline benchmark, %s%n%n", started);
        out.printf("Machine: %d cores, %s %s, Java %s; load average %.2f before, %.2f after. Season: %s%d matchdays, "
                        + "%,d facts, %.1f MB of JSON. Topics of %d partitions. Services: separate JVMs with %s%s.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), loadBefore, loadAfter,
                competitions == 1 ? "" : competitions + " competitions (" + String.join(", ",
                        SeasonLoad.competitionCodes(competitions)) + ") at once, ", matchdays, limits.facts(),
                HeapSampler.mb(limits.bytes()), partitions, jvmOptions,
                calculatorsInstances == 1 ? "" : "; " + calculatorsInstances + " calculators instances");

        out.println("### 1. Limits (the season's own bytes and rows)\n");
        out.println("| what | seconds | facts/s | MB/s |");
        out.println("|---|---:|---:|---:|");
        limitRow("Kafka produce, acks=all, " + partitions + " partitions", limits.produce(), limits);
        limitRow("Kafka consume, read_committed", limits.consume(), limits);
        limitRow("PostgreSQL upsert, JDBC batches of " + Limits.BATCH + " (one transaction each)", limits.upsert(), limits);
        limitRow("PostgreSQL COPY, " + Limits.BATCH + " rows per COPY", limits.copy(), limits);
        double upsertRate = limits.facts() / limits.upsert();

        out.println("\n### 2, 4, 5. Backfill, growth and footprint (first publish → every skill's final standings)\n");
        out.println("| competitions | seasons | facts | publish (s) | end to end (s) | facts/s | / upsert limit "
                + "| each competition-season done at (s) | CPU µs/fact dispatcher · calculators · api "
                + "| skills stream thread µs/fact | cores busy dispatcher · calculators · skills thread · api "
                + "| peak RSS MB dispatcher · calculators · api | state store MB | database MB (match_fact) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|---|---:|---:|");
        for (PipelineBench.Backfill b : backfills) {
            out.printf("| %d | %d | %,d | %.1f | %.1f | %,.0f | %.2f | %s | %s | %.0f | %s | %s | %.0f | %.0f (%.0f) |%n",
                    b.competitions(), b.seasons(), b.facts(), b.publish(), b.total(), b.facts() / b.total(),
                    b.facts() / b.total() / upsertRate, done(b.groupDone()),
                    join(b.cpu(), v -> String.format("%.0f", v * 1e6 / b.facts())),
                    b.skillsThreadCpu() * 1e6 / b.facts(),
                    String.format("%.2f · %.2f · %.2f · %.2f", b.cpu().get("dispatcher") / b.total(),
                            b.cpu().get("calculators") / b.total(), b.skillsThreadCpu() / b.total(),
                            b.cpu().get("api") / b.total()),
                    join(b.peakRss(), v -> String.format("%.0f", HeapSampler.mb(v))),
                    HeapSampler.mb(b.stateBytes()), HeapSampler.mb(b.dbBytes()[0]), HeapSampler.mb(b.dbBytes()[1]));
        }
        PipelineBench.Backfill first = backfills.get(0);
        if (first.competitions() == 1) {
            out.printf("%nTargets (1 season): %,.0f facts/s end to end (target ≥ 15,000), %.1f s (≤ 30 s), "
                            + "%.2f of the upsert limit (≥ 0.25).%n", first.facts() / first.total(), first.total(),
                    first.facts() / first.total() / upsertRate);
        } else {
            out.println();
        }
        for (PipelineBench.Backfill b : backfills) {
            int groups = b.competitions() * b.seasons();
            out.printf("%d competition%s × %d season%s: %d competition-seasons (one task each) on %d of %d partitions of "
                            + "match-fact-updates, at most %d on one; %d calculators instance%s (a stream thread per core each).%n",
                    b.competitions(), b.competitions() == 1 ? "" : "s", b.seasons(), b.seasons() == 1 ? "" : "s",
                    groups, b.partitionsUsed()[0], b.partitions(), b.partitionsUsed()[1],
                    b.calculatorsInstances(), b.calculatorsInstances() == 1 ? "" : "s");
        }
        for (PipelineBench.Backfill b : backfills.subList(1, backfills.size())) {
            double facts = (double) b.facts() / first.facts();
            out.printf("Growth %d×: time ×%.2f for ×%.2f the facts; peak RSS ×%s.%n", b.seasons(),
                    b.total() / first.total(), facts,
                    b.peakRss().keySet().stream().map(k -> String.format("%.2f", (double) b.peakRss().get(k)
                            / Math.max(1, first.peakRss().get(k)))).collect(Collectors.joining(" · ")));
        }

        lives.forEach(this::live);
        out.flush();
    }

    private void live(PipelineBench.Live live) {
        out.printf("%n### 3. Live latency at ×%.0f (matchday 1%s, %d matches, %.0f match minutes, facts + 25 Hz frames)%n%n",
                live.speed(), competitions == 1 ? "" : " of " + competitions + " competitions", 9 * competitions,
                live.minutes());
        out.println("| what (one sample per fact unless said) | samples | p50 (ms) | p99 (ms) | max (ms) |");
        out.println("|---|---:|---:|---:|---:|");
        msRow("**replayed fact published → its ranking readable** (read_committed skill-standings)",
                live.replayedToRankingMs());
        msRow("**sprint detected → sprinter ranking readable**", live.detectedToRankingMs());
        msRow("replayed fact published → update event readable (the dispatcher's hop)", live.replayedToUpdateMs());
        msRow("sprint detected → update event readable (the detector's commit, then the dispatcher)",
                live.detectedToUpdateMs());
        msRow("standings message stamped → readable (per message: the calculators' commit)", live.visibilityMs());
        out.printf("%nTargets: fact → ranking p50 ≤ 50 ms, p99 ≤ 250 ms; sprint → ranking p99 ≤ 1,500 ms. "
                        + "%,d facts replayed; %,d facts whose ranking changed no number, so published nothing (no sample). "
                        + "Peak RSS MB: %s.%n", live.facts(), live.unchanged(),
                join(live.peakRss(), x -> String.format("%s", Math.round(HeapSampler.mb(x)))));
        long events = live.replayedToUpdateMs().size() + live.detectedToUpdateMs().size();
        out.printf("CPU over the replay and until quiet (%.0f s; %,d update events: %,d replayed facts, %,d the detector's; "
                        + "%,d frames): per update event dispatcher %.0f µs, skills stream thread %.0f µs; per frame "
                        + "sprint detector thread %.0f µs, calculators process (both apps) %.0f µs; cores busy "
                        + "dispatcher · calculators · api %s.%n", live.seconds(), events,
                live.replayedToUpdateMs().size(), live.detectedToUpdateMs().size(), live.frames(),
                live.cpu().get("dispatcher") * 1e6 / Math.max(1, events), live.skillsThreadCpu() * 1e6 / Math.max(1, events),
                live.detectorThreadCpu() * 1e6 / Math.max(1, live.frames()),
                live.cpu().get("calculators") * 1e6 / Math.max(1, live.frames()),
                join(live.cpu(), v -> String.format("%.2f", v / live.seconds())));
    }

    /** Every time for up to four competition-seasons, else the first and the last. */
    private static String done(List<Double> seconds) {
        if (seconds.size() <= 4) {
            return seconds.stream().map(d -> String.format("%.1f", d)).collect(Collectors.joining(", "));
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        return String.format("%.1f – %.1f", sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private void msRow(String what, List<Long> ms) {
        out.printf("| %s | %,d | %.0f | %.0f | %.0f |%n", what, ms.size(), LiveReplay.percentile(ms, 0.5),
                LiveReplay.percentile(ms, 0.99), LiveReplay.percentile(ms, 1));
    }

    private void limitRow(String what, double seconds, PipelineBench.LimitsResult limits) {
        out.printf("| %s | %.2f | %,.0f | %.1f |%n", what, seconds, limits.facts() / seconds,
                HeapSampler.mb(limits.bytes()) / seconds);
    }

    private static <V> String join(Map<String, V> byService, java.util.function.Function<V, String> format) {
        return byService.values().stream().map(format).collect(Collectors.joining(" · "));
    }
}
