package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.sprints.DflPositions;
import skill.importer.dfl.DflImporter;
import skill.importer.statsbomb.StatsBombImporter;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Imports provider data as contract facts and publishes them to match-facts, match by match; DFL
 * position files in the folder go to match-positions as contract frames, in time order.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Publish provider data to match-facts as contract facts, and DFL positions to match-positions "
                + "as frames (see docs/importers.md).")
class ImportCommand implements Callable<Integer> {

    enum Format { dfl, statsbomb }

    @Parameters(index = "0", description = "dfl (a folder with one match's matchinformation and events XML, "
            + "and optionally its positions XML: *positional*.xml or *positions*.xml) or "
            + "statsbomb (an open-data folder with matches, lineups and events)")
    Format format;

    @Parameters(index = "1", description = "The folder to import.")
    Path folder;

    @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS or ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = Topics.MATCH_FACTS, description = "Topic (default ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--positions-topic", defaultValue = Topics.MATCH_POSITIONS,
            description = "Topic of DFL position frames (default ${DEFAULT-VALUE}).")
    String positionsTopic;

    @Override
    public Integer call() throws IOException, XMLStreamException {
        List<List<MatchFact>> matches = format == Format.dfl ? List.of(new DflImporter().read(folder))
                : List.copyOf(new StatsBombImporter().readAll(folder).values());
        try (FactPublisher publisher = new FactPublisher(bootstrapServers, topic)) {
            matches.forEach(match -> match.forEach(publisher::publish));
            System.out.printf("Published %d facts of %d match(es) to %s.%n", publisher.sent(), matches.size(), topic);
        }
        if (format == Format.dfl) {
            publishPositions(matches.get(0).get(0));
        }
        return 0;
    }

    /** The folder's DFL position files as contract frames of the facts' match, merged across files. */
    private void publishPositions(MatchFact match) throws IOException, XMLStreamException {
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".xml") && (name.contains("positional") || name.contains("positions"));
            }).sorted().toList();
        }
        if (files.isEmpty()) {
            System.out.printf("No DFL position files in %s; no frames published.%n", folder);
            return;
        }
        List<PositionFrame> frames = DflPositions.read(files, match.season(), match.matchday());
        frames.stream().map(PositionFrame::matchId).filter(id -> !match.matchId().equals(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("Position files of match " + id + " next to the facts of " + match.matchId());
        });
        try (FactPublisher publisher = new FactPublisher(bootstrapServers, positionsTopic)) {
            frames.stream().sorted(Comparator.comparing(PositionFrame::t))
                    .forEach(frame -> publisher.send(frame.matchId(), Json.write(frame)));
            System.out.printf("Published %d frames from %d position file(s) to %s.%n", publisher.sent(), files.size(),
                    positionsTopic);
        }
    }
}
