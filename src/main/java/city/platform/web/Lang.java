package city.platform.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** The two languages of every page: Simplified Chinese first, English on request (remembered in a cookie). */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN", "中文"),
    EN(Locale.ENGLISH, "en", "English");

    public static final String COOKIE = "lang";

    private final Locale locale;
    private final String tag;
    private final String nativeName;

    Lang(Locale locale, String tag, String nativeName) {
        this.locale = locale;
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Lang other() {
        return this == ZH ? EN : ZH;
    }

    /** The language named by a tag such as {@code en}, {@code en-GB}, {@code zh-CN}, or null. */
    public static Lang fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals("en") || t.startsWith("en-")) {
            return EN;
        }
        if (t.equals("zh") || t.startsWith("zh-")) {
            return ZH;
        }
        return null;
    }

    /** The language of a request: its cookie, else Chinese. */
    public static Lang of(RoutingContext context) {
        if (context == null) {
            return ZH;
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        Lang lang = cookie == null ? null : fromTag(cookie.getValue());
        return lang == null ? ZH : lang;
    }

    /**
     * A message bundle (a {@code @MessageBundle} interface such as {@code Msg}) in this language: how Java code gets
     * the texts of the pages. Chinese is the bundles' default locale; English comes from {@code messages/*_en}.
     */
    public <T> T messages(Class<T> bundle) {
        return this == ZH ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(tag()));
    }

    /**
     * This language's version of a value stored in both languages, such as a lot's or a department's name. The texts
     * of the pages themselves come from the message bundles ({@link #messages(Class)}), never from here.
     */
    public String select(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /** Picks the text of this language: the Chinese one, or the English one. */
    public String pick(String zh, String en) {
        return select(zh, en);
    }
}
