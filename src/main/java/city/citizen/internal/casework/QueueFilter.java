package city.citizen.internal.casework;

/**
 * What a clerk asks of their queue; every part may be null.
 *
 * @param status one status; null for every open one (submitted, in review, needs information)
 * @param assignee a clerk's name, {@code me}, or {@code none} for unclaimed cases
 */
public record QueueFilter(String service, CaseStatus status, Boolean overdue, String assignee) {

    public static final QueueFilter OPEN = new QueueFilter(null, null, null, null);
}
