package skill.api.rest;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI description of a live stream's refusals by {@link LiveStreams}, once for both streams. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "429", description = "the client has as many open streams as allowed",
        headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")),
        content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "this instance has as many open streams as it serves",
        headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")),
        content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@interface StreamRefusals {
}
