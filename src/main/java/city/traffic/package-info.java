/**
 * Traffic, the City Brain: the road network (intersections, roads, lanes, movements, signal phases), detector and
 * camera readings through the ingestion channel into live state, adaptive signal control, emergency-vehicle green
 * waves, incident detection and police dispatch, violations, and the control-room screens.
 */
package city.traffic;
