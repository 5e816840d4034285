package skill.api.rest;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The competition and season a request names (contract §5), bound from the query by Micronaut
 * ({@code @RequestBean}); {@link Competitions#of} checks them and fills in the defaults.
 */
@Introspected
record SeasonQuery(
        @Parameter(description = ApiParams.COMPETITION_DESCRIPTION, schema = @Schema(pattern = ApiParams.COMPETITION_PATTERN))
        @Nullable @QueryValue String competition,
        @Parameter(description = "YYYY-YY; defaults to the competition's latest season")
        @Nullable @QueryValue String season) {
}
