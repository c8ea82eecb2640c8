package st.libreho.governance;

import java.util.Map;

/**
 * What an organisation receives by e-mail: every topic, in the enum's order, on or off.
 *
 * @param slug the organisation
 * @param name its name in the directory
 * @param topics each topic and whether the organisation receives it
 */
public record NoticeChoicesView(String slug, String name, Map<NoticeTopic, Boolean> topics) {
}
