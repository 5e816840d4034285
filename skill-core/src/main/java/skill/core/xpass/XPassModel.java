package skill.core.xpass;

import skill.core.model.SetPiece;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Completion probability of a pass (contract §1 {@code xPass}): a logistic regression whose coefficients
 * come from {@link #RESOURCE}. Each variant of the model uses a set of terms; a pass gets the first
 * variant whose terms its features can all compute, so a source that gives less (DFL: no end location,
 * a length band) still gets a probability fitted for exactly what it gives.
 */
public final class XPassModel {
    public static final String RESOURCE = "/xpass/xpass-model.json";
    /** Features every term can compute: used to reject a resource naming a term that does not exist. */
    private static final PassFeatures FULL_CHECK = new PassFeatures(50.0, 30.0, 60.0, 30.0, 10.0, null, 0.0,
            PassFeatures.Height.GROUND, PassFeatures.BodyPart.FOOT, false, SetPiece.OPEN_PLAY, false);

    private final XPassResource resource;
    private final List<Compiled> variants;

    private record Compiled(String name, List<String> terms, double[] coefficients) {
    }

    public XPassModel(XPassResource resource) {
        this.resource = resource;
        this.variants = resource.variants().stream().map(v -> new Compiled(v.name(),
                List.copyOf(v.coefficients().keySet()),
                v.coefficients().values().stream().mapToDouble(Double::doubleValue).toArray())).toList();
        variants.forEach(v -> PassTerms.values(v.terms(), FULL_CHECK)); // fails fast on an unknown term name
    }

    /** The committed model, read once. */
    public static XPassModel standard() {
        return Standard.MODEL;
    }

    public XPassResource resource() {
        return resource;
    }

    /** The completion probability in (0, 1), or null when no variant fits what the features give. */
    public Double probability(PassFeatures features) {
        for (Compiled v : variants) {
            double[] x = PassTerms.values(v.terms(), features);
            if (x != null) {
                return probability(v.coefficients(), x);
            }
        }
        return null;
    }

    /** The name of the variant that rates these features, or null. */
    public String variantFor(PassFeatures features) {
        return variants.stream().filter(v -> PassTerms.values(v.terms(), features) != null)
                .map(Compiled::name).findFirst().orElse(null);
    }

    /** The logistic function of the linear predictor, kept strictly inside (0, 1). */
    public static double probability(double[] coefficients, double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += coefficients[i] * x[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        return Math.min(Math.max(p, 1e-9), 1 - 1e-9);
    }

    private static final class Standard {
        static final XPassModel MODEL = load();

        private static XPassModel load() {
            try (InputStream in = XPassModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("xPass model resource " + RESOURCE + " is missing");
                }
                return new XPassModel(XPassResource.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the xPass model " + RESOURCE, e);
            }
        }
    }
}
