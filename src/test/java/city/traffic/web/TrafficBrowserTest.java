package city.traffic.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.testing.Browser;
import city.traffic.TrafficFixtures;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.IncidentView;
import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficKpis;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Road;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
 * The control room in a real browser, signed in as a traffic operator: an accident a camera reports appears in the
 * list without a reload and is dispatched from it, a signal an operator holds changes on the map, the ambulance
 * panel is empty while no trip is under way and draws a trip's route and vehicle; an intersection's page follows its
 * signal.
 */
@QuarkusTest
class TrafficBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TrafficNetworks networks;

    @Inject
    IncidentDesk desk;

    @Inject
    SignalControl control;

    @Inject
    TrafficKpis kpis;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        TrafficFixtures.freshSignals();
        TrafficFixtures.allUnitsAvailable();
        TrafficFixtures.tick(8);
        driver = Browser.start();
        // rows and map symbols are replaced as the stream updates them: look again rather than fail
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        TrafficFixtures.freshSignals();
        TrafficFixtures.allUnitsAvailable();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void signIn(String path) {
        driver.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("traffic-operator");
        driver.findElement(By.id("password")).sendKeys("traffic-operator-demo");
        driver.findElement(By.id("kc-login")).click();
    }

    private String attr(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getAttribute(name);
    }

    @Test
    void theControlRoomFollowsIncidentsAndSignalsWithoutAReload() {
        kpis.sample(java.time.Instant.now().minusSeconds(30));
        kpis.sample(java.time.Instant.now());
        signIn("/traffic");
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "实时更新中"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-spark=totalQueue]"), "data-drawn", "true"));
        assertThat(driver.findElements(By.cssSelector("#net-map g.sig"))).hasSize(128);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=trips-status]"), "目前没有进行中的救护车行程。"));
        driver.executeScript("window.trafficPageMarker = 'the same page';");

        // a camera reports an accident: it is in the list and on the map, without a reload
        Road road = networks.current().roads().get(170);
        TrafficFixtures.accident(road.id(), "cam-browser/accident.jpg");
        String row = "li[data-incident]";
        wait.until(d -> d.findElements(By.cssSelector(row)).stream()
                .anyMatch(e -> e.getText().contains(road.name().zh())));
        IncidentView incident = desk.open().stream()
                .filter(i -> i.roadId().equals(road.id()))
                .findFirst()
                .orElseThrow();
        String mine = "li[data-incident='" + incident.id() + "']";
        wait.until(d -> {
            String text = d.findElement(By.cssSelector(mine)).getText();
            return text.contains("交通事故") && text.contains("待派警");
        });
        assertThat(driver.findElements(By.cssSelector("[data-incident-mark='" + incident.id() + "']")))
                .hasSize(1);
        assertThat(driver.findElement(By.id("room-status")).getText()).contains("新事件");

        // dispatched from its button: the unit and its ETA are shown
        wait.until(d -> {
            d.findElement(By.cssSelector(mine + " form[data-act=dispatch] button"))
                    .click();
            return true;
        });
        wait.until(d -> d.findElement(By.cssSelector(mine)).getText().contains("预计"));
        IncidentView dispatched = desk.find(incident.id()).orElseThrow();
        assertThat(dispatched.status()).isEqualTo("DISPATCHED");
        wait.until(d ->
                d.findElement(By.cssSelector(mine + " [data-f=unit]")).getText().startsWith(dispatched.unitId()));
        wait.until(d -> d.findElement(By.cssSelector(mine + " [data-f=status]"))
                .getText()
                .equals("警员在途"));

        // an operator holds a phase: the signal on the map turns to it, ringed
        Intersection x = TrafficFixtures.signalised(120);
        control.hold(x.id(), 1);
        TrafficFixtures.tick(20);
        String sig = "g[data-sig='" + x.id() + "']";
        wait.until(d -> attr(sig, "class").contains("held"));
        assertThat(attr(sig, "class")).contains("st-green");
        assertThat(driver.findElement(By.cssSelector(sig + " text")).getAttribute("textContent"))
                .isEqualTo("2");
        assertThat(driver.executeScript("return window.trafficPageMarker;")).isEqualTo("the same page");
        driver.executeScript("document.getElementById('kpis').scrollIntoView();");
        Browser.screenshot(driver, "traffic-room");

        // a trip under way: its route and its vehicle on the map, its figures in the panel
        List<Road> route = networks.current().outgoingRoads(x.id());
        driver.executeScript(
                "window.trafficRoom.showTrips([{id: 't1', vehicleId: 'AMB-07', hospitalNameZh: '瑞金医院', hospitalNameEn: 'Ruijin Hospital',"
                        + " status: 'ACTIVE', startedAt: new Date().toISOString(), etaSeconds: 245, signalsPreempted: 3,"
                        + " stopsAtRed: 0, routeRoadIds: ['" + route.get(0).id() + "', '"
                        + route.get(1).id() + "'],"
                        + " position: {lat: " + x.location().lat() + ", lon: "
                        + x.location().lon() + "}}]);");
        assertThat(driver.findElements(By.cssSelector("#route-layer path.route")))
                .hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#vehicle-layer [data-vehicle='AMB-07']")))
                .hasSize(1);
        assertThat(driver.findElement(By.cssSelector("[data-testid=trips]")).getText())
                .contains("AMB-07 → 瑞金医院")
                .contains("行驶中")
                .contains("预计 4:05 后到达")
                .contains("已优先放行 3 个路口");
        // the vehicle is drawn where the intersection is
        String transform = attr("#vehicle-layer [data-vehicle='AMB-07']", "transform");
        String node = attr(sig, "transform");
        assertThat(coordinates(transform)[0]).isCloseTo(coordinates(node)[0], org.assertj.core.data.Offset.offset(1.0));
        assertThat(coordinates(transform)[1]).isCloseTo(coordinates(node)[1], org.assertj.core.data.Offset.offset(1.0));
        driver.executeScript("document.getElementById('map').scrollIntoView();");
        Browser.screenshot(driver, "traffic-room-map");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.executeScript("document.getElementById('kpis').scrollIntoView();");
        Browser.screenshot(driver, "traffic-room-phone");
    }

    private static double[] coordinates(String transform) {
        String[] xy = transform.replaceAll("[^0-9. -]", "").trim().split("\\s+");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    @Test
    void anIntersectionsPageFollowsItsSignal() {
        Intersection x = TrafficFixtures.signalised(121);
        signIn("/traffic/intersections/" + x.id());
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "实时更新中"));
        assertThat(driver.findElement(By.id("now-stage")).getText()).isEqualTo("相位 1 绿灯");
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector(".phase-card[data-phase='0']"), "class", "current"));
        control.hold(x.id(), 3);
        TrafficFixtures.tick(20);
        wait.until(ExpectedConditions.textToBe(By.id("now-stage"), "相位 4 绿灯"));
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector(".phase-card[data-phase='3']"), "class", "current"));
        assertThat(attr(".phase-card[data-phase='0']", "class")).doesNotContain("current");
        assertThat(driver.findElement(By.id("now-control")).getText()).isEqualTo("人工锁定相位");
        Browser.screenshot(driver, "traffic-intersection");

        // the forms still post once the live stream is open (it renews the form token)
        new Select(driver.findElement(By.id("mode"))).selectByValue("ACTUATED");
        driver.findElement(By.id("mode-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=notice]")));
        assertThat(control.view(x.id()).mode()).isEqualTo(SignalControl.Mode.ACTUATED);
        assertThat(driver.findElement(By.cssSelector("[data-testid=actions]")).getText())
                .contains("traffic-operator")
                .contains("控制方式改为感应控制");
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(driver, "traffic-intersection-phone");
    }
}
