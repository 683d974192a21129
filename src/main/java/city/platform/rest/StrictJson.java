package city.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * One rule for every JSON body of every module, present and future: what a client sends is read as it is typed.
 * {@code 100.9} or {@code "100"} is no integer, {@code 0.5} no lane, {@code 7} no text; and no text may hold a
 * control character (U+0000 to U+001F but tab, line feed and carriage return) or half a surrogate pair, which
 * PostgreSQL refuses to store and no person types. Such a body is refused with a 400 problem that names the field
 * (for a device batch, the item), before anything is stored or queued.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("city-strict-text").addDeserializer(String.class, new CleanText()));
    }

    /** A text that refuses control characters and lone surrogates. */
    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            String wrong = whatIsWrong(text);
            if (wrong != null) {
                throw new ForbiddenCharacter(p, wrong, text.length() > 100 ? text.substring(0, 100) : text);
            }
            return text;
        }
    }

    /** A text field that is never stored (a forbidden character, or too long): what is wrong, in words. */
    public static final class ForbiddenCharacter extends InvalidFormatException {

        ForbiddenCharacter(JsonParser p, String what, String value) {
            super(p, what, value, String.class);
        }
    }

    /** The longest text any field takes; what is larger is a file and travels as an upload. */
    public static final int MAX_TEXT = 65_536;

    /**
     * What is wrong with a text, as the end of a sentence ({@code "must not contain a control character (U+0000)"},
     * {@code "must not be longer than 65536 characters"}); null when it is acceptable. Shared by the JSON rule and the
     * page forms.
     */
    public static String whatIsWrong(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            return "must not be longer than " + MAX_TEXT + " characters";
        }
        String forbidden = firstForbidden(text);
        return forbidden == null ? null : "must not contain " + forbidden;
    }

    /** The first character of a text that is never accepted, in words; null when there is none. */
    static String firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format("a control character (U+%04X)", (int) c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "half a surrogate pair";
            }
            if (Character.isLowSurrogate(c)) {
                return "half a surrogate pair";
            }
        }
        return null;
    }
}
