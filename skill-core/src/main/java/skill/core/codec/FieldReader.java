package skill.core.codec;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed fields out of one JSON object and collects a precise reason for every field that
 * breaks the contract, so a rejected fact says everything that is wrong with it at once.
 */
final class FieldReader {
    /** Longer than any id or name in a real feed; bounds what one bad message can make us hold. */
    static final int MAX_TEXT_LENGTH = 256;
    /** More than a squad or a match's periods can have. */
    static final int MAX_LIST_SIZE = 100;
    private static final String NOT_TEXT = "must be a non-empty string";
    /**
     * The times PostgreSQL stores and {@code java.sql.Timestamp} converts (it overflows beyond ±292
     * million years); any real fact lies far within.
     */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    FieldReader(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    List<String> problems() {
        return problems;
    }

    FieldReader child(JsonNode child, String childPath) {
        return new FieldReader(child, childPath, problems);
    }

    String text(String field, boolean required) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        String wrong = v.isTextual() ? textProblem(v.asText()) : NOT_TEXT;
        return wrong != null ? problem(field, wrong) : v.asText();
    }

    /** What is wrong with {@code text} as the value of a text field, or null when nothing is. */
    static String textProblem(String text) {
        if (text.isBlank()) {
            return NOT_TEXT;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return "must be at most " + MAX_TEXT_LENGTH + " characters, was " + text.length();
        }
        return storable(text) ? null : "must not contain U+0000 or an unpaired surrogate";
    }

    /**
     * Whether PostgreSQL can hold the text: it refuses U+0000 and unpaired surrogates (which JSON can
     * escape, but which are no Unicode text), and a fact it refuses would fail its batch on every retry.
     */
    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    Integer integer(String field, boolean required, int min) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            return problem(field, "must be an integer");
        }
        return v.asInt() < min ? problem(field, "must be ≥ " + min + ", was " + v.asInt()) : v.asInt();
    }

    Long longValue(String field) {
        JsonNode v = value(field, false);
        if (v == null) {
            return null;
        }
        return v.isIntegralNumber() && v.canConvertToLong() ? v.asLong() : problem(field, "must be an integer");
    }

    Double probability(String field, boolean required) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            return problem(field, "must be a number in [0, 1]");
        }
        double d = v.asDouble();
        return d >= 0 && d <= 1 ? d : problem(field, "must be in [0, 1], was " + v.asText());
    }

    /** A finite number > 0 (a speed). */
    Double positive(String field, boolean required) {
        return signed(field, required, false);
    }

    /** A finite number ≥ 0 (a distance). */
    Double nonNegative(String field, boolean required) {
        return signed(field, required, true);
    }

    private Double signed(String field, boolean required, boolean zeroAllowed) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            return problem(field, "must be a number");
        }
        double d = v.asDouble();
        boolean inRange = zeroAllowed ? d >= 0 : d > 0;
        return inRange ? d : problem(field, "must be " + (zeroAllowed ? "≥ 0" : "> 0") + ", was " + v.asText());
    }

    boolean bool(String field, boolean fallback) {
        JsonNode v = value(field, false);
        if (v == null) {
            return fallback;
        }
        return v.isBoolean() ? v.asBoolean() : Boolean.TRUE.equals(problem(field, "must be true or false"));
    }

    Boolean requiredBool(String field) {
        JsonNode v = value(field, true);
        if (v == null) {
            return null;
        }
        return v.isBoolean() ? v.asBoolean() : problem(field, "must be true or false");
    }

    Instant time(String field, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        Instant time;
        try {
            time = IsoTime.parse(text);
        } catch (DateTimeParseException e) {
            return problem(field, "must be an ISO-8601 time with offset, was '" + text + "'");
        }
        return time.isBefore(EARLIEST) || time.isAfter(LATEST)
                ? problem(field, "must be in the years 0001 to 9999, was '" + text + "'") : time;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required, E fallback) {
        return enumValue(field, type, required, fallback, Set.of(type.getEnumConstants()));
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required, E fallback, Set<E> allowed) {
        String text = text(field, required);
        if (text == null) {
            return fallback;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(text) && allowed.contains(e))
                .findFirst()
                .orElseGet(() -> problem(field, "must be one of " + allowed.stream().sorted().toList()
                        + ", was '" + text + "'"));
    }

    <T> List<T> list(String field, boolean required, Function<FieldReader, T> element) {
        JsonNode v = value(field, required);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            return problem(field, "must be a list");
        }
        if (v.size() > MAX_LIST_SIZE) {
            return problem(field, "must have at most " + MAX_LIST_SIZE + " items, had " + v.size());
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String itemPath = name(field) + "[" + i + "]";
            if (!item.isObject()) {
                problems.add(itemPath + " must be an object");
                continue;
            }
            out.add(element.apply(child(item, itemPath)));
        }
        return out;
    }

    private JsonNode value(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        return v;
    }

    private <T> T problem(String field, String what) {
        problems.add(name(field) + " " + what);
        return null;
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
