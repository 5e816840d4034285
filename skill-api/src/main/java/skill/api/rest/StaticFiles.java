package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.context.ServerContextPathProvider;
import io.micronaut.web.router.resource.StaticResourceConfiguration;
import jakarta.inject.Singleton;
import skill.core.ConfigKeys;

import java.util.List;

/**
 * The files the API serves besides JSON, all from its own jar so that nothing comes from a CDN:
 * the dashboard at /, the generated OpenAPI document and the topics' AsyncAPI document (docs/asyncapi.yaml,
 * packed by the pom) under /swagger, and Swagger UI under /swagger-ui.
 * Beans rather than micronaut.router.static-resources keys, so every process that runs the API serves
 * them; subclasses, because a factory method's bean would inherit the configuration's @EachProperty.
 */
final class StaticFiles {
    /** Must match the org.webjars:swagger-ui dependency of skill-api/pom.xml. */
    static final String SWAGGER_UI_VERSION = "5.34.1";

    private StaticFiles() {
    }

    private static void configure(StaticResourceConfiguration files, String mapping, String... paths) {
        files.setMapping(mapping);
        files.setPaths(List.of(paths));
    }

    @Singleton
    @Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
    static class Dashboard extends StaticResourceConfiguration {
        Dashboard(ResourceResolver resolver, ServerContextPathProvider contextPath) {
            super(resolver, contextPath);
            configure(this, "/**", "classpath:dashboard");
        }
    }

    @Singleton
    @Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
    static class OpenApi extends StaticResourceConfiguration {
        OpenApi(ResourceResolver resolver, ServerContextPathProvider contextPath) {
            super(resolver, contextPath);
            configure(this, "/swagger/**", "classpath:META-INF/swagger");
        }
    }

    /** Our swagger-initializer.js (pointing at our document) comes first, the rest from the webjar. */
    @Singleton
    @Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
    static class SwaggerUi extends StaticResourceConfiguration {
        SwaggerUi(ResourceResolver resolver, ServerContextPathProvider contextPath) {
            super(resolver, contextPath);
            configure(this, "/swagger-ui/**", "classpath:swagger-ui",
                    "classpath:META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI_VERSION);
        }
    }
}
