//! What the benches share.

/// The corpus report, read from `../shared/corpus` when present, else the built-in sample.
pub fn corpus() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/lucheng-2025.txt"
    );
    std::fs::read_to_string(path)
        .unwrap_or_else(|_| include_str!("../../examples/data/sample.txt").to_owned())
}
