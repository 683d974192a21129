package city.platform.security;

import java.util.List;

/** The realm roles of Keycloak realm {@code city}, named after the job. */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String TRAFFIC_OPERATOR = "traffic-operator";
    public static final String POLICE = "police";
    public static final String PARKING_OPERATOR = "parking-operator";
    public static final String MERCHANT = "merchant";
    public static final String PAYMENTS_ADMIN = "payments-admin";
    public static final String SERVICE_CLERK = "service-clerk";
    public static final String CLINICIAN = "clinician";
    public static final String HEALTH_ADMIN = "health-admin";
    public static final String TEACHER = "teacher";
    public static final String STUDENT = "student";
    public static final String GUARDIAN = "guardian";
    public static final String SCHOOL_ADMIN = "school-admin";
    public static final String ANALYST = "analyst";
    public static final String DATA_BUYER = "data-buyer";
    public static final String CITY_ADMIN = "city-admin";

    /** Machines (gantries, sensors) signed in with client credentials; not a job, so not in {@link #ALL}. */
    public static final String DEVICE = "device";

    /** Every realm role, in the order of ARCHITECTURE.md. */
    public static final List<String> ALL = List.of(
            CITIZEN,
            TRAFFIC_OPERATOR,
            POLICE,
            PARKING_OPERATOR,
            MERCHANT,
            PAYMENTS_ADMIN,
            SERVICE_CLERK,
            CLINICIAN,
            HEALTH_ADMIN,
            TEACHER,
            STUDENT,
            GUARDIAN,
            SCHOOL_ADMIN,
            ANALYST,
            DATA_BUYER,
            CITY_ADMIN);

    private Roles() {}
}
