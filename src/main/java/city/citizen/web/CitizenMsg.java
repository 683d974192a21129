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

    // Application forms, applications and cases (city.citizen.internal.application)

    @Message("申请表单")
    String af_link();

    @Message("申请表单：{code}")
    String af_title(String code);

    @Message("当前版本：第 {version} 版")
    String af_version(int version);

    @Message("{user} 发布于 {time}")
    String af_by(String user, String time);

    @Message("该服务还没有在线申请表单。")
    String af_none();

    @Message("字段")
    String af_key();

    @Message("名称")
    String af_label();

    @Message("类型")
    String af_type();

    @Message("必填")
    String af_required();

    @Message("自动填入")
    String af_prefill();

    @Message("表单定义（JSON）")
    String af_definition();

    @Message(
            "fields：key、type（text/number/date/choice/id-number/phone）、labelZh、labelEn、required、pattern、choices、prefill（fullName/idNumber/phone/address/email/birthDate）；documents：key、nameZh、nameEn、types（application/pdf、image/jpeg、image/png）、maxBytes、required。已提交的申请保留原版本。")
    String af_definition_hint();

    @Message("发布新版本")
    String af_publish();

    @Message("已发布第 {version} 版")
    String af_published(int version);

    @Message("表单定义有误，请更正后再发布：")
    String af_errors();

    @Message("其他工作人员刚刚发布了新版本。请查看当前版本后再发布。")
    String af_changed();

    @Message("表单至少需要一个字段")
    String afp_fields_missing();

    @Message("条目过多")
    String afp_too_many();

    @Message("缺少内容")
    String afp_missing();

    @Message("键名须以小写字母开头，只含小写字母、数字和下划线，最长 40 个字符")
    String afp_key_invalid();

    @Message("键名重复")
    String afp_key_duplicate();

    @Message("类型须为 text、number、date、choice、id-number 或 phone")
    String afp_type_invalid();

    @Message("名称不能为空，最长 200 个字符")
    String afp_label_invalid();

    @Message("格式不是有效的正则表达式（最长 200 个字符）")
    String afp_pattern_invalid();

    @Message("选择题需要 1 至 50 个选项")
    String afp_choices_invalid();

    @Message("只有 choice 类型的字段可以有选项")
    String afp_choices_not_allowed();

    @Message("只能从 fullName、idNumber、phone、address、email、birthDate 自动填入")
    String afp_prefill_invalid();

    @Message("文件类型须为 application/pdf、image/jpeg、image/png 中的一种或几种，不可重复")
    String afp_types_invalid();

    @Message("大小上限须在 1 字节到 20 MB 之间")
    String afp_size_invalid();

    @Message("不是有效的表单定义 JSON（检查括号、引号和属性名）")
    String afp_json_invalid();

    @Message("在线申请：{name}")
    String apply_title(String name);

    @Message("在线申请")
    String apply_online();

    @Message("带 * 的为必填项。已知信息已为您预先填写，并注明来源；您可以修改。")
    String apply_intro();

    @Message("费用：{fee}，提交时从钱包支付。")
    String apply_fee(String fee);

    @Message("本事项免费。")
    String apply_free();

    @Message("该事项暂不支持在线申请。")
    String apply_no_form();

    @Message("保存草稿")
    String apply_save();

    @Message("提交申请")
    String apply_submit();

    @Message("草稿已保存，您可以稍后回来继续填写。")
    String apply_saved();

    @Message("申请未能提交，请修改以下内容（已填写的内容和已上传的文件均已保留）：")
    String apply_errors();

    @Message("钱包余额不足以支付费用，申请未提交。请充值后再次提交（草稿已保存）。")
    String apply_funds();

    @Message("该申请已提交或正在办理，无法修改。")
    String apply_conflict();

    @Message("办理人员要求补充材料：{note}")
    String apply_returned(String note);

    @Message("上传材料")
    String apply_documents();

    @Message("{types}，不超过 {size}")
    String apply_doc_hint(String types, String size);

    @Message("已上传：{name}")
    String apply_doc_uploaded(String name);

    @Message("必填")
    String apply_required();

    @Message("请选择")
    String apply_choose();

    @Message("来源：{source}")
    String src_label(String source);

    @Message("登录账户")
    String src_account();

    @Message("户籍登记")
    String src_registry();

    @Message("您本人填写")
    String src_citizen();

    @Message("停车服务中登记的车辆")
    String src_parking();

    @Message("此项为必填项")
    String ans_required();

    @Message("此项不属于本表单")
    String ans_unknown_field();

    @Message("内容过长（最多 1000 字）")
    String ans_too_long();

    @Message("请输入数字")
    String ans_number();

    @Message("请输入日期（年-月-日）")
    String ans_date();

    @Message("请输入 11 位手机号码")
    String ans_phone();

    @Message("公民身份号码不正确")
    String ans_id_number();

    @Message("请从选项中选择")
    String ans_choice();

    @Message("格式不正确")
    String ans_pattern();

    @Message("请上传此材料")
    String doc_required();

    @Message("文件为空")
    String doc_empty();

    @Message("文件超过大小限制")
    String doc_too_large();

    @Message("文件类型不符合要求（按文件内容判断）")
    String doc_wrong_type();

    @Message("文件已损坏，无法读取")
    String doc_damaged();

    @Message("草稿")
    String st_draft();

    @Message("已提交")
    String st_submitted();

    @Message("审核中")
    String st_in_review();

    @Message("待补充材料")
    String st_needs_info();

    @Message("已批准")
    String st_approved();

    @Message("已发证")
    String st_certified();

    @Message("一件事一次办")
    String bundles_title();

    @Message("人生中的一件事往往要跑好几个部门。在这里，一张表同时办理这件事涉及的所有事项，各部门分别办理，您凭一个编号跟进。")
    String bundles_intro();

    @Message("开始办理")
    String bundles_start();

    @Message("一次提交，同时办理以下事项，分别由各部门办理：")
    String bundles_parts();

    @Message("一次提交全部事项")
    String bundles_submit();

    @Message("未予批准")
    String st_rejected();

    @Message("已撤回")
    String st_withdrawn();

    @Message("我的申请")
    String apps_title();

    @Message("您还没有任何申请。可在办事服务中找到可在线申请的事项。")
    String apps_none();

    @Message("申请已提交，受理编号 {reference}。")
    String apps_submitted(String reference);

    @Message("申请已撤回。")
    String apps_withdrawn();

    @Message("受理编号")
    String apps_reference();

    @Message("事项")
    String apps_service();

    @Message("状态")
    String apps_status();

    @Message("提交时间")
    String apps_submitted_at();

    @Message("承诺办结")
    String apps_due();

    @Message("继续填写")
    String apps_continue();

    @Message("撤回")
    String apps_withdraw();

    @Message("确定撤回此申请？已付费用将退回。")
    String apps_withdraw_confirm();

    @Message("办理意见")
    String apps_decision();

    @Message("费用已退回")
    String apps_refunded();

    @Message("操作未完成：该申请当前状态不允许此操作。")
    String apps_err();

    @Message("我的申请")
    String nav_applications();

    @Message("受理队列")
    String nav_queue();

    @Message("受理队列：{department}")
    String q_title(String department);

    @Message("您的账户未关联任何部门，因此没有可办理的申请。请联系管理员为您设置部门。")
    String q_no_department();

    @Message("筛选")
    String q_filter();

    @Message("事项编码")
    String q_service();

    @Message("状态")
    String q_status();

    @Message("全部待办")
    String q_all_open();

    @Message("仅显示超期")
    String q_overdue();

    @Message("办理人")
    String q_assignee();

    @Message("任何人")
    String q_anyone();

    @Message("我")
    String q_me();

    @Message("未认领")
    String q_nobody();

    @Message("没有符合条件的申请。")
    String q_none();

    @Message("已超期")
    String q_overdue_badge();

    @Message("查看")
    String q_open();

    @Message("认领")
    String q_claim();

    @Message("退回队列")
    String q_release();

    @Message("要求补充材料")
    String q_request_info();

    @Message("批准")
    String q_approve();

    @Message("不予批准")
    String q_reject();

    @Message("说明")
    String q_note();

    @Message("理由（必填，申请人可见）")
    String q_reason();

    @Message("申请内容")
    String q_answers();

    @Message("材料")
    String q_documents();

    @Message("办理记录")
    String q_history();

    @Message("已处理。")
    String q_done();

    @Message("操作未完成：{detail}")
    String q_err_claimed(String detail);

    @Message("请填写说明或理由。")
    String q_err_note();

    @Message("申请人")
    String q_applicant();

    @Message("政务服务办理情况")
    String dash_title();

    @Message("在办 {open} 件，其中超期 {overdue} 件（{percent}%）。")
    String dash_overdue_share(long overdue, long open, int percent);

    @Message("还没有已提交的申请。")
    String dash_none();

    @Message("各部门在办件数")
    String dash_chart();

    @Message("办结时间中位数")
    String dash_median();

    @Message("{days} 天")
    String dash_days(long days);

    @Message("{hours} 小时")
    String dash_hours(long hours);

    @Message("办理情况")
    String nav_dashboard();
}
