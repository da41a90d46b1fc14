"""The command line: one small function a command, a thin layer over importable functions.

Domain errors become `Error: …` on stderr with exit 1; click's usage errors exit 2; Ctrl-C exits 130; a closed
pipe (`| head`) ends quietly. spaCy is not imported here: `--help` and cache lookups stay instant.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from .claims import Claim, DocRecord, keep_claim, speaker_matches
from .output import (
    CLAIM_COLUMNS,
    FORMATS,
    TABLE_CLAIM_COLUMNS,
    choose_format,
    is_folder_target,
    open_output,
    write_parts,
    write_rows,
)

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
    if ctx.get_parameter_source(param.name or "") is click.core.ParameterSource.DEFAULT:
        return value  # the default is sound; not importing documents (dateutil) keeps cached lookups quick
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
    f = click.option("-o", "--output", type=click.Path(writable=True), default=None, callback=_output_target,
                     help="Write to FILE atomically (a temporary file, renamed when complete); to DIR/ (ending "
                          "in / or a folder): JSON Lines in parts part-00000.jsonl, …, each written atomically.")(f)
    return f


def _output_target(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """-o (and --html) checked before any work: not empty, not `FILE/`; kept for `_check_writes`."""
    from .output import TargetError, check_target

    try:
        check_target(value)
    except TargetError as e:
        raise click.BadParameter(str(e)) from None
    ctx.meta[f"vnhrc.{param.name}"] = value
    return value


def _check_writes(paths: tuple[str, ...], glob: str) -> None:
    """A usage error, before anything is read, when -o would overwrite (or remove) an input or the cache."""
    from .output import written_files

    meta = click.get_current_context().meta
    output = meta.get("vnhrc.output")
    targets = written_files(output)
    if not targets:
        return
    from .documents import input_named  # only now: documents imports dateutil, kept off the instant paths
    if paths and (hit := input_named(targets, paths, glob)):
        raise click.UsageError(f"-o {output} would overwrite the input {hit[1]}; name another output file")
    if not meta.get("vnhrc.no_cache"):
        from .store import default_path

        cache = meta.get("vnhrc.cache") or str(default_path())
        if Path(cache).is_file() and input_named(targets, (cache,), "*"):
            raise click.UsageError(f"-o {output} would overwrite the cache {cache}; name another output file")


def input_options(f: Callable[..., Any], required: bool = True) -> Callable[..., Any]:
    """Paths and how to read and process them, shared by extract and tags (optional for who and speakers)."""
    f = click.argument("paths", nargs=-1, required=required, type=click.Path(allow_dash=True))(f)
    f = click.option("--glob", default="*.txt", show_default=True, callback=_glob,
                     help="Files to take from folders.")(f)
    f = click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes for the model [default: the machine's cores].")(f)
    f = click.option("--monthfirst", is_flag=True,
                     help="Read numeric dates such as 03/11/2025 month first (default: day first).")(f)
    f = click.option("--cluster", metavar="ADDRESS", expose_value=False, callback=_cluster_address,
                     help="Run on a Dask cluster: a scheduler address (tcp://host:8786), or local[:N] for N worker "
                          "processes on this machine [N default: --jobs].")(f)
    return f


def _cluster_address(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """--cluster, checked now (Dask installed, address well formed) and kept in the context for `records`."""
    if value is not None:
        from .cluster import parse_address

        try:
            parse_address(value)  # ClusterError, one line and exit 1, if Dask is missing
        except ValueError as e:
            raise click.BadParameter(str(e)) from None
    ctx.meta["vnhrc.cluster"] = value


def optional_input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    return input_options(f, required=False)


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if isinstance(value, str) and not value.strip():
        raise click.BadParameter("an empty path; name a file")
    ctx.meta[f"vnhrc.{param.name}"] = value


def cache_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--cache PATH and --no-cache, kept in the context for `open_cache` (no command needs them as arguments)."""
    f = click.option("--cache", "cache", type=click.Path(dir_okay=False), expose_value=False, callback=_remember,
                     help="The cache file [default: $XDG_CACHE_HOME/vnhrc/cache.sqlite].")(f)
    f = click.option("--no-cache", "no_cache", is_flag=True, expose_value=False, callback=_remember,
                     help="Neither read nor write the cache.")(f)
    return f


def open_cache(create: bool = True) -> Any:
    """The store.Store the options name, or None with --no-cache; an unusable cache is warned about and skipped
    when extracting (create), and an error when only the cache can answer."""
    from .store import CacheError, NotACache, Store, warn

    meta = click.get_current_context().meta
    if meta.get("vnhrc.no_cache"):
        return None
    try:
        return Store(meta.get("vnhrc.cache"), create=create)
    except NotACache:
        raise  # a file that is no cache was named: one error, the file untouched
    except CacheError as e:
        if not create:
            raise
        warn(f"{e}; going on without it")
        return None


def emit(rows: Iterable[dict[str, Any]], fmt: str | None, output: str | None, columns: tuple[str, ...],
         table_columns: tuple[str, ...] | None = None, title: str | None = None) -> int:
    if is_folder_target(output):
        if fmt not in (None, "jsonl"):
            raise click.UsageError(f"-o {output} writes JSON Lines parts; --format {fmt} needs a file")
        return write_parts(rows, output)[0]
    with open_output(output) as stream:
        chosen = choose_format(fmt, stream, output not in (None, "-"))
        cols = table_columns if (chosen == "table" and table_columns) else columns
        return write_rows(rows, chosen, stream, cols, title=title)


def records(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, run: Run) -> Iterator[DocRecord]:
    """Records for PATHs; a document the rules failed on is named as skipped (exit 3), the rest go on."""
    for rec in _all_records(paths, glob, jobs, monthfirst, run):
        if rec.error:
            run.skip(f"{rec.doc}: internal error in the rules, please report it ({rec.error})")
        else:
            yield rec


def _all_records(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool,
                 run: Run) -> Iterator[DocRecord]:
    from .extract import default_jobs, read_documents
    from .extract import run as run_extraction

    _check_writes(paths, glob)
    jobs = _capped_jobs(jobs)
    docs = read_documents(paths, glob, on_skip=run.skip)
    store = open_cache()
    with contextlib.ExitStack() as stack:
        cluster = click.get_current_context().meta.get("vnhrc.cluster")
        if cluster:  # the same batches and per-document function on Dask; closed however the run ends
            from .cluster import Runner

            run_extraction = stack.enter_context(Runner(cluster, workers=jobs or default_jobs()))
        if store is None:
            yield from run_extraction(docs, jobs=jobs or default_jobs(), monthfirst=monthfirst)
            return
        from .extract import run_cached

        with store:
            yield from run_cached(docs, store, jobs=jobs or default_jobs(), monthfirst=monthfirst,
                                  runner=run_extraction)


def _capped_jobs(jobs: int | None) -> int | None:
    """--jobs (and --cluster local:N) past what the machine can use, capped, with one line saying so."""
    from .extract import JOBS_PER_CORE, default_jobs, max_jobs

    meta = click.get_current_context().meta
    address = meta.get("vnhrc.cluster")
    local = None
    if address:
        from .cluster import parse_address

        kind, local = parse_address(address)
        if kind != "local":
            return jobs
    for asked, option in ((jobs, f"--jobs {jobs}"), (local, f"--cluster {address}")):
        if asked is not None and asked > max_jobs():
            click.echo(f"vnhrc: {option}: using {max_jobs()} worker processes ({JOBS_PER_CORE} a core on "
                       f"{default_jobs()} cores)", err=True)
    if local is not None and local > max_jobs():
        meta["vnhrc.cluster"] = f"local:{max_jobs()}"
    return None if jobs is None else min(jobs, max_jobs())


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
@cache_options
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
# table, csv and markdown: one row per date or number, so each value sits beside its text and unit
TAG_ROW_COLUMNS = ("doc", "doc_date", "tag", "text", "value", "unit", "start", "end")


def tag_rows(rec: DocRecord) -> Iterator[dict[str, Any]]:
    """A record's dates and numbers as flat rows, in text order (entities stay in the JSON formats)."""
    rows = [{"tag": "date", "text": d["text"], "value": d["iso"], "unit": None, "start": d["start"],
             "end": d["end"]} for d in rec.dates]
    rows += [{"tag": "ordinal" if n.get("ordinal") else "number", "text": n["text"], "value": n["value"],
              "unit": n["unit"], "start": n["start"], "end": n["end"]} for n in rec.numbers]
    for r in sorted(rows, key=lambda r: r["start"]):
        yield {"doc": rec.doc, "doc_date": rec.doc_date, **r}


@cli.command()
@input_options
@output_options
@cache_options
def tags(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, fmt: str | None,
         output: str | None) -> None:
    """Per document: title, date, source, and every entity, date and number with its value."""
    run = Run()
    recs = tracked(records(paths, glob, jobs, monthfirst, run), paths, glob, fmt, output)
    if choose_format(fmt, sys.stdout, output not in (None, "-")) in ("table", "csv", "markdown"):
        emit((row for rec in recs for row in tag_rows(rec)), fmt, output, TAG_ROW_COLUMNS, title="vnhrc tags")
    else:
        emit((rec.tags_dict() for rec in recs), fmt, output, TAG_COLUMNS, title="vnhrc tags")
    _finish(run)


def statements_of(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, run: Run,
                  name: str | None = None) -> list[Claim]:
    """Statements (of `name` when given) from PATHs, extracted where the cache lacks them; with no PATH, from
    every file in the cache, without loading the model."""
    if paths:
        return [c for rec in records(paths, glob, jobs, monthfirst, run) for c in rec.claims
                if c.type == "statement" and (name is None or speaker_matches(name, c.speaker))]
    if click.get_current_context().meta.get("vnhrc.no_cache"):
        raise click.UsageError("--no-cache needs PATHs to read")
    _check_writes(paths, glob)
    nothing = "nothing is cached yet: run `vnhrc extract PATH` first (or name PATHs here)"
    try:
        store = open_cache(create=False)
    except FileNotFoundError:
        raise click.ClickException(nothing) from None
    with store:
        if not store.count_paths():
            raise click.ClickException(nothing)
        return list(store.statements(name))


@cli.command()
@click.argument("name")
@optional_input_options
@output_options
@cache_options
def who(name: str, paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, fmt: str | None,
        output: str | None) -> None:
    """Every statement of NAME, newest first: surname, given or full name, any case or diacritics.

    From PATHs (extracted first if the cache lacks them), else from every file already extracted.
    """
    run = Run()
    found = statements_of(paths, glob, jobs, monthfirst, run, name)
    # newest document first; within a date, documents in order and statements in text order (a stable sort)
    found.sort(key=lambda c: c.doc_date or "", reverse=True)
    emit((c.to_dict() for c in found), fmt, output, CLAIM_COLUMNS, TABLE_CLAIM_COLUMNS, title=f"vnhrc who {name}")
    _finish(run)


SPEAKER_COLUMNS = ("speaker", "speaker_type", "titles", "statements", "documents", "docs")


@cli.command()
@optional_input_options
@output_options
@cache_options
def speakers(paths: tuple[str, ...], glob: str, jobs: int | None, monthfirst: bool, fmt: str | None,
             output: str | None) -> None:
    """Each speaker once: titles, type, how many statements in how many documents; most statements first.

    From PATHs (extracted first if the cache lacks them), else from every file already extracted.
    """
    from .store import summarise_speakers

    run = Run()
    rows = summarise_speakers(statements_of(paths, glob, jobs, monthfirst, run))
    emit(rows, fmt, output, SPEAKER_COLUMNS, SPEAKER_COLUMNS[:-1], title="vnhrc speakers")
    _finish(run)


@cli.command()
@click.argument("doc", type=click.Path(allow_dash=True))
@click.option("--html", "html_file", type=click.Path(dir_okay=False, writable=True), default=None,
              callback=_output_target,
              help="Also write the view as a self-contained HTML page to FILE.")
@click.option("--monthfirst", is_flag=True,
              help="Read numeric dates such as 03/11/2025 month first (default: day first).")
@cache_options
def show(doc: str, html_file: str | None, monthfirst: bool) -> None:
    """One document with its entities, dates, numbers and claims highlighted, and its claims listed."""
    from . import view
    from .documents import STDIN, SkippedFile, input_named, read_document

    if doc != STDIN and not Path(doc).exists():
        raise click.ClickException(f"{doc}: no such file")
    if Path(doc).is_dir():
        raise click.ClickException(f"{doc}: is a folder; show takes one file")
    if html_file and doc != STDIN and input_named([html_file], (doc,), "*"):
        raise click.UsageError(f"--html {html_file} is the document {doc}; name another file")
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
    restore = _handle_signals()
    try:
        _main(argv)
    finally:
        restore()  # a caller that runs main() in its own process (tests, scripts) keeps its handlers


def _main(argv: list[str] | None) -> None:
    from .output import OutputClosed

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
    except _domain_errors() as e:  # evaluated only when something is raised: no import cost otherwise
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


# signals that end a run the way SIGTERM does: a closed terminal or ssh link (SIGHUP), Ctrl-\\ (SIGQUIT)
ENDING_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT")


def _handle_signals() -> Callable[[], None]:
    """SIGTERM, SIGHUP and SIGQUIT unwind like Ctrl-C (a half-written -o file is removed, worker processes are
    stopped) and exit 128 + the signal; a second Ctrl-C while the first is being handled exits at once, without a
    traceback. A file grown past the size limit (SIGXFSZ, `ulimit -f`) fails the write, which is reported, instead
    of killing the run where it stands."""
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
    ending = [getattr(signal, name) for name in ENDING_SIGNALS if hasattr(signal, name)]
    xfsz = [signal.SIGXFSZ] if hasattr(signal, "SIGXFSZ") else []
    before = {sig: signal.getsignal(sig) for sig in (*ending, signal.SIGINT, *xfsz)}
    # a signal the caller set to be ignored (a background job's SIGINT, nohup's SIGHUP) stays ignored
    for sig in ending:
        if before[sig] is signal.SIG_DFL:
            signal.signal(sig, on_term)
    if before[signal.SIGINT] is signal.default_int_handler:
        signal.signal(signal.SIGINT, on_int)
    for sig in xfsz:
        if before[sig] is signal.SIG_DFL:
            signal.signal(sig, signal.SIG_IGN)

    def restore() -> None:
        for sig, handler in before.items():
            if handler is not None:
                signal.signal(sig, handler)

    return restore


def _domain_errors() -> tuple[type[BaseException], ...]:
    from .cluster import ClusterError
    from .documents import InputError
    from .pipeline import ModelMissing
    from .store import CacheError

    return (InputError, ModelMissing, CacheError, ClusterError, OSError)


def _quiet_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback or a second error at exit."""
    import contextlib
    import os

    with contextlib.suppress(AttributeError, ValueError, OSError):  # stdout may be replaced or gone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)

