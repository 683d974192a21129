package city.simulation.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.List;

/** Texts of the twin's evaluation pages; English in {@code messages/twin_en.properties}. */
@MessageBundle(value = "twin", locale = "zh-CN")
public interface TwinMsg {

    @Message("交通指挥中心")
    String traffic_room();

    @Message("交通仿真评估")
    String title();

    @Message("在数字孪生中离线运行同一个场景，比较不同的信号控制方案。仿真尽可能快地运行，不按实时；每次只运行一个评估，其余按提交顺序排队。")
    String lead();

    @Message("本页内容")
    String sections();

    @Message("新建评估")
    String new_title();

    @Message("场景")
    String scenario();

    @Message("路网和车流需求")
    String scenario_hint();

    @Message("控制方案")
    String controllers();

    @Message("选择 1 到 6 个，按列出的顺序运行")
    String controllers_hint();

    @Message("仿真时长（分钟）")
    String minutes();

    @Message("1 到 240 分钟")
    String minutes_hint();

    @Message("随机种子")
    String seed();

    @Message("相同的种子得到相同的结果")
    String seed_hint();

    @Message("开始评估")
    String start();

    @Message("请修改以下问题：")
    String form_errors();

    @Message("上传场景")
    String upload_title();

    @Message("CityFlow 格式的 roadnet.json 和 flow.json，合计不超过 20 MB。文件会被完整检查，有问题时不会保存任何内容。")
    String upload_lead();

    @Message("中文名称")
    String name_zh();

    @Message("英文名称")
    String name_en();

    @Message("至少填写一种语言")
    String name_hint();

    @Message("路网文件 roadnet.json")
    String roadnet_file();

    @Message("车流文件 flow.json")
    String flow_file();

    @Message("上传场景")
    String upload_submit();

    @Message("文件中有 {n} 处问题（按在文件中的位置列出）：")
    String problems_count(int n);

    @Message("可用场景")
    String scenarios_title();

    @Message("名称")
    String name();

    @Message("信号路口")
    String intersections();

    @Message("道路")
    String roads();

    @Message("车流")
    String flows();

    @Message("添加时间")
    String added();

    @Message("添加人")
    String added_by();

    @Message("内置")
    String built_in();

    @Message("下载")
    String download();

    @Message("历史评估")
    String runs_title();

    @Message("还没有评估。")
    String runs_none();

    @Message("评估")
    String run();

    @Message("仿真时长")
    String simulated();

    @Message("状态")
    String status();

    @Message("发起人")
    String started_by();

    @Message("提交时间")
    String created();

    @Message("完成时间")
    String finished_at();

    @Message("评估 #{id}")
    String run_title(long id);

    @Message("进度")
    String progress_title();

    @Message("评估进度")
    String progress_label();

    @Message("取消评估")
    String cancel();

    @Message("返回评估列表")
    String back();

    @Message("结果对比")
    String results_title();

    @Message("各控制方案的结果（旅行时间、延误单位为秒）")
    String results_caption();

    @Message("控制方案")
    String col_controller();

    @Message("平均旅行时间（CityFlow 算法，含未完成车辆）")
    String col_tt();

    @Message("平均旅行时间（仅已完成车辆）")
    String col_tt_finished();

    @Message("进口道旅行时间（论文算法）")
    String col_tt_papers();

    @Message("完成车辆")
    String col_finished();

    @Message("通过量（辆/小时）")
    String col_throughput();

    @Message("平均延误")
    String col_delay();

    @Message("每车停车次数")
    String col_stops();

    @Message("耗时（秒）")
    String col_wall();

    @Message("旅行时间：CityFlow 算法计入所有已出发车辆（未完成的计到仿真结束）；通过量为每小时仿真时间内完成行程的车辆数；耗时为本机实际计算时间。")
    String results_note();

    @Message("旅行时间分布（已完成车辆）")
    String chart_tt_title();

    @Message("旅行时间分布直方图：横轴为旅行时间（秒），纵轴为车辆数，每个控制方案一条线；下方表格给出分位数。")
    String chart_tt_label();

    @Message("路网排队车辆随时间变化")
    String chart_queue_title();

    @Message("排队车辆随时间变化：横轴为仿真分钟，纵轴为停车等待的车辆数，每个控制方案一条线；下方表格给出每 10 分钟的平均值。")
    String chart_queue_label();

    @Message("以表格查看")
    String as_table();

    @Message("10% 分位")
    String p10();

    @Message("中位数")
    String p50();

    @Message("90% 分位")
    String p90();

    @Message("最长")
    String max();

    @Message("分钟")
    String minute_range();

    @Message("旅行时间（秒）")
    String tt_seconds();

    @Message("车辆数")
    String vehicles();

    @Message("仿真分钟")
    String sim_minutes();

    @Message("排队车辆")
    String queued();

    @Message("评估失败")
    String failed_title();

    @Message("评估已取消，没有保存结果。")
    String cancelled_text();

    @Message("正在排队，前面的评估完成后开始。")
    String waiting_text();

    @Message("进度每秒自动更新；如果浏览器未启用脚本，请刷新页面。")
    String js_needed();

    @Message("数字孪生：实时城市")
    String live_title();

    @Message("孪生城市按实时在当前路网上运行：车辆服从实时信号灯，虚拟检测器、气象站、摄像头和救护车通过公开接入接口上报数据。可在此暂停、加速，或触发事故和救护车出车，用于演示和测试。")
    String live_lead();

    @Message("运行状态（计数自应用启动以来）")
    String live_state();

    @Message("运行中")
    String live_running();

    @Message("已暂停")
    String live_paused();

    @Message("倍速")
    String live_speed();

    @Message("孪生城市时间")
    String live_time_of_day();

    @Message("已仿真（秒）")
    String live_simulated();

    @Message("路网上车辆")
    String live_on_network();

    @Message("等待驶入")
    String live_waiting();

    @Message("已驶入")
    String live_entered();

    @Message("已驶离")
    String live_finished();

    @Message("已上报检测数据")
    String live_readings();

    @Message("已上报摄像头事件")
    String live_camera();

    @Message("已上报气象观测")
    String live_weather();

    @Message("已上报救护车位置")
    String live_positions();

    @Message("上报失败 / 丢弃")
    String live_failed();

    @Message("正在下雨")
    String live_raining();

    @Message("是")
    String live_yes();

    @Message("否")
    String live_no();

    @Message("无")
    String live_none();

    @Message("途中的救护车")
    String live_ambulances();

    @Message("行程、绿波和事件见")
    String live_follow();

    @Message("控制")
    String live_controls();

    @Message("暂停")
    String live_pause();

    @Message("继续")
    String live_resume();

    @Message("每秒仿真秒数")
    String live_speed_label();

    @Message("更改倍速")
    String live_set_speed();

    @Message("制造事故")
    String live_accident();

    @Message("一辆车立即停下并占用车道 20 分钟，路段摄像头通过接入接口上报事故。")
    String live_accident_lead();

    @Message("道路编号")
    String live_road();

    @Message("可不填：任选一辆车")
    String live_road_hint();

    @Message("制造事故")
    String live_trigger_accident();

    @Message("派出救护车")
    String live_ambulance();

    @Message("孪生城市以调度系统的设备身份申请行程，按平台规划的路线行驶并上报位置，绿波由平台完成。")
    String live_ambulance_lead();

    @Message("起点路口编号")
    String live_origin();

    @Message("可不填：随机")
    String live_origin_hint();

    @Message("医院")
    String live_hospital();

    @Message("随机")
    String live_any_hospital();

    @Message("派出救护车")
    String live_send_ambulance();

    @Message("由起讫矩阵生成需求")
    String gen_title();

    @Message("在已有场景的路网上，按边界起讫矩阵（每条驶入道路到每条驶出道路，按车道数加权）和工作日时段分布生成车流，保存为新场景。API 还可指定起讫对和 24 小时分布。")
    String gen_lead();

    @Message("路网（取自场景）")
    String gen_network();

    @Message("高峰每小时车辆数")
    String gen_peak();

    @Message("早晚高峰时全网驶入车辆")
    String gen_peak_hint();

    @Message("开始时刻")
    String gen_start();

    @Message("0–24，例如 7.5 为 7:30")
    String gen_start_hint();

    @Message("生成场景")
    String gen_submit();

    @Message("救护车实验")
    String amb_title();

    @Message("运行")
    String amb_run();

    @Message("到达")
    String amb_arrived();

    @Message("行程时间（秒）")
    String amb_travel();

    @Message("停车次数")
    String amb_stops();

    @Message("红灯停车")
    String amb_at_red();

    @Message("优先控制的信号")
    String amb_preempted();

    @Message("其他车辆平均行程（秒）")
    String amb_others();

    @Message("无绿波")
    String amb_without();

    @Message("有绿波")
    String amb_with();

    @Message("从 {from} 到 {to}（{roads} 条道路），仿真第 {departure} 秒出发，交通模块控制方案 {controller}；同一场景、同一种子各运行一次。")
    String amb_lead(String from, String to, int roads, int departure, String controller);

    @Message("有绿波的行程时间是无绿波的 {ratio} 倍。")
    String amb_ratio(Double ratio);

    @Message("可选：同一场景中一辆救护车有无绿波各跑一次")
    String amb_form_hint();

    @Message("起点路口")
    String amb_from();

    @Message("终点路口")
    String amb_to();

    @Message("出发（仿真第几分钟，默认三分之一处）")
    String amb_minute();

    // texts the pages' Java code says: names of things in the page's language, states, notices and refusals

    @Message("{zh}")
    String local_name(String zh, String en);

    @Message("{#each names}{it}{#if it_hasNext}、{/if}{/each}")
    String joined(List<String> names);

    @Message("{n} 小时")
    String sim_h(int n);

    @Message("{n} 分钟")
    String sim_min(int n);

    @Message("{n} 秒")
    String sim_s(int n);

    @Message("排队中")
    String st_queued();

    @Message("运行中 {percent}%")
    String st_running(int percent);

    @Message("已完成")
    String st_done();

    @Message("失败")
    String st_failed();

    @Message("已取消")
    String st_cancelled();

    @Message("场景已上传，已在“新建评估”中选中。")
    String done_uploaded();

    @Message("需求已生成，场景已在“新建评估”中选中。")
    String done_generated();

    @Message("评估已经结束，无法取消。")
    String err_cancel_over();

    @Message("请填写 1 到 240 之间的整数分钟")
    String err_minutes();

    @Message("请填写一个整数")
    String err_seed();

    @Message("救护车出发时间：仿真开始后的整数分钟")
    String err_amb_minute();

    @Message("现在排队的评估太多，请等一些完成后再开始。")
    String err_queue_full();

    @Message("路网中没有这个起点路口")
    String err_amb_from();

    @Message("路网中没有这个终点路口")
    String err_amb_to();

    @Message("救护车无法从起点开到这个路口")
    String err_amb_no_route();

    @Message("救护车须在仿真结束前至少一分钟出发")
    String err_amb_departure();

    @Message("请选择一个场景")
    String err_scenario();

    @Message("请选择 1 到 6 个控制方案")
    String err_controllers();

    @Message("最多选择 6 个控制方案")
    String err_controllers_max();

    @Message("交通模块的控制方案无法运行这个场景的路网：{reason}")
    String err_traffic_cannot_run(String reason);

    @Message("请填写数字")
    String err_number();

    @Message("请选择路网")
    String err_network();

    @Message("没有这个场景")
    String err_no_scenario();

    @Message("无法用这个路网生成需求：{reason}")
    String err_gen_network(String reason);

    @Message("高峰每小时车辆数：大于 0，最多 50000")
    String err_gen_peak();

    @Message("开始时刻：0 到 24 之间（不含 24）")
    String err_gen_start();

    @Message("时长：1 到 240 分钟")
    String err_gen_minutes();

    @Message("请至少填写一种语言的名称（最多 200 个字）")
    String err_gen_name();

    @Message("文件不是 UTF-8 编码的文本")
    String err_not_utf8();

    @Message("请选择一个 CityFlow roadnet.json 文件")
    String err_roadnet_file();

    @Message("请选择一个 CityFlow flow.json 文件")
    String err_flow_file();

    @Message("请至少填写一种语言的名称")
    String err_name_missing();

    @Message("名称最多 200 个字")
    String err_name_long();

    @Message("两个文件合计不能超过 20 MB。")
    String err_too_heavy();

    @Message("这个场景无法运行，没有保存任何内容。请按下列问题修改文件后重新上传。")
    String err_scenario_invalid();

    @Message("倍速为 1 到 {max} 之间的整数")
    String live_err_speed(int max);

    @Message("道路编号只含字母、数字和 _ . : -")
    String live_err_road_id();

    @Message("这条道路上现在没有车辆（或没有这条道路）")
    String live_err_no_vehicle();

    @Message("路口编号只含字母、数字和 _ . : -")
    String live_err_origin_id();

    @Message("平台没有接受这次出车（起点路口不存在或没有路线）：{reason}")
    String live_err_trip_refused(String reason);

    @Message("无法派出救护车：{reason}")
    String live_err_no_ambulance(String reason);

    @Message("孪生城市正在启动，请稍后再试。")
    String live_err_starting();

    @Message("孪生城市未开启（city.simulation.enabled=false），不能触发事件。")
    String live_err_off();

    @Message("已制造一起事故：一辆车停在车道上，摄像头已上报。")
    String live_done_accident();

    @Message("已暂停。")
    String live_done_paused();

    @Message("已继续运行。")
    String live_done_resumed();

    @Message("倍速已更改。")
    String live_done_speed();

    @Message("救护车已出发，行程见交通指挥中心。")
    String live_done_ambulance();
}
