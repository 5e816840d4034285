package skill.core.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tracking frame (contract §2): the usual shape straight from the bytes ({@link FastFrameReader}),
 * anything else with Jackson's streaming parser (a frame arrives 25 times a second per match, and
 * binding it field by field is several times cheaper than data binding). Reads what
 * {@code Json.read(bytes, PositionFrame.class)} reads (unknown fields ignored, nulls kept null), except
 * that {@code competition} must be a string (as in facts, where {@code 5} is no competition), and
 * writes what it reads.
 */
public final class FrameCodec {
    private static final JsonFactory FACTORY = Json.mapper().getFactory();

    private FrameCodec() {
    }

    /** The frame as contract JSON (what {@link #read} reads back); absent speeds and ball flags are left out. */
    public static byte[] write(PositionFrame frame) {
        return Json.write(frame);
    }

    /** The frame, or null for a JSON null; throws IllegalArgumentException saying what is not a frame. */
    public static PositionFrame read(byte[] json) {
        return read(json, null);
    }

    /** As {@link #read(byte[])}; ids equal to {@code previous}'s (may be null) come back as its very strings. */
    public static PositionFrame read(byte[] json, PositionFrame previous) {
        PositionFrame usual = FastFrameReader.read(json, previous);
        return usual != null ? usual : readWithJackson(json);
    }

    static PositionFrame readWithJackson(byte[] json) {
        try (JsonParser in = FACTORY.createParser(json)) {
            in.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER.mappedFeature());
            JsonToken first = in.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(in, first, JsonToken.START_OBJECT, "a frame");
            String matchId = null;
            String competition = null;
            String season = null;
            int matchday = 0;
            int period = 0;
            long frame = 0;
            Instant t = null;
            List<TrackedObject> objects = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                switch (field) {
                    case "matchId" -> matchId = text(in, value);
                    case "competition" -> competition = string(in, value, field);
                    case "season" -> season = text(in, value);
                    case "matchday" -> matchday = value == JsonToken.VALUE_NULL ? 0 : in.getIntValue();
                    case "period" -> period = value == JsonToken.VALUE_NULL ? 0 : in.getIntValue();
                    case "frame" -> frame = value == JsonToken.VALUE_NULL ? 0 : in.getLongValue();
                    case "t" -> t = value == JsonToken.VALUE_NULL ? null : instant(in.getText());
                    case "objects" -> objects = value == JsonToken.VALUE_NULL ? null : objects(in, value);
                    default -> in.skipChildren();
                }
            }
            return new PositionFrame(matchId, competition, season, matchday, period, frame, t, objects);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static List<TrackedObject> objects(JsonParser in, JsonToken start) throws IOException {
        expect(in, start, JsonToken.START_ARRAY, "objects as an array");
        List<TrackedObject> objects = new ArrayList<>(24);
        for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
            expect(in, token, JsonToken.START_OBJECT, "an object in objects");
            ObjectFields o = new ObjectFields();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                boolean isNull = value == JsonToken.VALUE_NULL;
                switch (field) {
                    case "playerId" -> o.playerId = text(in, value);
                    case "teamId" -> o.teamId = text(in, value);
                    case "x" -> o.x = isNull ? 0 : in.getValueAsDouble();
                    case "y" -> o.y = isNull ? 0 : in.getValueAsDouble();
                    case "speed" -> o.speed = isNull ? null : in.getValueAsDouble();
                    case "ball" -> o.ball = isNull ? null : in.getValueAsBoolean();
                    default -> in.skipChildren();
                }
            }
            objects.add(o.build());
        }
        return objects;
    }

    private static String text(JsonParser in, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : in.getText();
    }

    /** A string or null, nothing else: unlike {@link #text}, a number or literal is not taken for its text. */
    private static String string(JsonParser in, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
            throw new IllegalArgumentException(field + " must be a string, found " + value + " at " + in.currentLocation());
        }
        return text(in, value);
    }

    private static void expect(JsonParser in, JsonToken token, JsonToken expected, String what) {
        if (token != expected) {
            throw new IllegalArgumentException("expected " + what + ", found " + token + " at " + in.currentLocation());
        }
    }

    /** Any ISO offset time ({@link IsoTime}), or an instant. */
    static Instant instant(String text) {
        try {
            return IsoTime.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.parse(text);
        }
    }
}
