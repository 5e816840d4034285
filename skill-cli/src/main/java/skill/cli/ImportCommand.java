package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skill.core.Topics;
import skill.core.model.MatchFact;
import skill.importer.dfl.DflImporter;
import skill.importer.statsbomb.StatsBombImporter;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Imports provider data as contract facts and publishes them to match-facts, match by match. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Publish provider data to match-facts as contract facts (see docs/importers.md).")
class ImportCommand implements Callable<Integer> {

    enum Format { dfl, statsbomb }

    @Parameters(index = "0", description = "dfl (a folder with one match's matchinformation and events XML) or "
            + "statsbomb (an open-data folder with matches, lineups and events)")
    Format format;

    @Parameters(index = "1", description = "The folder to import.")
    Path folder;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--topic", defaultValue = Topics.MATCH_FACTS, description = "Topic (default ${DEFAULT-VALUE}).")
    String topic;

    @Override
    public Integer call() {
        List<List<MatchFact>> matches = format == Format.dfl ? List.of(new DflImporter().read(folder))
                : List.copyOf(new StatsBombImporter().readAll(folder).values());
        try (FactPublisher publisher = new FactPublisher(kafka.connection(), topic)) {
            matches.forEach(match -> match.forEach(publisher::publish));
            System.out.printf("Published %d facts of %d match(es) to %s.%n", publisher.sent(), matches.size(), topic);
        }
        return 0;
    }
}
