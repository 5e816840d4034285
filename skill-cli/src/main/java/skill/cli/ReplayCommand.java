package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import skill.core.Topics;
import skill.core.model.MatchFact;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Publishes a season to match-facts in match-time order, several matches interleaved like a real matchday. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish facts to match-facts in match-time order, the matches of a matchday interleaved.",
                "Shows a progress bar with rate and ETA on a terminal, a log line every 10 s otherwise."})
class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<source>", description = {
            "generated:seed=N[,matchdays=K][,season=YYYY-YY]: a synthetic season (see generate season);",
            "an NDJSON file of facts (.ndjson, .ndjson.gz), e.g. written by generate season;",
            "a DFL folder (one match, or a folder of match folders) or a StatsBomb open-data folder."})
    String source;

    @Option(names = "--speed", defaultValue = "0", paramLabel = "N",
            description = "×N real time by match time (pauses over a minute count as one); 0 = as fast as possible "
                    + "(default).")
    double speed;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--topic", defaultValue = Topics.MATCH_FACTS, description = "Topic (default ${DEFAULT-VALUE}).")
    String topic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ReplaySource replay = ReplaySource.open(source);
        out.printf("Replaying %s to %s%s.%n", replay.description(), topic,
                speed > 0 ? " at ×" + speed + " real time" : " as fast as possible");
        out.flush();
        long started = System.nanoTime();
        Set<String> matches = new HashSet<>();
        try (Stream<MatchFact> facts = replay.facts();
             FactPublisher publisher = new FactPublisher(kafka.connection(), topic);
             ReplayProgress progress = ReplayProgress.of(replay.expected(), out)) {
            Pacer pacer = new Pacer(speed);
            for (Iterator<MatchFact> it = facts.iterator(); it.hasNext(); ) {
                MatchFact fact = it.next();
                pacer.await(fact.occurredAt());
                publisher.publish(fact);
                matches.add(fact.matchId());
                progress.sent(fact);
            }
            publisher.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("Replayed %,d facts of %d matches to %s in %.1f s (%,.0f facts/s).%n", publisher.sent(),
                    matches.size(), topic, seconds, publisher.sent() / Math.max(seconds, 1e-3));
        }
        return Summary.skipped(replay.problems(), out);
    }
}
