package skill.api.rest;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.context.ServerContextPathProvider;
import io.micronaut.web.router.resource.StaticResourceConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import skill.core.ConfigKeys;

import java.util.List;

/**
 * The files the API serves besides JSON, all from its own jar so that nothing comes from a CDN:
 * the dashboard at /, the generated OpenAPI document under /swagger and Swagger UI under /swagger-ui.
 * Declared here rather than in application.yml so every process that runs the API serves them.
 */
@Factory
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
class StaticFiles {
    /** Must match the org.webjars:swagger-ui dependency of skill-api/pom.xml. */
    static final String SWAGGER_UI_VERSION = "5.34.1";

    @Singleton
    @Named("dashboard")
    StaticResourceConfiguration dashboard(ResourceResolver resolver, ServerContextPathProvider contextPath) {
        return files(resolver, contextPath, "/**", "classpath:dashboard");
    }

    @Singleton
    @Named("openapi")
    StaticResourceConfiguration openApi(ResourceResolver resolver, ServerContextPathProvider contextPath) {
        return files(resolver, contextPath, "/swagger/**", "classpath:META-INF/swagger");
    }

    /** Our swagger-initializer.js (pointing at our document) comes first, the rest from the webjar. */
    @Singleton
    @Named("swagger-ui")
    StaticResourceConfiguration swaggerUi(ResourceResolver resolver, ServerContextPathProvider contextPath) {
        return files(resolver, contextPath, "/swagger-ui/**", "classpath:swagger-ui",
                "classpath:META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI_VERSION);
    }

    private static StaticResourceConfiguration files(ResourceResolver resolver, ServerContextPathProvider contextPath,
                                                     String mapping, String... paths) {
        StaticResourceConfiguration files = new StaticResourceConfiguration(resolver, contextPath);
        files.setMapping(mapping);
        files.setPaths(List.of(paths));
        return files;
    }
}
