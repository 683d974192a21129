/**
 * The digital twin: virtual devices that drive the platform through the same doors as real ones (the public
 * ingestion API, with device credentials). No module depends on it; production turns it off
 * ({@code city.simulation.enabled=false}). For now it holds the parking sensors of the live city; the traffic
 * microsimulation joins it later.
 */
package city.simulation;
