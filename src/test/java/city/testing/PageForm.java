package city.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page as a browser got it, with what its forms need: the CSRF cookie and token, and hidden fields. */
public record PageForm(String body, String csrfCookie, String csrfToken) {

    public static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

    public static PageForm get(String path) {
        return get(path, "zh-CN");
    }

    public static PageForm get(String path, String lang) {
        Response page = given().cookie("lang", lang).get(path);
        page.then().statusCode(200);
        String body = page.asString();
        return new PageForm(body, page.cookie("city-csrf"), hidden(body, "csrf-token"));
    }

    /** A form post with this page's CSRF cookie and token, not following the redirect. */
    public RequestSpecification post() {
        return given().cookie("city-csrf", csrfCookie)
                .contentType(FORM_UTF8)
                .formParam("csrf-token", csrfToken)
                .redirects()
                .follow(false);
    }

    /** The value of the first hidden field of this name. */
    public String hidden(String name) {
        return hidden(body, name);
    }

    public static String hidden(String body, String name) {
        Matcher m = Pattern.compile("type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(body);
        assertThat(m.find()).as("the page has a hidden field " + name).isTrue();
        return m.group(1);
    }
}
