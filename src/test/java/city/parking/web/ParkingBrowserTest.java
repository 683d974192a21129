package city.parking.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.parking.internal.LotInfo;
import city.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A driver finds parking in a real browser: the search lists lots and maps them, and the list (and then the lot's
 * page) follows a sensor without a reload. An operator sees the live screen with its revenue chart.
 */
@QuarkusTest
class ParkingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private String available(String lotId) {
        return driver.findElement(By.cssSelector("li[data-lot='" + lotId + "'] [data-f=available]"))
                .getText();
    }

    @Test
    void theSearchShowsLotsAndTheListFollowsTheSensorsWithoutAReload() {
        driver.get(url("/parking"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=lots]")));
        assertThat(driver.findElements(By.cssSelector("li[data-lot]"))).hasSizeGreaterThan(5);
        assertThat(driver.findElements(By.cssSelector("[data-testid=lot-map] circle.lot")))
                .hasSizeGreaterThan(5);
        assertThat(driver.findElement(By.cssSelector("li[data-lot='P0003'] h3")).getText())
                .contains("人民广场地下停车场");
        Browser.screenshot(driver, "parking-search");

        // a lot of the test's own, searched for by its coordinates, with one of its five spaces free
        LotInfo lot = TestLots.create(5);
        TestLots.sensors(lot, 1);
        new Select(driver.findElement(By.id("place"))).selectByValue("custom");
        driver.findElement(By.id("lat")).sendKeys(Double.toString(lot.location().lat()));
        driver.findElement(By.id("lon")).sendKeys(Double.toString(lot.location().lon()));
        new Select(driver.findElement(By.id("radius"))).selectByValue("500");
        driver.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li[data-lot='" + lot.id() + "']")));
        assertThat(available(lot.id())).isEqualTo("1");
        WebElement row = driver.findElement(By.cssSelector("li[data-lot='" + lot.id() + "']"));
        assertThat(row.getAttribute("class")).contains("few");
        driver.executeScript("window.parkingPageMarker = 'still the same page';");

        TestLots.sensors(lot, 4);
        wait.until(d -> available(lot.id()).equals("4"));
        assertThat(driver.executeScript("return window.parkingPageMarker;")).isEqualTo("still the same page");
        assertThat(driver.findElement(By.cssSelector("li[data-lot='" + lot.id() + "']"))
                        .getAttribute("class"))
                .contains("plenty");
        assertThat(driver.findElement(By.cssSelector("[data-map-lot='" + lot.id() + "']"))
                        .getAttribute("class"))
                .contains("plenty");
        assertThat(driver.findElement(By.id("live-status")).getText()).contains("1 个停车场的空位有变化");
        Browser.screenshot(driver, "parking-search-live");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "parking-search-phone");

        // the lot's own page follows its sensors too
        driver.findElement(By.cssSelector("li[data-lot='" + lot.id() + "'] h3 a"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=available]"), "4"));
        TestLots.sensors(lot, 2);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=available]"), "2"));
        assertThat(driver.findElement(By.id("live-status")).getText()).contains("2");
        Browser.screenshot(driver, "parking-lot-phone");
    }

    @Test
    void anOperatorSeesTheLiveScreenWithItsCharts() {
        driver.get(url("/admin/parking"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("parking-operator");
        driver.findElement(By.id("password")).sendKeys("parking-operator-demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=kpis]")));
        wait.until(
                ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=revenue-chart]"), "data-drawn", "true"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=revenue-chart] canvas")))
                .isNotEmpty();
        String before = driver.findElement(By.cssSelector("[data-k=updatedAt]")).getText();
        wait.until(d ->
                !d.findElement(By.cssSelector("[data-k=updatedAt]")).getText().equals(before));
        assertThat(driver.findElements(By.cssSelector("#lots-body tr"))).hasSize(ParkingAdminPage.PAGE_SIZE);
        Browser.screenshot(driver, "parking-admin");
    }
}
