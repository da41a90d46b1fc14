"""The command line: one small function a command, a thin layer over importable functions.

Domain errors become `Error: …` on stderr with exit 1; click's usage errors exit 2; Ctrl-C exits 130; a closed
pipe (`| head`) ends quietly. spaCy is not imported here: `--help` and cache lookups stay instant.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from .claims import DocRecord, keep_claim
from .documents import InputError
from .output import CLAIM_COLUMNS, FORMATS, TABLE_CLAIM_COLUMNS, choose_format, open_output, write_rows

EXIT_SKIPPED = 3  # the run finished but some input files were skipped (each named on stderr)


class Run:
    """What one command run noticed along the way: files skipped."""

    def __init__(self) -> None:
        self.skipped: list[str] = []

    def skip(self, message: str) -> None:
        self.skipped.append(message)
        click.echo(f"vnhrc: skipped {message}", err=True)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _glob(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from .documents import InputError, check_glob

    try:
        return check_glob(value)
    except InputError as e:
        raise click.BadParameter(str(e)) from None


def _regex(ctx: click.Context, param: click.Parameter, value: str | None) -> re.Pattern[str] | None:
    if value is None:
        return None
    try:
        return re.compile(value, re.I)
    except re.error as e:
        raise click.BadParameter(f"bad regular expression: {e}") from None


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--format and -o, shared by every command that prints rows."""
    f = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="Output format [default: table on a terminal, jsonl on a pipe or file].")(f)
    f = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
                     help="Write to FILE atomically (a temporary file, renamed when complete).")(f)
    return f


def input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Paths and how to read and process them, shared by extract and tags."""
    f = click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))(f)
    f = click.option("--glob", default="*.txt", show_default=True, callback=_glob,
                     help="Files to take from folders.")(f)
    f = click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes for the model [default: the machine's cores].")(f)
    f = click.option("--monthfirst", is_flag=True,
                     help="Read numeric dates such as 03/11/2025 month first (default: day first).")(f)
    return f


def emit(rows: Iterable[dict[str, Any]], fmt: str | None, output: str | None, columns: tuple[str, ...],
         table_columns: tuple[str, ...] | None = None, title: str | None = None) -> int:
    with open_output(output) as stream:
        chosen = choose_format(fmt, stream, output not in (None, "-"))
        cols = table_columns if (chosen == "table" and table_columns) else columns
        return write_rows(rows, chosen, stream, cols, title=title)


def records(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, run: Run) -> Iterator[DocRecord]:
    from .extract import default_jobs, read_documents
    from .extract import run as run_extraction

    docs = read_documents(paths, glob, on_skip=run.skip)
    yield from run_extraction(docs, jobs=jobs or default_jobs(), monthfirst=monthfirst)


def tracked(recs: Iterator[DocRecord], paths: tuple[str, ...], glob: str, fmt: str | None,
            output: str | None) -> Iterator[DocRecord]:
    """Records counted on a progress bar: on stderr, on a terminal, for runs over a second (see progress.py)."""
    from . import progress

    enabled = progress.wanted(fmt, output)
    return progress.track(recs, progress.count_inputs(paths, glob) if enabled else None, enabled)


def _finish(run: Run) -> None:
    if run.skipped:
        click.echo(f"vnhrc: {len(run.skipped)} file(s) skipped", err=True)
        sys.exit(EXIT_SKIPPED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnhrc")
def cli() -> None:
    """Who said what, when and how many: statements, dates and numbers from news articles."""


@cli.command()
@input_options
@output_options
@click.option("--type", "types", multiple=True, type=click.Choice(("statement", "quantity")),
              help="Only claims of this type (repeatable).")
@click.option("--speaker", help="Only this speaker: surname, given or full name; any case or diacritics.")
@click.option("--since", callback=_iso_date, help="Only claims dated on or after YYYY-MM-DD.")
@click.option("--until", callback=_iso_date, help="Only claims dated on or before YYYY-MM-DD.")
@click.option("--grep", callback=_regex, help="Only claims whose content matches this regex.")
def extract(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, fmt: str | None,
            output: str | None, types: tuple[str, ...], speaker: str | None, since: str | None,
            until: str | None, grep: re.Pattern[str] | None) -> None:
    """Claims (statements and quantities) from files, folders or - (stdin)."""
    run = Run()
    rows = (
        c.to_dict()
        for rec in tracked(records(paths, glob, jobs, monthfirst, run), paths, glob, fmt, output)
        for c in rec.claims
        if keep_claim(c, types, speaker, since, until, grep)
    )
    emit(rows, fmt, output, CLAIM_COLUMNS, TABLE_CLAIM_COLUMNS, title="vnhrc claims")
    _finish(run)


TAG_COLUMNS = ("doc", "title", "doc_date", "source", "entities", "dates", "numbers")


@cli.command()
@input_options
@output_options
def tags(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, fmt: str | None,
         output: str | None) -> None:
    """Per document: title, date, source, and every entity, date and number with its value."""
    run = Run()
    rows = (rec.tags_dict() for rec in tracked(records(paths, glob, jobs, monthfirst, run), paths, glob, fmt, output))
    emit(rows, fmt, output, TAG_COLUMNS, title="vnhrc tags")
    _finish(run)


@cli.command()
@click.argument("doc", type=click.Path(allow_dash=True))
@click.option("--html", "html_file", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the view as a self-contained HTML page to FILE.")
@click.option("--monthfirst", is_flag=True,
              help="Read numeric dates such as 03/11/2025 month first (default: day first).")
def show(doc: str, html_file: str | None, monthfirst: bool) -> None:
    """One document with its entities, dates, numbers and claims highlighted, and its claims listed."""
    from . import view
    from .documents import STDIN, SkippedFile, read_document

    if doc != STDIN and not Path(doc).exists():
        raise click.ClickException(f"{doc}: no such file")
    if Path(doc).is_dir():
        raise click.ClickException(f"{doc}: is a folder; show takes one file")
    try:
        document = read_document(doc)
    except SkippedFile as e:
        raise click.ClickException(str(e)) from None
    if doc == STDIN:  # stdin can be read once: the document read here goes to the model directly
        from .extract import run as run_extraction

        found = list(run_extraction([document], jobs=1, monthfirst=monthfirst))
    else:
        found = list(records((doc,), "*", 1, monthfirst, Run()))
    if not found:
        raise click.ClickException(f"{doc}: could not be read")
    record = found[0]
    if html_file:
        with open_output(html_file) as f:
            f.write(view.html_page(record, document.text, document.chrome))
    view.show(record, document.text, sys.stdout, document.chrome)


def main(argv: list[str] | None = None) -> None:
    """Entry point: turns domain errors, Ctrl-C and closed pipes into one line and an exit status."""
    from .output import OutputClosed
    from .pipeline import ModelMissing

    _handle_signals()
    try:
        code = cli.main(args=argv, prog_name="vnhrc", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):  # click turns Ctrl-C into Abort
        click.echo("vnhrc: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except (BrokenPipeError, OutputClosed):
        _quiet_pipe()
    except (InputError, ModelMissing, OSError) as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(1)
    except Exception as e:  # a bug: one line (output already written stays); VNHRC_DEBUG=1 shows the traceback
        import os

        if os.environ.get("VNHRC_DEBUG"):
            raise
        click.echo(f"Error: internal error, please report it: {type(e).__name__}: {e} "
                   "(VNHRC_DEBUG=1 shows where)", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def _handle_signals() -> None:
    """SIGTERM unwinds like Ctrl-C (a half-written -o file is removed, worker processes are stopped) and exits
    143; a second Ctrl-C while the first is being handled exits at once, without a traceback."""
    import os
    import signal

    def on_term(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    def on_int(signum: int, frame: Any) -> None:
        if interrupted:
            os._exit(130)
        interrupted.append(True)
        raise KeyboardInterrupt

    interrupted: list[bool] = []
    # a signal the caller set to be ignored (a background job's SIGINT, nohup's SIGHUP) stays ignored
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, on_term)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, on_int)




def _quiet_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback or a second error at exit."""
    import contextlib
    import os

    with contextlib.suppress(AttributeError, ValueError, OSError):  # stdout may be replaced or gone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)

