package skill.service;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import skill.core.Topics;
import skill.runtime.DeadLetters;
import skill.runtime.Printable;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** The dead letters: facts the dispatcher rejected, with the reason and where they came from. */
@Command(name = "dlq", mixinStandardHelpOptions = true, description = "Look at rejected facts.",
        subcommands = DlqCommand.Show.class)
public final class DlqCommand {
    private static final int MAX_VALUE_CHARS = 300;

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "List the dead letters so far: why each fact was rejected, its source offset and its bytes.")
    static class Show implements Callable<Integer> {
        @Option(names = "--max", defaultValue = "100", paramLabel = "N",
                description = "Show at most N dead letters (default ${DEFAULT-VALUE}).")
        long max;

        @Option(names = "--topic", defaultValue = Topics.MATCH_FACTS_DLQ,
                description = "Dead-letter topic (default ${DEFAULT-VALUE}).")
        String topic;

        @Mixin
        KafkaOptions kafka = new KafkaOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            long n = TopicReader.read(kafka.connection(), topic, true, true, max, r -> out.println(format(r)));
            out.printf("%d dead letter(s) in %s.%n", n, topic);
            out.flush();
            return 0;
        }
    }

    /** Everything from the record escaped ({@link Printable}): a dead letter is hostile input by definition. */
    static String format(ConsumerRecord<String, byte[]> r) {
        String value = r.value() == null ? "null" : new String(r.value(), StandardCharsets.UTF_8);
        if (value.length() > MAX_VALUE_CHARS) {
            value = value.substring(0, MAX_VALUE_CHARS) + "…";
        }
        String cut = r.headers().lastHeader(DeadLetters.ORIGINAL_SIZE) == null ? ""
                : String.format("%n  cut:    %s bytes originally, sha256 %s", header(r, DeadLetters.ORIGINAL_SIZE),
                        header(r, DeadLetters.ORIGINAL_SHA256));
        return String.format("#%d key %s from %s/%s@%s%n  reason: %s%n  value:  %s%s", r.offset(),
                Printable.escape(r.key()), header(r, DeadLetters.SOURCE_TOPIC), header(r, DeadLetters.SOURCE_PARTITION),
                header(r, DeadLetters.SOURCE_OFFSET), header(r, DeadLetters.REASON), Printable.escape(value), cut);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "?" : Printable.escape(new String(h.value(), StandardCharsets.UTF_8));
    }
}
