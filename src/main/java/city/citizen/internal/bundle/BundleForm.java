package city.citizen.internal.bundle;

import city.citizen.internal.application.FormDefinition;
import city.citizen.internal.application.FormDocument;
import city.citizen.internal.application.FormField;
import city.citizen.internal.application.FormVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one form of a bundle: the fields and documents of all its parts, each asked once. A field (or document) that
 * several parts ask the same way (same type, pattern and choices; same types and size limit) is one input whose
 * answer goes to all of them; one that two parts ask differently becomes one input per part, its key suffixed with
 * the service and its label naming it.
 *
 * @param definition the combined form, validated part by part when saved and submitted
 * @param fieldRoutes combined field key -> the parts' (service, field key) it fills
 * @param documentRoutes combined document key -> the parts' (service, document key) it goes to
 */
public record BundleForm(
        FormDefinition definition, Map<String, List<Route>> fieldRoutes, Map<String, List<Route>> documentRoutes) {

    /** Where a combined input goes: a part's service and its own key. */
    public record Route(String serviceCode, String key) {}

    /** One part's form, with the service's names for labels of inputs that are the part's own. */
    public record Part(FormVersion form, String nameZh, String nameEn) {}

    public static BundleForm of(List<Part> parts) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        Map<String, List<Route>> fieldRoutes = new LinkedHashMap<>();
        Map<String, FormDocument> documents = new LinkedHashMap<>();
        Map<String, List<Route>> documentRoutes = new LinkedHashMap<>();
        for (Part part : parts) {
            String service = part.form().serviceCode();
            for (FormField f : part.form().definition().fields()) {
                FormField seen = fields.get(f.key());
                String key = f.key();
                if (seen == null) {
                    fields.put(key, f);
                } else if (sameQuestion(seen, f)) {
                    if (f.required() && !seen.required()) {
                        fields.put(key, withRequired(seen));
                    }
                } else {
                    key = own(f.key(), service);
                    fields.put(
                            key,
                            new FormField(
                                    key,
                                    f.type(),
                                    f.labelZh() + "（" + part.nameZh() + "）",
                                    f.labelEn() + " (" + part.nameEn() + ")",
                                    f.required(),
                                    f.pattern(),
                                    f.choices(),
                                    f.prefill()));
                }
                fieldRoutes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Route(service, f.key()));
            }
            for (FormDocument d : part.form().definition().documents()) {
                FormDocument seen = documents.get(d.key());
                String key = d.key();
                if (seen == null) {
                    documents.put(key, d);
                } else if (seen.types().equals(d.types()) && seen.maxBytes() == d.maxBytes()) {
                    if (d.required() && !seen.required()) {
                        documents.put(
                                key,
                                new FormDocument(
                                        seen.key(), seen.nameZh(), seen.nameEn(), seen.types(), seen.maxBytes(), true));
                    }
                } else {
                    key = own(d.key(), service);
                    documents.put(
                            key,
                            new FormDocument(
                                    key,
                                    d.nameZh() + "（" + part.nameZh() + "）",
                                    d.nameEn() + " (" + part.nameEn() + ")",
                                    d.types(),
                                    d.maxBytes(),
                                    d.required()));
                }
                documentRoutes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Route(service, d.key()));
            }
        }
        return new BundleForm(
                new FormDefinition(List.copyOf(fields.values()), List.copyOf(documents.values())),
                Map.copyOf(fieldRoutes),
                Map.copyOf(documentRoutes));
    }

    /** The combined key of a part's answer or document. */
    public String combinedField(String serviceCode, String key) {
        return combined(fieldRoutes, serviceCode, key);
    }

    public String combinedDocument(String serviceCode, String key) {
        return combined(documentRoutes, serviceCode, key);
    }

    private static String combined(Map<String, List<Route>> routes, String serviceCode, String key) {
        Route wanted = new Route(serviceCode, key);
        return routes.entrySet().stream()
                .filter(e -> e.getValue().contains(wanted))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static boolean sameQuestion(FormField a, FormField b) {
        return a.type().equals(b.type())
                && Objects.equals(a.pattern(), b.pattern())
                && a.choices().equals(b.choices());
    }

    private static FormField withRequired(FormField f) {
        return new FormField(f.key(), f.type(), f.labelZh(), f.labelEn(), true, f.pattern(), f.choices(), f.prefill());
    }

    private static String own(String key, String serviceCode) {
        return key + "__" + serviceCode.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
