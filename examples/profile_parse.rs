//! Parses one file many times (for profilers): `cargo run --release --example profile_parse -- FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_parse FILE [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let mut total = 0;
    for _ in 0..n {
        let r = xunshi::Report::parse(&text).expect("a report");
        total += r.validate().len() + r.issues.len();
    }
    println!("{total}");
}
