package skill.api.rest;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import skill.api.readmodel.RenderedJson;

import java.util.Arrays;

/**
 * Answers with a rendered body and its strong ETag, or 304 to a matching If-None-Match. Rankings
 * change live, hence no-cache: clients and shared caches always revalidate, which costs a 304.
 */
final class JsonResponses {
    static final String CACHE_CONTROL = "no-cache";

    private JsonResponses() {
    }

    static MutableHttpResponse<byte[]> ok(HttpRequest<?> request, Object body) {
        return ok(request, RenderedJson.of(body));
    }

    static MutableHttpResponse<byte[]> ok(HttpRequest<?> request, RenderedJson rendered) {
        MutableHttpResponse<byte[]> response = matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), rendered.etag())
                ? HttpResponse.notModified()
                : HttpResponse.ok(rendered.bytes()).contentType(MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, rendered.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix still matches; * matches anything. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
