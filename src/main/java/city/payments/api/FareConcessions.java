package city.payments.api;

/**
 * Fare concessions the metro applies to a citizen's trips (their wallet and their registered transit cards): percent
 * off each fare, replacing the monthly discount when larger; of several, the largest applies.
 */
public interface FareConcessions {

    /**
     * Grants a concession, or changes its percent; granting the same one again changes nothing. Trips tapped out from
     * then on are charged with it.
     *
     * @param code what it is, such as {@code SENIOR_65}
     */
    void grant(String citizenId, String code, int percentOff, String reason);

    /** The percent off the citizen's fares now (the largest of their concessions), 0 for none. */
    int percentFor(String citizenId);
}
