//! The header's target when the notice names itself (自称, `对我局开展了巡察`): the unit is
//! the notice's issuer, the words as written are kept beside it.

mod common;

use xunshi::Report;

const HEADER: &str = "根据县委统一部署,2023年4月10日至6月9日,县委第二巡察组对我院党组开展了常规巡察。7月20日,县委第二巡察组向我院党组反馈了巡察意见。现将整改情况予以公布。\n";

fn target(text: &str) -> (Option<String>, Option<String>) {
    let r = Report::parse(text).unwrap();
    common::assert_spans_ok(&r, text);
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, text);
    let i = r.inspection.unwrap();
    (i.target, i.target_as_written)
}

fn some(a: &str, b: &str) -> (Option<String>, Option<String>) {
    (Some(a.to_owned()), Some(b.to_owned()))
}

#[test]
fn the_title_names_the_unit() {
    let text = format!("中共青溪县人民法院党组关于县委巡察整改情况的通报\n{HEADER}");
    assert_eq!(target(&text), some("青溪县人民法院党组", "我院党组"));
}

#[test]
fn the_signature_names_it_when_there_is_no_title() {
    let text = format!("{HEADER}局党组逐条整改。\n中共青溪县人民法院党组\n2023年12月8日\n");
    assert_eq!(target(&text), some("青溪县人民法院党组", "我院党组"));
}

#[test]
fn the_feedback_recipient_names_it_when_nothing_else_does() {
    let text = HEADER
        .replace("向我院党组反馈", "向中共青溪县交通运输局党组反馈")
        .replace("我院党组开展", "我单位开展");
    assert_eq!(target(&text), some("青溪县交通运输局党组", "我单位"));
}

#[test]
fn with_no_issuer_the_words_stay() {
    assert_eq!(target(HEADER), (Some("我院党组".to_owned()), None));
}

#[test]
fn a_place_is_not_the_issuer() {
    let text = format!(
        "中共青溪县委关于省委巡视整改情况的通报\n{}",
        HEADER
            .replace("我院党组开展", "我县开展")
            .replace("县委第二巡察组", "省委第二巡视组")
            .replace("巡察", "巡视")
    );
    assert_eq!(target(&text), (Some("我县".to_owned()), None));
}

#[test]
fn two_bodies_in_the_title_give_the_first() {
    let text = format!("中共青溪县人民法院党组 青溪县人民法院关于县委巡察整改情况的通报\n{HEADER}");
    assert_eq!(target(&text), some("青溪县人民法院党组", "我院党组"));
}

#[test]
fn an_inspection_office_publishing_for_the_unit_is_not_the_unit() {
    let text = format!(
        "中共青溪县委巡察工作领导小组办公室关于公布县人民法院巡察整改情况的通报\n{HEADER}院党组逐条整改。\n中共青溪县人民法院党组\n2023年12月8日\n"
    );
    assert_eq!(target(&text), some("青溪县人民法院党组", "我院党组"));
}

#[test]
fn a_self_referring_recipient_is_named_too() {
    let text = format!("中共青溪县人民法院党组关于县委巡察整改情况的通报\n{HEADER}");
    let r = Report::parse(&text).unwrap();
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, &text);
    let i = r.inspection.unwrap();
    assert_eq!(i.feedback_recipient.as_deref(), Some("青溪县人民法院党组"));
    assert_eq!(i.feedback_recipient_as_written.as_deref(), Some("我院党组"));
}
