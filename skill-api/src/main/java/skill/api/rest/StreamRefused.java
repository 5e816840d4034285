package skill.api.rest;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.time.Duration;

/** A live stream beyond a cap ({@link LiveStreams}): 429 or 503, a problem like every error, with Retry-After. */
final class StreamRefused extends RuntimeException {
    private final HttpStatus status;
    private final Duration retryAfter;

    StreamRefused(HttpStatus status, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    @Singleton
    @Produces
    static class Handler implements ExceptionHandler<StreamRefused, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> problems;

        Handler(ErrorResponseProcessor<?> problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, StreamRefused e) {
            long seconds = Math.max(1, (e.retryAfter.toMillis() + 999) / 1000);
            MutableHttpResponse<?> response = HttpResponse.status(e.status)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return problems.processResponse(ErrorContext.builder(request).cause(e).errorMessage(e.getMessage()).build(),
                    response);
        }
    }
}
