package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.sprints.DflPositions;
import skill.importer.ImportProblems;
import skill.service.KafkaOptions;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Imports provider data as contract facts and publishes them to match-facts, match by match. A match
 * that cannot be read is reported with its file and position and skipped; the others are published.
 * DFL position files in a match's folder go to match-positions as contract frames, in time order.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Publish provider data to match-facts as contract facts (see docs/importers.md).",
                "Unreadable matches are skipped and listed at the end (exit code 1)."})
class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "dfl (a folder with one match's matchinformation and events XML and "
            + "optionally its positions XML: *positional*.xml or *positions*.xml; or a folder of such folders) or "
            + "statsbomb (an open-data folder with matches, lineups and events)")
    ReplaySource.Provider format;

    @Parameters(index = "1", description = "The folder to import.")
    Path folder;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--topic", defaultValue = Topics.MATCH_FACTS, description = "Topic (default ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--positions-topic", defaultValue = Topics.MATCH_POSITIONS,
            description = "Topic of DFL position frames (default ${DEFAULT-VALUE}).")
    String positionsTopic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, XMLStreamException {
        PrintWriter out = spec.commandLine().getOut();
        ImportProblems problems = new ImportProblems();
        Map<String, List<MatchFact>> matches = ReplaySource.read(format, folder, problems);
        try (FactPublisher publisher = new FactPublisher(kafka.connection(), topic)) {
            matches.values().forEach(match -> match.forEach(publisher::publish));
            publisher.flush();
            out.printf("Published %d facts of %d match(es) to %s.%n", publisher.sent(), matches.size(), topic);
        }
        if (format == ReplaySource.Provider.dfl && matches.size() == 1) {
            publishPositions(matches.values().iterator().next().get(0), out);
        }
        return Summary.skipped(problems, out);
    }

    /** The folder's DFL position files as contract frames of the facts' match, merged across files. */
    private void publishPositions(MatchFact match, PrintWriter out) throws IOException, XMLStreamException {
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".xml") && (name.contains("positional") || name.contains("positions"));
            }).sorted().toList();
        }
        if (files.isEmpty()) {
            out.printf("No DFL position files in %s; no frames published.%n", folder);
            return;
        }
        List<PositionFrame> frames = DflPositions.read(files, match.competition(), match.season(), match.matchday());
        frames.stream().map(PositionFrame::matchId).filter(id -> !match.matchId().equals(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("Position files of match " + id + " next to the facts of " + match.matchId());
        });
        try (FactPublisher publisher = new FactPublisher(kafka.connection(), positionsTopic)) {
            frames.stream().sorted(Comparator.comparing(PositionFrame::t))
                    .forEach(frame -> publisher.send(frame.matchId(), Json.write(frame)));
            out.printf("Published %d frames from %d position file(s) to %s.%n", publisher.sent(), files.size(),
                    positionsTopic);
        }
    }
}

