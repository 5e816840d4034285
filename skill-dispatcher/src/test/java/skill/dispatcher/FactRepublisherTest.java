package skill.dispatcher;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;
import skill.runtime.KafkaConnection;
import skill.testsupport.DatabaseCoordinates;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stored fact goes out again at its highest version, keyed by season, on a real PostgreSQL and broker. */
class FactRepublisherTest {
    private static HikariDataSource dataSource;

    @BeforeAll
    static void migrate() {
        DatabaseCoordinates db = TestInfrastructure.newDatabase("republish");
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void republishesTheHighestVersionOfEveryStoredFactKeyedByCompetitionAndSeason() throws Exception {
        var shot = Facts.shot("P1", 0.3, "GOAL");
        MatchFact deleted = Facts.shot("P2", 0.1, "SAVED").with("deleted", true).with("version", 2).fact();
        MatchFact otherSeason = Facts.shot("P3", 0.2, "GOAL").with("season", "2024-25").with("competition", "BL2").fact();
        new FactStore(dataSource).store(List.of(at(shot.fact(), 1), at(shot.with("version", 3).fact(), 2),
                at(deleted, 3), at(otherSeason, 4)));
        String topic = KafkaTestSupport.uniquePrefix("republish") + "match-fact-updates";
        KafkaTestSupport.createTopics(3, topic);

        long published = FactRepublisher.republish(dataSource,
                KafkaConnection.of(TestInfrastructure.kafkaBootstrapServers()), topic, "BL1");

        assertThat(published).isEqualTo(3);
        var records = KafkaTestSupport.awaitRecords(topic, read -> read.size() >= 3, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> r.key() + " " + version(r.value()))
                .containsExactlyInAnyOrder("BL1|" + Facts.SEASON + " 3", "BL1|" + Facts.SEASON + " 2 deleted",
                        "BL2|2024-25 1");
    }

    private static String version(String json) {
        MatchFact f = FactCodec.read(json.getBytes(StandardCharsets.UTF_8)).fact();
        return f.version() + (f.deleted() ? " deleted" : "");
    }

    private static IncomingFact at(MatchFact fact, long offset) {
        return new IncomingFact(fact, "match-facts", 0, offset, 0);
    }
}
