/**
 * The digital twin's traffic microsimulation, in plain Java (no beans, no database): reads a CityFlow scenario
 * ({@link city.simulation.traffic.CityFlowReader}, {@link city.simulation.traffic.Scenario}), runs it in fixed steps
 * ({@link city.simulation.traffic.Simulation}) under pluggable traffic lights ({@link
 * city.simulation.traffic.Signals}, which read {@link city.simulation.traffic.Observations}), and reports travel
 * times, delay, stops and queues ({@link city.simulation.traffic.RunResult}) and per-lane detector readings ({@link
 * city.simulation.traffic.Detectors}). {@link city.simulation.traffic.RunScenario} is the headless command line.
 * Networks come in as CityFlow JSON documents (the traffic module exports its network in that format), so nothing
 * here depends on the traffic module's internals.
 */
package city.simulation.traffic;
