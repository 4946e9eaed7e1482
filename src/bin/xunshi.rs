//! `xunshi`: parse, check and count whole folders of rectification reports
//! (巡视/巡察整改情况通报).
//!
//! ```text
//! xunshi parse corpus/ > reports.jsonl
//! xunshi parse corpus/ --format csv --out tables/
//! xunshi check corpus/
//! xunshi stats corpus/
//! ```
//!
//! Exit status: 0 when every file was read as a report (and, for `check`, no finding is
//! an error); 1 when a file could not be read as a report or `check` found an error;
//! 2 for usage errors and output that could not be written.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::ProgressBar;

#[path = "xunshi/check.rs"]
mod check;
#[path = "xunshi/doc.rs"]
mod doc;
#[path = "xunshi/html.rs"]
mod html;
#[path = "xunshi/input.rs"]
mod input;
#[path = "xunshi/records.rs"]
mod records;
#[path = "xunshi/run.rs"]
mod run;
#[path = "xunshi/stats.rs"]
mod stats;
#[path = "xunshi/tables.rs"]
mod tables;

use doc::Doc;

/// Parse, check and count Chinese party inspection rectification reports
/// (巡视/巡察整改情况通报).
///
/// PATH may be files or directories (read recursively; hidden files are skipped). Text
/// may be UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK; HTML pages saved
/// from a browser are read for their visible text. Files are processed in parallel and
/// written in path order.
#[derive(Parser)]
#[command(name = "xunshi", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Worker threads (0: one per core).
    #[arg(
        long,
        short = 'j',
        global = true,
        default_value_t = 0,
        value_name = "N"
    )]
    threads: usize,
    /// No progress bar (it is only drawn when stderr is a terminal anyway).
    #[arg(long, short, global = true)]
    quiet: bool,
}

const EXIT_CODES: &str = "Exit status: 0 all files read as reports (check: and no error finding); \
1 some file could not be read as a report (check: or an error finding); 2 usage or output error.";

#[derive(Subcommand)]
enum Command {
    /// Parse reports into JSON lines, JSON or CSV tables.
    Parse(ParseArgs),
    /// Show every finding over the source text, then a summary.
    Check(CheckArgs),
    /// Totals across the corpus: reports, penalties, sanctions, money, inspections.
    Stats(StatsArgs),
}

#[derive(Args)]
struct Inputs {
    /// Files or directories.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Args)]
struct ParseArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// For csv: the directory to write the tables into. For jsonl and json: a file
    /// instead of stdout.
    #[arg(long, short, value_name = "PATH")]
    out: Option<PathBuf>,
    /// Put the decoded text into each JSON record (field `text`), so spans can be sliced
    /// without decoding the file again.
    #[arg(long)]
    include_text: bool,
    /// Start each CSV file with a UTF-8 byte order mark, for Excel.
    #[arg(long)]
    bom: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One JSON record per line, per file.
    Jsonl,
    /// One JSON array of the same records.
    Json,
    /// Tidy tables joined by report_id (needs --out DIR).
    Csv,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Show findings of this severity and above.
    #[arg(long, value_enum, default_value_t = MinSeverity::Info)]
    min_severity: MinSeverity,
    /// Colour the output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
enum MinSeverity {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    /// When stdout is a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

#[derive(Args)]
struct StatsArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = StatsFormat::Text)]
    format: StatsFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatsFormat {
    /// Aligned tables.
    Text,
    /// One JSON object.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Parse(a) => parse(&cli, a),
        Command::Check(a) => check(&cli, a),
        Command::Stats(a) => stats_cmd(&cli, a),
    };
    match result {
        Ok(code) => code,
        // `xunshi parse … | head`: the reader is gone, nothing more to say
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xunshi: error: {e}");
            ExitCode::from(2)
        }
    }
}

/// The files to read, or a usage error when there are none.
fn files(inputs: &Inputs) -> io::Result<Vec<PathBuf>> {
    let files = input::collect(&inputs.paths);
    if files.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            "no files found under the given paths",
        ));
    }
    Ok(files)
}

/// Reports a file that gave no report, on stderr.
fn report_failure(pb: &ProgressBar, doc: &Doc) {
    if let Err(f) = &doc.outcome {
        pb.suspend(|| eprintln!("xunshi: {}: {}: {}", doc.path, f.kind, f.message));
    }
}

/// How many files gave no report.
#[derive(Default)]
struct Failures(usize);

impl Failures {
    fn code(&self) -> ExitCode {
        if self.0 > 0 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

fn output(out: Option<&Path>) -> io::Result<BufWriter<Box<dyn Write>>> {
    let w: Box<dyn Write> = match out {
        Some(p) => Box::new(
            File::create(p)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    Ok(BufWriter::with_capacity(1 << 16, w))
}

fn parse(cli: &Cli, a: &ParseArgs) -> io::Result<ExitCode> {
    if a.format == Format::Csv && a.out.is_none() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "--format csv writes several tables: give the directory with --out DIR",
        ));
    }
    let paths = files(&a.inputs)?;
    let pb = run::progress(paths.len(), cli.quiet);
    let mut failed = Failures::default();
    match a.format {
        Format::Jsonl | Format::Json => {
            let json = a.format == Format::Json;
            let mut out = output(a.out.as_deref())?;
            if json {
                out.write_all(b"[")?;
            }
            run::ordered(
                &paths,
                cli.threads,
                &pb,
                |i, path| {
                    let doc = Doc::load(path);
                    let rec = records::record(i + 1, &doc, a.include_text);
                    let line = if json {
                        serde_json::to_string_pretty(&rec)
                    } else {
                        serde_json::to_string(&rec)
                    };
                    (line.map_err(io::Error::other), failure_line(&doc))
                },
                |i, (line, failure)| {
                    if let Some((path, kind, message)) = failure {
                        failed.0 += 1;
                        pb.suspend(|| eprintln!("xunshi: {path}: {kind}: {message}"));
                    }
                    if json {
                        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
                    }
                    out.write_all(line?.as_bytes())?;
                    if !json {
                        out.write_all(b"\n")?;
                    }
                    Ok(())
                },
            )?;
            if json {
                out.write_all(b"\n]\n")?;
            }
            out.flush()?;
        }
        Format::Csv => {
            let dir = a.out.as_deref().unwrap_or(Path::new("."));
            let mut writers = tables::Writers::create(dir, a.bom)?;
            run::ordered(
                &paths,
                cli.threads,
                &pb,
                |i, path| {
                    let doc = Doc::load(path);
                    (tables::rows(i + 1, &doc), failure_line(&doc))
                },
                |_, (rows, failure)| {
                    if let Some((path, kind, message)) = failure {
                        failed.0 += 1;
                        pb.suspend(|| eprintln!("xunshi: {path}: {kind}: {message}"));
                    }
                    writers.write(&rows)
                },
            )?;
            writers.finish()?;
        }
    }
    pb.finish_and_clear();
    if failed.0 > 0 {
        eprintln!(
            "xunshi: {} of {} files could not be read as reports",
            failed.0,
            paths.len()
        );
    }
    Ok(failed.code())
}

fn failure_line(doc: &Doc) -> Option<(String, &'static str, String)> {
    doc.outcome
        .as_ref()
        .err()
        .map(|f| (doc.path.clone(), f.kind, f.message.clone()))
}

fn check(cli: &Cli, a: &CheckArgs) -> io::Result<ExitCode> {
    let paths = files(&a.inputs)?;
    let pb = run::progress(paths.len(), cli.quiet);
    let color = match a.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let min = match a.min_severity {
        MinSeverity::Info => xunshi::Severity::Info,
        MinSeverity::Warning => xunshi::Severity::Warning,
        MinSeverity::Error => xunshi::Severity::Error,
    };
    let mut out = output(None)?;
    let mut summary = check::Summary::default();
    run::ordered(
        &paths,
        cli.threads,
        &pb,
        |_, path| {
            let doc = Doc::load(path);
            let shown = check::render(&doc, min, color);
            (shown, check::Counts::of(&doc))
        },
        |_, (shown, counts)| {
            if let Some((path, kind, message)) = &counts.failure {
                pb.suspend(|| eprintln!("xunshi: {path}: {kind}: {message}"));
            }
            summary.add(counts);
            out.write_all(shown.as_bytes())
        },
    )?;
    pb.finish_and_clear();
    out.write_all(summary.to_text().as_bytes())?;
    out.flush()?;
    Ok(if summary.failed > 0 || summary.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn stats_cmd(cli: &Cli, a: &StatsArgs) -> io::Result<ExitCode> {
    let paths = files(&a.inputs)?;
    let pb = run::progress(paths.len(), cli.quiet);
    let mut totals = stats::Stats::default();
    run::ordered(
        &paths,
        cli.threads,
        &pb,
        |_, path| Doc::load(path),
        |_, doc| {
            report_failure(&pb, &doc);
            totals.add(&doc);
            Ok(())
        },
    )?;
    pb.finish_and_clear();
    let mut out = output(None)?;
    match a.format {
        StatsFormat::Text => out.write_all(totals.to_text().as_bytes())?,
        StatsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &totals)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(if totals.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
