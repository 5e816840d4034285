package skill.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void configNamesEveryTopicSoThatReadingItBackGivesTheSameTopics() {
        Topics prefixed = Topics.defaults().withPrefix("t1-");

        assertThat(prefixed.config()).hasSize(8).containsEntry(ConfigKeys.TOPIC_SKILL_RANKINGS, "t1-skill-rankings");
        assertThat(Topics.fromConfig(prefixed.config()::get)).isEqualTo(prefixed);
    }
}
