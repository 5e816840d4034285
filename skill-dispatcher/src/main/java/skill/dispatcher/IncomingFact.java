package skill.dispatcher;

import skill.core.model.MatchFact;

/**
 * A valid fact together with the message it came in, which identifies a replay of that message, and
 * when it was published upstream (its record timestamp), which its update event keeps for tracing.
 */
record IncomingFact(MatchFact fact, String topic, int partition, long offset, long publishedAt) {

    boolean sameSource(String otherTopic, int otherPartition, long otherOffset) {
        return topic.equals(otherTopic) && partition == otherPartition && offset == otherOffset;
    }
}
