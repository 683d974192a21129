package city.traffic.internal.network;

import java.util.Arrays;
import java.util.Optional;

/** Which way a movement turns, with CityFlow's name for it. */
public enum MovementType {
    STRAIGHT("go_straight"),
    LEFT("turn_left"),
    RIGHT("turn_right");

    private final String cityFlowName;

    MovementType(String cityFlowName) {
        this.cityFlowName = cityFlowName;
    }

    public String cityFlowName() {
        return cityFlowName;
    }

    public static Optional<MovementType> fromCityFlowName(String name) {
        return Arrays.stream(values()).filter(t -> t.cityFlowName.equals(name)).findFirst();
    }
}
