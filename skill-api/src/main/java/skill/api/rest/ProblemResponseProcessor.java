package skill.api.rest;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import skill.core.codec.Json;

import java.util.stream.Collectors;

/**
 * Renders every error Micronaut produces (unknown route, conversion failure, our HttpStatusExceptions,
 * unexpected failures) as RFC 9457 application/problem+json. Replaces Micronaut's default processor,
 * which would answer browsers with HTML. The type is about:blank, so the title is the status phrase.
 */
@Singleton
public class ProblemResponseProcessor implements ErrorResponseProcessor<byte[]> {
    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public MutableHttpResponse<byte[]> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return response.contentType(PROBLEM_JSON).body(null);
        }
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail(context, status),
                context.getRequest().getPath());
        return response.contentType(PROBLEM_JSON).body(Json.write(problem));
    }

    /** Server errors keep their causes to the log: a detail must not leak internals. */
    private static String detail(ErrorContext context, HttpStatus status) {
        if (status.getCode() >= 500 || !context.hasErrors()) {
            return status.getReason();
        }
        return context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
    }
}
