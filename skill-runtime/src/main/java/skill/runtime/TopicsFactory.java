package skill.runtime;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import skill.core.Topics;

/** The topic names every service uses, from configuration with the contract's defaults. */
@Factory
public class TopicsFactory {

    @Singleton
    Topics topics(Environment environment) {
        return Topics.fromConfig(key -> environment.getProperty(key, String.class).orElse(null));
    }
}
