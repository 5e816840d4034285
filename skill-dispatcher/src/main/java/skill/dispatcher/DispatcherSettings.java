package skill.dispatcher;

import skill.core.Topics;
import skill.runtime.KafkaConnection;

/**
 * How a dispatcher connects and batches, and the competition of facts that name none; see
 * docs/configuration.md for each key.
 */
public record DispatcherSettings(KafkaConnection kafka, Topics topics, String groupId, int maxPollRecords,
                                 String defaultCompetition) {
}
