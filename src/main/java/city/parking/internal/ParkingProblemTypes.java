package city.parking.internal;

/**
 * The kinds of refusal of the parking services: problem types (URIs) for what concerns no field, and codes for the
 * field errors of a field that can be wrong in more than one way. Pages translate a refusal from these, never from
 * its English detail.
 */
public final class ParkingProblemTypes {

    private static final String BASE = "https://city.example/problems/";

    /** 409: no space of the lot (or not the chosen one) is free for the time asked. */
    public static final String SPACE_TAKEN = BASE + "parking-space-taken";

    /** 409: the Idempotency-Key was used for another request. */
    public static final String KEY_REUSED = BASE + "idempotency-key-reused";

    /** 409: the plate (or the space) has a stay in progress already. */
    public static final String STAY_OPEN = BASE + "parking-stay-open";

    /** 409: the booking has started, ended or expired. */
    public static final String NOT_CANCELLABLE = BASE + "booking-not-cancellable";

    /** 409: the plate is registered to another account. */
    public static final String PLATE_TAKEN = BASE + "plate-registered-elsewhere";

    /** 409: someone else changed the lot since the version the request was made from. */
    public static final String LOT_CHANGED = BASE + "lot-changed";

    /** Field code: a time that has passed. */
    public static final String PAST = "past";

    /** Field code: an arrival beyond the next 24 hours. */
    public static final String TOO_FAR_AHEAD = "too-far-ahead";

    /** Field code: the lot is closed at the time asked (or now). */
    public static final String LOT_CLOSED = "lot-closed";

    /** Field code: a stay shorter than the arrival window. */
    public static final String BELOW_WINDOW = "below-window";

    /** Field code: a stay longer than the lot allows. */
    public static final String ABOVE_LOT_MAXIMUM = "above-lot-maximum";

    private ParkingProblemTypes() {}
}
