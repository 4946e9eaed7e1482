//! The three commands: read every input through [`run::ordered`] and hand each document
//! to a writer.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::ProgressBar;

use crate::args::{
    CheckArgs, Cli, Color, Format, Inputs, ParseArgs, SchemaArgs, StatsArgs, StatsFormat, ViewArgs,
};
use crate::doc::{self, Doc};
use crate::{check, records, run, stats, tables};

/// The files to read, or a usage error when there are none.
fn files(inputs: &Inputs) -> io::Result<Vec<PathBuf>> {
    let files = crate::files::collect(&inputs.paths, &inputs.glob);
    if files.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            "no files found under the given paths",
        ));
    }
    Ok(files)
}

/// Says on stderr why a file gave no report; counts it.
#[derive(Default)]
struct Failures(usize);

impl Failures {
    fn note(&mut self, pb: &ProgressBar, doc: &Doc) {
        if let Err(f) = &doc.outcome {
            self.0 += 1;
            pb.suspend(|| eprintln!("xunshi: {}: {}: {}", doc.path, f.kind().name(), f.message()));
        }
    }

    /// The line [`Failures::note`] would print for `doc`, made where the document is.
    fn line(doc: &Doc) -> Option<String> {
        let f = doc.outcome.as_ref().err()?;
        Some(format!(
            "xunshi: {}: {}: {}",
            doc.path,
            f.kind().name(),
            f.message()
        ))
    }

    /// Prints and counts a line made by [`Failures::line`].
    fn note_line(&mut self, pb: &ProgressBar, line: Option<String>) {
        if let Some(line) = line {
            self.0 += 1;
            pb.suspend(|| eprintln!("{line}"));
        }
    }

    fn code(&self) -> ExitCode {
        if self.0 > 0 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Names the path in an I/O error.
pub fn at_path(path: &Path) -> impl Fn(io::Error) -> io::Error + '_ {
    move |e| io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

fn output(out: Option<&Path>) -> io::Result<BufWriter<Box<dyn Write>>> {
    let w: Box<dyn Write> = match out {
        Some(p) => Box::new(File::create(p).map_err(at_path(p))?),
        None => Box::new(io::stdout().lock()),
    };
    Ok(BufWriter::with_capacity(1 << 16, w))
}

/// `xunshi parse`.
pub fn parse(cli: &Cli, a: &ParseArgs) -> io::Result<ExitCode> {
    if matches!(a.format, Format::Csv | Format::Parquet) && a.out.is_none() {
        let format = if a.format == Format::Csv {
            "csv"
        } else {
            "parquet"
        };
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("--format {format} writes several tables: give the directory with --out DIR"),
        ));
    }
    let paths = files(&a.inputs)?;
    let pb = run::progress(paths.len(), cli.quiet);
    let mut failed = Failures::default();
    match (a.format, a.out.as_deref()) {
        (Format::Csv, Some(dir)) => parse_csv(cli, a, dir, &paths, &pb, &mut failed)?,
        (Format::Parquet, Some(dir)) => parse_parquet(cli, dir, &paths, &pb, &mut failed)?,
        _ => parse_json(cli, a, &paths, &pb, &mut failed)?,
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

fn parse_json(
    cli: &Cli,
    a: &ParseArgs,
    paths: &[PathBuf],
    pb: &ProgressBar,
    failed: &mut Failures,
) -> io::Result<()> {
    let style = records::Style {
        array: a.format == Format::Json,
        compact: a.compact,
        include_text: a.include_text,
    };
    let mut out = output(a.out.as_deref())?;
    let mut records = records::Writer::new(style);
    // everything but the writing happens in the workers: reading, parsing, validating,
    // the record and its JSON, and freeing the document (a long text's record is made
    // as it is written, so its JSON is never held whole)
    let work = |path: &Path| {
        let doc = doc::load(path);
        (Failures::line(&doc), records::encode(doc, style))
    };
    run::ordered(paths, cli.threads, pb, work, |_, (failure, json)| {
        failed.note_line(pb, failure);
        records.write(&mut out, &json?)
    })?;
    records.finish(&mut out)?;
    out.flush()
}

fn parse_csv(
    cli: &Cli,
    a: &ParseArgs,
    dir: &Path,
    paths: &[PathBuf],
    pb: &ProgressBar,
    failed: &mut Failures,
) -> io::Result<()> {
    let mut writers = tables::CsvWriters::create(dir, a.bom)?;
    run::ordered(paths, cli.threads, pb, doc::load, |_, doc| {
        failed.note(pb, &doc);
        writers.write_doc(&doc)
    })?;
    writers.finish()
}

fn parse_parquet(
    cli: &Cli,
    dir: &Path,
    paths: &[PathBuf],
    pb: &ProgressBar,
    failed: &mut Failures,
) -> io::Result<()> {
    let mut writer = xunshi::tables::parquet::Writer::create(dir)?;
    run::ordered(paths, cli.threads, pb, doc::load, |_, doc| {
        failed.note(pb, &doc);
        writer.push_document(&doc)
    })?;
    writer.finish()
}

/// `xunshi schema`: the JSON Schema of the report JSON, or the DuckDB schema of the
/// tables.
pub fn schema(a: &SchemaArgs) -> io::Result<ExitCode> {
    let mut out = output(None)?;
    if a.sql {
        out.write_all(xunshi::tables::schema_sql().as_bytes())?;
    } else {
        serde_json::to_writer_pretty(&mut out, &xunshi::json_schema())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `xunshi check`.
pub fn check(cli: &Cli, a: &CheckArgs) -> io::Result<ExitCode> {
    let paths = files(&a.inputs)?;
    let pb = run::progress(paths.len(), cli.quiet);
    let color = match a.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let min = a.min_severity.severity();
    let mut out = output(None)?;
    let mut summary = check::Summary::default();
    let mut failed = Failures::default();
    run::ordered(&paths, cli.threads, &pb, doc::load, |_, doc| {
        failed.note(&pb, &doc);
        summary.add(&doc);
        check::render(&mut out, &doc, min, color)
    })?;
    pb.finish_and_clear();
    out.write_all(summary.to_text().as_bytes())?;
    out.flush()?;
    Ok(if summary.failed > 0 || summary.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `xunshi stats`.
pub fn stats(cli: &Cli, a: &StatsArgs) -> io::Result<ExitCode> {
    let paths = files(&a.inputs)?;
    let pb = run::progress(paths.len(), cli.quiet);
    let mut totals = stats::Stats::default();
    let mut failed = Failures::default();
    run::ordered(&paths, cli.threads, &pb, doc::load, |_, doc| {
        failed.note(&pb, &doc);
        totals.add(&doc);
        Ok(())
    })?;
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
    Ok(failed.code())
}

/// `view`: a page per report in `--out`, written as each is read, then `index.html`.
pub fn view(cli: &Cli, a: &ViewArgs) -> io::Result<ExitCode> {
    let paths = files(&a.inputs)?;
    let pb = run::progress(paths.len(), cli.quiet);
    let mut folder = xunshi::view::Folder::create(&a.out).map_err(at_path(&a.out))?;
    let mut failed = Failures::default();
    run::ordered(&paths, cli.threads, &pb, doc::load, |_, doc| {
        failed.note(&pb, &doc);
        match &doc.outcome {
            Ok(p) => folder.page(&doc.path, &p.report, doc.text()).map(drop),
            Err(e) => {
                folder.failed(&doc.path, e.message());
                Ok(())
            }
        }
    })?;
    pb.finish_and_clear();
    let written = folder.finish()?;
    eprintln!(
        "xunshi: wrote {} pages and index.html to {}",
        written.pages.len(),
        a.out.display()
    );
    Ok(failed.code())
}
