package city.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.simulation.TwinScenarios;
import city.simulation.evaluation.Evaluations;
import city.simulation.evaluation.ScenarioInfo;
import city.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The evaluation page in a real browser, signed in as a traffic operator: a run started from the form shows its
 * progress bar moving, then its results table and charts, on the same page without a reload.
 */
@QuarkusTest
class TwinBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Evaluations evaluations;

    @Inject
    city.simulation.live.LiveTwin twin;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        evaluations.pace(Duration.ZERO);
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void aRunStartedFromThePageShowsItsProgressThenItsResultsWithoutAReload() {
        ScenarioInfo tiny = TwinScenarios.tiny("2x2 浏览器");
        // 5 simulated minutes per controller at 400 ms a minute: some 4 s to watch the bar move
        evaluations.pace(Duration.ofMillis(400));
        driver.get(url("/traffic/twin"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("traffic-operator");
        driver.findElement(By.id("password")).sendKeys("traffic-operator-demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));

        new Select(driver.findElement(By.id("scenario"))).selectByValue(Long.toString(tiny.id()));
        assertThat(driver.findElement(By.id("c-plan")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("c-max-pressure")).isSelected()).isTrue();
        driver.findElement(By.id("minutes")).clear();
        driver.findElement(By.id("minutes")).sendKeys("5");
        Browser.screenshot(driver, "twin-form");
        driver.findElement(By.id("start")).click();

        wait.until(ExpectedConditions.urlMatches(".*/traffic/twin/runs/\\d+$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-progress")));
        driver.executeScript("window.twinPageMarker = 'the same page';");
        // the bar moves while the run runs
        wait.until(d -> {
            String v = d.findElement(By.id("run-progress")).getAttribute("value");
            return v != null && Double.parseDouble(v) > 0 && Double.parseDouble(v) < 100;
        });
        assertThat(driver.findElement(By.id("run-progress-text")).getText()).startsWith("运行中");
        Browser.screenshot(driver, "twin-progress");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=results-table]")));
        assertThat(driver.executeScript("return window.twinPageMarker;")).isEqualTo("the same page");
        assertThat(driver.findElements(By.id("run-progress"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-testid=results-table] tbody tr")))
                .hasSize(2);
        assertThat(driver.findElement(By.cssSelector("tr[data-controller=plan] th"))
                        .getText())
                .isEqualTo("路网文件的定时方案");
        assertThat(driver.findElement(By.cssSelector("[data-testid=run-status]"))
                        .getText())
                .isEqualTo("已完成");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=tt-chart]"), "data-drawn", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=queue-chart]"), "data-drawn", "true"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=queue-chart] canvas")))
                .isNotEmpty();
        Browser.screenshot(driver, "twin-results");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "twin-results-phone");
    }

    @Test
    void theLiveTwinsPanelFollowsTheTwinWithoutAReload() throws InterruptedException {
        java.time.Instant started = java.time.Instant.now().minusSeconds(1);
        city.traffic.TrafficFixtures.freshSignals();
        twin.begin();
        try {
            driver.get(url("/traffic/twin/live"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            driver.findElement(By.id("username")).sendKeys("traffic-operator");
            driver.findElement(By.id("password")).sendKeys("traffic-operator-demo");
            driver.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trigger-accident")));
            String before = driver.findElement(By.cssSelector("[data-testid=simulated]"))
                    .getText();
            for (int i = 0; i < 45; i++) {
                twin.advance(1);
                city.traffic.TrafficFixtures.tick(1);
            }
            assertThat(before).isNotEqualTo("45");
            // the page's poll (every 2 s) brings the twin's time without a reload
            wait.until(d -> d.findElement(By.cssSelector("[data-testid=simulated]"))
                    .getText()
                    .equals("45"));
            assertThat(Integer.parseInt(driver.findElement(By.cssSelector("[data-testid=on-network]"))
                            .getText()
                            .replace(",", "")))
                    .isEqualTo(twin.status().vehiclesOnNetwork())
                    .isPositive();
            Browser.screenshot(driver, "twin-live");
        } finally {
            city.simulation.live.LiveTwinFixtures.stopAndForget(twin, started);
        }
    }
}
