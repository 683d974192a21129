package city.citizen.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the licence wallet and the verification page; English in {@code messages/lic_en.properties}. */
@MessageBundle(value = "lic", locale = "zh-CN")
public interface LicenceMsg {

    @Message("我的证照")
    String nav();

    @Message("我的证照")
    String title();

    @Message("城市为您签发的电子证照。每份证照可下载为签名的 PDF，任何人可凭核验码或 PDF 在核验页面查验真伪。")
    String intro();

    @Message("您还没有电子证照。证照类事项审批通过后，证照会自动签发到这里。")
    String none();

    @Message("证照编号")
    String number();

    @Message("持证人")
    String holder();

    @Message("发证机关")
    String issuer();

    @Message("发证日期")
    String issued_on();

    @Message("有效期至")
    String valid_until();

    @Message("长期")
    String no_expiry();

    @Message("核验码")
    String code();

    @Message("下载 PDF")
    String download();

    @Message("注销原因：{reason}")
    String revoked_because(String reason);

    @Message("{#when status}{#is 'VALID'}有效{#is 'REVOKED'}已注销{#is 'EXPIRED'}已过期{#else}无法核验{/when}")
    String status(String status);

    @Message("证照核验")
    String verify_title();

    @Message("输入证照上的核验码，或上传证照 PDF，查验它是否由本市签发、是否仍然有效。")
    String verify_intro();

    @Message("按核验码核验")
    String by_code();

    @Message("核验码（16 位字母和数字）")
    String code_label();

    @Message("核验")
    String check();

    @Message("按 PDF 核验")
    String by_pdf();

    @Message("证照 PDF 文件（不超过 2 MB）")
    String file_label();

    @Message("上传并核验")
    String upload();

    @Message("核验结果")
    String result();

    @Message(
            "{#when status}{#is 'VALID'}真实有效：该证照由本市签发，目前有效。{#is 'REVOKED'}该证照由本市签发，但已被注销。{#is 'EXPIRED'}该证照由本市签发，但已过有效期。{#else}无法核验：本市没有与之相符的证照。{/when}")
    String verdict(String status);

    @Message("证照内容（以本市记录为准，而非文件上显示的内容）")
    String states();

    @Message("这不是有效的核验码：应为 16 位字母和数字，例如 7K3M-Q9TZ-2HXD-F4PA。")
    String err_code();

    @Message("请选择一个 PDF 文件。")
    String err_no_file();

    @Message("文件过大：证照 PDF 不超过 2 MB。")
    String err_too_big();

    @Message("注销原因（持证人和核验者可见）")
    String revoke_reason();

    @Message("注销证照")
    String revoke();

    @Message("核验页面")
    String verify_link();

    @Message("证照核验的公钥（JWK）")
    String keys_link();
}
