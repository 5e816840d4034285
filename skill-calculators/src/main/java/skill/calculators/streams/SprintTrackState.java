package skill.calculators.streams;

import skill.core.sprints.PlayerSpeedTrack;
import skill.core.sprints.SprintRule;

import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The sprint detector's state of one player in one match, stored in binary with the match's other
 * players ({@link SprintMatchState}; written for every running match at every commit, so compact and
 * fast matters more than readable).
 */
final class SprintTrackState {
    String teamId;
    String season;
    int matchday;
    /** 1 for the first pass over the match, +1 each time the match is sent again: the version of its SPRINT facts. */
    int run = 1;
    int summaryVersion;
    double summarizedTop;
    double summarizedDistance;
    long lastFrameAt = Long.MIN_VALUE;
    int period;
    boolean finished;
    /** The earliest start of an earlier run's sprint this run has not published again ({@link SprintLedger}). */
    long unresolved = SprintLedger.NONE;
    PlayerSpeedTrack track;

    SprintTrackState(SprintRule rule) {
        this.track = new PlayerSpeedTrack(rule);
    }

    private SprintTrackState() {
    }

    /** Starts the match over as {@code run}, e.g. when it is sent again: its sprints replace the earlier ones. */
    void restart(SprintRule rule, int run) {
        this.run = run;
        track = new PlayerSpeedTrack(rule);
        lastFrameAt = Long.MIN_VALUE;
        summarizedTop = summarizedDistance = -1;
        finished = false;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeUTF(teamId == null ? "" : teamId);
        out.writeUTF(season);
        out.writeInt(matchday);
        out.writeInt(run);
        out.writeInt(summaryVersion);
        out.writeDouble(summarizedTop);
        out.writeDouble(summarizedDistance);
        out.writeLong(lastFrameAt);
        out.writeInt(period);
        out.writeBoolean(finished);
        out.writeLong(unresolved);
        track.writeTo(out);
    }

    static SprintTrackState readFrom(DataInputStream in) throws IOException {
        SprintTrackState s = new SprintTrackState();
        s.teamId = in.readUTF();
        s.teamId = s.teamId.isEmpty() ? null : s.teamId;
        s.season = in.readUTF();
        s.matchday = in.readInt();
        s.run = in.readInt();
        s.summaryVersion = in.readInt();
        s.summarizedTop = in.readDouble();
        s.summarizedDistance = in.readDouble();
        s.lastFrameAt = in.readLong();
        s.period = in.readInt();
        s.finished = in.readBoolean();
        s.unresolved = in.readLong();
        s.track = PlayerSpeedTrack.readFrom(in);
        return s;
    }
}
