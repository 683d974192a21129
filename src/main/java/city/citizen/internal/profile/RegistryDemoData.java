package city.citizen.internal.profile;

import city.platform.config.Demo;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;

/**
 * What the household registry holds of the two demo citizens of {@code keycloak/dev-overlay.json}, so that their
 * forms are filled in once only. Runs only with the demo users ({@code city.demo.enabled}); safe to repeat.
 */
@ApplicationScoped
class RegistryDemoData {

    static final String DEMO_CITIZEN = "00000000-0000-4000-8000-000000000001";
    static final String DEMO_CITIZEN_2 = "00000000-0000-4000-8000-000000000017";

    private final boolean enabled;
    private final ProfileService profiles;

    RegistryDemoData(Demo demo, ProfileService profiles) {
        this.enabled = demo.enabled();
        this.profiles = profiles;
    }

    void seed(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        profiles.register(
                DEMO_CITIZEN,
                "citizen",
                "张伟",
                "310101198503121236",
                "13800138001",
                "上海市黄浦区南京东路 100 号 3 室",
                LocalDate.of(1985, 3, 12));
        profiles.register(
                DEMO_CITIZEN_2,
                "citizen2",
                "李娜",
                "310104199207082467",
                "13900139002",
                "上海市徐汇区漕溪北路 28 号 1202 室",
                LocalDate.of(1992, 7, 8));
    }
}
