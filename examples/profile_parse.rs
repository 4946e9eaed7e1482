//! Parses one file many times (for profilers): `cargo run --release --example profile_parse -- FILE [N]`.
//! FILE may be a directory: then every `.txt` file in it is parsed, N times each (the
//! fixtures' fixed cost per parse). Prints the number of findings and issues read, summed
//! over the runs.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: profile_parse FILE|DIR [N]")?;
    let n: usize = match args.next() {
        Some(s) => s.parse()?,
        None => 200,
    };
    let mut files = Vec::new();
    if std::path::Path::new(&path).is_dir() {
        for e in std::fs::read_dir(&path)? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
        files.sort();
    } else {
        files.push(path.into());
    }
    let mut texts = Vec::new();
    for p in &files {
        texts.push(std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    let mut total = 0;
    for _ in 0..n {
        for text in &texts {
            let r = xunshi::Report::parse(text)?;
            total += r.validate().len() + r.issues.len();
        }
    }
    println!("{total}");
    Ok(())
}
