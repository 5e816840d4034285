package skill.dispatcher;

import io.micronaut.context.ApplicationContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.runtime.DeadLetters;
import skill.testsupport.KafkaTestSupport;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.dispatcher.DispatcherUnderTest.header;

/** The dispatcher on a real broker and a real database, through its Micronaut wiring. */
class DispatcherIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Topics topics;
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        topics = DispatcherUnderTest.topics("dispatcher");
        context = DispatcherUnderTest.start(topics);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void storesTheHighestVersionOnceAndRepublishesOnlyRealChanges() throws Exception {
        Fact shot = Facts.shot("P1", 0.3, "GOAL");
        Fact other = Facts.shot("P2", 0.2, "SAVED").without("competition"); // the deployment's default
        Fact deleted = Facts.shot("P3", 0.1, "WIDE");
        Fact last = Facts.shot("P4", 0.05, "BLOCKED");
        send(shot);
        send(shot);                                            // duplicate
        send(other.with("version", 2));
        send(other.with("version", 1));                        // stale
        send(shot.with("version", 2).with("xGoals", 0.45));    // correction of xGoals
        sendRaw("{\"factId\": \"broken\"");                    // not JSON
        send(deleted);
        send(Facts.envelope("SHOT").with("factId", deleted.json().get("factId").asText())
                .with("version", 2).with("deleted", true));    // deletion, envelope only
        sendRaw(Facts.shot("P5", 1.7, "GOAL").json().toString()); // out of range
        send(last);

        List<ConsumerRecord<String, String>> updates = KafkaTestSupport.awaitRecords(topics.matchFactUpdates(),
                read -> read.stream().anyMatch(r -> r.value().contains("\"P4\"")), WAIT);
        assertThat(updates).extracting(r -> FactCodec.read(bytes(r.value())).fact())
                .extracting(f -> f.factId() + "@" + f.version() + (f.deleted() ? " deleted" : ""))
                .containsExactly(id(shot) + "@1", id(other) + "@2", id(shot) + "@2", id(deleted) + "@1",
                        id(deleted) + "@2 deleted", id(last) + "@1");
        // Facts naming no competition are in the default one (BL1), and keyed by competition and season,
        // so one calculator task ranks a whole competition's season.
        assertThat(updates).allMatch(r -> r.key().equals("BL1|" + Facts.SEASON));
        assertThat(updates).allMatch(r -> "BL1".equals(FactCodec.read(bytes(r.value())).fact().competition()));
        assertThat(updates).anyMatch(r -> r.value().contains("\"P2\"") && r.value().contains("\"competition\":\"BL1\""));
        // Each update event keeps the publish time of the fact it carries, for fact-to-ranking latency.
        Map<String, Long> published = new HashMap<>();
        KafkaTestSupport.awaitRecords(topics.matchFacts(), read -> read.size() >= 10, WAIT)
                .forEach(r -> published.putIfAbsent(versionOf(r), r.timestamp()));
        assertThat(updates).allSatisfy(u -> assertThat(u.timestamp()).isEqualTo(published.get(versionOf(u))));

        List<ConsumerRecord<String, String>> dead = KafkaTestSupport.awaitRecords(topics.matchFactsDlq(),
                read -> read.size() >= 2, WAIT);
        assertThat(dead).extracting(r -> header(r, DeadLetters.REASON))
                .satisfiesExactly(reason -> assertThat(reason).startsWith("not JSON"),
                        reason -> assertThat(reason).isEqualTo("xGoals must be in [0, 1], was 1.7"));
        assertThat(dead.get(0).value()).isEqualTo("{\"factId\": \"broken\"");
        assertThat(header(dead.get(0), DeadLetters.SOURCE_TOPIC)).isEqualTo(topics.matchFacts());
        assertThat(header(dead.get(0), DeadLetters.SOURCE_OFFSET)).isEqualTo("5");

        assertThat(rows()).containsExactlyInAnyOrder(
                id(shot) + " v2 deleted=false xGoals=0.45",
                id(other) + " v2 deleted=false xGoals=0.2",
                id(deleted) + " v2 deleted=true xGoals=null",
                id(last) + " v1 deleted=false xGoals=0.05");
    }

    private List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = context.getBean(DataSource.class).getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT fact_id, version, deleted, payload->>'xGoals' FROM match_fact ORDER BY source_offset")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " v" + rs.getInt(2) + " deleted=" + rs.getBoolean(3)
                        + " xGoals=" + rs.getString(4));
            }
        }
        return rows;
    }

    private static void send(Fact fact) {
        KafkaTestSupport.produce(topics.matchFacts(), Facts.MATCH_ID, fact.bytes());
    }

    private static void sendRaw(String value) {
        KafkaTestSupport.produce(topics.matchFacts(), Facts.MATCH_ID, value);
    }

    private static String versionOf(ConsumerRecord<String, String> r) {
        var parse = FactCodec.read(bytes(r.value()));
        return parse.isValid() ? parse.fact().factId() + "@" + parse.fact().version() : "invalid@" + r.offset();
    }

    private static String id(Fact fact) {
        return fact.json().get("factId").asText();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
