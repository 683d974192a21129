/**
 * Signal control of one intersection and of the whole network, in plain Java: no beans, no database, no road-network
 * classes. An adapter maps the network onto {@link city.traffic.internal.control.SignalPlan} (phases, movements,
 * timing) and writes detector, queue and weather readings into each signal's
 * {@link city.traffic.internal.control.LiveInputs}; {@link city.traffic.internal.control.SignalNetwork#tick(long)}
 * then decides every signal once per second.
 *
 * <p>Rules every signal keeps, whatever its controller:
 *
 * <ul>
 *   <li>Time is whole seconds on any monotone clock; a decision is made once per tick.
 *   <li>One phase is green at a time. A change of phase always passes through a clearance: the movements that lose
 *       green show yellow, then red for the all-red interval, and only then do the movements of the next phase get
 *       green. Movements served by both phases (right turns allowed in every phase, for instance) stay green through
 *       the clearance, since they conflict with nothing in either phase. Yellow and all-red are never shortened.
 *   <li>A phase keeps at least its minimum green. The one exception is emergency preemption, which may cut the
 *       minimum green down to {@link city.traffic.internal.control.Timing#preemptionMinGreen()} (5 s by default):
 *       a driver who has just been given green is not shown yellow at once, and the clearance still runs in full.
 *   <li>Adverse weather, rain over 2 mm/h or visibility under 200 m, adds 1 s of yellow and 1 s of all-red (wet
 *       roads and poor sight lengthen stopping distances). The weather is read when a clearance starts; a clearance
 *       under way keeps its lengths.
 *   <li>Who chooses the next phase, highest first: emergency preemption, operator hold, a forced plan, the
 *       intersection's controller. Releasing an override returns control to the next one down, from the phase that
 *       is green at that moment.
 * </ul>
 */
package city.traffic.internal.control;
