package city.citizen.web;

import city.citizen.api.Channel;
import city.citizen.api.DocumentName;
import city.citizen.api.ServiceDetail;
import city.citizen.api.ServiceInput;
import city.platform.web.Lang;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The staff form for a service, exactly as typed, so that a page with errors shows it again. The fee is typed in yuan;
 * documents one per line as {@code 中文名 | English name}.
 */
public class ServiceForm {

    @RestForm
    public String code = "";

    @RestForm
    public String departmentCode = "";

    @RestForm
    public String nameZh = "";

    @RestForm
    public String nameEn = "";

    @RestForm
    public String descriptionZh = "";

    @RestForm
    public String descriptionEn = "";

    @RestForm
    public String eligibilityZh = "";

    @RestForm
    public String eligibilityEn = "";

    @RestForm
    public String fee = "0";

    @RestForm
    public String processingDays = "";

    @RestForm
    public String channel = Channel.ONLINE.name();

    @RestForm
    public String documents = "";

    @RestForm
    public String version = "";

    static ServiceForm of(ServiceDetail s) {
        ServiceForm form = new ServiceForm();
        form.code = s.code();
        form.departmentCode = s.departmentCode();
        form.nameZh = s.nameZh();
        form.nameEn = s.nameEn();
        form.descriptionZh = s.descriptionZh();
        form.descriptionEn = s.descriptionEn();
        form.eligibilityZh = s.eligibilityZh();
        form.eligibilityEn = s.eligibilityEn();
        form.fee = BigDecimal.valueOf(s.feeFen(), 2).toPlainString();
        form.processingDays = Integer.toString(s.processingDays());
        form.channel = s.channel().name();
        form.documents =
                s.documents().stream().map(d -> d.nameZh() + " | " + d.nameEn()).collect(Collectors.joining("\n"));
        form.version = Integer.toString(s.version());
        return form;
    }

    /** The typed values as an input to validate, and the errors of values that could not even be read. */
    record Parsed(ServiceInput input, Map<String, String> errors) {}

    Parsed parse(Lang lang) {
        CitizenMsg msg = lang.messages(CitizenMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        Long feeFen = null;
        try {
            BigDecimal yuan = new BigDecimal(trim(fee).replace(",", "").replace("¥", ""));
            if (yuan.scale() > 2) {
                errors.put("fee", msg.error_fee_precision());
            } else {
                feeFen = yuan.movePointRight(2).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put("fee", msg.error_fee());
        }
        Integer days = null;
        try {
            days = Integer.valueOf(trim(processingDays));
        } catch (NumberFormatException e) {
            errors.put("processingDays", msg.error_days());
        }
        Channel parsedChannel = null;
        try {
            parsedChannel = Channel.valueOf(trim(channel));
        } catch (IllegalArgumentException e) {
            errors.put("channel", msg.error_channel());
        }
        List<DocumentName> docs = new ArrayList<>();
        String[] lines = trim(documents).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 0) {
                errors.put("documents", msg.error_document_line(i + 1));
                break;
            }
            docs.add(new DocumentName(
                    line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        Integer expectedVersion = null;
        if (!trim(version).isEmpty()) {
            try {
                expectedVersion = Integer.valueOf(trim(version));
            } catch (NumberFormatException e) {
                expectedVersion = -1;
            }
        }
        ServiceInput input = new ServiceInput(
                trim(code),
                trim(departmentCode),
                trim(nameZh),
                trim(nameEn),
                trim(descriptionZh),
                trim(descriptionEn),
                trim(eligibilityZh),
                trim(eligibilityEn),
                feeFen == null ? 0L : feeFen,
                days == null ? 0 : days,
                parsedChannel == null ? Channel.ONLINE : parsedChannel,
                docs,
                expectedVersion);
        return new Parsed(input, errors);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
