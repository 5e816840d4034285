package skill.calculators.streams;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import skill.core.codec.FactCodec;
import skill.core.codec.Json;
import skill.core.model.MatchFact;

/** Serdes over the system's one JSON configuration. */
final class JsonSerde {
    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : Json.write(value),
                (topic, bytes) -> bytes == null ? null : Json.read(bytes, type));
    }

    /** Writes a published message as its contract JSON; a null value as a tombstone for compaction. */
    static Serde<Published> outputWriter() {
        Deserializer<Published> unused = (topic, bytes) -> {
            throw new UnsupportedOperationException("write-only serde");
        };
        return Serdes.serdeFrom((topic, published) ->
                published == null || published.value() == null ? null : Json.write(published.value()), unused);
    }

    /**
     * A fact in contract form, as the dispatcher publishes it and the calculators store it (the very bytes:
     * decoded once, never encoded again); input that breaks the contract was stopped by the dispatcher.
     */
    static MatchFact fact(String where, byte[] bytes) {
        var parse = FactCodec.read(bytes);
        if (!parse.isValid()) {
            throw new IllegalStateException("Invalid fact in " + where + ": " + parse.reason());
        }
        return parse.fact();
    }
}
