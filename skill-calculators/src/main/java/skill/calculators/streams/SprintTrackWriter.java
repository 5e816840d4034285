package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Writes the tracks of the matches the detector was fed to the logged store {@code sprint-tracks}, and
 * the time of their latest frame to {@code sprint-matches}, once per commit: it is fed by a record cache of the frames, which emits as the task commits, before
 * the commit's transaction ends, so the stored tracks always match the committed offsets. The first
 * emission of a commit writes every match fed; the others find none left.
 */
final class SprintTrackWriter implements Processor<String, byte[], Void, Void> {
    private final StateOutput output = new StateOutput();
    private OpenMatches open;
    private KeyValueStore<String, byte[]> tracks;
    private KeyValueStore<String, Long> matches;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.open = context.getStateStore(StoreNames.SPRINT_OPEN);
        this.tracks = context.getStateStore(StoreNames.SPRINT_TRACKS);
        this.matches = context.getStateStore(StoreNames.SPRINT_MATCHES);
    }

    @Override
    public void process(Record<String, byte[]> committing) {
        for (OpenMatches.Fed match : open.takeFed()) {
            tracks.put(match.matchId(), match.state().toBytes(output));
            matches.put(match.matchId(), match.at());
        }
    }
}
