package skill.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AsyncAPI document of the topics, {@code docs/asyncapi.yaml}, as a check of real messages: a record's
 * key and value against the schemas of the message its topic's channel carries. The document is the one
 * source: the schemas are read from it where it declares them ({@code payload}, {@code bindings.kafka.key}),
 * JSON Schema draft-07 as AsyncAPI's default schema format is.
 */
public final class ContractSchemas {
    private static final String DOCUMENT = "docs/asyncapi.yaml";
    /** Where the registry finds the document: its $refs (#/components/...) resolve within it. */
    private static final String IRI = "https://skill.invalid/asyncapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ContractSchemas loaded;
    private final JsonNode doc;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ContractSchemas(JsonNode doc) {
        this.doc = doc;
        String json = doc.toString();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(IRI, json)));
    }

    /** The project's document, read once per JVM. */
    public static synchronized ContractSchemas load() {
        if (loaded == null) {
            loaded = new ContractSchemas(read(find()));
        }
        return loaded;
    }

    /** The document in the project root, found from the working directory (a module's, or the root itself). */
    private static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DOCUMENT))) {
                return dir.resolve(DOCUMENT);
            }
        }
        throw new IllegalStateException("No " + DOCUMENT + " in " + Path.of("").toAbsolutePath() + " or above");
    }

    private static JsonNode read(Path file) {
        try {
            return new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as read, e.g. for its examples. */
    public JsonNode document() {
        return doc;
    }

    /**
     * What is wrong with a record on the topic (its default name), key and value: empty when it keeps the
     * contract. A null value is a tombstone, which only a compacted topic may carry.
     */
    public List<String> errors(String topic, String key, byte[] value) {
        String message = messageOf(topic);
        List<String> errors = new ArrayList<>();
        errors.addAll(prefixed("key", validate(message + "/bindings/kafka/key", key == null ? null : new TextNode(key))));
        if (value == null) {
            if (!compacted(topic)) {
                errors.add("value: null, but " + topic + " is not compacted");
            }
        } else {
            try {
                errors.addAll(prefixed("value", payloadErrors(message, JSON.readTree(value))));
            } catch (IOException e) {
                errors.add("value: not JSON: " + e.getMessage());
            }
        }
        return errors;
    }

    /** What is wrong with a value of the message (a JSON pointer such as #/components/messages/Ranking). */
    public List<String> payloadErrors(String message, JsonNode value) {
        return validate(message + "/payload", value);
    }

    /** The JSON pointer of the message the topic's channel carries (each carries one, by $ref). */
    public String messageOf(String topic) {
        JsonNode messages = channel(topic).path("messages");
        if (messages.size() != 1) {
            throw new IllegalStateException("Channel " + topic + " carries " + messages.size() + " messages, not one");
        }
        return messages.elements().next().path("$ref").asText();
    }

    private boolean compacted(String topic) {
        for (JsonNode policy : channel(topic).path("bindings").path("kafka").path("topicConfiguration").path("cleanup.policy")) {
            if (policy.asText().equals("compact")) {
                return true;
            }
        }
        return false;
    }

    private JsonNode channel(String topic) {
        for (JsonNode channel : doc.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        throw new IllegalArgumentException("No channel has the address " + topic);
    }

    private List<String> validate(String pointer, JsonNode node) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(IRI + p)));
        return schema.validate(node == null ? JSON.nullNode() : node).stream()
                .map(e -> (e.getInstanceLocation().getNameCount() == 0 ? "" : " " + e.getInstanceLocation()) + ": "
                        + e.getMessage()).toList();
    }

    private static List<String> prefixed(String what, List<String> errors) {
        return errors.stream().map(e -> what + e).toList();
    }
}
