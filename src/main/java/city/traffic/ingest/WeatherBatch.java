package city.traffic.ingest;

import city.traffic.internal.CityWeather;
import java.util.List;

/** Weather observations as they travel on channel {@code weather-observations}: plain data (JSON over a broker). */
public record WeatherBatch(List<CityWeather.Observation> observations) {}
