package city.payments.internal.metro;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What the gantries remember of one card or wallet between taps: the open trip, what it paid this month and today
 * (for discounts and the cap), and fares not yet settled. Guarded by its own monitor.
 */
final class Rider {

    /** An open trip: where and when it entered. */
    record OpenTrip(UUID id, String station, String gantry, Instant enteredAt) {}

    final String medium;
    final long accountId;
    final String ownerId;
    OpenTrip open;
    YearMonth month;
    long paidMonth;
    LocalDate day;
    long paidDay;
    long unsettledFen;
    boolean unpaidFares;
    /** The owner's fare concession in percent off (a senior's, say), 0 for none. */
    int concessionPercent;
    /** When a gantry last saw this rider: riders idle long enough are forgotten (and read back when they return). */
    Instant lastSeen;

    Rider(String medium, long accountId, String ownerId) {
        this.medium = medium;
        this.accountId = accountId;
        this.ownerId = ownerId;
    }

    /** Moves the month and day counters on when a trip starts in a new month or day. */
    void rollTo(LocalDate date) {
        YearMonth m = YearMonth.from(date);
        if (!m.equals(month)) {
            month = m;
            paidMonth = 0;
        }
        if (!date.equals(day)) {
            day = date;
            paidDay = 0;
        }
    }
}
