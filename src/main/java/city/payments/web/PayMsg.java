package city.payments.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the payment pages; English in {@code messages/pay_en.properties}. */
@MessageBundle(value = "pay", locale = "zh-CN")
public interface PayMsg {

    @Message("我的钱包")
    String wallet_title();

    @Message("余额")
    String balance();

    @Message("可用")
    String available();

    @Message("冻结")
    String held();

    @Message("（预授权，尚未扣款）")
    String held_hint();

    @Message("出示付款码")
    String pay_code_open();

    @Message("充值")
    String topup_title();

    @Message("绑定一张银行卡后即可充值。")
    String topup_no_card();

    @Message("从哪张卡充值")
    String topup_card();

    @Message("充值金额（元）")
    String topup_amount();

    @Message("1–5000 元")
    String topup_amount_hint();

    @Message("充值")
    String topup_submit();

    @Message("表单中有错误，请修改后重新提交。")
    String form_errors();

    @Message("请选择")
    String choose();

    @Message("（选填）")
    String optional();

    @Message("银行卡")
    String cards_title();

    @Message("还没有绑定银行卡。")
    String cards_none();

    @Message("有效期")
    String card_expires();

    @Message("解绑")
    String card_remove();

    @Message("确定解绑这张银行卡？")
    String card_remove_confirm();

    @Message("绑定新的银行卡")
    String card_add_title();

    @Message("卡号和安全码只发送给支付网关一次，平台只保存卡的尾号和有效期。")
    String card_privacy();

    @Message(
            "测试环境可用的卡号：4242 4242 4242 4242（成功）、4000 0000 0000 0002（银行拒绝）、4000 0000 0000 0119（网关故障）；有效期选将来任意月份，安全码任意 3 位数字。")
    String card_sandbox_hint();

    @Message("卡号")
    String card_number();

    @Message("持卡人姓名")
    String card_holder();

    @Message("有效期")
    String card_expiry();

    @Message("有效期月份")
    String card_exp_month();

    @Message("有效期年份")
    String card_exp_year();

    @Message("月")
    String month();

    @Message("年")
    String year();

    @Message("安全码（CVV）")
    String card_cvv();

    @Message("卡背面 3 位数字")
    String card_cvv_hint();

    @Message("绑定")
    String card_add_submit();

    @Message("收支明细")
    String statement_title();

    @Message("开始日期")
    String statement_from();

    @Message("结束日期")
    String statement_to();

    @Message("收支")
    String statement_direction();

    @Message("全部")
    String statement_all();

    @Message("收入")
    String statement_in();

    @Message("支出")
    String statement_out();

    @Message("筛选")
    String statement_filter();

    @Message("清除筛选")
    String statement_clear();

    @Message("还没有收支记录。")
    String statement_none();

    @Message("没有符合条件的记录。")
    String statement_none_filtered();

    @Message("更早的记录")
    String statement_older();

    @Message("回到最新")
    String statement_newest();

    @Message("下载 CSV")
    String statement_csv();

    @Message("时间")
    String col_time();

    @Message("类型")
    String col_what();

    @Message("对方")
    String col_counterpart();

    @Message("金额")
    String col_amount();

    @Message("操作")
    String col_actions();

    @Message("账户")
    String col_account();

    @Message("名称")
    String col_name();

    @Message("类别")
    String col_kind();

    @Message("处理中")
    String pending();

    @Message("付款码")
    String paycode_title();

    @Message("向收银员或闸机出示此二维码，从钱包付款。")
    String paycode_lead();

    @Message("有效期还剩")
    String paycode_valid_for();

    @Message("秒")
    String seconds();

    @Message("付款码已自动更新。")
    String paycode_renewed();

    @Message("付款码更新失败，正在重试……")
    String paycode_failed();

    @Message("付款码已过期，请刷新页面。")
    String paycode_expired();

    @Message("刷新付款码")
    String paycode_refresh();

    @Message("付款码等同于现金，请勿截图或发给他人。")
    String paycode_warning();

    @Message("返回钱包")
    String back_to_wallet();

    @Message("确认付款")
    String pay_title();

    @Message("支付成功。")
    String pay_done();

    @Message("从钱包支付")
    String pay_submit();

    @Message("钱包可用余额不足。")
    String pay_not_enough();

    @Message("去充值")
    String pay_top_up_first();

    @Message("钱包可用余额")
    String wallet_available();

    @Message("订单号")
    String order_ref();

    @Message("字母、数字或 . _ : -")
    String order_ref_hint();

    @Message("说明")
    String description();

    @Message("状态")
    String status();

    @Message("有效期至")
    String expires_at();

    @Message("创建时间")
    String created_at();

    @Message("待支付")
    String status_open();

    @Message("已支付")
    String status_paid();

    @Message("已过期")
    String status_expired();

    @Message("已取消")
    String status_cancelled();

    @Message("商户收款")
    String merchant_title();

    @Message("待结算余额")
    String merchant_balance();

    @Message("顾客付款后到账；结算后转入您登记的银行账户。")
    String merchant_balance_hint();

    @Message("确定把全部余额结算到银行？")
    String settle_confirm();

    @Message("结算到银行")
    String settle_submit();

    @Message("生成收款码")
    String request_new();

    @Message("收款金额（元）")
    String request_amount();

    @Message("最多 50000 元")
    String request_amount_hint();

    @Message("生成收款码")
    String request_create();

    @Message("收款请求")
    String requests_title();

    @Message("还没有收款请求。")
    String requests_none();

    @Message("显示二维码")
    String request_show_qr();

    @Message("详情")
    String request_details();

    @Message("收款请求")
    String request_title();

    @Message("收款码已生成，请让顾客扫码支付（15 分钟内有效）。")
    String request_created();

    @Message("请顾客用手机扫描二维码，在钱包中确认付款。")
    String request_scan_hint();

    @Message("刷新状态")
    String request_refresh();

    @Message("再收一笔")
    String request_another();

    @Message("已收款项")
    String payments_title();

    @Message("还没有收到付款。")
    String payments_none();

    @Message("已退款")
    String refunded_so_far();

    @Message("已全额退款")
    String refunded_fully();

    @Message("退款")
    String refund_title();

    @Message("退款金额（元）")
    String refund_amount();

    @Message("最多")
    String refund_max();

    @Message("退款原因")
    String refund_reason();

    @Message("顾客可在账单中看到")
    String refund_reason_hint();

    @Message("确认退款")
    String refund_submit();

    @Message("您的账号还没有登记为商户。请联系支付管理员为您登记，登记时需要提供您的用户 ID。")
    String merchant_unregistered();

    @Message("支付管理")
    String admin_title();

    @Message("本页内容")
    String admin_sections();

    @Message("账目核对")
    String books_title();

    @Message("账目平衡：所有账户余额合计为零，每个账户的累计数与流水一致。")
    String books_balanced();

    @Message("账目不平衡！请立即检查下列账户。")
    String books_unbalanced();

    @Message("余额合计")
    String books_sum_balances();

    @Message("冻结合计")
    String books_sum_pending();

    @Message("账户数")
    String books_accounts();

    @Message("流水笔数")
    String books_transfers();

    @Message("核对时间")
    String books_checked_at();

    @Message("不一致的账户")
    String books_mismatches();

    @Message("记录余额")
    String books_balance_kept();

    @Message("按流水计算的余额")
    String books_balance_from_transfers();

    @Message("记录冻结")
    String books_held_kept();

    @Message("按流水计算的冻结")
    String books_held_from_transfers();

    @Message("立即重新核对")
    String books_check_now();

    @Message("账户")
    String accounts_title();

    @Message("共 {count} 个账户")
    String accounts_count(long count);

    @Message("全部类别")
    String kind_all();

    @Message("个人钱包")
    String kind_wallet();

    @Message("交通卡")
    String kind_transit_card();

    @Message("商户")
    String kind_merchant();

    @Message("部门收入")
    String kind_revenue();

    @Message("清算")
    String kind_clearing();

    @Message("商户")
    String merchants_title();

    @Message("还没有登记商户。")
    String merchants_none();

    @Message("商户代码")
    String merchant_code();

    @Message("小写字母、数字和连字符")
    String merchant_code_hint();

    @Message("商户账号用户 ID")
    String merchant_owner();

    @Message("Keycloak 用户的 ID（sub）")
    String merchant_owner_hint();

    @Message("中文名称")
    String merchant_name_zh();

    @Message("英文名称")
    String merchant_name_en();

    @Message("登记商户")
    String merchant_register();

    @Message("登记")
    String merchant_register_submit();

    @Message("地铁票价")
    String fares_title();

    @Message("以下票价表直接取自计费规则，与实际扣费一致。")
    String fares_lead();

    @Message("按里程计价")
    String fares_distance();

    @Message("乘车里程")
    String fares_col_distance();

    @Message("票价")
    String fares_col_fare();

    @Message("{km} 公里以内")
    String fares_up_to(String km);

    @Message("{from}–{to} 公里")
    String fares_from_to(String from, String to);

    @Message("全网最长行程 {km} 公里，最高票价")
    String fares_longest(String km);

    @Message("月度累计优惠")
    String fares_discounts();

    @Message("本月已支付")
    String fares_col_paid();

    @Message("折扣")
    String fares_col_discount();

    @Message("及以上")
    String fares_and_more();

    @Message("无折扣")
    String fares_no_discount();

    @Message("其他规则")
    String fares_rules();

    @Message("每日封顶")
    String fares_daily_cap();

    @Message("站内最长停留")
    String fares_max_time();

    @Message("{hours} 小时 {minutes} 分钟")
    String fares_hours_minutes(long hours, long minutes);

    @Message("超时加收")
    String fares_surcharge();

    @Message("线网规模")
    String fares_network();

    @Message("{lines} 条线路，{stations} 座车站")
    String fares_network_size(int lines, int stations);

    @Message("地铁线路图")
    String map_title();

    @Message("按车站经纬度绘制的地铁线路图；较大的圆点为换乘站。")
    String map_desc();

    @Message("{km} 公里")
    String km(String km);

    @Message("请输入卡面上的有效期：月份 1–12，年份如 2029")
    String error_card_expiry();

    @Message("持卡人姓名最多 100 个字")
    String error_holder_name();

    @Message("卡号无效：请输入卡面上的 12–19 位数字（可含空格）")
    String error_card_number();

    @Message("这张卡已过期或有效期不正确")
    String error_card_expired();

    @Message("安全码是卡背面的 3 位数字（美国运通卡正面 4 位）")
    String error_card_cvv();

    @Message("商户代码为小写字母、数字和连字符，最多 40 位，例如 tea-house-01")
    String error_merchant_code();

    @Message("请填写中文名称（最多 100 字）")
    String error_name_zh();

    @Message("请填写英文名称（最多 100 字）")
    String error_name_en();

    @Message("请填写商户账号的用户 ID（Keycloak 的 sub）")
    String error_owner_id();

    @Message("请选择收入或支出")
    String error_direction();

    @Message("结束日期不能早于开始日期")
    String error_date_order();

    @Message("日期格式应为 2026-01-31")
    String error_date_format();

    @Message("订单号为 1–64 位字母、数字或 . _ : -，例如 A-20260101-001")
    String error_order_ref();

    @Message("说明最多 200 个字")
    String error_description();

    @Message("请选择一张银行卡")
    String error_choose_card();

    @Message("原因最多 200 个字")
    String error_reason();

    @Message("请输入卡面上的 10 到 16 位数字。")
    String error_transit_card_number();

    @Message("一个钱包最多绑定 10 张银行卡，请先解绑一张。")
    String problem_card_limit();

    @Message("这张卡已不在您的钱包中，请重新选择")
    String problem_card_gone();

    @Message("金额须在 {from} – {to} 之间")
    String problem_topup_amount(String from, String to);

    @Message("这个订单号已经生成过收款码，请换一个订单号")
    String problem_order_taken();

    @Message("金额须在 ¥0.01 – {max} 之间")
    String problem_request_amount(String max);

    @Message("退款金额不能超过尚未退款的金额")
    String problem_refund_amount();

    @Message("这个商户代码已被使用")
    String problem_merchant_taken();

    @Message("这张卡已被他人绑定。")
    String problem_transit_card_taken();

    @Message("银行拒绝了这张卡，没有扣款。请换一张卡，或联系发卡银行。")
    String problem_card_declined();

    @Message("银行卡网关暂时没有响应，不会重复扣款。请稍后再提交一次。")
    String problem_gateway_down();

    @Message("钱包可用余额不足，请先充值。")
    String problem_insufficient_funds();

    @Message("这张表单已经提交过另一笔请求。请刷新页面后重新填写。")
    String problem_key_reused();

    @Message("找不到相关记录，可能已被删除。")
    String problem_not_found();

    @Message("您没有权限进行此操作。")
    String problem_forbidden();

    @Message("页面已过期，请刷新后重试。")
    String problem_page_stale();

    @Message("操作未能完成（{detail}）")
    String problem_failed(String detail);

    @Message("目前没有可结算的余额。")
    String problem_nothing_to_settle();

    @Message("这笔收款已经支付过了。")
    String problem_request_paid();

    @Message("这笔收款已过期，请让商户重新生成二维码。")
    String problem_request_expired();

    @Message("商户已取消这笔收款。")
    String problem_request_cancelled();

    @Message("只有已完成的付款可以退款。")
    String problem_not_refundable();

    @Message("当前状态下不能进行此操作。")
    String problem_payment_state();

    @Message("充值成功：{amount} 已存入钱包。")
    String done_topup(String amount);

    @Message("已绑定尾号 {last4} 的银行卡。")
    String done_card(String last4);

    @Message("已解绑银行卡。")
    String done_card_removed();

    @Message("已退款 {amount}，款项已退回顾客钱包。")
    String done_refund(String amount);

    @Message("已将 {amount} 结算到您的银行账户。")
    String done_settle(String amount);

    @Message("已登记商户：{code}")
    String done_merchant(String code);

    @Message("已重新核对账目。")
    String done_books_checked();

    @Message("交通卡已绑定，乘车费用从钱包扣除。")
    String done_transit_linked();

    @Message("交通卡已挂失，闸机将拒绝此卡。")
    String done_transit_blocked();

    @Message("收款二维码，扫码支付 {amount}")
    String request_qr_label(String amount);

    @Message("付款码二维码")
    String paycode_qr_label();

    @Message(
            "{#when code}{#is 'TOPUP'}充值{#is 'PAYMENT'}付款{#is 'REFUND'}退款{#is 'HOLD'}预授权冻结{#is 'HOLD_RELEASED'}冻结释放{#is 'HOLD_EXPIRED'}冻结到期释放{#is 'SETTLEMENT'}结算到银行{#is 'METRO_FARE'}地铁车费{#else}{code}{/when}")
    String transfer_kind(String code);

    @Message("地铁出行")
    String metro_title();

    @Message("我的交通卡")
    String metro_cards_title();

    @Message("还没有绑定交通卡。也可以直接用乘车码进站。")
    String metro_cards_none();

    @Message("从钱包扣费")
    String metro_card_linked();

    @Message("储值卡，余额")
    String metro_card_preloaded();

    @Message("已挂失")
    String metro_card_blocked();

    @Message("挂失后闸机将拒绝此卡，确定吗？")
    String metro_block_confirm();

    @Message("挂失")
    String metro_block();

    @Message("卡号")
    String metro_card_number();

    @Message("绑定到钱包")
    String metro_link_submit();

    @Message("乘车记录")
    String metro_trips_title();

    @Message("还没有乘车记录。")
    String metro_trips_none();

    @Message("进站")
    String metro_col_in();

    @Message("出站")
    String metro_col_out();

    @Message("里程")
    String metro_col_distance();

    @Message("票价")
    String metro_col_fare();

    @Message("状态")
    String metro_col_status();

    @Message("月度优惠")
    String metro_monthly_discount();

    @Message("日封顶")
    String metro_daily_cap();

    @Message("超时")
    String metro_overtime();

    @Message("在站内")
    String metro_trip_open();

    @Message("未出站刷卡")
    String metro_trip_incomplete();

    @Message("已完成")
    String metro_trip_completed();

    @Message("余额不足，待支付")
    String metro_trip_unpaid();

    @Message("扣款中")
    String metro_trip_paying();

    @Message("票价查询")
    String metro_fare_title();

    @Message("起点站")
    String metro_fare_from();

    @Message("终点站")
    String metro_fare_to();

    @Message("查询")
    String metro_fare_submit();

    @Message("（最短路径；每月消费满 100 元后八折，满 150 元后五折）")
    String metro_fare_rules();

    @Message(
            "{#when brand}{#is 'VISA'}Visa{#is 'MASTERCARD'}Mastercard{#is 'UNIONPAY'}银联{#is 'AMEX'}American Express{#else}银行卡{/when}")
    String card_brand(String brand);

    @Message("钱包")
    String nav_wallet();

    @Message("地铁")
    String nav_metro();

    @Message("商户收款")
    String nav_merchant();

    @Message("支付管理")
    String nav_payments();
}
