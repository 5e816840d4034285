package skill.importer.xpass;

import skill.core.xpass.PassTerms;
import skill.core.xpass.XPassModel;
import skill.core.xpass.XPassResource;
import skill.core.xpass.XPassResource.CalibrationBin;
import skill.core.xpass.XPassResource.Evaluation;
import skill.core.xpass.XPassResource.Variant;
import skill.importer.statsbomb.SbPasses;
import skill.importer.statsbomb.SbPasses.Labelled;
import skill.importer.statsbomb.SbPasses.MatchPasses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Fits the xPass model on StatsBomb passes (docs/xpass.md): the latest matches by kick-off are held out,
 * every variant is fitted on the others and evaluated on them.
 */
public final class XPassFitter {
    public static final int HELD_OUT_MATCHES = 7;
    public static final double L2 = 1.0;
    private static final List<String> SET_PIECE = List.of("freeKick", "corner", "throwIn", "goalKick", "kickOff",
            "cross");
    private static final List<String> START = List.of("intercept", "startX", "startX2", "startWide", "forward",
            "forward2");

    /** A variant to fit: its terms, and for which passes it is meant. */
    record Spec(String name, String usedFor, List<String> terms) {
    }

    /** In order of preference: a pass gets the first whose terms it can compute. */
    static final List<Spec> VARIANTS = List.of(
            new Spec("full", "StatsBomb: start and end location, height, body part, pressure",
                    concat(START, List.of("length", "length2", "underTen", "endX", "endX2", "endWide", "endInBox", "low", "high",
                            "highLength", "head", "hands", "otherBodyPart", "underPressure"), SET_PIECE)),
            new Spec("start-band", "DFL: start location, direction, length band, lifted or not",
                    concat(START, List.of("bandMedium", "bandLong", "lifted"), SET_PIECE)),
            new Spec("set-piece", "a pass without a location", concat(List.of("intercept"), SET_PIECE)));

    private XPassFitter() {
    }

    public static XPassResource fit(Path statsBombFolder, LocalDate fittedOn) {
        return fit(SbPasses.read(statsBombFolder), HELD_OUT_MATCHES, fittedOn,
                "StatsBomb open data (credit: StatsBomb), " + statsBombFolder.getFileName());
    }

    /** @param matches in kick-off order; the last {@code heldOut} are the evaluation matches */
    public static XPassResource fit(List<MatchPasses> matches, int heldOut, LocalDate fittedOn, String source) {
        if (heldOut < 1 || matches.size() <= heldOut) {
            throw new IllegalArgumentException("Need more than " + heldOut + " matches to hold " + heldOut
                    + " out, got " + matches.size());
        }
        List<MatchPasses> training = matches.subList(0, matches.size() - heldOut);
        List<MatchPasses> evaluation = matches.subList(matches.size() - heldOut, matches.size());
        List<Variant> variants = VARIANTS.stream().map(spec -> variant(spec, training, evaluation)).toList();
        return new XPassResource("Pass completion probability (xPass): logistic regression, see docs/xpass.md",
                source, fittedOn.toString(),
                "L2-penalised logistic regression by Newton's method (IRLS); intercept not penalised", L2,
                "completed = a Pass without pass.outcome; not attempts, left out: outcome "
                        + String.join(" / ", SbPasses.NOT_ATTEMPTS.stream().sorted().toList()),
                "by match: the latest " + heldOut + " matches by kick-off are held out for evaluation",
                training.stream().map(MatchPasses::matchId).toList(),
                evaluation.stream().map(MatchPasses::matchId).toList(), variants);
    }

    private static Variant variant(Spec spec, List<MatchPasses> training, List<MatchPasses> evaluation) {
        Rows train = Rows.of(spec.terms(), training);
        LogisticRegression.Fit fit = LogisticRegression.fit(train.x(), train.y(), L2);
        double baseRate = train.completionRate();
        Rows test = Rows.of(spec.terms(), evaluation);
        double[] predicted = test.x().stream()
                .mapToDouble(x -> XPassModel.probability(fit.coefficients(), x)).toArray();
        LinkedHashMap<String, Double> coefficients = new LinkedHashMap<>();
        for (int i = 0; i < spec.terms().size(); i++) {
            coefficients.put(spec.terms().get(i), fit.coefficients()[i]);
        }
        return new Variant(spec.name(), spec.usedFor(), train.x().size(), coefficients,
                XPassMetrics.evaluate(predicted, test.y(), baseRate));
    }

    /** The term vectors of the passes whose features the variant's terms can all use, with outcomes. */
    private record Rows(List<double[]> x, boolean[] y) {
        static Rows of(List<String> terms, List<MatchPasses> matches) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (MatchPasses match : matches) {
                for (Labelled pass : match.passes()) {
                    double[] values = PassTerms.values(terms, pass.features());
                    if (values != null) {
                        x.add(values);
                        y.add(pass.completed());
                    }
                }
            }
            boolean[] outcomes = new boolean[y.size()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = y.get(i);
            }
            return new Rows(x, outcomes);
        }

        double completionRate() {
            int completed = 0;
            for (boolean b : y) {
                completed += b ? 1 : 0;
            }
            return (double) completed / y.length;
        }
    }

    public static void write(XPassResource resource, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, resource.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the xPass model to " + file, e);
        }
    }

    /** The held-out evaluation as Markdown (the CLI prints it; docs/xpass.md shows it). */
    public static String report(XPassResource resource) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Trained on %d matches, evaluated on %d held-out matches.%n%n"
                        + "| variant | held-out passes | completed | log loss (base rate) | Brier (base rate) | AUC |%n"
                        + "|---|---|---|---|---|---|%n",
                resource.trainingMatches().size(), resource.heldOutMatches().size()));
        for (Variant v : resource.variants()) {
            Evaluation e = v.heldOut();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.4f (%.4f) | %.4f (%.4f) | %.3f |%n",
                    v.name(), e.passes(), e.completionRate(), e.logLoss(), e.baselineLogLoss(), e.brier(),
                    e.baselineBrier(), e.auc()));
        }
        for (Variant v : resource.variants()) {
            out.append(String.format(Locale.ROOT, "%nCalibration of %s (held-out deciles of the prediction):%n%n"
                    + "| predicted from–to | passes | mean predicted | observed |%n|---|---|---|---|%n", v.name()));
            for (CalibrationBin b : v.heldOut().calibration()) {
                out.append(String.format(Locale.ROOT, "| %.3f–%.3f | %d | %.3f | %.3f |%n", b.from(), b.to(),
                        b.passes(), b.predicted(), b.observed()));
            }
        }
        return out.toString();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> part : parts) {
            out.addAll(part);
        }
        return List.copyOf(out);
    }
}
