/**
 * The twin's JSON API under {@code /api/v1/simulation/}: the controllers on offer, scenarios (list, files, upload) and
 * evaluation runs (start, follow, cancel, results), for traffic operators.
 */
package city.simulation.rest;
