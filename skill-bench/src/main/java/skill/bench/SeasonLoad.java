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
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code seasons} generated seasons (seed + i, season 2025-26, 2026-27, ...), each of one or more competitions
 * playing at once (their matches interleaved by time, as {@code replay} sends them), encoded once as contract
 * JSON into a file, so that every step replays the very same bytes at disk speed; and, computed on the
 * way with skill-core's batch path (highest version per fact, live facts → MatchLines → StandingsCalculator),
 * the final standings every skill must publish for each competition and season.
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
    /** Ranking key → its competition and season ({@code BL1|2025-26}): one calculators' task each. */
    private final Map<String, String> groupOf;
    private final Map<String, String> seasonOf;

    private SeasonLoad(Path file, long messages, long bytes, Map<String, Standings> expected, Map<String, String> groupOf,
                       Map<String, String> seasonOf) {
        this.file = file;
        this.messages = messages;
        this.bytes = bytes;
        this.expected = expected;
        this.groupOf = groupOf;
        this.seasonOf = seasonOf;
    }

    /**
     * Codes of {@code n} distinct competitions: BL1 alone for one (the generator's default, whose season a
     * seed has always given), else BL1, BL2, then C03, C04, ...
     */
    static List<String> competitionCodes(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("competitions must be at least 1, was " + n);
        }
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            codes.add(i <= 2 ? "BL" + i : String.format("C%02d", i));
        }
        return List.copyOf(codes);
    }

    static SeasonLoad generate(long seed, int matchdays, int seasons) throws IOException {
        return generate(seed, matchdays, seasons, competitionCodes(1));
    }

    static SeasonLoad generate(long seed, int matchdays, int seasons, List<String> competitions) throws IOException {
        Path file = Files.createTempFile("skill-bench-facts", ".bin");
        long count = 0;
        long bytes = 0;
        Map<String, Standings> expected = new LinkedHashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> seasonOf = new HashMap<>();
        List<StandingsCalculator> calculators = SkillModels.all().stream()
                .map(m -> new StandingsCalculator(m, new ScoreFormula(m.defaultWeights()), 270)).toList();
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            for (int s = 0; s < seasons; s++) {
                String season = (2025 + s) + "-" + String.format("%02d", (26 + s) % 100);
                Map<String, MatchFact> latest = new HashMap<>();
                var generator = new SeasonGenerator(seed + s, matchdays, season, competitions);
                for (MatchFact f : (Iterable<MatchFact>) generator.facts()::iterator) {
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
                // Each fact's competition, as the dispatcher keeps it (the default where a fact names none).
                Map<String, List<MatchFact>> byCompetition = new TreeMap<>();
                latest.values().forEach(f -> byCompetition.computeIfAbsent(
                        f.inCompetitionOr(MatchFact.DEFAULT_COMPETITION).competition(), c -> new ArrayList<>()).add(f));
                byCompetition.forEach((competition, facts) -> {
                    for (StandingsCalculator calculator : calculators) {
                        String key = calculator.model().skill().rankingKey(competition, season);
                        expected.put(key, calculator.standings(competition, season,
                                linesByPlayer(facts, calculator.model())));
                        groupOf.put(key, competition + "|" + season);
                        seasonOf.put(key, season);
                    }
                });
            }
        }
        return new SeasonLoad(file, count, bytes, expected, groupOf, seasonOf);
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

    /** Every competition and season ({@code BL1|2025-26}), sorted: what the calculators rank as one task each. */
    List<String> groups() {
        return groupOf.values().stream().distinct().sorted().collect(Collectors.toList());
    }

    /** {@code BL1|2025-26} of a ranking key. */
    String groupOf(String rankingKey) {
        return groupOf.get(rankingKey);
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
