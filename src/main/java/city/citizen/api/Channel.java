package city.citizen.api;

/** How a service is applied for: entirely online, or with a visit to a service hall. */
public enum Channel {
    ONLINE,
    IN_PERSON
}
