/**
 * The road network the traffic module runs on: intersections with their movements and signal plans, one-way roads
 * with their lanes, read from and written to CityFlow's roadnet.json, and the default city. Plain immutable values:
 * the signal controller, the router, the map and the simulator all read the same {@link
 * city.traffic.internal.network.RoadNetwork}.
 */
package city.traffic.internal.network;
