package skill.importer;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A k-way merge of several matches played at the same time, as a live feed delivers them: each match
 * keeps its own order, and the matches interleave by their match clock, the latest time seen so far in
 * that match (so a correction, which carries its action's earlier time, stays where its match put it).
 * Holds one item per match; works for any item with a time (facts, and frames as a second stream).
 */
public final class Interleave<T> implements Iterator<T> {
    private record Head<T>(T item, Instant clock, int source) {
    }

    private final List<? extends Iterator<T>> sources;
    private final Function<T, Instant> time;
    private final PriorityQueue<Head<T>> heads = new PriorityQueue<>(Comparator.<Head<T>, Instant>comparing(Head::clock)
            .thenComparingInt(Head::source));

    public Interleave(List<? extends Iterator<T>> sources, Function<T, Instant> time) {
        this.sources = sources;
        this.time = time;
        for (int i = 0; i < sources.size(); i++) {
            advance(i, Instant.MIN);
        }
    }

    /** The merge as an ordered, sequential stream. */
    public static <T> Stream<T> stream(List<? extends Iterator<T>> sources, Function<T, Instant> time) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Interleave<>(sources, time),
                Spliterator.ORDERED), false);
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public T next() {
        Head<T> head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        advance(head.source(), head.clock());
        return head.item();
    }

    private void advance(int source, Instant clock) {
        Iterator<T> it = sources.get(source);
        if (it.hasNext()) {
            T item = it.next();
            Instant at = time.apply(item);
            heads.add(new Head<>(item, at.isAfter(clock) ? at : clock, source));
        }
    }
}
