package city.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The name of the city in both languages, in the layout of every page. */
@ConfigMapping(prefix = "city.name")
public interface CityName {

    /** 申城 (Shencheng), a literary name of Shanghai, whose districts and places the seed data describes. */
    @WithDefault("申城")
    String zh();

    /** The same name in pinyin. */
    @WithDefault("Shencheng")
    String en();
}
