package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Operators' view of the topics. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Look at Skill's topics.",
        subcommands = TopicsCommand.Tail.class)
class TopicsCommand {

    @Command(name = "tail", mixinStandardHelpOptions = true, description = {
            "Print a topic's messages as they come: rankings and badge events pretty-printed, others as raw JSON.",
            "Runs until --max messages or Ctrl-C."})
    static class Tail implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<topic>", description = "e.g. skill-rankings, skill-badge-events.")
        String topic;

        @Option(names = "--from-beginning", description = "Start with the oldest retained message, not the next one.")
        boolean fromBeginning;

        @Option(names = "--max", defaultValue = "" + Long.MAX_VALUE, paramLabel = "N",
                description = "Stop after N messages.")
        long max;

        @Mixin
        BrokerOptions broker = new BrokerOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TopicReader.read(broker.bootstrapServers, topic, fromBeginning, false, max, r -> {
                out.println(Pretty.message(r.key(), r.value()));
                out.flush();
            });
            return 0;
        }
    }
}
