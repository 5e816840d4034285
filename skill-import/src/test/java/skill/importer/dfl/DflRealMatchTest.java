package skill.importer.dfl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import skill.core.SharedData;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;
import skill.importer.ContractCheck;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The complete DFL match DFL-MAT-J03WPY (2. Bundesliga 2022/23, matchday 12, Düsseldorf 0:1 Nürnberg;
 * data © DFL, CC BY 4.0): every count the importer produces equals a plain XPath count over the file.
 */
class DflRealMatchTest {
    private static final String HOME = "DFL-CLU-00000P";
    private static final String AWAY = "DFL-CLU-000005";
    private static List<MatchFact> facts;
    private static Document xml;

    /** Each test skips on its own when the data is absent, so the report shows why; reading happens once. */
    @BeforeEach
    void read() throws Exception {
        Path folder = SharedData.require("dfl/J03WPY");
        if (facts != null) {
            return;
        }
        facts = new DflImporter().read(folder);
        try (var files = Files.list(folder)) {
            Path events = files.filter(p -> p.getFileName().toString().contains("events_raw")).findFirst().orElseThrow();
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(events.toFile());
        }
    }

    @Test
    void everyFactKeepsTheContractInMatchOrder() {
        ContractCheck.assertAllValid(facts);
        assertThat(facts).isSortedAccordingTo(MatchFact.MATCH_ORDER);
        assertThat(facts).allMatch(f -> f.matchId().equals("DFL-MAT-J03WPY") && f.season().equals("2022-23")
                && f.matchday() == 12 && "BL2".equals(f.competition()));
    }

    @Test
    void shotsPassesCrossesSubstitutionsAndDeletionsMatchTheFile() {
        assertThat(count(live(FactType.SHOT))).isEqualTo(xpathCount("//ShotAtGoal"));
        assertThat(count(pass(Pass.Kind.PASS))).isEqualTo(xpathCount("//Play[Pass]"));
        assertThat(count(pass(Pass.Kind.CROSS))).isEqualTo(xpathCount("//Play[Cross]"));
        assertThat(count(live(FactType.SUBSTITUTION))).isEqualTo(xpathCount("//Substitution"));
        assertThat(count(MatchFact::deleted)).isEqualTo(xpathCount("//Event[Delete]")).isEqualTo(60);
        assertThat(count(live(FactType.DUEL))).isEqualTo(xpathCount("//TacklingGame"));
        assertThat(count(live(FactType.BALL_WIN))).isEqualTo(xpathCount("//BallClaiming"));
        assertThat(count(live(FactType.SENDING_OFF)))
                .isEqualTo(xpathCount("//Caution[@CardColor='red' or @CardColor='yellowRed']"));
    }

    @Test
    void goalsAndXgPerTeamMatchTheFile() {
        for (String team : List.of(HOME, AWAY)) {
            double xg = facts.stream().filter(live(FactType.SHOT).and(f -> team.equals(f.teamId())))
                    .mapToDouble(f -> f.detailsAs(Shot.class).xGoals()).sum();
            assertThat(xg).as("xG of %s", team)
                    .isCloseTo(xpathNumber("sum(//ShotAtGoal[@Team='" + team + "']/@xG)"), within(1e-9));
        }
        assertThat(count(live(FactType.SHOT).and(f -> f.detailsAs(Shot.class).scored())))
                .isEqualTo(xpathCount("//ShotAtGoal[SuccessfulShot]")).isEqualTo(1);
    }

    @Test
    void successfulPassesCornersAndAerialDuelsMatchTheFile() {
        assertThat(count(live(FactType.PASS).and(f -> f.detailsAs(Pass.class).successful())))
                .isEqualTo(xpathCount("//Play[@Evaluation='successfullyCompleted' or @Evaluation='successful']"));
        assertThat(count(live(FactType.PASS).and(f -> f.detailsAs(Pass.class).setPiece() == SetPiece.CORNER)))
                .isEqualTo(xpathCount("//CornerKick/Play"));
        assertThat(count(live(FactType.DUEL).and(f -> f.detailsAs(Duel.class).duelType() == Duel.Type.AERIAL)))
                .isEqualTo(xpathCount("//TacklingGame[@Type='air']"));
    }

    @Test
    void minutesCanBeComputed() {
        MatchFact match = facts.get(0);
        MatchInfo info = match.detailsAs(MatchInfo.class);
        assertThat(info).extracting(MatchInfo::homeTeamId, MatchInfo::awayTeamId, MatchInfo::status)
                .containsExactly(HOME, AWAY, MatchInfo.Status.FINISHED);
        assertThat(info.periods()).containsExactly(
                new MatchInfo.Period(1, Instant.parse("2022-10-15T11:01:28.310Z"), Instant.parse("2022-10-15T11:47:31Z")),
                new MatchInfo.Period(2, Instant.parse("2022-10-15T12:03:29.010Z"), Instant.parse("2022-10-15T12:54:41Z")));
        List<Lineup> lineups = facts.stream().filter(f -> f.type() == FactType.LINEUP)
                .map(f -> f.detailsAs(Lineup.class)).toList();
        assertThat(lineups).hasSize(2).allSatisfy(l -> {
            assertThat(l.players()).hasSize(20);
            assertThat(l.players().stream().filter(Lineup.LineupPlayer::starting)).hasSize(11);
        });
        assertThat(facts).filteredOn(f -> f.sequence() != null && f.sequence() > 0)
                .allMatch(f -> f.period() == 1 || f.period() == 2);
    }

    @Test
    void shotsAreLinkedToThePassOfTheAssisterTheFeedNames() {
        long expected = 0;
        for (org.w3c.dom.Element shot : elements("//ShotAtGoal[@AssistShotAtGoal]")) {
            String time = ((org.w3c.dom.Element) shot.getParentNode()).getAttribute("EventTime");
            String passes = "//Event[Play[@Player='" + shot.getAttribute("AssistShotAtGoal") + "' and @Recipient='"
                    + shot.getAttribute("Player") + "' and (@Evaluation='successfullyCompleted' or @Evaluation='successful')]]";
            expected += elements(passes).stream()
                    .anyMatch(e -> !Instant.parse(iso(e.getAttribute("EventTime"))).isAfter(Instant.parse(iso(time)))) ? 1 : 0;
        }
        List<MatchFact> linked = facts.stream().filter(live(FactType.SHOT))
                .filter(f -> f.detailsAs(Shot.class).assistFactId() != null).toList();
        assertThat(linked).hasSize((int) expected).isNotEmpty();
        for (MatchFact shot : linked) {
            MatchFact pass = facts.stream().filter(f -> f.factId().equals(shot.detailsAs(Shot.class).assistFactId()))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(pass.detailsAs(Pass.class).receiverId()).isEqualTo(shot.playerId());
            assertThat(pass.occurredAt()).isBeforeOrEqualTo(shot.occurredAt());
        }
    }

    private static String iso(String offsetTime) {
        return java.time.OffsetDateTime.parse(offsetTime).toInstant().toString();
    }

    private static List<org.w3c.dom.Element> elements(String path) {
        try {
            var nodes = (org.w3c.dom.NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(path, xml, XPathConstants.NODESET);
            List<org.w3c.dom.Element> out = new java.util.ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((org.w3c.dom.Element) nodes.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** Retractions carry no details: every count looks at live facts only. */
    private static Predicate<MatchFact> live(FactType type) {
        return f -> f.type() == type && !f.deleted();
    }

    private static Predicate<MatchFact> pass(Pass.Kind kind) {
        return live(FactType.PASS).and(f -> f.detailsAs(Pass.class).kind() == kind);
    }

    private static long count(Predicate<MatchFact> which) {
        return facts.stream().filter(which).count();
    }

    private static long xpathCount(String path) {
        return (long) xpathNumber("count(" + path + ")");
    }

    private static double xpathNumber(String expression) {
        try {
            return (Double) XPathFactory.newInstance().newXPath().evaluate(expression, xml, XPathConstants.NUMBER);
        } catch (XPathExpressionException e) {
            throw new IllegalStateException(expression, e);
        }
    }
}
