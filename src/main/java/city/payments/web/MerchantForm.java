package city.payments.web;

import city.platform.web.Lang;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The staff form that registers a merchant, with the rules of the API's merchant input. */
public class MerchantForm {

    @RestForm
    public String code = "";

    @RestForm
    public String nameZh = "";

    @RestForm
    public String nameEn = "";

    @RestForm
    public String ownerId = "";

    Map<String, String> validate(Lang lang) {
        strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (code.isEmpty() || code.length() > 40 || !code.matches("[a-z0-9][a-z0-9-]*")) {
            errors.put(
                    "code",
                    lang.pick(
                            "商户代码为小写字母、数字和连字符，最多 40 位，例如 tea-house-01",
                            "Use lower-case letters, digits and hyphens, at most 40, such as tea-house-01"));
        }
        if (nameZh.isEmpty() || nameZh.length() > 100) {
            errors.put("nameZh", lang.pick("请填写中文名称（最多 100 字）", "Enter the Chinese name (at most 100 characters)"));
        }
        if (nameEn.isEmpty() || nameEn.length() > 100) {
            errors.put("nameEn", lang.pick("请填写英文名称（最多 100 字）", "Enter the English name (at most 100 characters)"));
        }
        if (ownerId.isEmpty() || ownerId.length() > 100) {
            errors.put(
                    "ownerId",
                    lang.pick(
                            "请填写商户账号的用户 ID（Keycloak 的 sub）",
                            "Enter the user id of the merchant's account (its Keycloak sub)"));
        }
        return errors;
    }

    private void strip() {
        code = code == null ? "" : code.strip();
        nameZh = nameZh == null ? "" : nameZh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        ownerId = ownerId == null ? "" : ownerId.strip();
    }
}
