//! Closing vocabulary (结尾用语): contact labels, issuer endings and publication stamps.

/// Words that make a line part of the contact block.
pub(crate) const CONTACT_WORDS: &[&str] = &[
    "联系电话",
    "举报电话",
    "电话",
    "邮政信箱",
    "通信地址",
    "通讯地址",
    "来信地址",
    "地址",
    "电子邮箱",
    "邮箱",
    "邮编",
    "网址",
    "网站",
    "工作时间",
    "接待时间",
    "受理时间",
    "传真",
    "@",
];

/// Contact labels that page footers do not use: a line after the signature holding one
/// is the notice's contact.
pub(crate) const CONTACT_LABELS: &[&str] = &[
    "联系电话",
    "举报电话",
    "邮政信箱",
    "电子邮箱",
    "通信地址",
    "通讯地址",
    "来信地址",
];

/// Lines that open the contact block: the invitation to supervise (`欢迎…监督`) …
pub(crate) const INVITATION: (&str, &str) = ("欢迎", "监督");

/// … and the call for opinions.
pub(crate) const CONTACT_OPENINGS: &[&str] = &["如有意见建议"];

/// Labels of a phone number.
pub(crate) const PHONE_LABELS: &[&str] = &["联系电话", "举报电话", "电话"];

/// Labels of the postal address.
pub(crate) const ADDRESS_LABELS: &[&str] =
    &["邮政信箱", "通信地址", "通讯地址", "来信地址", "地址"];

/// Labels of office hours.
pub(crate) const HOURS_LABELS: &[&str] = &["工作时间", "接待时间", "受理时间"];

/// The postcode word inside an address (`(邮编:410000)`).
pub(crate) const POSTCODE_WORD: &str = "邮编";

/// How the name of an issuing body begins (`中共青岚县委`) …
pub(crate) const ISSUER_STARTS: &[&str] = &["中共", "中国共产党"];

/// How the name of an issuing body never begins: a preposition or verb of a sentence
/// (`依照…规定`, `根据…部署`), or a quotation mark (a name is never quoted whole).
pub(crate) const ISSUER_NEVER_STARTS: &[&str] = &[
    "根据", "按照", "依照", "依据", "对照", "针对", "通过", "围绕", "结合", "现将", "“", "‘", "\"",
];

/// … or ends.
pub(crate) const ISSUER_ENDS: &[&str] = &[
    "委",
    "党组",
    "党委",
    "委员会",
    "局",
    "院",
    "公司",
    "政府",
    "办公室",
    "部",
    "厅",
    "会",
    "学",
    "校",
    "组",
    "中心",
    "所",
    "集团",
    "支部",
    "总支",
    "工委",
];

/// Words that mark a publication stamp line (`发布时间:2024-09-12 10:30`).
pub(crate) const STAMP_WORDS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发文日期",
    "日期",
    "时间",
    "来源",
    "发布",
];

/// Stamp words whose date is not the publication (`成文日期`, the signing date).
pub(crate) const NOT_STAMPS: &[&str] = &["成文日期"];

/// Characters a complete last line ends with; a text ending otherwise was cut off.
pub(crate) const FINAL_CHARS: &[char] = &['。', '!', '?', '”', ')', '\u{ff09}', '》'];
