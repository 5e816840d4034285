package skill.api.readmodel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The responses rendered from one immutable snapshot, so that polling it again costs a map lookup.
 * Bounded: past {@link #MAX_ENTRIES} distinct keys (odd pages) a response is rendered but not kept.
 * A snapshot is replaced as a whole on change, and its memo with it: nothing to invalidate.
 */
public final class Memo {
    static final int MAX_ENTRIES = 64;
    private final ConcurrentHashMap<Object, RenderedJson> rendered = new ConcurrentHashMap<>();

    public RenderedJson get(Object key, Supplier<Object> body) {
        RenderedJson hit = rendered.get(key);
        if (hit != null) {
            return hit;
        }
        RenderedJson fresh = RenderedJson.of(body.get());
        if (rendered.size() < MAX_ENTRIES) {
            rendered.putIfAbsent(key, fresh);
        }
        return fresh;
    }
}
