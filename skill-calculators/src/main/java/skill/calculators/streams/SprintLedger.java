package skill.calculators.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SPRINT facts ever published for one player in one match, by start time: the version last
 * published and whether it stands or was retracted. Read and written only when a sprint is published
 * or retracted, not per frame, so the per-frame state stays small. A sprint of an earlier run that the
 * current run has not published again is unresolved: reproduced, it is replaced; passed, retracted.
 */
final class SprintLedger {
    static final long NONE = Long.MIN_VALUE;

    private record Entry(int version, boolean standing) {
    }

    private final TreeMap<Long, Entry> entries = new TreeMap<>();

    /** Records a sprint published in {@code run}; returns its version, above every earlier one of its id. */
    int publish(long start, int run) {
        int version = next(start, run);
        entries.put(start, new Entry(version, true));
        return version;
    }

    /** Records the retraction of a sprint; returns the version of the deletion. */
    int retract(long start, int run) {
        int version = next(start, run);
        entries.put(start, new Entry(version, false));
        return version;
    }

    /** The earliest start of a standing sprint published before {@code run}, or {@link #NONE}. */
    long firstUnresolved(int run) {
        for (Map.Entry<Long, Entry> e : entries.entrySet()) {
            if (e.getValue().standing && e.getValue().version < run) {
                return e.getKey();
            }
        }
        return NONE;
    }

    private int next(long start, int run) {
        Entry earlier = entries.get(start);
        return earlier == null || earlier.version < run ? run : earlier.version + 1;
    }

    byte[] toBytes() {
        try {
            var bytes = new ByteArrayOutputStream(4 + entries.size() * 13);
            var out = new DataOutputStream(bytes);
            out.writeInt(entries.size());
            for (Map.Entry<Long, Entry> e : entries.entrySet()) {
                out.writeLong(e.getKey());
                out.writeInt(e.getValue().version);
                out.writeBoolean(e.getValue().standing);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SprintLedger fromBytes(byte[] bytes) {
        SprintLedger ledger = new SprintLedger();
        if (bytes == null) {
            return ledger;
        }
        try {
            var in = new DataInputStream(new ByteArrayInputStream(bytes));
            for (int n = in.readInt(); n > 0; n--) {
                ledger.entries.put(in.readLong(), new Entry(in.readInt(), in.readBoolean()));
            }
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
