package skill.dispatcher;

import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores facts in PostgreSQL, one row per factId at its highest version, one transaction per batch.
 * Rows are locked while the batch decides, so the decision and the write cannot interleave with
 * another dispatcher's.
 */
public final class FactStore {
    private static final String LOCK = "SELECT fact_id, version, match_id, previous_match_id, source_topic,"
            + " source_partition, source_offset FROM match_fact WHERE fact_id = ANY (?) FOR UPDATE";
    /** The upsert of one fact row: only a higher version replaces a stored row ({@link #bind} sets its parameters). */
    public static final String UPSERT = "INSERT INTO match_fact (fact_id, version, type, deleted, season, matchday,"
            + " match_id, occurred_at, team_id, player_id, payload, previous_match_id, source_topic,"
            + " source_partition, source_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)"
            + " ON CONFLICT (fact_id) DO UPDATE SET version = EXCLUDED.version, type = EXCLUDED.type,"
            + " deleted = EXCLUDED.deleted, season = EXCLUDED.season, matchday = EXCLUDED.matchday,"
            + " match_id = EXCLUDED.match_id, occurred_at = EXCLUDED.occurred_at, team_id = EXCLUDED.team_id,"
            + " player_id = EXCLUDED.player_id, payload = EXCLUDED.payload,"
            + " previous_match_id = EXCLUDED.previous_match_id, source_topic = EXCLUDED.source_topic,"
            + " source_partition = EXCLUDED.source_partition, source_offset = EXCLUDED.source_offset,"
            + " stored_at = now() WHERE match_fact.version < EXCLUDED.version";

    private final DataSource dataSource;

    public FactStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Decides and stores a batch in arrival order; returns one outcome per fact, in the batch's order. */
    List<StoreOutcome> store(List<IncomingFact> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, StoredRow> rows = lock(c, batch);
                List<StoreOutcome> outcomes = new ArrayList<>();
                Map<String, IncomingFact> writes = new LinkedHashMap<>();
                for (IncomingFact in : batch) {
                    StoreOutcome outcome = decide(in, rows.get(in.fact().factId()));
                    outcomes.add(outcome);
                    if (outcome.kind() == StoreOutcome.Kind.STORED) {
                        rows.put(in.fact().factId(), StoredRow.of(in, outcome.previousMatchId()));
                        writes.put(in.fact().factId(), in);
                    }
                }
                write(c, writes.values(), rows);
                c.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static StoreOutcome decide(IncomingFact in, StoredRow row) {
        MatchFact f = in.fact();
        if (row == null || f.version() > row.version) {
            String moved = row != null && !row.matchId.equals(f.matchId()) ? row.matchId : null;
            return new StoreOutcome(StoreOutcome.Kind.STORED, f, moved);
        }
        if (f.version() == row.version && in.sameSource(row.topic, row.partition, row.offset)) {
            return new StoreOutcome(StoreOutcome.Kind.REPLAYED, f, row.previousMatchId);
        }
        return new StoreOutcome(f.version() == row.version ? StoreOutcome.Kind.DUPLICATE : StoreOutcome.Kind.STALE,
                f, null);
    }

    private static Map<String, StoredRow> lock(Connection c, List<IncomingFact> batch) throws SQLException {
        Map<String, StoredRow> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setArray(1, c.createArrayOf("text", batch.stream().map(i -> i.fact().factId()).distinct().toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new StoredRow(rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getLong(7)));
                }
            }
        }
        return rows;
    }

    private static void write(Connection c, Iterable<IncomingFact> writes, Map<String, StoredRow> rows)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (IncomingFact in : writes) {
                MatchFact f = in.fact();
                bind(ps, f, new String(FactCodec.write(f), StandardCharsets.UTF_8), rows.get(f.factId()).previousMatchId,
                        in.topic(), in.partition(), in.offset());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets {@link #UPSERT}'s parameters for one fact, its contract JSON and where it was read. */
    public static void bind(PreparedStatement ps, MatchFact f, String json, String previousMatchId,
                            String topic, int partition, long offset) throws SQLException {
        ps.setString(1, f.factId());
        ps.setInt(2, f.version());
        ps.setString(3, f.type().name());
        ps.setBoolean(4, f.deleted());
        ps.setString(5, f.season());
        ps.setInt(6, f.matchday());
        ps.setString(7, f.matchId());
        ps.setTimestamp(8, Timestamp.from(f.occurredAt()));
        setNullable(ps, 9, f.teamId());
        setNullable(ps, 10, f.playerId());
        ps.setString(11, json);
        setNullable(ps, 12, previousMatchId);
        ps.setString(13, topic);
        ps.setInt(14, partition);
        ps.setLong(15, offset);
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private record StoredRow(int version, String matchId, String previousMatchId, String topic, int partition,
                             long offset) {
        static StoredRow of(IncomingFact in, String previousMatchId) {
            return new StoredRow(in.fact().version(), in.fact().matchId(), previousMatchId, in.topic(),
                    in.partition(), in.offset());
        }
    }
}
