package city.simulation.traffic;

/**
 * The traffic lights of a simulation. The engine calls {@link #step} once at the start of every step, before any
 * vehicle moves, and then asks {@link #green} once for every road link of every signalised intersection (one with
 * phases, see {@link Network.Intersection#signalised()}); the answers hold for the whole step. A vehicle enters a road
 * link's lane links only in a step in which that link is green; links of unsignalised intersections are always green.
 * Clearance (yellow, all red) is the implementation's business: to the engine a link is green or it is not.
 *
 * <p>Implementations are called from the simulation's thread only and may keep state; one instance serves one
 * simulation.
 */
public interface Signals {

    /**
     * Decide the lights for the step that starts now.
     *
     * @param time seconds since the start of the simulation (a multiple of the step length)
     * @param observations the state of the network at this instant: queues and counts per lane
     */
    void step(double time, Observations observations);

    /**
     * Whether vehicles may enter road link {@code roadLinkIndex} (its position in the intersection's {@code
     * roadLinks}) of intersection {@code intersectionId} during the step decided by the last {@link #step} call.
     */
    boolean green(String intersectionId, int roadLinkIndex);
}
