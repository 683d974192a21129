package city.citizen.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the citizen portal pages; English in {@code messages/cit_en.properties}. */
@MessageBundle(value = "cit", locale = "zh-CN")
public interface CitizenMsg {

    @Message("一网通办，一次办成")
    String home_title();

    @Message("查找政务服务：驾驶证、户口、社保、公积金……")
    String home_lead();

    @Message("搜索服务")
    String search_label();

    @Message("输入服务名称或关键词，中英文均可")
    String search_placeholder();

    @Message("搜索")
    String search_button();

    @Message("按部门浏览")
    String by_department();

    @Message("{count} 项服务")
    String service_count(long count);

    @Message("各部门服务数量")
    String chart_title();

    @Message("共 {total} 项服务，来自 {departments} 个部门")
    String catalogue_size(long total, int departments);

    @Message("办事服务")
    String services_title();

    @Message("“{q}”的搜索结果")
    String results_for(String q);

    @Message("找到 {count} 项服务")
    String found(long count);

    @Message("没有找到相关服务。请换个关键词，或按部门浏览。")
    String no_results();

    @Message("全部部门")
    String all_departments();

    @Message("办理方式")
    String channel();

    @Message("全部")
    String channel_all();

    @Message("全程网办")
    String channel_online();

    @Message("需到窗口办理")
    String channel_in_person();

    @Message("筛选")
    String filter();

    @Message("收费")
    String fee();

    @Message("承诺时限")
    String processing();

    @Message("当场办结")
    String same_day();

    @Message("{days} 个工作日")
    String days(int days);

    @Message("实施部门")
    String department();

    @Message("服务说明")
    String description();

    @Message("申请条件")
    String eligibility();

    @Message("所需材料")
    String documents();

    @Message("事项编码")
    String code();

    @Message("返回服务列表")
    String back_to_list();

    @Message("服务事项管理")
    String admin_title();

    @Message("新增服务")
    String admin_new();

    @Message("编辑服务")
    String admin_edit();

    @Message("已保存：{code}")
    String admin_saved(String code);

    @Message("状态")
    String admin_status();

    @Message("在办")
    String admin_active();

    @Message("已停办")
    String admin_retired();

    @Message("操作")
    String admin_actions();

    @Message("编辑")
    String admin_edit_link();

    @Message("停办")
    String admin_retire();

    @Message("确定停办该服务？停办后市民将无法在门户中看到它。")
    String admin_retire_confirm();

    @Message("保存")
    String admin_save();

    @Message("取消")
    String admin_cancel();

    @Message("表单中有错误，请修改后重新提交。")
    String admin_errors();

    @Message("中文名称")
    String f_name_zh();

    @Message("英文名称")
    String f_name_en();

    @Message("中文说明")
    String f_description_zh();

    @Message("英文说明")
    String f_description_en();

    @Message("申请条件（中文）")
    String f_eligibility_zh();

    @Message("申请条件（英文）")
    String f_eligibility_en();

    @Message("收费（元）")
    String f_fee();

    @Message("免费填 0")
    String f_fee_hint();

    @Message("承诺时限（工作日）")
    String f_days();

    @Message("当场办结填 0")
    String f_days_hint();

    @Message("所需材料")
    String f_documents();

    @Message("每行一项，格式：中文名 | English name")
    String f_documents_hint();

    @Message("大写字母、数字和连字符，例如 PSB-001；创建后不能修改")
    String f_code_hint();

    @Message("请选择")
    String f_choose();

    @Message("金额最多两位小数")
    String error_fee_precision();

    @Message("请输入金额（元），例如 12.50；免费填 0")
    String error_fee();

    @Message("请输入天数（整数），当天办结填 0")
    String error_days();

    @Message("请选择办理方式")
    String error_channel();

    @Message("第 {line} 行缺少“|”：请写成“中文名 | English name”")
    String error_document_line(int line);

    @Message("首页")
    String nav_home();

    @Message("办事服务")
    String nav_services();

    @Message("服务事项管理")
    String nav_catalogue();
}
