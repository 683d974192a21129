package city.parking.rest;

import city.parking.internal.LotDirectory;
import city.parking.internal.LotInfo;
import city.parking.internal.Occupancy;
import city.parking.internal.SpaceStatus;
import city.platform.rest.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lots and spaces as FIWARE Smart Data Models entities (OffStreetParking, OnStreetParking, ParkingSpot) in
 * NGSI-LD key-value form, for tools that speak FIWARE. Ids are URNs: {@code urn:ngsi-ld:OffStreetParking:P0001},
 * {@code urn:ngsi-ld:ParkingSpot:<sensor id>}.
 */
@Path("/api/v1/parking/fiware")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking (FIWARE)", description = "FIWARE OffStreetParking, OnStreetParking and ParkingSpot views")
@PermitAll
public class FiwareResource {

    private final LotDirectory directory;
    private final Occupancy occupancy;

    FiwareResource(LotDirectory directory, Occupancy occupancy) {
        this.directory = directory;
        this.occupancy = occupancy;
    }

    @GET
    @Path("parkings")
    @Operation(summary = "Every lot as an OffStreetParking or OnStreetParking entity")
    public List<Map<String, Object>> parkings() {
        return directory.lots().stream()
                .filter(LotInfo::active)
                .sorted(Comparator.comparing(LotInfo::id))
                .map(this::parking)
                .toList();
    }

    @GET
    @Path("parkings/{id}")
    @Operation(summary = "One lot as an OffStreetParking or OnStreetParking entity")
    public Map<String, Object> parking(@PathParam("id") String id) {
        return parking(LotResource.lot(directory, id));
    }

    @GET
    @Path("spots")
    @Operation(summary = "The ParkingSpot entities of one lot (refParkingSite is its id, plain or as URN)")
    public List<Map<String, Object>> spots(@QueryParam("refParkingSite") String site) {
        if (site == null || site.isBlank()) {
            throw ProblemException.invalidField("refParkingSite", "the lot whose spots to list is required");
        }
        LotInfo lot = LotResource.lot(directory, site.substring(site.lastIndexOf(':') + 1));
        List<Map<String, Object>> out = new ArrayList<>();
        for (LotInfo.SpaceInfo s : lot.spaces()) {
            out.add(spot(lot, s));
        }
        return out;
    }

    @GET
    @Path("spots/{sensorId}")
    @Operation(summary = "One ParkingSpot entity, by its sensor id")
    public Map<String, Object> spot(@PathParam("sensorId") String sensorId) {
        LotInfo.SpaceInfo s = directory
                .sensor(sensorId)
                .orElseThrow(() -> ProblemException.notFound("No parking spot with sensor " + sensorId + "."));
        return spot(directory.lot(s.lotId()).orElseThrow(), s);
    }

    private static String type(LotInfo lot) {
        return "onStreet".equals(lot.category()) ? "OnStreetParking" : "OffStreetParking";
    }

    private static String urn(String type, String id) {
        return "urn:ngsi-ld:" + type + ":" + id;
    }

    private static Map<String, Object> point(LotInfo lot) {
        return Map.of(
                "type",
                "Point",
                "coordinates",
                List.of(lot.location().lon(), lot.location().lat()));
    }

    private Map<String, Object> parking(LotInfo lot) {
        Occupancy.LotLive live = occupancy.lot(lot.id());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", urn(type(lot), lot.id()));
        e.put("type", type(lot));
        e.put("name", lot.nameEn());
        e.put("alternateName", lot.nameZh());
        List<String> category = new ArrayList<>(List.of("public", "feeCharged"));
        if (lot.openDayAndNight()) {
            category.add("24h");
        }
        e.put("category", category);
        e.put("location", point(lot));
        e.put(
                "address",
                Map.of(
                        "streetAddress",
                        lot.addressEn(),
                        "addressLocality",
                        "Shanghai",
                        "addressRegion",
                        lot.districtEn(),
                        "addressCountry",
                        "CN"));
        e.put("totalSpotNumber", live.total());
        e.put("availableSpotNumber", live.free());
        e.put("occupiedSpotNumber", live.occupied());
        e.put(
                "percentageOccupancy",
                live.free() + live.occupied() == 0 ? null : Math.round(live.occupancyRate() * 1000) / 10.0);
        e.put("occupancyModified", live.modifiedAt());
        e.put(
                "chargeType",
                lot.tariff().firstHourFen() == 0 && lot.tariff().perHourFen() == 0
                        ? List.of("free")
                        : lot.tariff().dailyMaxFen() == null
                                ? List.of("firstIntervalPrice", "additionalIntervalPrice")
                                : List.of("firstIntervalPrice", "additionalIntervalPrice", "maximum"));
        e.put("priceCurrency", "CNY");
        e.put("firstIntervalPrice", lot.tariff().firstHourFen() / 100.0);
        e.put("additionalIntervalPrice", lot.tariff().perHourFen() / 100.0);
        if (lot.tariff().dailyMaxFen() != null) {
            e.put("maximumDailyPrice", lot.tariff().dailyMaxFen() / 100.0);
        }
        if (lot.maxStayMinutes() != null) {
            e.put(
                    "maximumParkingDuration",
                    Duration.ofMinutes(lot.maxStayMinutes()).toString());
        }
        e.put(
                "openingHours",
                lot.openDayAndNight() ? "Mo-Su 00:00-24:00" : "Mo-Su " + lot.opens() + "-" + lot.closes());
        return e;
    }

    private Map<String, Object> spot(LotInfo lot, LotInfo.SpaceInfo s) {
        Occupancy.SpaceLive live = occupancy.space(s.id()).orElse(null);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", urn("ParkingSpot", s.sensorId()));
        e.put("type", "ParkingSpot");
        e.put("name", s.label());
        e.put(
                "status",
                live == null ? SpaceStatus.unknown.name() : live.status().name());
        e.put("category", spotCategory(lot, s));
        e.put("refParkingSite", urn(type(lot), lot.id()));
        e.put("refDevice", urn("Device", s.sensorId()));
        e.put("location", point(lot));
        Instant modified = live == null ? null : live.statusAt();
        e.put("dateModified", modified);
        if (live != null && live.batteryPct() != null) {
            e.put("batteryLevel", live.batteryPct() / 100.0);
        }
        return e;
    }

    private static List<String> spotCategory(LotInfo lot, LotInfo.SpaceInfo s) {
        List<String> c = new ArrayList<>();
        c.add(lot.category());
        if (s.ev()) {
            c.add("electricChargingStation");
        }
        if (s.accessible()) {
            c.add("onlyDisabled");
        }
        return c;
    }
}
