package skill.calculators.reference;

import java.util.Map;
import java.util.TreeMap;

/** Per player, named running totals of one match. */
final class Tallies {
    private final Map<String, Map<String, Double>> byPlayer = new TreeMap<>();

    void add(String player, String name, double value) {
        of(player).merge(name, value, Double::sum);
    }

    void max(String player, String name, double value) {
        of(player).merge(name, value, Math::max);
    }

    Map<String, Map<String, Double>> byPlayer() {
        return byPlayer;
    }

    private Map<String, Double> of(String player) {
        return byPlayer.computeIfAbsent(player, p -> new TreeMap<>());
    }
}
