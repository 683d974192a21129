/**
 * The digital twin: virtual devices that drive the platform through the same doors as real ones (the public
 * ingestion API, with device credentials). No module depends on it; production turns it off
 * ({@code city.simulation.enabled=false}). It holds the parking sensors of the live city and the traffic
 * microsimulation ({@link city.simulation.traffic}), which runs offline scenarios from the command line and, for
 * traffic operators, evaluations of signal controllers ({@link city.simulation.evaluation}, pages under
 * {@code /traffic/twin}, API under {@code /api/v1/simulation/}).
 */
package city.simulation;
