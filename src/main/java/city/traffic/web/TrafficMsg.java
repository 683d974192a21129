package city.traffic.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the traffic pages; English in {@code messages/traffic_en.properties}. */
@MessageBundle(value = "traffic", locale = "zh-CN")
public interface TrafficMsg {

    @Message("交通指挥中心")
    String room_title();

    @Message("本页内容")
    String sections();

    @Message("全市交通概况")
    String kpis_title();

    @Message("数值实时更新，小图为近 2 小时（每 30 秒取样）。")
    String kpis_hint();

    @Message("{label}近 2 小时走势图")
    String spark_label(String label);

    @Message("路网实时地图")
    String map_title();

    @Message("路网地图：{signals} 个信号灯路口、{roads} 条道路，颜色表示排队长度和信号灯状态；下方列表和信号灯表格有相同信息。")
    String map_desc(int signals, int roads);

    @Message("现在有 {jam} 条道路拥堵、{busy} 条道路缓行。")
    String map_summary(String jam, String busy);

    @Message("畅通（每车道排队少于 5 辆）")
    String legend_free();

    @Message("缓行（每车道 5–11 辆）")
    String legend_busy();

    @Message("拥堵（每车道 12 辆以上）")
    String legend_jam();

    @Message("暂无检测数据")
    String legend_unknown();

    @Message("绿灯（数字为相位）")
    String legend_green();

    @Message("黄灯")
    String legend_yellow();

    @Message("全红清空")
    String legend_allred();

    @Message("黑色外圈：人工锁定、强制方案或紧急优先")
    String legend_override();

    @Message("事件")
    String legend_incident();

    @Message("救护车及其路线")
    String legend_ambulance();

    @Message("排队最长的道路")
    String busiest_title();

    @Message("还没有道路上报排队数据。")
    String busiest_none();

    @Message("排队 {queue} 辆 · 车速 {speed} km/h")
    String busiest_item(String queue, String speed);

    @Message("待处理事件")
    String incidents_title();

    @Message("新事件会自动出现在这里。派警时系统按当前路况选择最近的空闲警员。")
    String incidents_hint();

    @Message("目前没有待处理的事件。")
    String incidents_none();

    @Message("发现于")
    String detected_at();

    @Message("派最近的警员")
    String dispatch();

    @Message("标记已到场")
    String on_scene();

    @Message("标记已清除")
    String clear();

    @Message("排队 %n% 辆")
    String queue_n();

    @Message("预计 %n% 分钟到达")
    String eta_minutes();

    @Message("车道 %n%")
    String lane_n();

    @Message("新事件：%kind%，%road%")
    String new_incident();

    @Message("操作未能完成，请稍后重试。")
    String action_failed();

    @Message("正在连接实时数据……")
    String connecting();

    @Message("实时更新中")
    String connected();

    @Message("实时连接已中断，正在重新连接……")
    String disconnected();

    @Message("更新于")
    String updated_at();

    @Message("进行中的救护车行程")
    String trips_title();

    @Message("正在加载……")
    String trips_loading();

    @Message("目前没有进行中的救护车行程。")
    String trips_none();

    @Message("暂时无法获取救护车行程，稍后自动重试。")
    String trips_failed();

    @Message("预计 %eta% 后到达")
    String trip_eta();

    @Message("出发于 %time%")
    String trip_started();

    @Message("已优先放行 %n% 个路口")
    String trip_preempted();

    @Message("遇红灯停车 %n% 次")
    String trip_stops();

    @Message("这部分需要启用 JavaScript。")
    String needs_script();

    @Message("信号灯")
    String signals_title();

    @Message("以表格查看全部 {n} 个信号灯路口")
    String signals_table(int n);

    @Message("路口")
    String intersection();

    @Message("状态")
    String state();

    @Message("开始于")
    String since();

    @Message("控制方式")
    String controller();

    @Message("决定者")
    String override();

    @Message("路网管理")
    String network_title();

    @Message("这个路口没有信号灯（路网边界上车辆进出的节点）。")
    String no_signal();

    @Message("信号灯现状")
    String now_title();

    @Message("清空时间")
    String clearance();

    @Message("黄灯 {yellow} 秒 + 全红 {allRed} 秒")
    String clearance_value(Integer yellow, Integer allRed);

    @Message("最短绿灯")
    String min_green();

    @Message("{n} 秒")
    String seconds_n(int n);

    @Message("相位")
    String phases_title();

    @Message("相位 {n}")
    String phase_n(int n);

    @Message("当前")
    String phase_now();

    @Message("相位 {n} 放行的流向示意图")
    String phase_diagram(int n);

    @Message("计划绿灯 {seconds} 秒")
    String planned_green(int seconds);

    @Message("流向")
    String movements_title();

    @Message("进口道路")
    String from_road();

    @Message("出口道路")
    String to_road();

    @Message("转向")
    String turn();

    @Message("进口车道")
    String lanes();

    @Message("放行相位")
    String phases_col();

    @Message("车道编号从 0 开始，0 为最内侧车道。")
    String lanes_hint();

    @Message("信号控制")
    String control_title();

    @Message("表单有误，请修改后重新提交。")
    String form_errors();

    @Message("更换控制方式")
    String mode_title();

    @Message("新的控制方式在下一秒接管，最短绿灯和清空时间始终保留。")
    String mode_hint();

    @Message("更换")
    String mode_submit();

    @Message("锁定相位")
    String hold_title();

    @Message("相位")
    String phase();

    @Message("在最短绿灯和清空之后切换到这个相位并一直保持，直到解除。")
    String hold_hint();

    @Message("锁定")
    String hold_submit();

    @Message("强制配时方案")
    String plan_title();

    @Message("每个相位 {minGreen} 到 180 秒，按顺序循环执行，直到解除。")
    String plan_hint(int minGreen);

    @Message("强制执行")
    String plan_submit();

    @Message("解除")
    String release_title();

    @Message("解除锁定和强制方案，由控制方式重新决定。")
    String release_hint();

    @Message("解除")
    String release_submit();

    @Message("只有交通运营人员可以更改信号控制；您可以查看现状和记录。")
    String operators_only();

    @Message("近 1 小时排队和流量")
    String history_title();

    @Message("近 1 小时这个路口的进口道路没有检测数据。")
    String history_none();

    @Message("排队长度（辆，每 5 分钟内各车道最长排队之和）")
    String queue_chart();

    @Message("流量（辆/小时）")
    String flow_chart();

    @Message("辆")
    String vehicles();

    @Message("辆/小时")
    String per_hour();

    @Message("以表格查看")
    String as_table();

    @Message("每 5 分钟各进口道路的排队（辆）/ 流量（辆/小时）")
    String history_table_caption();

    @Message("时间")
    String time();

    @Message("最近的操作记录")
    String actions_title();

    @Message("还没有人工操作记录。")
    String actions_none();

    @Message("操作人")
    String who();

    @Message("操作")
    String what();

    @Message("当前路网")
    String network_active();

    @Message("名称")
    String network_name();

    @Message("路口")
    String network_intersections();

    @Message("信号灯路口")
    String network_signalised();

    @Message("道路（单向）")
    String network_roads();

    @Message("启用时间")
    String network_installed();

    @Message("导入人")
    String network_by();

    @Message("下载 roadnet.json")
    String network_download();

    @Message("查看实时地图")
    String network_to_map();

    @Message("导入新路网")
    String upload_title();

    @Message("上传 CityFlow 格式的 roadnet.json。文件会先整体校验，只有完全有效才会启用。")
    String upload_lead();

    @Message("例如 黄浦区 2027 年方案")
    String upload_name_hint();

    @Message("roadnet.json 文件")
    String upload_file();

    @Message("最大 2 MB")
    String upload_file_hint();

    @Message("启用新路网后，所有信号灯按新方案重新开始，车道实时数据清空。")
    String upload_warning();

    @Message("校验并启用")
    String upload_submit();

    @Message("只有交通运营人员可以导入路网。")
    String upload_operators_only();

    @Message("发现 {n} 个问题（位置为文件中的 JSON 路径）：")
    String problems_count(int n);

    @Message("以前的路网")
    String network_earlier();

    @Message("没有以前的路网。")
    String network_earlier_none();

    // texts the pages' Java code says: names of things in the page's language, states in words, notices and refusals

    @Message("{zh}")
    String local_name(String zh, String en);

    @Message("相位 %p% 绿灯")
    String stage_green();

    @Message("黄灯：相位 %p% → %n%")
    String stage_yellow();

    @Message("全红：相位 %p% → %n%")
    String stage_allred();

    @Message("全红：启动 → 相位 %n%")
    String stage_starting();

    @Message("未知")
    String stage_unknown();

    @Message("路网配时方案（定时）")
    String mode_plan();

    @Message("Webster 定时（按实测流量）")
    String mode_webster();

    @Message("感应控制")
    String mode_actuated();

    @Message("最大压力")
    String mode_max_pressure();

    @Message("强制方案")
    String control_forced();

    @Message("人工锁定相位")
    String control_hold();

    @Message("紧急车辆优先")
    String control_preemption();

    @Message("控制器")
    String control_controller();

    @Message("交通事故")
    String kind_accident();

    @Message("车辆抛锚")
    String kind_stalled();

    @Message("车速骤降")
    String kind_speed_drop();

    @Message("待派警")
    String incident_detected();

    @Message("警员在途")
    String incident_dispatched();

    @Message("警员已到场")
    String incident_on_scene();

    @Message("已清除")
    String incident_cleared();

    @Message("北行")
    String bound_n();

    @Message("东行")
    String bound_e();

    @Message("南行")
    String bound_s();

    @Message("西行")
    String bound_w();

    @Message("左转")
    String turn_left();

    @Message("右转")
    String turn_right();

    @Message("直行")
    String turn_straight();

    @Message("畅通")
    String level_free();

    @Message("缓行")
    String level_busy();

    @Message("拥堵")
    String level_jam();

    @Message("暂无数据")
    String level_unknown();

    @Message("行驶中")
    String trip_active();

    @Message("已到达")
    String trip_arrived();

    @Message("已取消")
    String trip_cancelled();

    @Message("已派出 {unit} 前往{road}，{eta}。")
    String done_dispatched(String unit, String road, String eta);

    @Message("警员已到达{road}。")
    String done_on_scene(String road);

    @Message("{road}的事件已清除。")
    String done_cleared(String road);

    @Message("平均车速")
    String kpi_speed();

    @Message("排队车辆")
    String kpi_queue();

    @Message("近 1 小时事件")
    String kpi_incidents();

    @Message("警员平均到场时间")
    String kpi_arrival();

    @Message("分钟")
    String unit_minutes();

    @Message("现在没有空闲的警员可派。请等其他事件处理完后再派警。")
    String problem_no_unit();

    @Message("这个事件刚刚已被其他人派警。")
    String problem_dispatched_meanwhile();

    @Message("这个事件的状态已经变化（{detail}），列表已按最新状态显示。")
    String problem_moved_on(String detail);

    @Message("找不到相关记录，可能已被清除或路网已更换。")
    String problem_not_found();

    @Message("操作未能完成（{detail}）")
    String problem_other(String detail);

    @Message("已改为{mode}。")
    String done_mode(String mode);

    @Message("已锁定相位：信号在最短绿灯和清空时间后切换到该相位并保持，直到解除。")
    String done_hold();

    @Message("已强制执行新的配时方案，直到解除。")
    String done_plan();

    @Message("已解除锁定和强制方案，由控制器重新决定。")
    String done_release();

    @Message("请选择一种控制方式")
    String err_mode();

    @Message("请选择相位 1 到 {phases}")
    String err_phase(int phases);

    @Message("请填写 {min} 到 {max} 之间的整数秒")
    String err_green(int min, int max);

    @Message("相位 {n} 绿灯（秒）")
    String green_label(int n);

    @Message("控制方式改为{mode}")
    String action_controller(String mode);

    @Message("锁定相位 {phase}")
    String action_hold(String phase);

    @Message("强制方案：各相位绿灯 {seconds} 秒")
    String action_plan(String seconds);

    @Message("解除锁定和强制方案")
    String action_release();

    @Message("新路网已启用：所有信号灯已按新路网的配时方案重新开始，车道实时数据已清空。")
    String done_imported();

    @Message("请填写 1 到 200 个字的名称")
    String err_network_name();

    @Message("请选择一个 CityFlow roadnet.json 文件")
    String err_roadnet_file();

    @Message("文件不是 UTF-8 编码的文本")
    String err_not_utf8();

    @Message("这个文件不是有效的 CityFlow 路网，没有导入任何内容，当前路网保持不变。请按下列问题修改文件后重新上传。")
    String err_network_invalid();

    @Message("我的交通违法与罚款")
    String fines_title();

    @Message("这里列出您登记车牌的交通违法记录，可直接用钱包缴纳罚款。车牌在停车页面登记：")
    String fines_intro();

    @Message("管理我的车牌")
    String fines_plates_link();

    @Message("待缴罚款")
    String fines_open();

    @Message("您登记的车牌没有待缴的违法记录。")
    String fines_none();

    @Message("未缴")
    String fines_unpaid();

    @Message("地点")
    String fines_where();

    @Message("时间")
    String fines_when();

    @Message("车速 / 限速")
    String fines_speed();

    @Message("证据")
    String fines_evidence();

    @Message("罚款金额")
    String fines_amount();

    @Message("缴纳罚款")
    String fines_pay();

    @Message("从钱包缴纳这笔罚款？")
    String fines_pay_confirm();

    @Message("已缴罚款")
    String fines_paid();

    @Message("已缴")
    String fines_paid_badge();

    @Message("缴费时间")
    String fines_paid_at();

    @Message("罚款已缴纳，交警系统已显示为已缴。")
    String fines_paid_notice();

    @Message("钱包余额不足，罚款未缴纳，也没有扣款。请充值后再试。")
    String fines_err_funds();

    @Message("没有找到这条违法记录，或它不属于您登记的车牌。")
    String fines_err_unknown();

    @Message("这笔罚款已经缴纳过，没有重复扣款。")
    String fines_err_paid();

    @Message("罚款暂时无法缴纳，没有扣款。请稍后再试。")
    String fines_err_other();

    @Message("{#when kind}{#is 'RED_LIGHT'}闯红灯{#is 'SPEEDING'}超速{#else}{kind}{/when}")
    String fines_kind(String kind);
}
