package city.parking.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In memory, which spaces are promised to a booking and which have an open session: searches subtract reserved
 * spaces from the free ones, booking picks spaces nobody holds, and sensor events touch the database only for the
 * spaces where a booking or session waits for them. The database's exclusion constraint stays the one guard against
 * double booking; this is the fast first look.
 */
@ApplicationScoped
public class Reservations {

    /** A live booking's claim on a space. */
    public record Window(UUID bookingId, long spaceId, String lotId, Instant from, Instant arriveBy, Instant to) {

        boolean overlaps(Instant otherFrom, Instant otherTo) {
            return from.isBefore(otherTo) && otherFrom.isBefore(to);
        }

        boolean covers(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }
    }

    private final Map<Long, List<Window>> bySpace = new ConcurrentHashMap<>();
    private final Map<String, Set<Window>> byLot = new ConcurrentHashMap<>();
    private final Set<Long> openSessionSpaces = ConcurrentHashMap.newKeySet();

    public void add(Window w) {
        bySpace.computeIfAbsent(w.spaceId(), k -> new CopyOnWriteArrayList<>()).add(w);
        byLot.computeIfAbsent(w.lotId(), k -> ConcurrentHashMap.newKeySet()).add(w);
    }

    public void remove(UUID bookingId, long spaceId, String lotId) {
        List<Window> list = bySpace.get(spaceId);
        if (list != null) {
            list.removeIf(w -> w.bookingId().equals(bookingId));
        }
        Set<Window> lot = byLot.get(lotId);
        if (lot != null) {
            lot.removeIf(w -> w.bookingId().equals(bookingId));
        }
    }

    public void sessionOpened(Long spaceId) {
        if (spaceId != null) {
            openSessionSpaces.add(spaceId);
        }
    }

    public void sessionClosed(Long spaceId) {
        if (spaceId != null) {
            openSessionSpaces.remove(spaceId);
        }
    }

    public boolean hasOpenSession(long spaceId) {
        return openSessionSpaces.contains(spaceId);
    }

    /** Whether a sensor change of this space may concern a booking or a session. */
    public boolean watched(long spaceId) {
        List<Window> list = bySpace.get(spaceId);
        return openSessionSpaces.contains(spaceId) || (list != null && !list.isEmpty());
    }

    public boolean free(long spaceId, Instant from, Instant to) {
        List<Window> list = bySpace.get(spaceId);
        return list == null || list.stream().noneMatch(w -> w.overlaps(from, to));
    }

    /** Spaces of the lot promised to a booking at that instant. */
    public Set<Long> reservedAt(String lotId, Instant at) {
        Set<Window> lot = byLot.get(lotId);
        if (lot == null || lot.isEmpty()) {
            return Set.of();
        }
        Set<Long> out = new java.util.HashSet<>();
        for (Window w : lot) {
            if (w.covers(at)) {
                out.add(w.spaceId());
            }
        }
        return out;
    }

    public void clear() {
        bySpace.clear();
        byLot.clear();
        openSessionSpaces.clear();
    }
}
