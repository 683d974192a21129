package city.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text of the pages exists in both languages: each message of every {@code @MessageBundle} interface (Chinese,
 * the default locale, in its {@code @Message}) has an English line in {@code messages/<bundle>_en.properties}, and
 * that file has no line the interface lacks. The bundles are found by scanning {@code city}, so the bundles of new
 * modules are covered without editing this test.
 */
class MessageBundlesTest {

    private static List<Class<?>> bundles() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("city").stream()
                        .filter(c -> c.isInterface() && c.isAnnotatedWith(MessageBundle.class))
                        .map(JavaClass::reflect)
                        .toList();
    }

    @Test
    void theModulesHaveMessageBundles() {
        assertThat(bundles()).extracting(Class::getSimpleName).contains("Msg", "ParkingMsg", "PayMsg", "CitizenMsg");
    }

    @Test
    void everyMessageHasAnEnglishLineAndEveryEnglishLineAMessage() throws IOException {
        for (Class<?> bundle : bundles()) {
            MessageBundle annotation = bundle.getAnnotation(MessageBundle.class);
            assertThat(annotation.locale())
                    .as("%s: Chinese is the default locale, written in the @Message annotations", bundle.getName())
                    .isIn("zh-CN", MessageBundle.DEFAULT_LOCALE);
            String name = annotation.value().equals(MessageBundle.DEFAULTED_NAME)
                    ? MessageBundle.DEFAULT_NAME
                    : annotation.value();
            String file = "messages/" + name + "_en.properties";
            Set<String> chinese = new TreeSet<>();
            for (Method m : bundle.getDeclaredMethods()) {
                Message message = m.getAnnotation(Message.class);
                if (message == null) {
                    continue;
                }
                assertThat(message.value())
                        .as("%s.%s has no Chinese text", bundle.getSimpleName(), m.getName())
                        .isNotBlank();
                chinese.add(key(message, annotation.defaultKey(), m));
            }
            Properties english = load(file);
            assertThat(english).as("%s is missing", file).isNotNull();
            Set<String> englishKeys = new TreeSet<>(english.stringPropertyNames());
            Set<String> missingInEnglish = new TreeSet<>(chinese);
            missingInEnglish.removeAll(englishKeys);
            Set<String> missingInChinese = new TreeSet<>(englishKeys);
            missingInChinese.removeAll(chinese);
            assertThat(missingInEnglish)
                    .as("messages of %s without an English line in %s", bundle.getSimpleName(), file)
                    .isEmpty();
            assertThat(missingInChinese)
                    .as("lines of %s without a message in %s", file, bundle.getSimpleName())
                    .isEmpty();
            englishKeys.forEach(k -> assertThat(english.getProperty(k))
                    .as("%s: %s is empty", file, k)
                    .isNotBlank());
        }
    }

    /** The message key, as Qute makes it: {@code @Message(key)}, else the bundle's strategy on the method's name. */
    private static String key(Message message, String bundleStrategy, Method method) {
        String key = message.key().equals(Message.DEFAULT_NAME) ? bundleStrategy : message.key();
        String name = method.getName();
        return switch (key) {
            case Message.ELEMENT_NAME -> name;
            case Message.HYPHENATED_ELEMENT_NAME -> decamel(name, "-");
            case Message.UNDERSCORED_ELEMENT_NAME -> decamel(name, "_");
            default -> key;
        };
    }

    private static String decamel(String name, String separator) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        }
    }
}
