package skill.api.readmodel;

import skill.core.codec.Json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** A JSON body serialised once, with its strong ETag: the hash of exactly the bytes sent. */
public record RenderedJson(byte[] bytes, String etag) {

    public static RenderedJson of(Object body) {
        byte[] bytes = Json.write(body);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new RenderedJson(bytes,
                    '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
