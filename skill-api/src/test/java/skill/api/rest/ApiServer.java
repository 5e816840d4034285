package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.awaitility.Awaitility;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.skills.RankingKey;
import skill.core.standings.Standings;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The API alone (dispatcher and calculators off) on a random port, reading its own prefixed topics. */
final class ApiServer implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    final Topics topics;
    final EmbeddedServer server;
    private final HttpClient client;

    private ApiServer(Topics topics, EmbeddedServer server) {
        this.topics = topics;
        this.server = server;
        this.client = HttpClient.create(server.getURL());
    }

    static ApiServer start(String hint) {
        return start(hint, Map.of());
    }

    /** @param settings added to (or overriding) the defaults below */
    static ApiServer start(String hint, Map<String, Object> settings) {
        Topics topics = Topics.defaults().withPrefix(KafkaTestSupport.uniquePrefix(hint));
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        props.put(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, TestInfrastructure.kafkaBootstrapServers());
        props.put(ConfigKeys.DISPATCHER_ENABLED, false);
        props.put(ConfigKeys.CALCULATORS_ENABLED, false);
        props.put(ConfigKeys.TOPIC_MATCH_FACTS, topics.matchFacts());
        props.put(ConfigKeys.TOPIC_MATCH_FACTS_DLQ, topics.matchFactsDlq());
        props.put(ConfigKeys.TOPIC_MATCH_FACT_UPDATES, topics.matchFactUpdates());
        props.put(ConfigKeys.TOPIC_MATCH_POSITIONS, topics.matchPositions());
        props.put(ConfigKeys.TOPIC_SKILL_RANKINGS, topics.skillRankings());
        props.put(ConfigKeys.TOPIC_SKILL_BADGE_EVENTS, topics.skillBadgeEvents());
        props.put(ConfigKeys.TOPIC_SKILL_STANDINGS, topics.skillStandings());
        props.put(ConfigKeys.TOPIC_SKILL_STANDINGS_BY_MATCHDAY, topics.skillStandingsByMatchday());
        props.putAll(settings);
        return new ApiServer(topics, ApplicationContext.run(EmbeddedServer.class, props));
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    void publish(Standings standings) {
        publish(standings.skill().rankingKey(standings.competition(), standings.season()), Json.write(standings));
    }

    void publishAsOf(Standings standings) {
        KafkaTestSupport.produce(topics.skillStandingsByMatchday(), RankingKey.current(standings.competition(),
                standings.season(), standings.skill()).asOf(standings.asOfMatchday()).key(), Json.write(standings));
    }

    void publish(String key, byte[] value) {
        KafkaTestSupport.produce(topics.skillStandings(), key, value);
    }

    HttpResponse<String> get(String uri) {
        return send(HttpRequest.GET(uri));
    }

    /** Any status, errors included, as a response to assert on. */
    HttpResponse<String> send(MutableHttpRequest<?> request) {
        BlockingHttpClient blocking = client.toBlocking();
        try {
            return blocking.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    /** Polls GET uri until the JSON body satisfies {@code until}; the feed applies messages asynchronously. */
    JsonNode await(String uri, Predicate<JsonNode> until) {
        return Awaitility.await("GET " + uri).atMost(TIMEOUT).pollInterval(POLL).until(() -> {
            HttpResponse<String> response = get(uri);
            return response.code() == 200 ? json(response) : null;
        }, body -> body != null && until.test(body));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.getBody(String.class).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.getApplicationContext().close();
    }
}
