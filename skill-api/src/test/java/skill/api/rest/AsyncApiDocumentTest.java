package skill.api.rest;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import skill.core.Topics;
import skill.testsupport.ContractSchemas;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document of the topics, served beside the OpenAPI document, is docs/asyncapi.yaml and names every topic. */
class AsyncApiDocumentTest {

    @Test
    void servesTheDocumentOfEveryTopic() throws Exception {
        ContractSchemas schemas = ContractSchemas.load();
        try (ApiServer api = ApiServer.start("api-asyncapi")) {
            var response = api.get("/swagger/asyncapi.yaml");
            assertThat(response.code()).isEqualTo(200);
            var served = new YAMLMapper().readTree(response.getBody(String.class).orElseThrow());
            assertThat(served).isEqualTo(schemas.document());
            assertThat(served.path("asyncapi").asText()).isEqualTo("3.0.0");
        }
        for (String topic : Topics.defaults().config().values()) {
            assertThat(schemas.messageOf(topic)).as(topic).startsWith("#/components/messages/");
        }
    }
}
