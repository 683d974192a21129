package city.payments.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.payments.LedgerStaysBalanced;
import city.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen signs in on the real Keycloak page, links a card, tops up the wallet and shows the pay code. */
@QuarkusTest
class WalletBrowserTest implements LedgerStaysBalanced {

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

    private void signIn(String path, String user, String password) {
        driver.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    private BigDecimal balance() {
        String text =
                driver.findElement(By.cssSelector("[data-testid=balance]")).getText();
        return new BigDecimal(text.replace("¥", "").replace(",", ""));
    }

    @Test
    void citizenLinksACardTopsUpAndShowsThePayCode() {
        signIn("/wallet", "citizen", "citizen-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=balance]")));
        assertThat(driver.getCurrentUrl()).endsWith("/wallet");
        BigDecimal before = balance();

        if (driver.findElements(By.id("top-up-submit")).isEmpty()) {
            driver.findElement(By.id("number")).sendKeys("4242 4242 4242 4242");
            new Select(driver.findElement(By.id("expMonth"))).selectByValue("12");
            new Select(driver.findElement(By.id("expYear")))
                    .selectByValue(Integer.toString(LocalDate.now().getYear() + 3));
            driver.findElement(By.id("cvv")).sendKeys("123");
            Browser.screenshot(driver, "wallet-add-card");
            driver.findElement(By.id("add-card-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=notice]")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=notice]"))
                            .getText())
                    .contains("4242");
        }

        driver.findElement(By.id("amount")).sendKeys("20");
        driver.findElement(By.id("top-up-submit")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=notice]"), "¥20.00"));
        assertThat(balance()).isEqualByComparingTo(before.add(new BigDecimal("20")));
        Browser.screenshot(driver, "wallet-topped-up");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "wallet-phone");

        driver.findElement(By.cssSelector("a[href='/wallet/pay-code']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=pay-code-qr] svg")));
        String first = driver.findElement(By.cssSelector("[data-countdown]")).getText();
        wait.until(d ->
                !d.findElement(By.cssSelector("[data-countdown]")).getText().equals(first));
        Browser.screenshot(driver, "pay-code-phone");
    }

    @Test
    void staffSeeTheBooksTheFaresAndTheMetroMap() {
        signIn("/admin/payments", "payments-admin", "payments-admin-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=books]")));
        assertThat(driver.findElement(By.cssSelector("[data-testid=books]")).getAttribute("data-balanced"))
                .isEqualTo("true");
        assertThat(driver.findElements(By.cssSelector("[data-testid=metro-map] polyline")))
                .hasSizeGreaterThan(3);
        Browser.screenshot(driver, "payments-admin");
    }
}
