package city.parking.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the parking pages; English in {@code messages/park_en.properties}. */
@MessageBundle(value = "park", locale = "zh-CN")
public interface ParkingMsg {

    @Message("找停车位")
    String search_title();

    @Message("选择地点，看看附近哪些停车场还有空位、走过去多远、停多久要多少钱。空位数由车位传感器实时更新。")
    String search_lead();

    @Message("搜索条件")
    String search_form_title();

    @Message("表单有误，请修改后重新提交。")
    String form_errors();

    @Message("地点")
    String place();

    @Message("使用我的位置")
    String use_my_location();

    @Message("正在获取您的位置……")
    String locating();

    @Message("已获取您的位置，正在搜索附近的停车场。")
    String located();

    @Message("无法获取您的位置，请选择地点或填写坐标。")
    String locate_failed();

    @Message("纬度")
    String lat();

    @Message("例如 31.2304")
    String lat_hint();

    @Message("按坐标搜索")
    String coordinates();

    @Message("经度")
    String lon();

    @Message("例如 121.4737")
    String lon_hint();

    @Message("步行距离")
    String radius();

    @Message("计划停车时长")
    String planned_stay();

    @Message("排序")
    String sort();

    @Message("距离最近")
    String sort_distance();

    @Message("价格最低")
    String sort_price();

    @Message("车位需求")
    String needs();

    @Message("充电车位")
    String ev();

    @Message("无障碍车位")
    String accessible();

    @Message("搜索")
    String search_submit();

    @Message("我的停车")
    String my_now_title();

    @Message("正在停车：")
    String parked_at();

    @Message("已预约：")
    String booked_at();

    @Message("开始于")
    String since();

    @Message("查看或结束")
    String end_or_view();

    @Message("查看预约")
    String view_booking();

    @Message("到达时段 {from} – {to}")
    String arrive_between(String from, String to);

    @Message("{place} 附近的停车场")
    String results_near(String place);

    @Message("共 {n} 个")
    String results_count(int n);

    @Message("空位数每隔几秒自动更新")
    String live_hint();

    @Message("更新于")
    String updated_at();

    @Message("已更新（%time%）：%n% 个停车场的空位有变化。")
    String live_changed();

    @Message("已更新（%time%）：现在有 %free% 个空位。")
    String lot_live_changed();

    @Message("有的停车场已不再符合条件，重新搜索可刷新列表。")
    String live_gone();

    @Message("附近有新的停车场符合条件，重新搜索可看到它们。")
    String live_new();

    @Message("暂时无法更新空位数，稍后会自动重试。")
    String live_failed();

    @Message("{place} 周边停车场地图：共 {n} 个停车场，颜色表示空位多少；下方列表有相同内容。")
    String map_desc(String place, int n);

    @Message("空位充足")
    String level_plenty();

    @Message("空位紧张")
    String level_few();

    @Message("已满或几乎已满")
    String level_full();

    @Message("暂无传感器数据")
    String level_unknown();

    @Message("这个范围内没有符合条件的停车场。可以扩大步行距离，或取消部分车位需求。")
    String no_results();

    @Message("路边停车")
    String on_street();

    @Message("停车场")
    String off_street();

    @Message("步行")
    String walk();

    @Message("{metres} 米 · 约 {minutes} 分钟")
    String walk_value(int metres, int minutes);

    @Message("空余车位")
    String free_spaces();

    @Message("状态未知")
    String unknown_n();

    @Message("空余充电车位")
    String ev_free();

    @Message("空余无障碍车位")
    String accessible_free();

    @Message("停 {stay} 的费用")
    String price_for(String stay);

    @Message("状态")
    String status();

    @Message("营业中")
    String open_now();

    @Message("现在不营业")
    String closed_now();

    @Message("预约车位")
    String book_here();

    @Message("登录后可以预约车位、开始停车并从钱包付款。")
    String sign_in_to_book();

    @Message("登录")
    String sign_in();

    @Message("我的预约、停车记录和车牌")
    String my_parking();

    @Message("预约和停车仅对市民账号开放。")
    String citizens_only();

    @Message("返回搜索结果")
    String back_to_search();

    @Message("实时车位")
    String live_title();

    @Message("状态未知的车位")
    String unknown_spaces();

    @Message("车位传感器实时上报，本页每隔几秒自动更新。")
    String live_lot_hint();

    @Message("收费标准与开放时间")
    String tariff_title();

    @Message("开放时间")
    String hours();

    @Message("免费停车时长")
    String free_minutes();

    @Message("{minutes} 分钟")
    String minutes_n(int minutes);

    @Message("首小时")
    String first_hour();

    @Message("之后每小时")
    String per_hour();

    @Message("每日封顶")
    String daily_max();

    @Message("不封顶")
    String no_daily_max();

    @Message("最长停车时间")
    String max_stay();

    @Message("车位数")
    String spaces();

    @Message("充电车位")
    String ev_spaces();

    @Message("无障碍车位")
    String accessible_spaces();

    @Message("免费时长内离开不收费；超过后从进场起按小时计费，不足一小时按一小时计；每个自然日（北京时间）的费用不超过每日封顶。")
    String tariff_rule();

    @Message("今天（{weekday}）各时段预计空位")
    String prediction_title(String weekday);

    @Message("还没有足够的历史数据来预测空位。")
    String prediction_none();

    @Message("预计空位")
    String expected_free();

    @Message("以表格查看")
    String as_table();

    @Message("时段")
    String hour();

    @Message("当前")
    String this_hour();

    @Message("过去 24 小时的空位")
    String history_title();

    @Message("时间")
    String time();

    @Message("预约车位")
    String book_title();

    @Message("车位会为您保留到到达时段结束。预约时按计划停车时长在钱包中冻结费用，离场时按实际时长扣款。")
    String book_lead();

    @Message("车牌号")
    String plate();

    @Message("例如 沪A12345")
    String plate_hint();

    @Message("到达时间")
    String arrive();

    @Message("留空表示现在；24 小时内")
    String arrive_hint();

    @Message("车位保留")
    String window();

    @Message("到达时间之后")
    String window_hint();

    @Message("提交后将在钱包中冻结费用；到达前可随时取消，冻结金额全部退回。")
    String book_hold_hint();

    @Message("预约并冻结费用")
    String book_submit();

    @Message("钱包可用余额不足以冻结这次预约的费用 {amount}。")
    String wallet_short_booking(String amount);

    @Message("钱包可用余额不足以冻结开始停车所需的 {amount}。")
    String wallet_short_park(String amount);

    @Message("去钱包充值")
    String top_up();

    @Message("现在就停这里")
    String park_title();

    @Message("已经到了？直接开始停车，不用预约。开始时钱包冻结最多一天的费用（{hold}），离场时按实际时长扣款，其余退回。")
    String park_lead(String hold);

    @Message("开始停车")
    String park_submit();

    @Message("我的停车")
    String mine_title();

    @Message("本页内容")
    String sections();

    @Message("预约")
    String bookings_title();

    @Message("还没有预约。")
    String bookings_none();

    @Message("去找车位")
    String find_parking();

    @Message(
            "{#when status}{#is 'PENDING'}处理中{#is 'BOOKED'}已预约{#is 'ARRIVED'}已到达{#is 'COMPLETED'}已完成{#is 'CANCELLED'}已取消{#is 'EXPIRED'}已过期{#else}{status}{/when}")
    String booking_status(String status);

    @Message("车位")
    String space();

    @Message("到达时段")
    String arrive_window();

    @Message("计划离场")
    String leave_by();

    @Message("冻结金额")
    String held_amount();

    @Message("取消预约")
    String cancel_booking();

    @Message("确定取消这个预约？冻结的金额会退回钱包。")
    String cancel_confirm();

    @Message("查看停车记录")
    String view_stay();

    @Message("停车记录")
    String stays_title();

    @Message("还没有停车记录。")
    String stays_none();

    @Message("正在停车")
    String stays_open();

    @Message("已结束")
    String stays_closed();

    @Message("停车中")
    String session_open();

    @Message("现在结束并付款")
    String end_now();

    @Message("停车场")
    String lot();

    @Message("进场时间")
    String start();

    @Message("离场时间")
    String end();

    @Message("停车时长")
    String duration();

    @Message("费用")
    String charge();

    @Message("查看收据")
    String receipt();

    @Message("待补缴")
    String owed();

    @Message("我的车牌")
    String plates_title();

    @Message("登记车牌后，停车场出入口的车牌识别会自动从您的钱包扣费。")
    String plates_lead();

    @Message("还没有登记车牌。")
    String plates_none();

    @Message("删除")
    String plate_remove();

    @Message("确定删除这个车牌？")
    String plate_remove_confirm();

    @Message("登记车牌")
    String plate_add();

    @Message("登记")
    String plate_add_submit();

    @Message("停车收据")
    String receipt_title();

    @Message("收据编号")
    String receipt_no();

    @Message("停车已结束，费用已从钱包结算。")
    String ended_notice();

    @Message("按日计费")
    String charge_by_day();

    @Message("在免费时长内离开，不收费。")
    String free_stay();

    @Message("日期")
    String day();

    @Message("停车费合计")
    String charge_total();

    @Message("钱包已付")
    String paid_from_wallet();

    @Message("钱包余额不足，差额记为待补缴。充值后可补缴。")
    String owed_hint();

    @Message("计费标准：")
    String tariff_used();

    @Message("这次停车还没有结束，离场时按实际时长计费。")
    String receipt_open_hint();

    @Message("打印收据")
    String print();

    @Message("返回我的停车")
    String back_to_mine();

    @Message("停车运营")
    String admin_title();

    @Message("全市概况")
    String kpis_title();

    @Message("以下数据每 5 秒自动更新。")
    String admin_live_hint();

    @Message("已更新")
    String admin_updated();

    @Message("停车场")
    String kpi_lots();

    @Message("车位")
    String kpi_spaces();

    @Message("占用率")
    String kpi_occupancy();

    @Message("空闲")
    String kpi_free();

    @Message("占用")
    String kpi_occupied();

    @Message("状态未知")
    String kpi_unknown();

    @Message("已关闭")
    String kpi_closed();

    @Message("失联传感器")
    String kpi_stale();

    @Message("低电量传感器")
    String kpi_low_battery();

    @Message("已处理事件")
    String kpi_applied();

    @Message("忽略的重复或迟到事件")
    String kpi_ignored();

    @Message("已入库事件")
    String kpi_persisted();

    @Message("待入库")
    String kpi_backlog();

    @Message("全市停车场地图")
    String admin_map_title();

    @Message("全市 {n} 个停车场的位置，颜色表示占用率；下方表格有相同数据。")
    String admin_map_desc(int n);

    @Message("占用率低于 70%")
    String occ_low();

    @Message("占用率 70%–90%")
    String occ_high();

    @Message("占用率 90% 以上")
    String occ_full();

    @Message("停车场（按占用率从高到低）")
    String lots_title();

    @Message("调价")
    String change_prices();

    @Message("近 30 天停车收入")
    String revenue_title();

    @Message("实收（钱包）")
    String revenue_paid();

    @Message("应收")
    String revenue_charged();

    @Message("停车次数")
    String revenue_sessions();

    @Message("传感器状况")
    String sensors_title();

    @Message("所有传感器工作正常。")
    String sensors_ok();

    @Message("传感器")
    String sensor();

    @Message("问题")
    String sensor_issue();

    @Message("失联")
    String sensor_stale();

    @Message("电量低")
    String sensor_low_battery();

    @Message("最后上报")
    String last_seen();

    @Message("电量")
    String battery();

    @Message("从未")
    String never();

    @Message("最多显示 30 个。")
    String sensors_first_n();

    @Message("最新预约和停车")
    String latest_title();

    @Message("暂无。")
    String none_yet();

    @Message("价格管理")
    String prices_title();

    @Message("选择停车场")
    String choose_lot();

    @Message("选择")
    String choose();

    @Message("当前价格：")
    String current_prices();

    @Message("首小时（元）")
    String first_hour_yuan();

    @Message("之后每小时（元）")
    String per_hour_yuan();

    @Message("每日封顶（元）")
    String daily_max_yuan();

    @Message("留空表示不封顶")
    String daily_max_hint();

    @Message("0–120 分钟")
    String free_minutes_hint();

    @Message("保存新价格")
    String prices_submit();

    @Message("最近的价格调整")
    String price_history();

    @Message("这个停车场的价格调整记录")
    String price_history_lot();

    @Message("还没有价格调整记录。")
    String price_history_none();

    @Message("调整人")
    String changed_by();

    @Message("请选择一个地点，或填写坐标")
    String error_place();

    @Message("所选位置")
    String chosen_point();

    @Message("纬度须在 -90 到 90 之间，例如 31.2304")
    String error_lat();

    @Message("经度须在 -180 到 180 之间，例如 121.4737")
    String error_lon();

    @Message("请填写纬度，例如 31.2304")
    String error_lat_missing();

    @Message("请填写经度，例如 121.4737")
    String error_lon_missing();

    @Message("步行距离须在 50 到 5000 米之间")
    String error_radius();

    @Message("停车时长须在 15 到 1440 分钟之间")
    String error_stay();

    @Message("请选择按距离或按价格排序")
    String error_sort();

    @Message("请检查这一项")
    String error_field();

    @Message("按坐标（在下方填写）")
    String place_coordinates();

    @Message("全天 24 小时开放")
    String open_24h();

    @Message("{opens}–{closes}{#if nextDay}（次日）{/if}")
    String hours_range(String opens, String closes, boolean nextDay);

    @Message("空位 {free} / {total}")
    String spot_free(int free, int total);

    @Message("{km} 公里")
    String km_n(String km);

    @Message("{metres} 米")
    String metres_n(int metres);

    @Message("{hours} 小时")
    String hours_n(int hours);

    @Message("{#if days > 0}{days} 天 {/if}{#if hours > 0 || days > 0}{hours} 小时 {/if}{minutes} 分钟")
    String duration_value(long days, long hours, long minutes);

    @Message("请按“年-月-日 时:分”填写到达时间，或留空表示现在")
    String error_arrive_format();

    @Message("车位保留时间须在 5 到 120 分钟之间")
    String error_window();

    @Message("请填写中国车牌号，例如 沪A12345（新能源车 8 位）")
    String error_plate();

    @Message("预约成功！车位为您保留到到达时段结束；停车费已在钱包中冻结，离场时按实际时长扣款，多余部分退回。")
    String done_booked();

    @Message("已开始停车。离开时点“现在结束”，按实际时长从钱包扣款。")
    String done_parked();

    @Message("预约已取消，冻结的金额已退回钱包。")
    String done_cancelled();

    @Message("车牌已登记，出入口闸机将从您的钱包扣费。")
    String done_plate();

    @Message("车牌已删除。")
    String done_plate_removed();

    @Message("已更新 {lot} 的价格，新进场和新预约按新价格计费。")
    String prices_changed(String lot);

    @Message("每日封顶不能低于首小时价格")
    String error_daily_cap();

    @Message("占用率 {percent}")
    String occupancy_rate(String percent);

    @Message("免费时长须是 0 到 120 之间的整数分钟")
    String error_free_minutes();

    @Message("表单已过期，请刷新页面")
    String error_form_version();

    @Message("到达时间已过，请选择现在或之后 24 小时内的时间")
    String problem_arrive_past();

    @Message("停车场在这个时间不开放")
    String problem_arrive_closed();

    @Message("只能预约 24 小时以内到达")
    String problem_arrive_range();

    @Message("停车时长不能短于车位保留时间")
    String problem_stay_below_window();

    @Message("这个停车场最长可停 {max} 分钟")
    String problem_stay_lot_max(int max);

    @Message("停车场现在不开放。")
    String problem_lot_closed_now();

    @Message("找不到这个停车场。")
    String problem_lot_unknown();

    @Message("页面已过期，请刷新后重试。")
    String problem_page_stale();

    @Message("请检查填写的内容。")
    String problem_check_input();

    @Message("钱包可用余额不足。")
    String problem_wallet_short();

    @Message("这个时段已没有空余车位。请换个时间，或选择附近其他停车场。")
    String problem_space_taken();

    @Message("这张表单已经提交过另一个请求。已为您换上新的表单，请确认后再提交。")
    String problem_key_reused();

    @Message("这辆车（或这个车位）已有进行中的停车，请先在“我的停车”中结束它。")
    String problem_stay_open();

    @Message("这个预约已经开始、结束或过期，不能再取消。")
    String problem_not_cancellable();

    @Message("这个车牌已登记在其他账号下。")
    String problem_plate_taken();

    @Message("在您编辑期间，其他人已修改了这个停车场的价格。下方显示的是最新价格，您填写的内容已保留，请核对后再提交。")
    String problem_lot_changed();

    @Message("找不到相关记录，可能已被删除。")
    String problem_not_found();

    @Message("操作未能完成（{detail}）")
    String problem_failed(String detail);

    @Message("停车")
    String nav_parking();

    @Message("停车运营")
    String nav_operations();
}
