//! The command line: subcommands and their options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Parse, check and count Chinese party inspection rectification reports
/// (巡视/巡察整改情况通报).
///
/// PATH may be files or directories (read recursively; hidden files are skipped). Text
/// may be UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK; HTML pages saved
/// from a browser are read for their visible text. Files are processed in parallel and
/// written in path order.
#[derive(Parser)]
#[command(name = "xunshi", version, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Worker threads (0: one per core).
    #[arg(
        long,
        short = 'j',
        global = true,
        default_value_t = 0,
        value_name = "N"
    )]
    pub threads: usize,
    /// No progress bar (it is only drawn when stderr is a terminal anyway).
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

const EXIT_CODES: &str = "Exit status: 0 all files read as reports (check: and no error finding); \
1 some file could not be read as a report (check: or an error finding); 2 usage or output error.";

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Parse reports into JSON lines, JSON or CSV tables.
    Parse(ParseArgs),
    /// Show every finding over the source text, then a summary.
    Check(CheckArgs),
    /// Totals across the corpus: reports, penalties, sanctions, money, inspections.
    Stats(StatsArgs),
    /// One HTML page per report with every value marked on its text, and an index.
    View(ViewArgs),
}

/// The inputs of every command.
#[derive(Args)]
pub struct Inputs {
    /// Files or directories; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Under directories, read only files whose name matches (`*.txt`; with a `/`, the
    /// path below the directory: `2024/**/*.htm*`). Repeat for several patterns; files
    /// named on the command line are always read.
    #[arg(long, value_name = "PATTERN")]
    pub glob: Vec<String>,
}

/// `xunshi parse`.
#[derive(Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// For csv: the directory to write the tables into. For jsonl and json: a file
    /// instead of stdout.
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Put the decoded text into each JSON record (field `text`), so spans can be sliced
    /// without decoding the file again.
    #[arg(long)]
    pub include_text: bool,
    /// JSON without spans: leave out every `span`, `spans`, `…_span`, `…_spans` and
    /// `count_spans` field (a sixth of the output on a typical notice), for those who do not need to point
    /// back at the text.
    #[arg(long)]
    pub compact: bool,
    /// Start each CSV file with a UTF-8 byte order mark, for Excel.
    #[arg(long)]
    pub bom: bool,
}

/// Output formats of `parse`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON record per line, per file.
    Jsonl,
    /// One JSON array of the same records.
    Json,
    /// Tidy tables joined by report_id (needs --out DIR).
    Csv,
}

/// `xunshi check`.
#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Show findings of this severity and above.
    #[arg(long, value_enum, default_value_t = MinSeverity::Info)]
    pub min_severity: MinSeverity,
    /// Colour the output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

/// The least severity `check` shows.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinSeverity {
    /// Everything.
    Info,
    /// Warnings and errors.
    Warning,
    /// Errors only.
    Error,
}

impl MinSeverity {
    /// The library's severity.
    pub fn severity(self) -> xunshi::Severity {
        match self {
            MinSeverity::Info => xunshi::Severity::Info,
            MinSeverity::Warning => xunshi::Severity::Warning,
            MinSeverity::Error => xunshi::Severity::Error,
        }
    }
}

/// When `check` colours its output.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// When stdout is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `xunshi stats`.
#[derive(Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,
}

/// The options of `view`.
#[derive(Args)]
pub struct ViewArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// The directory to write the pages and `index.html` into.
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
}

/// Output formats of `stats`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Aligned tables.
    Text,
    /// One JSON object.
    Json,
}
