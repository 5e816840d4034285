package skill.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** An RFC 9457 problem: every error of the API is one, as application/problem+json. */
@Schema(description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance) {
}
