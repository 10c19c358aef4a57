//! `paratii`: see `paratii --help`.

fn main() -> std::process::ExitCode {
    paratii_cli::run(std::env::args_os())
}
