package skill.cli;

import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.importer.FactFiles;
import skill.importer.FrameFiles;
import skill.importer.ImportProblems;
import skill.importer.Interleave;
import skill.importer.dfl.DflImporter;
import skill.importer.statsbomb.StatsBombImporter;
import skill.importer.synthetic.League;
import skill.importer.synthetic.SeasonGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What {@code replay} publishes, in replay order: a generated season (with its tracking frames on request),
 * an NDJSON file (already in replay order, e.g. written by {@code generate season}) or a provider folder,
 * whose matches are interleaved matchday by matchday and its competitions by time; frames from an NDJSON
 * frame file are merged in by time. {@code expectedFacts} and {@code expectedFrames} are counts where known,
 * else estimates (or -1).
 */
record ReplaySource(String description, Stream<Replayed> messages, long expectedFacts, long expectedFrames,
                    boolean withFrames, ImportProblems problems) {
    static final String GENERATED = "generated:";
    static final String GENERATED_SPEC = "generated:seed=N[,matchdays=K][,season=YYYY-YY][,competitions=BL1+BL2]"
            + "[,tracking=true[,hz=25]]";
    /** A generated match has about this many facts (SeasonGeneratorTest prints the exact rates). */
    private static final int FACTS_PER_GENERATED_MATCH = 1_300;
    /** A generated match is tracked for about this many seconds: two halves plus stoppage time. */
    private static final int TRACKED_SECONDS_PER_GENERATED_MATCH = 97 * 60;
    private static final List<String> GENERATED_KEYS = List.of("seed", "matchdays", "season", "competitions",
            "tracking", "hz");

    enum Provider { dfl, statsbomb }

    long expected() {
        return expectedFacts < 0 || expectedFrames < 0 ? -1 : expectedFacts + expectedFrames;
    }

    /** @param frames an NDJSON frame file to merge in by time, or null */
    static ReplaySource open(String source, Path frames) {
        ReplaySource facts = open(source);
        if (frames == null) {
            return facts;
        }
        if (facts.withFrames()) {
            throw new IllegalArgumentException("Either tracking=true or --frames, not both");
        }
        if (!Files.isRegularFile(frames)) {
            throw new IllegalArgumentException("No such frame file: " + frames.toAbsolutePath());
        }
        Stream<PositionFrame> read = FrameFiles.read(frames, facts.problems());
        return new ReplaySource(facts.description() + " with the frames of " + frames,
                Replayed.merge(facts.messages().map(Replayed::fact), read), facts.expectedFacts(),
                FrameFiles.lines(frames), true, facts.problems());
    }

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
            return facts(provider + " " + path + " (" + matches.size() + " matches)", interleaved(matches), expected,
                    problems);
        }
        if (Files.isRegularFile(path)) {
            return facts(path.toString(), FactFiles.read(path, problems), FactFiles.lines(path), problems);
        }
        throw new IllegalArgumentException("No such file or folder: " + path.toAbsolutePath()
                + " (or use " + GENERATED_SPEC + ")");
    }

    static Map<String, List<MatchFact>> read(Provider provider, Path folder, ImportProblems problems) {
        return provider == Provider.dfl ? new DflImporter().readAll(folder, problems)
                : new StatsBombImporter().readAll(folder, problems);
    }

    private static ReplaySource facts(String description, Stream<MatchFact> facts, long expected,
                                      ImportProblems problems) {
        return new ReplaySource(description, facts.map(Replayed::of), expected, 0, false, problems);
    }

    /**
     * {@code seed=42,matchdays=2,season=2025-26,competitions=BL1+BL2,tracking=true,hz=25}; only the seed is
     * required. Competitions are joined by + as the comma separates the options.
     */
    private static ReplaySource generated(String spec, ImportProblems problems) {
        Map<String, String> options = new HashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || !GENERATED_KEYS.contains(kv[0].trim())) {
                throw new IllegalArgumentException("Bad generated source '" + GENERATED + spec + "' at '" + part
                        + "': expected " + GENERATED_SPEC);
            }
            options.put(kv[0].trim(), kv[1].trim());
        }
        if (!options.containsKey("seed")) {
            throw new IllegalArgumentException("generated source needs a seed, e.g. generated:seed=42");
        }
        int matchdays = Integer.parseInt(options.getOrDefault("matchdays", "34"));
        SeasonGenerator generator = new SeasonGenerator(Long.parseLong(options.get("seed")), matchdays,
                options.getOrDefault("season", SeasonGenerator.DEFAULT_SEASON),
                List.of(options.getOrDefault("competitions", League.DEFAULT_COMPETITION).split("\\+")));
        long matches = generator.fixtures().count();
        String description = "generated season " + spec + " (" + matches + " matches)";
        String tracking = options.getOrDefault("tracking", "false");
        if (!List.of("true", "false").contains(tracking)) {
            throw new IllegalArgumentException("tracking must be true or false, was '" + tracking + "'");
        }
        if (tracking.equals("false")) {
            return facts(description, generator.facts(), matches * FACTS_PER_GENERATED_MATCH, problems);
        }
        int hz = Integer.parseInt(options.getOrDefault("hz", "25"));
        return new ReplaySource(description, Replayed.merge(generator.facts(), generator.tracking(matchdays, hz)),
                matches * FACTS_PER_GENERATED_MATCH, matches * TRACKED_SECONDS_PER_GENERATED_MATCH * hz, true,
                problems);
    }

    /**
     * Each competition matchday by matchday, the matches of a matchday interleaved by match clock, and the
     * competitions merged by time: their matchdays need not fall on the same weekends.
     */
    private static Stream<MatchFact> interleaved(Map<String, List<MatchFact>> matches) {
        Map<String, Map<Integer, List<Iterator<MatchFact>>>> byCompetition = new TreeMap<>();
        matches.values().forEach(m -> byCompetition
                .computeIfAbsent(Objects.requireNonNullElse(m.get(0).competition(), ""), c -> new TreeMap<>())
                .computeIfAbsent(m.get(0).matchday(), md -> new ArrayList<>()).add(m.iterator()));
        return Interleave.stream(byCompetition.values().stream().map(days -> days.values().stream()
                .flatMap(day -> Interleave.stream(day, MatchFact::occurredAt)).iterator()).toList(),
                MatchFact::occurredAt);
    }
}
