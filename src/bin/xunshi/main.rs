//! `xunshi`: parse, check and count whole folders of rectification reports
//! (巡视/巡察整改情况通报).
//!
//! ```text
//! xunshi parse corpus/ > reports.jsonl
//! xunshi parse corpus/ --format csv --out tables/
//! xunshi parse corpus/ --format parquet --out tables/
//! xunshi schema --sql > schema.sql
//! xunshi check corpus/
//! xunshi stats corpus/
//! ```
//!
//! Exit status: 0 when every file was read as a report (and, for `check`, no finding is
//! an error); 1 when a file could not be read as a report or `check` found an error;
//! 2 for usage errors and output that could not be written.
//!
//! The pipeline runs one way: `input` finds and reads the files, `doc` decodes, parses
//! and validates each one, `run` does that in parallel and hands the results over in path
//! order, and the writers (`records`, `tables`, `check`, `stats`) only format them.

mod args;
mod check;
mod commands;
mod compact;
mod doc;
mod files;
mod records;
mod run;
mod stats;
mod tables;

use std::io;
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Parse(a) => commands::parse(&cli, a),
        Command::Check(a) => commands::check(&cli, a),
        Command::Stats(a) => commands::stats(&cli, a),
        Command::View(a) => commands::view(&cli, a),
        Command::Schema(a) => commands::schema(a),
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
