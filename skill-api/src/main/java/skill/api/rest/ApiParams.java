package skill.api.rest;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import skill.core.skills.Skill;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the request parameters; each failure becomes a problem+json 400 or 404. */
final class ApiParams {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    static final int MAX_MATCHDAY = 99;
    static final int MAX_OFFSET = 10_000;
    static final int MAX_ID_LENGTH = 100;
    static final int MIN_QUERY_LENGTH = 2;
    static final int MAX_QUERY_LENGTH = 50;
    /** Competition codes as the feeds name them: BL1, BL2, DFL-COM-000001. */
    static final String COMPETITION_PATTERN = "[A-Za-z0-9_-]{1,32}";
    static final String COMPETITION_DESCRIPTION = "e.g. BL1; defaults to the deployment's default competition";
    private static final Pattern COMPETITION = Pattern.compile(COMPETITION_PATTERN);
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(\\d{2})");

    private ApiParams() {
    }

    static Skill skill(String path) {
        return Skill.fromPath(path).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "Unknown skill '" + path + "'; known are initiator, finisher, sprinter, ball-winner"));
    }

    /** Whether a competition is known is up to {@link Competitions}; here only its form. */
    static String competition(String requested) {
        if (!COMPETITION.matcher(requested).matches()) {
            throw badRequest("competition must be 1 to 32 letters, digits, '-' or '_' (e.g. BL1)");
        }
        return requested;
    }

    static String season(String requested) {
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

    /** @return the limit, {@link #DEFAULT_LIMIT} when absent */
    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    /** @return the offset, 0 when absent */
    static int offset(Integer offset) {
        if (offset != null && (offset < 0 || offset > MAX_OFFSET)) {
            throw badRequest("offset must be between 0 and " + MAX_OFFSET + ", was " + offset);
        }
        return offset == null ? 0 : offset;
    }

    /** Ids are opaque, but not blank, not endless and without control characters. */
    static String playerId(String playerId) {
        if (playerId.isBlank() || playerId.length() > MAX_ID_LENGTH || playerId.chars().anyMatch(Character::isISOControl)) {
            throw badRequest("playerId must be 1 to " + MAX_ID_LENGTH + " printable characters");
        }
        return playerId;
    }

    /** A name search: {@value #MIN_QUERY_LENGTH} to {@value #MAX_QUERY_LENGTH} characters, matched without case or accents. */
    static String query(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.length() < MIN_QUERY_LENGTH || trimmed.length() > MAX_QUERY_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw badRequest("query must be " + MIN_QUERY_LENGTH + " to " + MAX_QUERY_LENGTH + " printable characters");
        }
        return trimmed;
    }

    private static HttpStatusException badRequest(String detail) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
