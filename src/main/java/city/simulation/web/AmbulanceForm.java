package city.simulation.web;

/** The run form's optional ambulance experiment, as typed. */
public record AmbulanceForm(String from, String to, String minute) {

    static final AmbulanceForm EMPTY = new AmbulanceForm("", "", "");
}
