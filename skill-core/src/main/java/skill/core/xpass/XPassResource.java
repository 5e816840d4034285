package skill.core.xpass;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The fitted xPass model as committed in {@code xpass/xpass-model.json}: coefficients per variant, and how
 * they were fitted and evaluated (written by {@code skill.jar xpass fit}, see docs/xpass.md).
 *
 * @param variants in order of preference: a pass gets the first whose terms it can compute
 */
public record XPassResource(String description, String source, String fittedOn, String method, double l2,
                            String outcome, String split, List<String> trainingMatches,
                            List<String> heldOutMatches, List<Variant> variants) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param coefficients term name (see {@link PassTerms}) → coefficient on the log-odds scale, in term order
     */
    public record Variant(String name, String usedFor, int trainingPasses, LinkedHashMap<String, Double> coefficients,
                          Evaluation heldOut) {
    }

    /** Metrics on the held-out matches; the baseline predicts the training completion rate for every pass. */
    public record Evaluation(int passes, double completionRate, double logLoss, double baselineLogLoss,
                             double brier, double baselineBrier, double auc, List<CalibrationBin> calibration) {
    }

    /** One decile of the predictions: mean predicted probability against the observed completion rate. */
    public record CalibrationBin(double from, double to, int passes, double predicted, double observed) {
    }

    public static XPassResource read(InputStream in) throws IOException {
        return MAPPER.readValue(in, XPassResource.class);
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the xPass model as JSON", e);
        }
    }
}
