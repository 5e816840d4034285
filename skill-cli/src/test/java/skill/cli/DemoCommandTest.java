package skill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.core.codec.Json;
import skill.core.skills.Skill;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The one-command run: its own embedded broker and database, the demo season, rankings over REST. */
class DemoCommandTest {

    @Test
    void theDemoShowsEverySkillsRankingOverRest() throws Exception {
        EmbeddedOptions options = new EmbeddedOptions();
        new CommandLine(options).parseArgs("--kafka-port", "0", "--api-port", "0", "--management-port", "0");
        DemoCommand demo = new DemoCommand();
        try (EmbeddedSystem system = EmbeddedSystem.start(options)) {
            demo.afterStart(system);
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (Skill skill : Skill.values()) {
                    URI rankings = URI.create(system.apiUrl() + "/api/v1/rankings/" + skill.path());
                    HttpResponse<String> response = HttpClient.newHttpClient()
                            .send(HttpRequest.newBuilder(rankings).build(), HttpResponse.BodyHandlers.ofString());
                    JsonNode body = Json.mapper().readTree(response.body());
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(body.get("season").asText()).isEqualTo("2023-24");
                    assertThat(body.get("asOfMatchday").asInt()).as(skill.path()).isEqualTo(6);
                    assertThat(body.get("entries")).as(skill.path()).hasSize(10);
                    assertThat(body.get("entries").get(0).get("score").asDouble()).as(skill.path()).isBetween(0.5, 1.0);
                }
            });
        }
    }

    @Test
    void helpListsTheCommands() {
        var out = new java.io.StringWriter();
        int exit = new CommandLine(new SkillCli()).setOut(new java.io.PrintWriter(out)).execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("run", "demo", "service", "rebuild");
    }
}
