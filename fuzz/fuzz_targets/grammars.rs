//! The small grammars through the public API: `Money::parse`, `Quantity::parse`,
//! `PartialDate::from_str` (and its constructors), `LineCol::of`, the word tables, and
//! `Report::parse` of short strings — alone and set into the slots of a report (period,
//! feedback date, tally, money, overview, heading, signature).
#![no_main]

use libfuzzer_sys::fuzz_target;
use xunshi::{
    FundsKind, InspectionKind, LineCol, Money, PartialDate, PenaltyCategory, Qualifier, Quantity,
    Report, Sanction, Span,
};

const SLOTS: &[(&str, &str)] = &[
    (
        "根据县委统一部署,",
        "至6月9日,县委第一巡察组对县林业局开展了常规巡察。\n",
    ),
    (
        "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了常规巡察。",
        ",县委第一巡察组向县林业局党组反馈了巡察意见。\n",
    ),
    (
        "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n给予党纪处分",
        "。\n",
    ),
    (
        "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n清退违规发放津补贴",
        "。\n",
    ),
    (
        "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n针对反馈的",
        "个问题,制定整改措施9条。截至2023年9月30日,已完成整改3个。\n",
    ),
    (
        "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n",
        "关于“护林资金管理不规范”问题的整改情况\n(一)清理台账。核查项目6个。\n",
    ),
    (
        "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n下一步,一是巩固成果。\n中共县林业局党组\n",
        "\n",
    ),
    ("中共县林业局党组关于", "整改情况的通报\n"),
];

fn check_span(text: &str, s: Span) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "span {s} outside {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "span {s} inside a char"
    );
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let s = String::from_utf8_lossy(rest);
    let s: &str = &s;

    if let Some(m) = Money::parse(s) {
        check_span(s, m.span);
        assert_eq!(m.span.end, s.len());
        let _ = m.yuan.to_string();
    }
    if let Some(q) = Quantity::parse(s) {
        check_span(s, q.span);
        assert_eq!(q.span.end, s.len());
        let _ = q.value.to_string();
    }
    if let Ok(d) = s.parse::<PartialDate>() {
        let back: PartialDate = d
            .to_string()
            .parse()
            .expect("a date's own rendering parses");
        assert_eq!(back, d);
        let _ = d.to_naive();
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), d);
    }
    let _ = serde_json::from_str::<PartialDate>(&format!("{:?}", s));
    if rest.len() >= 8 {
        let y = u16::from_le_bytes([rest[0], rest[1]]);
        let (m, d) = (rest[2], rest[3]);
        let a = PartialDate::ymd(y, m, d);
        let b = PartialDate::ym(y, m);
        let c = PartialDate::y(u16::from_le_bytes([rest[4], rest[5]])).ok();
        for x in [a.ok(), b.ok(), c].into_iter().flatten() {
            // every date that can be built reads back from its ISO form
            assert_eq!(x.to_string().parse::<PartialDate>().ok(), Some(x));
            if let Some(c) = c {
                let _ = x.cmp_shared(c);
                let _ = x.months_until(c);
                let _ = c.months_until(x);
            }
            let _ = x.to_naive();
        }
        let off = usize::from(u16::from_le_bytes([rest[6], rest[7]]));
        let _ = LineCol::of(s, off);
        let _ = Span::new(off, off.wrapping_add(usize::from(sel))).slice(s);
        let _ = Span::new(off, usize::from(sel)).line_col(s);
    }
    let _ = Qualifier::from_word(s);
    let _ = PenaltyCategory::from_label(s);
    let _ = InspectionKind::from_word(s);
    let _ = Sanction::from_label(s);
    let _ = FundsKind::from_label(s);

    // Report::parse of the short string alone, and set into one slot of a report.
    if s.len() <= 256 {
        let alone = Report::parse(s);
        if let Ok(r) = &alone {
            let _ = r.validate();
            let _ = r.render();
            assert!(r.coverage(s).is_complete());
        }
        let (pre, post) = SLOTS[usize::from(sel) % SLOTS.len()];
        let text = format!("{pre}{s}{post}");
        if let Ok(r) = Report::parse(&text) {
            for f in r.validate() {
                for sp in f.spans {
                    check_span(&text, sp);
                }
            }
            xunshi::visit_spans(&r, &mut |_, sp| check_span(&text, sp));
            assert!(r.coverage(&text).is_complete());
            let _ = Report::parse(&r.render());
        }
    }
});
