package city.traffic.api.event;

import java.time.Instant;

/**
 * The traffic module's signals run on another road network: the one stored at start, or one an operator imported.
 * Fired once the network is stored and live; {@link city.traffic.api.TrafficModel#activeRoadnet()} serves it from
 * then on.
 *
 * @param networkId the stored network's id
 * @param createdAt when the network was stored (not when it was activated again at a restart)
 */
public record NetworkActivated(long networkId, String name, Instant createdAt) {}
