package city.citizen.api;

/** What a notification is about; citizens choose the channels (inbox, e-mail) per kind. */
public enum NotificationKind {
    APPLICATION_STATUS,
    PAYMENT_RECEIPT,
    BOOKING_EXPIRY,
    TRAFFIC_FINE,
    /** A benefit granted without applying, or paid. */
    BENEFIT,
    APPOINTMENT_REMINDER
}
