package city.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link LocalServicesResource} for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(LocalServicesResource.class)
public final class WithLocalServices {

    private WithLocalServices() {}
}
