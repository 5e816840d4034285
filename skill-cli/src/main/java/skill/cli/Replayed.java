package skill.cli;

import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.importer.Interleave;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** One message of a replay: a fact for match-facts, or a tracking frame for match-positions. */
record Replayed(MatchFact fact, PositionFrame frame) {

    static Replayed of(MatchFact fact) {
        return new Replayed(fact, null);
    }

    static Replayed of(PositionFrame frame) {
        return new Replayed(null, frame);
    }

    boolean isFrame() {
        return frame != null;
    }

    Instant at() {
        return isFrame() ? frame.t() : fact.occurredAt();
    }

    String matchId() {
        return isFrame() ? frame.matchId() : fact.matchId();
    }

    int matchday() {
        return isFrame() ? frame.matchday() : fact.matchday();
    }

    /**
     * Facts and frames, each stream in replay order (matchday by matchday, matches interleaved), merged by
     * time as a live feed sends them; streamed, and closing the result closes both.
     */
    static Stream<Replayed> merge(Stream<MatchFact> facts, Stream<PositionFrame> frames) {
        List<Iterator<Replayed>> sources = List.of(facts.map(Replayed::of).iterator(),
                frames.map(Replayed::of).iterator());
        return Interleave.stream(sources, Replayed::at).onClose(() -> {
            try (frames) {
                facts.close();
            }
        });
    }
}
