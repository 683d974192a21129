package city.citizen.mycity;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A module's section that a test makes slow or broken, to see the rest of "my city" still render. */
@ApplicationScoped
public class SlowSection implements MyCitySection {

    private static final Heading HEADING = new Heading("test-slow", 99, "测试栏目", "Test section", "/");

    enum Mode {
        QUICK,
        SLOW,
        BROKEN
    }

    static volatile Mode mode = Mode.QUICK;

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        switch (mode) {
            case SLOW -> {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case BROKEN -> throw new IllegalStateException("the module is down");
            default -> {}
        }
        return List.of(MyCityItem.of("在", "here", null, false));
    }
}
