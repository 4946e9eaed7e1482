//! Bounded time (issue #6): each adversarial shape parsed at 1×, 8× and 64× its base size.
//!
//! Throughput is reported in bytes, so linear growth shows as the same MiB/s at every size;
//! a shape whose MiB/s falls by ~8× from one size to the next grows quadratically.
//!
//! Run with `cargo bench --bench adversarial`; one shape with
//! `cargo bench --bench adversarial -- money_run`. The texts are invented.

// `criterion_group!` defines an undocumented `pub fn`.
#![allow(missing_docs)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use xunshi::Report;

const HEADER: &str = "根据县委统一部署,2023年4月10日至6月9日,县委第四巡察组对柳岸县气象局开展了常规巡察。\
7月18日,县委第四巡察组向县气象局党组反馈了巡察意见。现将整改情况予以公布。\n";

const BODY: &str = "局党组召开专题会议4次,针对反馈的2个方面6个问题,制定整改措施18条。截至2023年10月31日,\
已完成整改5个、正在整改1个。\n\
在整改中,给予党纪处分2人(党内警告1人,严重警告1人);诫勉3人;建立完善制度7项;清退违规发放补贴3.6万元。\n\
一、关于“气象服务保障不够精准”问题的整改情况\n\
(一)完善预警发布流程。修订预警发布办法2项,开展应急演练4次。\n\
(二)加强基层站点管理。排查自动观测站31个,整改隐患9处。\n\
下一步,县气象局党组将持续巩固整改成果。一是压实整改责任。二是健全长效机制。\n\
中共柳岸县气象局党组\n2023年11月20日\n";

fn report() -> String {
    format!("中共柳岸县气象局党组关于县委巡察整改情况的通报\n{HEADER}{BODY}")
}

/// A shape: its name and the text at scale `k` (1, 8, 64).
type Shape = (&'static str, fn(usize) -> String);

fn shapes() -> Vec<Shape> {
    vec![
        ("headings", |k| {
            format!(
                "{HEADER}{}",
                "一、关于“资料报送”问题的整改情况\n(一)整改。\n".repeat(20 * k)
            )
        }),
        ("bare_labels", |k| {
            format!("{HEADER}{}", "(一)1.一是".repeat(60 * k))
        }),
        ("brackets", |k| {
            format!("{HEADER}给予党纪处分3人{}", "((“‘《【".repeat(60 * k))
        }),
        ("quotes_in_heading", |k| {
            format!("{HEADER}一、关于{}问题的整改情况\n", "“‘\"".repeat(100 * k))
        }),
        ("tally_words_no_numbers", |k| {
            format!(
                "{HEADER}{}",
                "给予党纪处分人(党内警告人,严重警告人);诫勉人;清退万元。".repeat(10 * k)
            )
        }),
        ("long_ascii_number", |k| {
            format!("{HEADER}给予党纪处分{}人。\n", "9".repeat(200 * k))
        }),
        ("long_chinese_numeral", |k| {
            format!("{HEADER}给予党纪处分{}人。\n", "九".repeat(100 * k))
        }),
        ("tally_word_run", |k| {
            format!("{HEADER}{}\n", "党纪处分".repeat(100 * k))
        }),
        // a combined total and its parts, over and over in one sentence (quadratic before
        // the parts were marked rather than removed one by one)
        ("parts_run", |k| {
            format!(
                "{HEADER}{}\n",
                "党纪政务处分3人,其中党纪处分1人、政务处分1人、".repeat(40 * k)
            )
        }),
        // counts ahead of their category and counts shared with 各
        ("counts_ahead_and_each", |k| {
            format!(
                "{HEADER}{}\n",
                "给予2名干部党纪处分、诫勉谈话、批评教育各2人,".repeat(40 * k)
            )
        }),
        ("fund_word_run", |k| {
            format!("{HEADER}{}\n", "清退挽回追缴收缴".repeat(50 * k))
        }),
        ("money_run", |k| {
            format!("{HEADER}{}\n", "清退3.6万元".repeat(80 * k))
        }),
        ("header_dates_run", |k| {
            format!(
                "根据县委统一部署,{}县委第四巡察组对柳岸县气象局开展了巡察。\n",
                "2023年4月10日至6月9日,".repeat(50 * k)
            )
        }),
        ("one_line_report", |k| report().repeat(k).replace('\n', "")),
        ("impossible_dates", |k| {
            format!("{HEADER}{}", "截至2023年2月30日至13月0日,".repeat(20 * k))
        }),
        ("bidi_and_controls", |k| {
            // bidi overrides, zero-width and control characters at every line start and
            // after every comma, the header words left whole
            report()
                .repeat(k)
                .replace('\n', "\n\u{202e}\u{200b}")
                .replace(',', ",\u{2067}\u{0}\u{200d}")
        }),
        ("blank_lines_indent", |k| {
            report()
                .repeat(k)
                .replace('\n', "\n\u{3000}\u{3000}\n\r\n    ")
        }),
        ("report_repeated", |k| report().repeat(k)),
        ("report_nested", |k| {
            let mut s = report();
            let r = report();
            let p = s.find("(二)").unwrap();
            for _ in 1..k {
                s.insert_str(p, &r);
            }
            s
        }),
    ]
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for (name, make) in shapes() {
        for k in [1, 8, 64] {
            let text = make(k);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, format!("{k}x")), &text, |b, t| {
                b.iter(|| {
                    let r = Report::parse(black_box(t));
                    if let Ok(r) = &r {
                        black_box(r.validate());
                    }
                    r
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
