package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import skill.core.Topics;
import skill.service.KafkaOptions;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Publishes a season to match-facts (and its tracking frames to match-positions) in match-time order, several
 * matches interleaved like a real matchday.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish facts to match-facts in match-time order, the matches of a matchday interleaved; "
                + "with tracking, their frames to match-positions interleaved with the facts by time.",
                "Shows a progress bar with rate and ETA on a terminal, a log line every 10 s otherwise."})
class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<source>", description = {
            ReplaySource.GENERATED_SPEC + ": a synthetic season (see generate season); tracking=true adds the "
                    + "matches' tracking frames at hz (default 25; ~146,000 frames per match at 25 Hz);",
            "an NDJSON file of facts (.ndjson, .ndjson.gz), e.g. written by generate season;",
            "a DFL folder (one match, or a folder of match folders) or a StatsBomb open-data folder."})
    String source;

    @Option(names = "--frames", paramLabel = "FILE", description = "An NDJSON file of tracking frames (.ndjson, "
            + ".ndjson.gz), e.g. written by generate season --tracking, published to --positions-topic interleaved "
            + "with the facts by time.")
    Path frames;

    @Option(names = "--speed", defaultValue = "0", paramLabel = "N",
            description = "×N real time by match time (pauses over a minute count as one); 0 = as fast as possible "
                    + "(default).")
    double speed;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--topic", defaultValue = Topics.MATCH_FACTS, description = "Topic (default ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--positions-topic", defaultValue = Topics.MATCH_POSITIONS,
            description = "Topic of the tracking frames (default ${DEFAULT-VALUE}).")
    String positionsTopic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ReplaySource replay = ReplaySource.open(source, frames);
        out.printf("Replaying %s to %s%s%s.%n", replay.description(), topic,
                replay.withFrames() ? " and " + positionsTopic : "",
                speed > 0 ? " at ×" + speed + " real time" : " as fast as possible");
        out.flush();
        long started = System.nanoTime();
        Set<String> matches = new HashSet<>();
        try (Stream<Replayed> messages = replay.messages();
             FactPublisher facts = new FactPublisher(kafka.connection(), topic);
             FactPublisher positions = replay.withFrames() ? FactPublisher.forFrames(kafka.connection(), positionsTopic)
                     : null;
             ReplayProgress progress = ReplayProgress.of(replay.expected(), out)) {
            Pacer pacer = new Pacer(speed);
            for (Iterator<Replayed> it = messages.iterator(); it.hasNext(); ) {
                Replayed message = it.next();
                pacer.await(message.at());
                if (message.isFrame()) {
                    positions.publish(message.frame());
                } else {
                    facts.publish(message.fact());
                    matches.add(message.matchId());
                }
                progress.sent(message);
            }
            facts.flush();
            long sent = facts.sent();
            String framesSent = "";
            if (positions != null) {
                positions.flush();
                sent += positions.sent();
                framesSent = String.format(" and %,d frames to %s", positions.sent(), positionsTopic);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("Replayed %,d facts of %d matches to %s%s in %.1f s (%,.0f messages/s).%n", facts.sent(),
                    matches.size(), topic, framesSent, seconds, sent / Math.max(seconds, 1e-3));
        }
        return Summary.skipped(replay.problems(), out);
    }
}
