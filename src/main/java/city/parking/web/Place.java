package city.parking.web;

import java.util.List;
import java.util.Optional;

/** A well-known point of the city that a driver can search from without typing coordinates. */
public record Place(String id, String nameZh, String nameEn, double lat, double lon) {

    static final String CUSTOM = "custom";

    static final List<Place> PRESETS = List.of(
            new Place("renmin", "人民广场", "People's Square", 31.2304, 121.4737),
            new Place("jingan", "静安寺", "Jing'an Temple", 31.2237, 121.4453),
            new Place("lujiazui", "陆家嘴", "Lujiazui", 31.2397, 121.4998),
            new Place("xujiahui", "徐家汇", "Xujiahui", 31.1955, 121.4365),
            new Place("wujiaochang", "五角场", "Wujiaochang", 31.2990, 121.5140));

    static final Place DEFAULT = PRESETS.get(0);

    static Optional<Place> preset(String id) {
        return PRESETS.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
