package skill.dispatcher;

import skill.core.Topics;

/** How a dispatcher connects and batches; see docs/configuration.md for each key. */
public record DispatcherSettings(String bootstrapServers, Topics topics, String groupId, int maxPollRecords) {
}
