package skill.service;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.runtime.TopicProvisioner;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/** Operators' view of the topics, and their creation by the one-shot initialiser. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Create or look at Skill's topics.",
        subcommands = {TopicsCommand.Create.class, TopicsCommand.Tail.class})
public final class TopicsCommand {

    /**
     * The one-shot topic initialiser of docker-compose and the Kubernetes Job: creates the missing topics
     * (rankings and standings compacted) from the same environment the services read, then exits.
     */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create the missing topics of the system (names from SKILL_TOPICS_*), then exit.")
    static class Create implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka = new KafkaOptions();

        @Mixin
        TopicLayoutOptions layout = new TopicLayoutOptions();

        /** Where topic names come from: the environment, as the services read it. */
        UnaryOperator<String> config = key -> System.getenv(ConfigKeys.environmentVariable(key));

        @Override
        public Integer call() throws Exception {
            Topics topics = Topics.fromConfig(config);
            List<String> created = TopicProvisioner.create(kafka.connection(), topics, layout.partitions, layout.replicas);
            System.out.printf("Created %d missing topic(s) on %s: %s%n", created.size(), kafka.bootstrapServers, created);
            return 0;
        }
    }

    @Command(name = "tail", mixinStandardHelpOptions = true, description = {
            "Print a topic's messages as they come: rankings and badge events pretty-printed, others as raw JSON.",
            "Runs until --max messages, the end (--to-end) or Ctrl-C."})
    static class Tail implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<topic>", description = "e.g. skill-rankings, skill-badge-events.")
        String topic;

        @Option(names = "--from-beginning", description = "Start with the oldest retained message, not the next one.")
        boolean fromBeginning;

        @Option(names = "--max", defaultValue = "" + Long.MAX_VALUE, paramLabel = "N",
                description = "Stop after N messages.")
        long max;

        @Option(names = "--to-end", description = "Stop at the end of what the topic holds now (with --from-beginning: "
                + "print the current state and exit).")
        boolean toEnd;

        @Mixin
        KafkaOptions kafka = new KafkaOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TopicReader.read(kafka.connection(), topic, fromBeginning, toEnd, max, r -> {
                out.println(Pretty.message(r.key(), r.value()));
                out.flush();
            });
            return 0;
        }
    }
}
