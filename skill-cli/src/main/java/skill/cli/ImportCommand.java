package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import skill.core.Topics;
import skill.core.model.MatchFact;
import skill.importer.ImportProblems;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Imports provider data as contract facts and publishes them to match-facts, match by match. A match
 * that cannot be read is reported with its file and position and skipped; the others are published.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Publish provider data to match-facts as contract facts (see docs/importers.md).",
                "Unreadable matches are skipped and listed at the end (exit code 1)."})
class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "dfl (a folder with one match's matchinformation and events XML, or a "
            + "folder of such folders) or statsbomb (an open-data folder with matches, lineups and events)")
    ReplaySource.Provider format;

    @Parameters(index = "1", description = "The folder to import.")
    Path folder;

    @Mixin
    BrokerOptions broker = new BrokerOptions();

    @Option(names = "--topic", defaultValue = Topics.MATCH_FACTS, description = "Topic (default ${DEFAULT-VALUE}).")
    String topic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportProblems problems = new ImportProblems();
        Map<String, List<MatchFact>> matches = ReplaySource.read(format, folder, problems);
        try (FactPublisher publisher = new FactPublisher(broker.bootstrapServers, topic)) {
            matches.values().forEach(match -> match.forEach(publisher::publish));
            publisher.flush();
            out.printf("Published %d facts of %d match(es) to %s.%n", publisher.sent(), matches.size(), topic);
        }
        return Summary.skipped(problems, out);
    }
}
