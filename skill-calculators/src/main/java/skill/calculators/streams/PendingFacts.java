package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keeps each update event until its season is ranked at the next commit (key: the season and the
 * record's offset, so they are read back in arrival order), and passes the record on to the
 * record cache that triggers that ranking. The store is in memory and not logged: after a crash,
 * exactly-once processing reads every record since the last commit again, and the ranking at that
 * commit drained all the records before it.
 */
final class PendingFacts implements FixedKeyProcessor<String, byte[], byte[]> {
    private FixedKeyProcessorContext<String, byte[]> context;
    private TimestampedKeyValueStore<String, byte[]> pending;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
        this.pending = context.getStateStore(StoreNames.PENDING_FACTS);
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        if (record.value() == null || record.key() == null) {
            return;
        }
        long offset = context.recordMetadata().orElseThrow().offset();
        pending.put(StoreNames.key(record.key(), String.format("%019d", offset)),
                ValueAndTimestamp.make(record.value(), record.timestamp()));
        // The cache only triggers the ranking: stamped with stream time, so a sprint fact published (detected)
        // before the facts around it is no out-of-order table update.
        context.forward(record.withTimestamp(Math.max(record.timestamp(), context.currentStreamTimeMs())));
    }
}
