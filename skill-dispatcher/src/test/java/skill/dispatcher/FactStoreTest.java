package skill.dispatcher;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.model.MatchFact;
import skill.testsupport.DatabaseCoordinates;
import skill.testsupport.TestInfrastructure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.dispatcher.StoreOutcome.Kind.DUPLICATE;
import static skill.dispatcher.StoreOutcome.Kind.REPLAYED;
import static skill.dispatcher.StoreOutcome.Kind.STALE;
import static skill.dispatcher.StoreOutcome.Kind.STORED;

/** The store's decisions on a real PostgreSQL, including a replay after a crash between the two commits. */
class FactStoreTest {
    private static HikariDataSource dataSource;
    private static FactStore store;

    @BeforeAll
    static void migrate() {
        DatabaseCoordinates db = TestInfrastructure.newDatabase("factstore");
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        store = new FactStore(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void aReplayOfTheSameMessageIsRepublishedButAnUpstreamDuplicateIsNot() throws Exception {
        MatchFact v1 = Facts.shot("P1", 0.3, "GOAL").fact();
        assertThat(kinds(store.store(List.of(at(v1, 10))))).containsExactly(STORED);
        assertThat(kinds(store.store(List.of(at(v1, 10))))).containsExactly(REPLAYED);
        assertThat(kinds(store.store(List.of(at(v1, 11))))).containsExactly(DUPLICATE);
    }

    @Test
    void withinOneBatchTheHighestVersionWinsWhateverTheOrder() throws Exception {
        var shot = Facts.shot("P1", 0.3, "GOAL");
        MatchFact v1 = shot.fact();
        MatchFact v3 = shot.with("version", 3).fact();
        MatchFact v2 = shot.with("version", 2).fact();
        assertThat(kinds(store.store(List.of(at(v1, 20), at(v3, 21), at(v2, 22), at(v3, 23)))))
                .containsExactly(STORED, STORED, STALE, DUPLICATE);
        assertThat(kinds(store.store(List.of(at(v2, 24))))).containsExactly(STALE);
    }

    @Test
    void aFactMovedToAnotherMatchRemembersWhereItWasCounted() throws Exception {
        var shot = Facts.shot("P1", 0.3, "GOAL");
        store.store(List.of(at(shot.fact(), 30)));
        List<StoreOutcome> moved = store.store(List.of(at(shot.with("version", 2).with("matchId", "M2").fact(), 31)));
        assertThat(moved.get(0).previousMatchId()).isEqualTo(Facts.MATCH_ID);
        List<StoreOutcome> replayed = store.store(List.of(at(shot.fact(), 31)));
        assertThat(replayed.get(0).kind()).isEqualTo(REPLAYED);
        assertThat(replayed.get(0).previousMatchId()).isEqualTo(Facts.MATCH_ID);
    }

    private static IncomingFact at(MatchFact fact, long offset) {
        return new IncomingFact(fact, "match-facts", 0, offset, 0);
    }

    private static List<StoreOutcome.Kind> kinds(List<StoreOutcome> outcomes) {
        return outcomes.stream().map(StoreOutcome::kind).toList();
    }
}
