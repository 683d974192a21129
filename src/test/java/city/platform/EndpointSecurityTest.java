package city.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS method declares who may call it, on itself or on its class. REST client interfaces (the platform's
 * own calls out, {@code @RegisterRestClient}) answer nothing and are not endpoints.
 */
class EndpointSecurityTest {

    private static final List<String> HTTP_METHODS = List.of(
            "jakarta.ws.rs.GET",
            "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT",
            "jakarta.ws.rs.DELETE",
            "jakarta.ws.rs.PATCH",
            "jakarta.ws.rs.HEAD",
            "jakarta.ws.rs.OPTIONS");

    private static final List<String> DECLARATIONS = List.of(
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated");

    private static final String REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";

    @Test
    void every_resource_method_should_declare_who_may_call_it() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("city");
        methods()
                .that(DescribedPredicate.describe(
                        "answer an HTTP method",
                        (JavaMethod m) -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith)
                                && !m.getOwner().isAnnotatedWith(REST_CLIENT)))
                .should(
                        new ArchCondition<JavaMethod>("be annotated with @PermitAll, @Authenticated, @RolesAllowed"
                                + " or @DenyAll, or be in a class that is") {
                            @Override
                            public void check(JavaMethod method, ConditionEvents events) {
                                boolean declared = DECLARATIONS.stream()
                                        .anyMatch(a -> method.isAnnotatedWith(a)
                                                || method.getOwner().isAnnotatedWith(a));
                                if (!declared) {
                                    events.add(SimpleConditionEvent.violated(
                                            method, method.getFullName() + " does not declare who may call it"));
                                }
                            }
                        })
                .check(classes);
    }
}
