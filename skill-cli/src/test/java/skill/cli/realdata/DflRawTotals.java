package skill.cli.realdata;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finisher totals and seconds played per player of one DFL match, by XPath over the raw XML.
 * Events whose EventId also carries a {@code Delete} are left out, as the contract retracts them.
 * Assists are not computed: DFL's BallPossessionPhase is per action, so the possession fallback finds
 * no pass, and the feed names no assisting pass event (see docs/importers.md).
 */
public final class DflRawTotals {
    private DflRawTotals() {
    }

    public static RawTotals read(Path folder) {
        Document info = parse(file(folder, "matchinformation"));
        Document events = parse(file(folder, "events"));
        Set<String> deleted = new HashSet<>();
        nodes(events, "//Event[Delete]").forEach(e -> deleted.add(e.getAttribute("EventId")));
        RawTotals totals = new RawTotals();
        for (Element shot : nodes(events, "//Event/descendant::ShotAtGoal")) {
            if (deleted.contains(event(shot).getAttribute("EventId"))) {
                continue;
            }
            RawTotals.Player p = totals.of(shot.getAttribute("Player"));
            p.shots++;
            p.xGoals += Double.parseDouble(shot.getAttribute("xG"));
            p.goals += nodes(shot, "SuccessfulShot").isEmpty() ? 0 : 1;
        }
        minutes(info, events, deleted, totals);
        return totals;
    }

    /** Starters from the match information; substitutions and red cards end or start a stretch. */
    private static void minutes(Document info, Document events, Set<String> deleted, RawTotals totals) {
        List<double[]> periods = new ArrayList<>();
        Map<String, Double> starts = new HashMap<>();
        for (Element k : nodes(events, "//KickOff[@GameSection]")) {
            starts.put(k.getAttribute("GameSection"), seconds(event(k)));
        }
        for (Element f : nodes(events, "//FinalWhistle[@GameSection]")) {
            periods.add(new double[] {starts.get(f.getAttribute("GameSection")), seconds(event(f))});
        }
        Map<String, Double> onSince = new HashMap<>();
        nodes(info, "//Player[@Starting='true']").forEach(p -> onSince.put(p.getAttribute("PersonId"), 0.0));
        for (Element sub : nodes(events, "//Substitution")) {
            if (!deleted.contains(event(sub).getAttribute("EventId"))) {
                double at = seconds(event(sub));
                off(sub.getAttribute("PlayerOut"), at, onSince, periods, totals);
                onSince.put(sub.getAttribute("PlayerIn"), at);
            }
        }
        for (Element card : nodes(events, "//Caution[@CardColor='red' or @CardColor='yellowRed']")) {
            off(card.getAttribute("Player"), seconds(event(card)), onSince, periods, totals);
        }
        new HashMap<>(onSince).forEach((p, from) -> off(p, Double.MAX_VALUE, onSince, periods, totals));
    }

    private static void off(String player, double at, Map<String, Double> onSince, List<double[]> periods,
                            RawTotals totals) {
        Double from = onSince.remove(player);
        if (from != null) {
            periods.forEach(p -> totals.onPitch(player, Math.max(from, p[0]), Math.min(at, p[1])));
        }
    }

    private static Element event(Element child) {
        Element e = child;
        while (!e.getTagName().equals("Event")) {
            e = (Element) e.getParentNode();
        }
        return e;
    }

    private static double seconds(Element event) {
        OffsetDateTime t = OffsetDateTime.parse(event.getAttribute("EventTime"));
        return Duration.between(OffsetDateTime.parse("2000-01-01T00:00:00Z"), t).toNanos() / 1e9;
    }

    private static List<Element> nodes(Object context, String xpath) {
        try {
            NodeList list = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(xpath, context, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add((Element) list.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(xpath, e);
        }
    }

    private static Document parse(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + file, e);
        }
    }

    private static Path file(Path folder, String namePart) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().contains(namePart)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
