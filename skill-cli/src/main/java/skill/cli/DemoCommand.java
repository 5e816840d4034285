package skill.cli;

import picocli.CommandLine.Command;

/** {@code run}, plus a small built-in season replayed at once so rankings appear immediately. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Like run, and replay a small built-in sample season so rankings appear at once.")
class DemoCommand extends RunCommand {

    @Override
    void afterStart(EmbeddedSystem system) throws Exception {
        var topics = system.context().getBean(skill.core.Topics.class);
        int sent = DemoSeason.publish(system.kafkaBootstrapServers(), topics.matchFacts());
        System.out.printf("Replayed %d demo facts to %s.%n", sent, topics.matchFacts());
    }
}
