package city.citizen.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the citizen's inbox; English in {@code messages/inbox_en.properties}. */
@MessageBundle(value = "inbox", locale = "zh-CN")
public interface InboxMsg {

    @Message("消息")
    String badge();

    @Message("我的消息")
    String title();

    @Message("城市各部门发给您的通知：办件进度、缴费回执、停车预约提醒、交通违法。")
    String intro();

    @Message("共 {total} 条，{unread} 条未读")
    String counts(long total, long unread);

    @Message("暂无消息。")
    String none();

    @Message("标为已读")
    String mark_read();

    @Message("全部标为已读")
    String mark_all_read();

    @Message("已标为已读。")
    String marked();

    @Message("未读")
    String unread();

    @Message("邮件：{state}")
    String email_state(String state);

    @Message("{#when state}{#is 'delivered'}已送达{#is 'failed'}发送失败{#else}发送中{/when}")
    String email_state_name(String state);

    @Message("通知方式")
    String prefs_title();

    @Message("站内消息始终保留；您可以按类别选择是否同时接收电子邮件。")
    String prefs_intro();

    @Message("同时发送电子邮件")
    String prefs_email();

    @Message("保存通知方式")
    String prefs_save();

    @Message("通知方式已保存。")
    String prefs_saved();

    @Message("该消息不存在。")
    String err_unknown();

    @Message(
            "{#when kind}{#is 'APPLICATION_STATUS'}办件进度{#is 'PAYMENT_RECEIPT'}缴费回执{#is 'BOOKING_EXPIRY'}停车预约提醒{#is 'TRAFFIC_FINE'}交通违法{#is 'BENEFIT'}免申即享{#else}预约就诊提醒{/when}")
    String kind(String kind);

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();
}
