package city.citizen.internal;

import city.citizen.api.Channel;

/**
 * What to list: free text (Chinese, English or a service code), a department, a channel; retired services only for
 * staff.
 */
public record CatalogueQuery(String text, String departmentCode, Channel channel, boolean includeRetired) {

    public static CatalogueQuery offered(String text, String departmentCode, Channel channel) {
        return new CatalogueQuery(text, departmentCode, channel, false);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
