package skill.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.testsupport.KafkaTestSupport;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static skill.core.Facts.min;

/**
 * The dashboard in a real (headless) browser on the whole system: a published goal changes the
 * finisher top 10 and the board follows without a reload; another competition's boards are one
 * selection away and never mix with the first's. Screenshots go to target/screenshots.
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static TestSystem system;
    private static WebDriver browser;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the browser test needs Debian's chromium and chromium-driver (.ci/run installs them)");
        system = TestSystem.start("dashboard", Map.of("skill.scoring.min-minutes", 90));
        url = system.context().getBean(EmbeddedServer.class).start().getURL() + "/";
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("skill-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theFinisherBoardFollowsAGoalLiveAndThePlayerPageShowsTheSkills() throws Exception {
        send(Facts.match("FINISHED", Facts.period(1, min(0), min(45)), Facts.period(2, min(60), min(105))));
        send(Facts.lineup(Facts.HOME, starters("H", 11)));
        send(Facts.lineup(Facts.AWAY, starters("A", 11)));
        send(Facts.shot("H01", 0.5, "GOAL").at(min(10)));
        send(Facts.shot("A02", 0.3, "SAVED").with("teamId", Facts.AWAY).at(min(12)));

        browser.get(url);
        awaitLeader("H01");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("live");
        String pageId = (String) script("return window.__pageId = window.__pageId || Math.random().toString();");

        // One fact: A09 scores from a hard chance and leads the finishers.
        send(Facts.shot("A09", 0.05, "GOAL").with("teamId", Facts.AWAY).at(min(70)));
        awaitLeader("A09");
        assertThat(script("return window.__pageId")).as("the same page, not reloaded").isEqualTo(pageId);
        assertThat(script("return document.querySelectorAll('#board-finisher tbody tr[data-player-id]').length"))
                .isEqualTo(10L);
        try {
            await().atMost(WAIT).until(() -> browser.findElement(By.id("ticker-events")).getText().contains("new #1"));
        } catch (RuntimeException e) {
            screenshot("failure.png");
            throw new AssertionError("The ticker shows no new #1; it reads: "
                    + browser.findElement(By.id("ticker-events")).getText(), e);
        }
        screenshot("dashboard.png");

        browser.findElement(By.cssSelector("#board-finisher tbody tr[data-player-id='A09'] a")).click();
        await().atMost(WAIT).until(() -> !browser.findElements(By.id("player-name")).isEmpty());
        assertThat(browser.findElement(By.id("player-name")).getText()).isEqualTo("Name of A09");
        assertThat(browser.findElement(By.id("boards")).isDisplayed()).as("the boards give way to the player").isFalse();
        WebElement finisher = browser.findElement(By.id("skill-finisher"));
        assertThat(finisher.getText()).contains("Name of A09 – Rank 1").contains("Top 10");
        assertThat(browser.findElement(By.id("skill-sprinter")).getText()).as("90 minutes, but no tracking")
                .contains("No tracking data");
        assertThat(browser.findElements(By.cssSelector(".chart svg"))).hasSize(1);
        screenshot("player.png");
    }

    @Test
    void switchingTheCompetitionShowsItsOwnPlayersClubsAndBadges() throws Exception {
        sendInBl2(Facts.match("FINISHED", Facts.period(1, min(0), min(45)), Facts.period(2, min(60), min(105)))
                .with("homeTeamName", "Paderborn").with("awayTeamName", "Elversberg"));
        sendInBl2(Facts.lineup(Facts.HOME, starters("P", 11)));
        sendInBl2(Facts.lineup(Facts.AWAY, starters("E", 11)));
        sendInBl2(Facts.shot("P07", 0.4, "GOAL").at(min(30)));
        // The dashboard lists the competitions as it loads.
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(WAIT).until(() -> http.send(HttpRequest.newBuilder(URI.create(url + "api/v1/competitions")).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("\"BL2\""));

        browser.get(url);
        await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#competition option[value='BL2']")).isEmpty());
        new Select(browser.findElement(By.id("competition"))).selectByValue("BL2");
        awaitLeader("P07");
        assertThat(script("return document.querySelector(\"#board-finisher tr[data-player-id='P07'] .team\").textContent"))
                .as("the club's name, not its id").isEqualTo("Paderborn");
        assertThat(browser.findElement(By.id("board-sprinter")).getText())
                .contains("No tracking data for BL2 2023-24: the sprinter ranks players with tracking only.");
        await().atMost(WAIT).until(() -> browser.findElement(By.id("ticker-events")).getText()
                .matches("(?s).*BL2 Name of [PE]\\d+ \\((Paderborn|Elversberg)\\).*"));
        screenshot("competition.png");

        new Select(browser.findElement(By.id("competition"))).selectByValue("BL1");
        await().atMost(WAIT).until(() -> !boardLeader().equals("P07"));
        assertThat(script("return [...document.querySelectorAll('#board-finisher tr[data-player-id]')]"
                + ".filter(r => /^[PE]/.test(r.dataset.playerId)).length")).as("BL2's players in BL1").isEqualTo(0L);
    }

    /** On a timeout, the page as it was is saved for the reader of the test report. */
    private static void awaitLeader(String playerId) throws Exception {
        try {
            await().atMost(WAIT).until(() -> boardLeader().equals(playerId));
        } catch (RuntimeException e) {
            screenshot("failure.png");
            throw new AssertionError("The finisher board does not show " + playerId + " first; the page reads: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Read in the page in one step: the board is re-rendered on every event, elements go stale. */
    private static String boardLeader() {
        return (String) script("const r = document.querySelector('#board-finisher tbody tr[data-player-id]');"
                + " return r ? r.dataset.playerId : '';");
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode[] starters(String prefix, int count) {
        var players = new com.fasterxml.jackson.databind.node.ObjectNode[count];
        for (int i = 0; i < count; i++) {
            players[i] = Facts.starter(String.format("%s%02d", prefix, i + 1));
        }
        return players;
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void send(Fact fact) {
        KafkaTestSupport.produce(system.topics().matchFacts(), Facts.MATCH_ID, fact.bytes());
    }

    /** A fact of a second-division match, M2, between the same two team ids. */
    private static void sendInBl2(Fact fact) {
        KafkaTestSupport.produce(system.topics().matchFacts(), "M2", fact.with("competition", "BL2").with("matchId", "M2").bytes());
    }
}
