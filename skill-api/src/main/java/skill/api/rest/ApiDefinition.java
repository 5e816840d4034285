package skill.api.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The OpenAPI document's header. micronaut-openapi generates the document from the controllers at
 * compile time into META-INF/swagger/skill-api-v1.yml; {@link StaticFiles} serves it and Swagger UI.
 */
@OpenAPIDefinition(info = @Info(title = "Skill API", version = "v1",
        description = "Football player skill rankings (initiator, finisher, sprinter, ball winner) in real time. "
                + "Errors are RFC 9457 application/problem+json; 200 responses carry a strong ETag."))
final class ApiDefinition {
    private ApiDefinition() {
    }
}
