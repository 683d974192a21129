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
        PayMsg msg = lang.messages(PayMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        if (code.isEmpty() || code.length() > 40 || !code.matches("[a-z0-9][a-z0-9-]*")) {
            errors.put("code", msg.error_merchant_code());
        }
        if (nameZh.isEmpty() || nameZh.length() > 100) {
            errors.put("nameZh", msg.error_name_zh());
        }
        if (nameEn.isEmpty() || nameEn.length() > 100) {
            errors.put("nameEn", msg.error_name_en());
        }
        if (ownerId.isEmpty() || ownerId.length() > 100) {
            errors.put("ownerId", msg.error_owner_id());
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
