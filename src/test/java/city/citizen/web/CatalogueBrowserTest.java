package city.citizen.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A clerk signs in on the real Keycloak page, edits a service, signs out, and citizens see the change. */
@QuarkusTest
class CatalogueBrowserTest {

    private static final String CODE = "CIV-002";

    @TestHTTPResource("/")
    URL base;

    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void clerkEditsAServiceAndCitizensSeeItInBothLanguages() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        driver.get(url("/admin/citizen/services/" + CODE + "/edit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).contains("/realms/city/protocol/openid-connect/auth");
        Browser.screenshot(driver, "keycloak-login");
        driver.findElement(By.id("username")).sendKeys("service-clerk");
        driver.findElement(By.id("password")).sendKeys("service-clerk-demo");
        driver.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nameZh")));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/citizen/services/" + CODE + "/edit");
        assertThat(driver.findElement(By.cssSelector("[data-testid=user-name]")).getText())
                .isEqualTo("Jing Yang");
        replace(driver.findElement(By.id("nameZh")), "浏览器测试更名服务");
        replace(driver.findElement(By.id("nameEn")), "Service renamed by the browser test");
        replace(driver.findElement(By.id("fee")), "8");
        Browser.screenshot(driver, "admin-edit-form");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=saved]")));
        assertThat(driver.findElement(By.cssSelector("[data-testid=saved]")).getText())
                .contains(CODE);

        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href^='/login']")));
        assertThat(driver.findElements(By.cssSelector("[data-testid=user-name]")))
                .isEmpty();

        driver.get(url("/services/" + CODE));
        assertThat(driver.findElement(By.cssSelector("[data-testid=service-name]"))
                        .getText())
                .isEqualTo("浏览器测试更名服务");
        assertThat(driver.findElement(By.cssSelector("[data-testid=service-fee]"))
                        .getText())
                .isEqualTo("¥8.00");
        driver.findElement(By.cssSelector("a.lang-switch")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=service-name]"))
                        .getText())
                .isEqualTo("Service renamed by the browser test");
        Browser.screenshot(driver, "public-service-en");

        // the admin page needs a new sign-in: the session really ended
        driver.get(url("/admin/citizen/services"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
