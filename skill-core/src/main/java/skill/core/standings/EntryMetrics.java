package skill.core.standings;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A standings entry's metrics, immutable and compact: names shared by every entry of a skill, values
 * unboxed. There are ~500 entries per standings and 35 standings per skill and season, and the API
 * keeps every one of them: as LinkedHashMaps of boxed Doubles the metrics were over half of its heap.
 * In the given order; a metric without a value is null, as before. Equal to any map with the same entries.
 */
final class EntryMetrics extends AbstractMap<String, Double> {
    /** Distinct name lists shared; a skill has one. Beyond this, each map keeps its own array. */
    private static final int MAX_SHARED = 64;
    private static final Map<List<String>, String[]> SHARED = new ConcurrentHashMap<>();
    private final String[] names;
    private final double[] values;
    /** Bit i set: metric i has no value. */
    private final long nulls;

    private EntryMetrics(String[] names, double[] values, long nulls) {
        this.names = names;
        this.values = values;
        this.nulls = nulls;
    }

    /** The metrics, compact; a map this cannot hold (more than 64 metrics, a null name) is copied as it is. */
    static Map<String, Double> of(Map<String, Double> metrics) {
        if (metrics == null || metrics instanceof EntryMetrics) {
            return metrics;
        }
        if (metrics.size() > Long.SIZE) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }
        String[] names = new String[metrics.size()];
        double[] values = new double[names.length];
        long nulls = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            if (e.getKey() == null) {
                return Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            }
            names[i] = e.getKey();
            if (e.getValue() == null) {
                nulls |= 1L << i;
            } else {
                values[i] = e.getValue();
            }
            i++;
        }
        return new EntryMetrics(shared(names), values, nulls);
    }

    private static String[] shared(String[] names) {
        List<String> key = List.of(names);
        String[] shared = SHARED.get(key);
        if (shared == null && SHARED.size() < MAX_SHARED) {
            shared = SHARED.computeIfAbsent(key, k -> names);
        }
        return shared != null ? shared : names;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public Double get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : value(i);
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], value(i));
                    }
                };
            }
        };
    }

    private int indexOf(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private Double value(int i) {
        return (nulls >>> i & 1) != 0 ? null : values[i];
    }
}
