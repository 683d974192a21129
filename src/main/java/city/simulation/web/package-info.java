/**
 * The twin's staff pages under {@code /traffic/twin}: start an evaluation of signal controllers on a scenario, upload
 * scenarios, follow a run's progress and compare its results in a table and charts. For traffic operators.
 */
package city.simulation.web;
