package city.platform.web;

import java.util.Optional;

/**
 * Implemented by a CDI bean of a module that shows a signed-in person a count in the site header, such as the
 * citizen portal's unread messages. Asked once per page; it must be cheap (one indexed count) and never fail the page.
 */
public interface HeaderBadge {

    /** The badge for this person, or empty when there is nothing to show them. */
    Optional<Badge> badge(String subject);

    /**
     * @param href where the badge leads
     * @param labelZh what it counts, in Chinese, such as 消息
     * @param labelEn the same in English
     * @param count how many (0 still shows the link, without the number)
     */
    record Badge(String href, String labelZh, String labelEn, long count) {}
}
