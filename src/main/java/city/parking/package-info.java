/**
 * Smart parking: lots and on-street zones, their spaces and the sensors under them, live occupancy from sensor
 * events, search for free spaces near a point, bookings held on the citizen's wallet, parking sessions and their
 * charges. Money moves only through {@code city.payments.api}.
 */
package city.parking;
