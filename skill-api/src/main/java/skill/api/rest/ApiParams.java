package skill.api.rest;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import skill.api.readmodel.StandingsReadModel;
import skill.core.skills.Skill;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the request parameters; each failure becomes a problem+json 400 or 404. */
final class ApiParams {
    static final int MAX_LIMIT = 100;
    static final int MAX_MATCHDAY = 99;
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(\\d{2})");

    private ApiParams() {
    }

    static Skill skill(String path) {
        return Skill.fromPath(path).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "Unknown skill '" + path + "'; known are initiator, finisher, sprinter, ball-winner"));
    }

    /** The requested season, or the latest one known (null while nothing is known). */
    static String season(String requested, StandingsReadModel model) {
        if (requested == null) {
            return model.latestSeason().orElse(null);
        }
        Matcher m = SEASON.matcher(requested);
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw badRequest("season must be YYYY-YY of two consecutive years (e.g. 2023-24), was '" + requested + "'");
        }
        return requested;
    }

    /** Matchdays run from 1 to 34 in the Bundesliga; 99 leaves room for any league. */
    static void matchday(Integer matchday) {
        if (matchday != null && (matchday < 1 || matchday > MAX_MATCHDAY)) {
            throw badRequest("matchday must be between 1 and " + MAX_MATCHDAY + ", was " + matchday);
        }
    }

    static void page(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw badRequest("offset must be 0 or more, was " + offset);
        }
    }

    private static HttpStatusException badRequest(String detail) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
