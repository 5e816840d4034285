package skill.calculators.streams;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sprint detector's state of one match, one entry of the store {@code sprint-tracks}: its players'
 * tracks and the competition its frames name. One write per match and commit, not one per player.
 */
final class SprintMatchState {
    final Map<String, SprintTrackState> players = new LinkedHashMap<>();
    /** The competition of the match's latest frame that named one; null while none has (the dispatcher's default). */
    String competition;

    byte[] toBytes(StateOutput out) {
        try {
            out.reset().writeInt(players.size());
            for (Map.Entry<String, SprintTrackState> player : players.entrySet()) {
                out.writeUTF(player.getKey());
                player.getValue().writeTo(out);
            }
            out.writeUTF(competition == null ? "" : competition); // last: state stored before it had one still reads
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SprintMatchState fromBytes(byte[] bytes) {
        try {
            var in = new DataInputStream(new ByteArrayInputStream(bytes));
            SprintMatchState match = new SprintMatchState();
            for (int n = in.readInt(); n > 0; n--) {
                match.players.put(in.readUTF(), SprintTrackState.readFrom(in));
            }
            String competition = in.available() > 0 ? in.readUTF() : "";
            match.competition = competition.isEmpty() ? null : competition;
            return match;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
