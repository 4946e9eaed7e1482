//! Parses one file many times (for profilers): `cargo run --release --example profile_parse -- FILE [N]`.
//! Prints the number of findings and issues read, summed over the runs.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: profile_parse FILE [N]")?;
    let n: usize = match args.next() {
        Some(s) => s.parse()?,
        None => 200,
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut total = 0;
    for _ in 0..n {
        let r = xunshi::Report::parse(&text)?;
        total += r.validate().len() + r.issues.len();
    }
    println!("{total}");
    Ok(())
}
