package city.payments.internal.paycode;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the phone pay codes. */
@ConfigMapping(prefix = "city.payments.pay-code")
public interface PayCodeConfig {

    /**
     * How long a pay code is accepted after it is shown (whole seconds). Short, because a photographed QR code can
     * be replayed at another gantry that has not yet seen it spent.
     */
    @WithDefault("PT60S")
    Duration lifetime();
}
