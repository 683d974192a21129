package city;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of ARCHITECTURE.md. Every direct sub-package of {@code city} is a module, so a new module is
 * covered without editing this test; {@code platform} is the shared kernel that every module may use.
 */
class ModularityTest {

    private static final String PLATFORM = "platform";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("city");
    }

    /** The module of a class: {@code parking} for {@code city.parking.web.X}; null outside a module. */
    static String moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("city.")) {
            return null;
        }
        String rest = pkg.substring("city.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void modules_should_be_free_of_cycles() {
        slices().matching("city.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void modules_should_use_other_modules_only_through_their_api_package() {
        classes()
                .that()
                .resideInAPackage("city..")
                .should(new ArchCondition<JavaClass>("use another module only through its api package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = moduleOf(origin);
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            String to = moduleOf(d.getTargetClass());
                            if (to == null || to.equals(from) || to.equals(PLATFORM)) {
                                continue;
                            }
                            String apiPackage = "city." + to + ".api";
                            String target = d.getTargetClass().getPackageName();
                            if (!target.equals(apiPackage) && !target.startsWith(apiPackage + ".")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void platform_should_not_depend_on_any_domain_module() {
        classes()
                .that()
                .resideInAPackage("city.platform..")
                .should(dependOnlyOnModules(Set.of(PLATFORM)))
                .check(classes);
    }

    @Test
    void entities_should_live_in_internal_packages() {
        classes()
                .that()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .or()
                .areAnnotatedWith(jakarta.persistence.Embeddable.class)
                .should()
                .resideInAPackage("city.*.internal..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void jax_rs_resources_should_live_in_rest_or_web_packages() {
        classes()
                .that()
                .areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should()
                .resideInAnyPackage("city.*.rest..", "city.*.web..")
                .check(classes);
    }

    @Test
    void channel_consumers_should_live_in_ingest_packages() {
        methods()
                .that()
                .areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
                .should()
                .beDeclaredInClassesThat()
                .resideInAPackage("city.*.ingest..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void api_packages_should_not_depend_on_their_module_internals() {
        noClasses()
                .that()
                .resideInAPackage("city.*.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("city.*.internal..", "city.*.rest..", "city.*.web..", "city.*.ingest..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void no_module_should_depend_on_simulation() {
        noClasses()
                .that()
                .resideOutsideOfPackage("city.simulation..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("city.simulation..")
                .check(classes);
    }

    /**
     * What each module may use besides itself and the platform (ARCHITECTURE.md). A module missing here fails
     * {@link #every_module_should_declare_the_modules_it_uses}: a new module declares its dependencies the day it lands.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            PLATFORM,
            Set.of(),
            "payments",
            Set.of(),
            "citizen",
            Set.of("payments"),
            "parking",
            Set.of("payments", "citizen"),
            "traffic",
            Set.of("citizen", "parking", "payments"),
            "simulation",
            Set.of("traffic", "parking"));

    @Test
    void every_module_should_declare_the_modules_it_uses() {
        Set<String> modules = new TreeSet<>();
        classes.forEach(c -> {
            String m = moduleOf(c);
            if (m != null) {
                modules.add(m);
            }
        });
        assertThat(ALLOWED.keySet()).as("modules with a declared allow-list").containsAll(modules);
    }

    @Test
    void modules_should_depend_only_on_the_modules_they_declare() {
        for (var module : ALLOWED.entrySet()) {
            Set<String> allowed = new HashSet<>(module.getValue());
            allowed.add(module.getKey());
            allowed.add(PLATFORM);
            classes()
                    .that()
                    .resideInAPackage("city." + module.getKey() + "..")
                    .should(dependOnlyOnModules(allowed))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** The layer of a class inside its module: {@code web} for {@code city.parking.web.X}; null for the module root. */
    static String layerOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : null;
    }

    /** Classes of these layers use no class of the forbidden layers of their own module. */
    private static void layer(Set<String> from, Set<String> forbidden) {
        classes()
                .that()
                .resideInAPackage("city..")
                .should(
                        new ArchCondition<JavaClass>(
                                "in layers " + from + ", use no class of layers " + forbidden + " of their module") {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                String module = moduleOf(origin);
                                // the platform's packages are parts of the shared kernel, not layers
                                if (module == null
                                        || module.equals(PLATFORM)
                                        || !from.contains(String.valueOf(layerOf(origin)))) {
                                    return;
                                }
                                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass target = d.getTargetClass();
                                    if (module.equals(moduleOf(target))
                                            && forbidden.contains(String.valueOf(layerOf(target)))) {
                                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                                    }
                                }
                            }
                        })
                .check(classes);
    }

    @Test
    void web_and_rest_should_not_depend_on_each_other() {
        layer(Set.of("web"), Set.of("rest"));
        layer(Set.of("rest"), Set.of("web"));
    }

    @Test
    void internal_should_not_depend_on_web_rest_or_ingest() {
        layer(Set.of("internal"), Set.of("web", "rest", "ingest"));
    }

    @Test
    void ingest_should_depend_only_on_internal_and_api() {
        layer(Set.of("ingest"), Set.of("web", "rest"));
    }

    @Test
    void entities_should_live_in_their_modules_schema() {
        classes()
                .that()
                .areAnnotatedWith(jakarta.persistence.Table.class)
                .should(new ArchCondition<JavaClass>("name their own module as @Table(schema)") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        String schema = entity.getAnnotationOfType(jakarta.persistence.Table.class)
                                .schema();
                        if (!schema.equals(moduleOf(entity))) {
                            events.add(SimpleConditionEvent.violated(
                                    entity, entity.getName() + " is in schema '" + schema + "'"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void no_migration_should_touch_another_modules_schema() throws IOException {
        Path migrations = Path.of("src/main/resources/db/migration");
        Set<String> schemas = new TreeSet<>();
        try (var dirs = Files.list(migrations)) {
            dirs.filter(Files::isDirectory)
                    .forEach(d -> schemas.add(d.getFileName().toString()));
        }
        List<String> trespasses = new ArrayList<>();
        for (String owner : schemas) {
            try (var files = Files.walk(migrations.resolve(owner))) {
                for (Path sql : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    String text = Files.readString(sql).toLowerCase(java.util.Locale.ROOT);
                    for (String other : schemas) {
                        // the platform schema is the shared kernel's (its functions serve every module)
                        if (!other.equals(owner)
                                && !other.equals(PLATFORM)
                                && java.util.regex.Pattern.compile("\\b" + other + "\\.[a-z_]")
                                        .matcher(text)
                                        .find()) {
                            trespasses.add(sql + " refers to schema " + other);
                        }
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    /** Past tense: a regular participle, or one of the irregular ones events are likely to need. */
    private static final java.util.regex.Pattern PAST_TENSE =
            java.util.regex.Pattern.compile(".*(ed|Paid|Sent|Held|Built|Taken|Given|Done|Begun|Made|Set|Put|Read)$");

    @Test
    void events_should_be_records_named_in_the_past_tense() {
        classes()
                .that()
                .resideInAPackage("city.*.api.event..")
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName("package-info")
                .should(new ArchCondition<JavaClass>("be records named in the past tense") {
                    @Override
                    public void check(JavaClass event, ConditionEvents events) {
                        if (!event.isRecord()
                                || !PAST_TENSE.matcher(event.getSimpleName()).matches()) {
                            events.add(SimpleConditionEvent.violated(
                                    event, event.getName() + " is not a record named in the past tense"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void observers_of_another_modules_events_should_run_after_its_commit() {
        methods()
                .should(new ArchCondition<JavaMethod>("observe another module's events only after its commit") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (var parameter : method.getParameters()) {
                            JavaClass type = parameter.getRawType();
                            String from = moduleOf(method.getOwner());
                            String to = moduleOf(type);
                            if (to == null
                                    || to.equals(from)
                                    || !type.getPackageName().contains(".api.event")) {
                                continue;
                            }
                            if (parameter.isAnnotatedWith(jakarta.enterprise.event.Observes.class)) {
                                var during = parameter
                                        .getAnnotationOfType(jakarta.enterprise.event.Observes.class)
                                        .during();
                                if (during != jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) {
                                    events.add(SimpleConditionEvent.violated(
                                            method,
                                            method.getFullName() + " observes " + type.getSimpleName() + " during "
                                                    + during + ", not AFTER_SUCCESS"));
                                }
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    private static ArchCondition<JavaClass> dependOnlyOnModules(Set<String> allowed) {
        return new ArchCondition<>("depend only on modules " + allowed) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String to = moduleOf(d.getTargetClass());
                    if (to != null && !allowed.contains(to)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
