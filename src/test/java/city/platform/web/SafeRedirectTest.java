package city.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectTest {

    @Test
    void shouldFollowAPathOnThisSite() {
        assertThat(SafeRedirect.to("/services?q=%E9%A9%BE")).hasToString("/services?q=%E9%A9%BE");
    }

    @Test
    void shouldRefuseEverythingThatCouldLeaveTheSite() {
        for (String target : new String[] {
            null, "", "https://evil.example", "//evil.example", "/\\evil.example", "/ok\r\nSet-Cookie: x=1", "evil"
        }) {
            assertThat(SafeRedirect.to(target)).as(String.valueOf(target)).hasToString("/");
        }
    }
}
