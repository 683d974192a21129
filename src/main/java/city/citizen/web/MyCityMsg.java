package city.citizen.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the "my city" page; English in {@code messages/mycity_en.properties}. */
@MessageBundle(value = "mycity", locale = "zh-CN")
public interface MyCityMsg {

    @Message("我的城市")
    String nav();

    @Message("我的城市")
    String title();

    @Message("您在城市各项服务中的事项，一页看全。")
    String intro();

    @Message("暂时无法读取，请稍后刷新。其他栏目不受影响。")
    String unavailable();

    @Message("暂无事项。")
    String empty();

    @Message("查看全部")
    String more();

    @Message("需要处理")
    String attention();
}
