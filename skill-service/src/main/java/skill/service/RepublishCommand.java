package skill.service;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.model.MatchFact;
import skill.dispatcher.FactRepublisher;
import skill.runtime.SecretFiles;
import skill.runtime.TopicProvisioner;

import java.util.List;
import java.util.concurrent.Callable;

/** The upgrade path when the key of match-fact-updates changes: re-key the update events from PostgreSQL. */
@Command(name = "republish", mixinStandardHelpOptions = true, description = {
        "Publish every fact stored in PostgreSQL to match-fact-updates again, keyed as the dispatcher keys them.",
        "Stop the dispatchers and calculators first; with --recreate-topic the topic is emptied before, and the "
                + "calculators must then be rebuilt (skill rebuild). The password is read from $JDBC_PASSWORD or the file $JDBC_PASSWORD_FILE names."})
public class RepublishCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--jdbc-url", defaultValue = "${env:JDBC_URL}", required = true,
            description = "The dispatcher's database (default: $JDBC_URL).")
    String jdbcUrl;

    @Option(names = "--jdbc-username", defaultValue = "${env:JDBC_USERNAME:-skill}",
            description = "Database user (default: $JDBC_USERNAME or ${DEFAULT-VALUE}).")
    String username;

    @Option(names = "--recreate-topic", description = "Delete and create match-fact-updates first, so only the "
            + "re-keyed events remain.")
    boolean recreate;

    @Mixin
    TopicLayoutOptions layout = new TopicLayoutOptions();

    @Option(names = "--default-competition", defaultValue = "${env:SKILL_DEFAULT_COMPETITION:-" + MatchFact.DEFAULT_COMPETITION
            + "}", description = "The competition of stored facts that name none (default: $SKILL_DEFAULT_COMPETITION or ${DEFAULT-VALUE}).")
    String defaultCompetition;

    @Override
    public Integer call() throws Exception {
        Topics topics = Topics.fromConfig(key -> System.getenv(ConfigKeys.environmentVariable(key)));
        if (recreate) {
            try (Admin admin = Admin.create(kafka.connection().config())) {
                TopicProvisioner.delete(admin, List.of(topics.matchFactUpdates()));
            }
            TopicProvisioner.create(kafka.connection(), topics, layout.partitions, layout.replicas);
        }
        try (HikariDataSource db = new HikariDataSource()) {
            db.setJdbcUrl(jdbcUrl);
            db.setUsername(username);
            db.setPassword(SecretFiles.environment().get("JDBC_PASSWORD"));
            long published = FactRepublisher.republish(db, kafka.connection(), topics.matchFactUpdates(),
                    defaultCompetition);
            System.out.printf("Published %d stored facts to %s.%n", published, topics.matchFactUpdates());
        }
        return 0;
    }
}
