package skill.dispatcher;

import skill.core.model.MatchFact;

/** A valid fact together with the message it came in, which identifies a replay of that message. */
record IncomingFact(MatchFact fact, String topic, int partition, long offset) {

    boolean sameSource(String otherTopic, int otherPartition, long otherOffset) {
        return topic.equals(otherTopic) && partition == otherPartition && offset == otherOffset;
    }
}
