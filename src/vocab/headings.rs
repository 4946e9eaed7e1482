//! Heading vocabulary (标题用语): the notice's title, the headings of its parts and the
//! field labels inside an item.

/// Words a title needs besides a scheme word: the genre (`整改`, `反馈意见`) …
pub(crate) const TITLE_GENRE: &[&str] = &["整改", "反馈意见"];

/// … and the form of a notice.
pub(crate) const TITLE_FORM: &[&str] = &["关于", "通报", "报告", "情况"];

/// How a title's genre begins (`集中整改进展情况的通报`), the longer first.
pub(crate) const GENRE_STARTS: &[&str] = &["集中整改", "整改"];

/// The labels of a page's information block that name the notice's own title
/// (`文件名称:中共…的通报`): the title starts after the label and its colon.
pub(crate) const TITLE_LABELS: &[&str] = &["文件名称", "文件标题", "标题", "名称", "题名"];

/// The labels of a page's links to other notices (`相关阅读:关于…的通报`): a line that
/// starts with one is no title.
pub(crate) const LINK_LABELS: &[&str] = &[
    "相关阅读",
    "相关链接",
    "相关文章",
    "相关新闻",
    "推荐阅读",
    "延伸阅读",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
];

/// Endings of a complete title line (a line ending so is not the first half of a title).
pub(crate) const TITLE_ENDS: &[&str] = &["通报", "报告"];

/// Words that make a heading a part of the notice rather than an issue.
pub(crate) const NOTICE_WORDS: &[&str] = &[
    "组织领导",
    "整改工作",
    "工作开展",
    "基本情况",
    "总体情况",
    "落实情况",
    "已完成",
    "已整改完成",
    "完成整改的",
    "正在推进",
    "正在整改",
    "持续推进",
    "长期坚持",
    "阶段性",
    "下一步",
    "工作打算",
    "整改成效",
    "主要做法",
    "主要成效",
    "工作情况",
    "整改事项",
    "进展情况",
    "主要举措",
    "工作举措",
    "认识和态度",
    "主体责任情况",
    "组织整改",
    "学习贯彻",
    "反馈问题整改",
    "反馈问题的整改",
    "反馈意见整改",
    "问题整改的",
    "问题整改进展",
    "对照反馈问题",
    "整改任务落",
];

/// Words of a deficiency (不到位, 短板 …): a heading holding one names a problem, not a
/// part of the notice, whatever other words it has (`落实主体责任不到位`).
pub(crate) const DEFICIENCY_WORDS: &[&str] = &[
    "不到位",
    "不力",
    "不够",
    "不严",
    "不足",
    "不实",
    "不强",
    "不高",
    "不深",
    "不规范",
    "不彻底",
    "不健全",
    "不完善",
    "不精准",
    "不及时",
    "差距",
    "短板",
    "薄弱",
    "缺失",
    "弱化",
    "偏差",
    "漏洞",
    "缺位",
    "乏力",
    "欠缺",
    "滞后",
    "松懈",
    "宽松软",
    "虚化",
    "淡化",
];

/// The word an issue area ends with (`党的领导弱化方面`): such a heading is an issue.
pub(crate) const AREA_END: &str = "方面";

/// How a heading that is really a sentence of counts begins (`截至2月10日,…47个具体问题`).
pub(crate) const COUNT_SENTENCE_STARTS: &[&str] = &["截至", "截止"];

/// Words of a forward-looking part (`三、持续巩固深化整改成果`, `今后工作打算`): the last
/// top-level part holding one is the closing plan.
pub(crate) const FORWARD_WORDS: &[&str] = &[
    "下一步",
    "今后",
    "接下来",
    "持续巩固",
    "巩固深化",
    "巩固拓展",
    "巩固提升",
    "持续深化",
    "深化整改",
    "长效常治",
    "常态化",
    "工作打算",
    "工作计划",
    "工作安排",
];

/// How the first paragraph of a forward-looking part may begin (`下一步,…`).
pub(crate) const FORWARD_OPENINGS: &[&str] = &["下一步", "今后", "接下来"];

/// What the first sentence of a forward-looking part says it will do (`…将持续巩固…`).
pub(crate) const FORWARD_PLEDGES: &[&str] = &["将持续", "将继续", "将进一步", "将坚持", "将始终"];

/// Work words of the slogans that head the parts of a notice (`提高政治站位,压实整改责任`).
pub(crate) const SLOGAN_WORDS: &[&str] = &[
    "整改", "责任", "机制", "成果", "落实", "站位", "导向", "长效", "担当", "统筹", "督导", "领导",
];

/// Words that make a heading read as an issue (a problem or an area of problems).
pub(crate) const ISSUE_WORDS: &[&str] = &["问题", "方面"];

/// The work word of a notice's own part (`具体整改情况`): with no issue word, a heading
/// holding it is a notice section.
pub(crate) const WORK_WORD: &str = "整改";

/// Field labels inside an item (`整改情况:`, `完成情况:已完成`).
pub(crate) const FIELD_LABELS: &[&str] = &[
    "整改情况",
    "完成情况",
    "整改进展",
    "进展情况",
    "整改措施",
    "整改成效",
    "问题表现",
    "具体表现",
    "责任单位",
    "责任领导",
    "责任人",
    "整改时限",
    "完成时限",
    "整改目标",
    "整改结果",
    "整改状态",
];

/// The field labels whose value is the item's status.
pub(crate) const STATUS_FIELDS: &[&str] =
    &["完成情况", "整改进展", "进展情况", "整改状态", "整改结果"];

/// The status field that may stand run together on a heading line.
pub(crate) const INLINE_STATUS_FIELD: &str = "完成情况";

/// Field labels that are not part of an issue's title (`1.问题:学位供给不足`).
pub(crate) const TITLE_FIELDS: &[&str] = &["问题", "问题表现", "存在问题"];

/// What may stand before the quote that holds an issue's title (`关于“…”问题`).
pub(crate) const QUOTE_LEADS: &[&str] = &["", "关于", "在", "反馈", "关于在"];

/// Formula words after an issue's title, the longer first.
pub(crate) const ISSUE_TITLE_ENDS: &[&str] = &[
    "的整改落实情况",
    "整改落实情况",
    "的整改情况",
    "整改情况",
    "的整改",
];

/// The words after an area's name in a heading written `关于{area}方面…`
/// (`关于贯彻落实党中央决策部署方面`), the longer first: not part of the title.
pub(crate) const AREA_TITLE_ENDS: &[&str] = &["方面存在的问题", "方面的问题", "方面问题", "方面"];

/// The word that opens the closing plan (`下一步,…`).
pub(crate) const NEXT_STEPS: &str = "下一步";

/// Heading words of the closing plan after a label (`三、下一步工作打算`).
pub(crate) const NEXT_STEP_HEADINGS: &[&str] = &["下一步工作", "工作打算"];

/// Nouns of an ordinal label (`第一方面问题:`, `第二部分`), the longer first.
pub(crate) const ORDINAL_NOUNS: &[&str] = &["方面问题", "方面", "部分", "类问题"];

/// Problem labels (`反馈问题一:` a level above `问题1:`), the longer first.
pub(crate) const PROBLEM_LABELS: &[&str] = &["反馈问题", "问题"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_title_fields_are_field_labels() {
        for f in STATUS_FIELDS.iter().chain([&INLINE_STATUS_FIELD]) {
            assert!(FIELD_LABELS.contains(f), "{f}");
        }
        assert!(FIELD_LABELS.contains(&"问题表现"));
    }
}
