/**
 * Signal controllers for offline runs of the simulation: the network file's own fixed plan and a max-pressure
 * controller. They use only the engine's public {@link city.simulation.traffic.Signals} interface, as any other
 * controller would.
 */
package city.simulation.traffic.signals;
