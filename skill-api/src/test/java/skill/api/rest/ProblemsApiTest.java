package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import skill.core.skills.Skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad request is an RFC 9457 problem with the right status, never a 500. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemsApiTest {
    private ApiServer api;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-problems");
        api.publish(TestStandings.of("2023-24", Skill.FINISHER, 2, 0, 5));
        api.await("/api/v1/rankings/finisher", j -> j.get("total").asInt() == 2);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = ' ', value = {
        "/api/v1/rankings/juggler 404",
        "/api/v1/rankings/FINISHER 404",
        "/api/v1/players/NOBODY/skills 404",
        "/api/v1/players/P01/skills?season=2030-31 404",
        "/api/v1/nothing/here 404",
        "/api/v1/rankings 404",
        "/api/v1/rankings/finisher?limit=0 400",
        "/api/v1/rankings/finisher?limit=101 400",
        "/api/v1/rankings/finisher?limit=abc 400",
        "/api/v1/rankings/finisher?limit=99999999999 400",
        "/api/v1/rankings/finisher?offset=-1 400",
        "/api/v1/rankings/finisher?offset=1.5 400",
        "/api/v1/rankings/finisher?season=2023 400",
        "/api/v1/rankings/finisher?season=2023-25 400",
        "/api/v1/players/P01/skills?season=23-24 400",
        "/api/v1/rankings/finisher?competition=BL2 404",
        "/api/v1/rankings/finisher/stream?competition=BL2 404",
        "/api/v1/players/P01/skills?competition=BL2 404",
        "/api/v1/players/P01/history?competition=BL2 404",
        "/api/v1/players?query=player&competition=BL2 404",
        "/api/v1/badge-events?competition=BL2 404",
        "/api/v1/badge-events/stream?competition=BL2 404",
        "/api/v1/seasons?competition=BL2 404",
        "/api/v1/rankings/finisher?competition=BL1%7C2023-24 400",
        "/api/v1/rankings/finisher?competition=B%C3%9CL 400",
        "/api/v1/players/P01/skills?competition=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456 400",
        "/api/v1/badge-events?competition=BL%201 400",
    })
    void answersWithAProblem(String uri, int status) {
        HttpResponse<String> response = api.get(uri);
        assertProblem(response, uri, status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/rankings/finisher?limit=", "/api/v1/rankings/finisher?season=", "/api/v1/rankings/finisher?offset=",
        "/api/v1/rankings/finisher?limit=1&limit=x", "/api/v1/rankings/%E2%82%AC", "/api/v1/players/a%2Fb/skills",
        "/api/v1/players/%20/skills?season=2023-24", "/api/v1/rankings/finisher?season=%00",
        "/api/v1/rankings/finisher?competition=", "/api/v1/seasons?competition=%00"})
    void neverAnswersOddInputWithAServerError(String uri) {
        HttpResponse<String> response = api.get(uri);
        assertTrue(response.code() < 500, uri + " answered " + response.code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/rankings/finisher", "/api/v1/players/P01/skills"})
    void rejectsOtherMethods(String uri) {
        HttpResponse<String> response = api.send(HttpRequest.DELETE(uri));
        assertProblem(response, uri, 405);
    }

    private static void assertProblem(HttpResponse<String> response, String uri, int status) {
        assertEquals(status, response.code(), uri);
        assertEquals("application/problem+json", response.header(HttpHeaders.CONTENT_TYPE), uri);
        JsonNode problem = ApiServer.json(response);
        assertEquals("about:blank", problem.get("type").asText());
        assertEquals(response.getStatus().getReason(), problem.get("title").asText());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("detail").asText().isBlank());
        assertEquals(uri.replaceAll("\\?.*", ""), problem.get("instance").asText());
    }
}
