package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.RoadNetwork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The emergency hospitals that ambulance trips go to: real hospitals with an emergency department near People's
 * Square (approximate coordinates), each reached at the network intersection nearest to it (two hospitals never
 * share one). The list is the traffic module's own until a health module offers one.
 */
public final class Hospitals {

    /** A hospital and the intersection of the network where an ambulance arrives. */
    public record Hospital(String id, String nameZh, String nameEn, double lat, double lon, String intersectionId) {}

    private record Known(String id, String nameZh, String nameEn, double lat, double lon) {}

    private static final List<Known> KNOWN = List.of(
            new Known("H-RUIJIN", "上海交通大学医学院附属瑞金医院", "Ruijin Hospital", 31.2130, 121.4680),
            new Known("H-RENJI-W", "上海交通大学医学院附属仁济医院(西院)", "Renji Hospital (West)", 31.2334, 121.4855),
            new Known("H-CHANGZHENG", "海军军医大学第二附属医院(长征医院)", "Shanghai Changzheng Hospital", 31.2360, 121.4668),
            new Known("H-NINTH", "上海交通大学医学院附属第九人民医院", "Shanghai Ninth People's Hospital", 31.2052, 121.4800),
            new Known("H-FIRST", "上海市第一人民医院", "Shanghai General Hospital", 31.2476, 121.4892));

    private final List<Hospital> hospitals;

    /** The hospitals placed on {@code network}: each at the nearest signalised intersection not yet taken. */
    public Hospitals(RoadNetwork network) {
        List<Intersection> candidates = network.signalisedIntersections().isEmpty()
                ? network.intersections()
                : network.signalisedIntersections();
        Set<String> taken = new HashSet<>();
        List<Hospital> out = new ArrayList<>();
        for (Known k : KNOWN) {
            GeoPoint at = new GeoPoint(k.lat(), k.lon());
            Intersection best = null;
            double bestMetres = Double.POSITIVE_INFINITY;
            for (Intersection i : candidates) {
                if (taken.contains(i.id())) {
                    continue;
                }
                double m = at.metresTo(i.location());
                if (m < bestMetres) {
                    bestMetres = m;
                    best = i;
                }
            }
            if (best != null) {
                taken.add(best.id());
                out.add(new Hospital(k.id(), k.nameZh(), k.nameEn(), k.lat(), k.lon(), best.id()));
            }
        }
        this.hospitals = List.copyOf(out);
    }

    public List<Hospital> all() {
        return hospitals;
    }

    public Optional<Hospital> find(String id) {
        return hospitals.stream().filter(h -> h.id().equals(id)).findFirst();
    }
}
