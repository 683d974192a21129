package city.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the layout and the shared pages; English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Msg {

    @Message("一网通办")
    String portal_name();

    @Message("跳到主要内容")
    String skip_to_content();

    @Message("主导航")
    String nav_label();

    @Message("登录")
    String sign_in();

    @Message("退出")
    String sign_out();

    @Message("切换语言")
    String switch_language();

    @Message("工作人员")
    String staff_area();

    @Message("城市服务平台 · 市民服务、交通、停车与支付一站办理")
    String footer_tagline();

    @Message("开放接口")
    String footer_api();

    @Message("出错了")
    String error_title();

    @Message("页面不存在")
    String error_not_found();

    @Message("您没有权限查看此页面")
    String error_forbidden();

    @Message("返回首页")
    String error_home();

    @Message("错误代码")
    String error_status();

    @Message("工作人员工作台")
    String admin_title();

    @Message("您的账号没有工作人员权限。如需开通，请联系管理员。")
    String admin_none();

    @Message("上一页")
    String page_prev();

    @Message("下一页")
    String page_next();

    @Message("第 {page} 页，共 {total} 页")
    String page_of(int page, int total);

    @Message("分页")
    String pagination();

    @Message("免费")
    String free();

    @Message("请输入金额（元），例如 50 或 12.50")
    String amount_missing();

    @Message("金额只能包含数字和小数点，例如 12.50")
    String amount_not_a_number();

    @Message("金额最多两位小数（分）")
    String amount_too_precise();

    @Message("金额须在 {from} – {to} 之间")
    String amount_range(String from, String to);
}
