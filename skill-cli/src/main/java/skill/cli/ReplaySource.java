package skill.cli;

import skill.core.model.MatchFact;
import skill.importer.FactFiles;
import skill.importer.ImportProblems;
import skill.importer.Interleave;
import skill.importer.dfl.DflImporter;
import skill.importer.statsbomb.StatsBombImporter;
import skill.importer.synthetic.SeasonGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What {@code replay} publishes, in replay order: a generated season, an NDJSON file (already in replay
 * order, e.g. written by {@code generate season}) or a provider folder, whose matches are interleaved
 * matchday by matchday. {@code expected} is the number of facts where known, else an estimate (or -1).
 */
record ReplaySource(String description, Stream<MatchFact> facts, long expected, ImportProblems problems) {
    static final String GENERATED = "generated:";
    /** A generated match has about this many facts (SeasonGeneratorTest prints the exact rates). */
    private static final int FACTS_PER_GENERATED_MATCH = 1_300;

    enum Provider { dfl, statsbomb }

    static ReplaySource open(String source) {
        ImportProblems problems = new ImportProblems();
        if (source.startsWith(GENERATED)) {
            return generated(source.substring(GENERATED.length()), problems);
        }
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
            Provider provider = Files.isDirectory(path.resolve("matches")) ? Provider.statsbomb : Provider.dfl;
            Map<String, List<MatchFact>> matches = read(provider, path, problems);
            long expected = matches.values().stream().mapToLong(List::size).sum();
            return new ReplaySource(provider + " " + path + " (" + matches.size() + " matches)",
                    interleaved(matches), expected, problems);
        }
        if (Files.isRegularFile(path)) {
            return new ReplaySource(path.toString(), FactFiles.read(path, problems), FactFiles.lines(path), problems);
        }
        throw new IllegalArgumentException("No such file or folder: " + path.toAbsolutePath()
                + " (or use generated:seed=N[,matchdays=K][,season=YYYY-YY])");
    }

    static Map<String, List<MatchFact>> read(Provider provider, Path folder, ImportProblems problems) {
        return provider == Provider.dfl ? new DflImporter().readAll(folder, problems)
                : new StatsBombImporter().readAll(folder, problems);
    }

    /** {@code seed=42,matchdays=2,season=2025-26}; only the seed is required. */
    private static ReplaySource generated(String spec, ImportProblems problems) {
        Map<String, String> options = new HashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || !List.of("seed", "matchdays", "season").contains(kv[0].trim())) {
                throw new IllegalArgumentException("Bad generated source '" + GENERATED + spec + "' at '" + part
                        + "': expected generated:seed=N[,matchdays=K][,season=YYYY-YY]");
            }
            options.put(kv[0].trim(), kv[1].trim());
        }
        if (!options.containsKey("seed")) {
            throw new IllegalArgumentException("generated source needs a seed, e.g. generated:seed=42");
        }
        int matchdays = Integer.parseInt(options.getOrDefault("matchdays", "34"));
        SeasonGenerator generator = new SeasonGenerator(Long.parseLong(options.get("seed")), matchdays,
                options.getOrDefault("season", SeasonGenerator.DEFAULT_SEASON));
        long matches = generator.fixtures().count();
        return new ReplaySource("generated season " + spec + " (" + matches + " matches)", generator.facts(),
                matches * FACTS_PER_GENERATED_MATCH, problems);
    }

    /** Matchday by matchday, the matches of a matchday interleaved by match clock. */
    private static Stream<MatchFact> interleaved(Map<String, List<MatchFact>> matches) {
        Map<Integer, List<Iterator<MatchFact>>> byMatchday = new TreeMap<>();
        matches.values().forEach(m -> byMatchday.computeIfAbsent(m.get(0).matchday(), md -> new ArrayList<>())
                .add(m.iterator()));
        return byMatchday.values().stream().flatMap(day -> StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                new Interleave<>(day, MatchFact::occurredAt), Spliterator.ORDERED), false));
    }
}
