package city.traffic.internal;

import city.traffic.internal.network.RoadNetwork;

/** The active road network changed (at start, or an operator imported one); observed synchronously. */
public record NetworkInstalled(RoadNetwork network) {}
