package skill.importer.statsbomb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import skill.importer.MalformedInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reading StatsBomb JSON, whose references are {"id": …, "name": …} objects. */
final class SbJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SbJson() {
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new MalformedInputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read StatsBomb JSON " + file, e);
        }
    }

    /** {@code node.field.id} as text, or null where absent. */
    static String id(JsonNode node, String field) {
        JsonNode id = node.path(field).path("id");
        return id.isMissingNode() || id.isNull() ? null : id.asText();
    }

    /** {@code node.field.name}, or null where absent. */
    static String name(JsonNode node, String field) {
        JsonNode name = node.path(field).path("name");
        return name.isMissingNode() || name.isNull() ? null : name.asText();
    }

    static String type(JsonNode event) {
        return name(event, "type");
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isInt() ? v.asInt() : null;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
