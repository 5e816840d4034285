package skill.dispatcher;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

/**
 * The database login has no default password: an empty one is a forgotten secret (it only works against a
 * server that trusts anybody), so the service refuses to start and says what to set, before the pool tries to
 * connect. Checked where the pool's configuration is made, so only a process with a database (the dispatcher)
 * is concerned; run and demo give their embedded database's password.
 */
@Singleton
class DatabasePasswordCheck implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String password = datasource.getPassword();
        if (password == null || password.isEmpty()) {
            throw new ConfigurationException("No password for the database login '" + datasource.getUsername()
                    + "' (datasource " + datasource.getName() + "): set JDBC_PASSWORD, or JDBC_PASSWORD_FILE to a file holding it");
        }
        return datasource;
    }
}
