package skill.importer.xpass;

import skill.core.xpass.XPassResource.CalibrationBin;
import skill.core.xpass.XPassResource.Evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** How well predicted completion probabilities fit observed outcomes. */
final class XPassMetrics {
    static final int BINS = 10;

    private XPassMetrics() {
    }

    /**
     * @param baseRate the constant prediction the model is compared with (the training completion rate)
     */
    static Evaluation evaluate(double[] predicted, boolean[] completed, double baseRate) {
        int n = predicted.length;
        if (n == 0 || n != completed.length) {
            throw new IllegalArgumentException("Need one outcome per prediction and at least one, got "
                    + n + " predictions and " + completed.length + " outcomes");
        }
        double logLoss = 0;
        double baselineLogLoss = 0;
        double brier = 0;
        double baselineBrier = 0;
        int successes = 0;
        for (int i = 0; i < n; i++) {
            double y = completed[i] ? 1 : 0;
            successes += (int) y;
            logLoss += logLoss(predicted[i], completed[i]);
            baselineLogLoss += logLoss(baseRate, completed[i]);
            brier += (predicted[i] - y) * (predicted[i] - y);
            baselineBrier += (baseRate - y) * (baseRate - y);
        }
        return new Evaluation(n, (double) successes / n, logLoss / n, baselineLogLoss / n, brier / n,
                baselineBrier / n, auc(predicted, completed), calibration(predicted, completed));
    }

    private static double logLoss(double p, boolean completed) {
        return -Math.log(completed ? p : 1 - p);
    }

    /**
     * The probability that a completed pass is rated above a failed one (ties count half): the
     * Mann–Whitney statistic from ranks, with tied predictions sharing their mean rank.
     */
    static double auc(double[] predicted, boolean[] completed) {
        Integer[] order = sortedIndices(predicted);
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double meanRank = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) {
                if (completed[order[m]]) {
                    rankSum += meanRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC needs completed and failed passes");
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Ten bins of equal count by predicted probability: mean prediction against the observed rate. */
    static List<CalibrationBin> calibration(double[] predicted, boolean[] completed) {
        Integer[] order = sortedIndices(predicted);
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            int from = (int) ((long) order.length * b / BINS);
            int to = (int) ((long) order.length * (b + 1) / BINS);
            if (from == to) {
                continue;
            }
            double sum = 0;
            int successes = 0;
            for (int m = from; m < to; m++) {
                sum += predicted[order[m]];
                successes += completed[order[m]] ? 1 : 0;
            }
            bins.add(new CalibrationBin(predicted[order[from]], predicted[order[to - 1]], to - from,
                    sum / (to - from), (double) successes / (to - from)));
        }
        return bins;
    }

    private static Integer[] sortedIndices(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        return order;
    }
}
