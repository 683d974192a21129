package city;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
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

    @Test
    void payments_should_depend_on_no_other_domain_module() {
        classes()
                .that()
                .resideInAPackage("city.payments..")
                .should(dependOnlyOnModules(Set.of("payments", PLATFORM)))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void simulation_should_use_only_traffic_and_parking() {
        classes()
                .that()
                .resideInAPackage("city.simulation..")
                .should(dependOnlyOnModules(Set.of("simulation", "traffic", "parking", PLATFORM)))
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
