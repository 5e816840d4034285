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

    /** Writes stage two's messages as JSON; retracted standings as a tombstone for compaction. */
    static Serde<Object> outputWriter() {
        Deserializer<Object> unused = (topic, bytes) -> {
            throw new UnsupportedOperationException("write-only serde");
        };
        return Serdes.serdeFrom((topic, value) -> {
            Object body = value instanceof StandingsAsOf asOf ? asOf.standings() : value;
            return body == null ? null : Json.write(body);
        }, unused);
    }

    /**
     * A fact in contract form, as the dispatcher publishes it and stage one stores it (the very bytes:
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
