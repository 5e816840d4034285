package skill.systemtest;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import skill.core.skills.Skill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a run leaves behind, fact for fact: every stored row (without the bookkeeping of which
 * message wrote it), the latest message per key of the compacted output topics, and the REST answers.
 */
record FinalState(List<String> facts, Map<String, String> rankings, Map<String, String> standings,
                  Map<String, String> byMatchday, Map<String, String> rest) {

    /** The REST answers are the rankings of every skill in each of the competitions' season. */
    static FinalState read(Infrastructure infra, Deployment d, String season, List<String> competitions) throws Exception {
        return new FinalState(facts(infra, d.database()),
                latestByKey(infra.bootstrapServers(), d.topics().skillRankings()),
                latestByKey(infra.bootstrapServers(), d.topics().skillStandings()),
                latestByKey(infra.bootstrapServers(), d.topics().skillStandingsByMatchday()),
                rest(d.api(), season, competitions));
    }

    /** Where this state differs from the other, briefly (the states are large). */
    List<String> differencesFrom(FinalState other) {
        List<String> out = new ArrayList<>();
        if (!facts.equals(other.facts)) {
            out.add("facts: " + facts.size() + " rows vs " + other.facts.size() + ", first difference "
                    + firstDifference(facts, other.facts));
        }
        compare("skill-rankings", rankings, other.rankings, out);
        compare("skill-standings", standings, other.standings, out);
        compare("skill-standings-by-matchday", byMatchday, other.byMatchday, out);
        compare("REST", rest, other.rest, out);
        return out;
    }

    private static void compare(String what, Map<String, String> mine, Map<String, String> theirs, List<String> out) {
        if (!mine.keySet().equals(theirs.keySet())) {
            out.add(what + ": keys " + mine.keySet() + " vs " + theirs.keySet());
            return;
        }
        mine.forEach((key, value) -> {
            if (!Objects.equals(value, theirs.get(key))) {
                out.add(what + " " + key + ": " + abbreviate(value) + " vs " + abbreviate(theirs.get(key)));
            }
        });
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return abbreviate(a.get(i)) + " vs " + abbreviate(b.get(i));
            }
        }
        return "at row " + Math.min(a.size(), b.size());
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    private static List<String> facts(Infrastructure infra, String database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(database), infra.username(), infra.password());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT fact_id, version, deleted, payload::text FROM match_fact ORDER BY fact_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " v" + rs.getInt(2) + (rs.getBoolean(3) ? " deleted " : " ") + rs.getString(4));
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return rows; // the dispatcher has not created its schema yet
            }
            throw e;
        }
        return rows;
    }

    /** Reads a topic to its last stable offset and keeps the last committed value of every key. */
    static Map<String, String> latestByKey(String bootstrapServers, String topic) {
        Map<String, String> latest = new TreeMap<>();
        forEachRecord(bootstrapServers, topic, r -> {
            if (r.value() == null) {
                latest.remove(r.key());
            } else {
                latest.put(r.key(), r.value());
            }
        });
        return latest;
    }

    /** Every committed message of the topic, from its beginning to its last stable offset. */
    static void forEachRecord(String bootstrapServers, String topic, Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }

    /** Each ranking's status code and body, by path. */
    static Map<String, String> rest(ServiceProcess api, String season, List<String> competitions) throws Exception {
        Map<String, String> answers = new TreeMap<>();
        for (String competition : competitions) {
            for (Skill skill : Skill.values()) {
                String path = "/api/v1/rankings/" + skill.path() + "?competition=" + competition + "&season=" + season;
                var response = api.get(path);
                answers.put(path, response.statusCode() + " " + response.body());
            }
        }
        return answers;
    }
}
