package skill.bench;

import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;
import skill.core.skills.MatchLines;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.SkillModel;
import skill.core.skills.SkillModels;
import skill.core.standings.ScoreFormula;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;
import skill.importer.synthetic.SeasonGenerator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code seasons} generated seasons (seed + i, season 2025-26, 2026-27, ...) encoded once as contract
 * JSON into a file, so that every step replays the very same bytes at disk speed; and, computed on the
 * way with skill-core's batch path (highest version per fact, live facts → MatchLines → StandingsCalculator),
 * the final standings every skill must publish for each season.
 */
final class SeasonLoad implements AutoCloseable {
    /** One message: key = matchId, value = the fact's contract JSON. */
    record Message(String key, byte[] value) {
    }

    private final Path file;
    private final long messages;
    private final long bytes;
    /** Ranking key (e.g. BL1|2025-26|INITIATOR) → the standings expected once every fact is ranked. */
    private final Map<String, Standings> expected;
    private final Map<String, String> seasonOf;

    private SeasonLoad(Path file, long messages, long bytes, Map<String, Standings> expected, Map<String, String> seasonOf) {
        this.file = file;
        this.messages = messages;
        this.bytes = bytes;
        this.expected = expected;
        this.seasonOf = seasonOf;
    }

    static SeasonLoad generate(long seed, int matchdays, int seasons) throws IOException {
        Path file = Files.createTempFile("skill-bench-facts", ".bin");
        long count = 0;
        long bytes = 0;
        Map<String, Standings> expected = new LinkedHashMap<>();
        Map<String, String> seasonOf = new HashMap<>();
        List<StandingsCalculator> calculators = SkillModels.all().stream()
                .map(m -> new StandingsCalculator(m, new ScoreFormula(m.defaultWeights()), 270)).toList();
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            for (int s = 0; s < seasons; s++) {
                String season = (2025 + s) + "-" + String.format("%02d", (26 + s) % 100);
                Map<String, MatchFact> latest = new HashMap<>();
                for (MatchFact f : (Iterable<MatchFact>) new SeasonGenerator(seed + s, matchdays, season).facts()::iterator) {
                    byte[] key = f.matchId().getBytes(StandardCharsets.UTF_8);
                    byte[] value = FactCodec.write(f);
                    out.writeShort(key.length);
                    out.write(key);
                    out.writeInt(value.length);
                    out.write(value);
                    count++;
                    bytes += value.length;
                    latest.merge(f.factId(), f, (a, b) -> b.version() > a.version() ? b : a);
                }
                // The generator's competition, as the dispatcher keeps it (the default where a fact names none).
                String competition = latest.values().iterator().next().inCompetitionOr(MatchFact.DEFAULT_COMPETITION)
                        .competition();
                for (StandingsCalculator calculator : calculators) {
                    String key = calculator.model().skill().rankingKey(competition, season);
                    expected.put(key, calculator.standings(competition, season,
                            linesByPlayer(latest.values(), calculator.model())));
                    seasonOf.put(key, season);
                }
            }
        }
        return new SeasonLoad(file, count, bytes, expected, seasonOf);
    }

    private static Map<String, List<PlayerMatchLine>> linesByPlayer(Iterable<MatchFact> latest, SkillModel model) {
        Map<String, List<MatchFact>> liveByMatch = new HashMap<>();
        for (MatchFact f : latest) {
            if (!f.deleted()) {
                liveByMatch.computeIfAbsent(f.matchId(), m -> new ArrayList<>()).add(f);
            }
        }
        Map<String, List<PlayerMatchLine>> byPlayer = new HashMap<>();
        liveByMatch.forEach((matchId, facts) -> MatchLines.of(matchId, facts, model).values().stream()
                .filter(l -> l.season() != null)
                .forEach(l -> byPlayer.computeIfAbsent(l.playerId(), p -> new ArrayList<>()).add(l)));
        return byPlayer;
    }

    long messages() {
        return messages;
    }

    long bytes() {
        return bytes;
    }

    Map<String, Standings> expected() {
        return expected;
    }

    List<String> seasons() {
        return seasonOf.values().stream().distinct().sorted().collect(Collectors.toList());
    }

    String seasonOf(String rankingKey) {
        return seasonOf.get(rankingKey);
    }

    /** Hands every message to {@code sink} in publish order, read back from the file. */
    void forEach(java.util.function.Consumer<Message> sink) {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            while (true) {
                int keyLength;
                try {
                    keyLength = in.readUnsignedShort();
                } catch (EOFException end) {
                    return;
                }
                byte[] key = in.readNBytes(keyLength);
                byte[] value = in.readNBytes(in.readInt());
                sink.accept(new Message(new String(key, StandardCharsets.UTF_8), value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Same numbers as {@code expected}, regardless of updatedAt, which moves with every fact. */
    static boolean sameNumbers(Standings a, Standings b) {
        return a != null && b != null && a.asOfMatchday() == b.asOfMatchday()
                && a.eligiblePlayers() == b.eligiblePlayers() && a.entries().equals(b.entries());
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
