"""The command line: one small function a command, a thin layer over importable functions.

Every option is a visible parameter of the command that takes it; groups of options several commands share come
from one decorator each (`input_options`, `filter_options`, `output_options`, `cache_options`). Domain errors
become `Error: …` on stderr with exit 1; click's usage errors exit 2; Ctrl-C exits 130; a closed pipe (`| head`)
ends quietly. spaCy is not imported here: `--help`, `schema` and cache lookups stay instant.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .output import (
    CLAIM_COLUMNS,
    COLORS,
    DATABASE,
    FORMATS,
    TABLE_CLAIM_COLUMNS,
    choose_format,
    format_for,
    is_folder_target,
    open_output,
    pick_columns,
    write_database,
    write_parts,
    write_rows,
)

if TYPE_CHECKING:  # claims (and hashlib with it) is imported by the commands that use it: --help stays light
    from .claims import Claim, ClaimFilter, DocRecord

EXIT_SKIPPED = 3  # the run finished but some input files were skipped (each named on stderr)


class Run:
    """What one command run noticed along the way: files skipped, documents read."""

    def __init__(self) -> None:
        self.skipped: list[str] = []
        self.documents = 0

    def skip(self, message: str) -> None:
        self.skipped.append(message)
        click.echo(f"vnhrc: skipped {message}", err=True)


def _date(end: bool) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        from .claims import date_bound

        try:
            return date_bound(value, end=end)
        except ValueError as e:
            raise click.BadParameter(str(e)) from None

    return check


def _glob(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None or ctx.get_parameter_source(param.name or "") is click.core.ParameterSource.DEFAULT:
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


def _names(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    for name in value:
        if not name.split():
            raise click.BadParameter("an empty name matches nobody; give a surname, given or full name")
    return value


def _output_target(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """-o (and --html) checked before any work: not empty, not `FILE/`."""
    from .output import TargetError, check_target

    try:
        check_target(value)
    except TargetError as e:
        raise click.BadParameter(str(e)) from None
    return value


def _given_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if isinstance(value, str) and not value.strip():
        raise click.BadParameter("an empty path; name a file")
    return value


def _cluster_address(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--cluster, checked now: Dask installed, address well formed."""
    if value is not None:
        from .cluster import parse_address

        try:
            parse_address(value)  # ClusterError, one line and exit 1, if Dask is missing
        except ValueError as e:
            raise click.BadParameter(str(e)) from None
    return value


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--format, -o, --columns, --excel and --color, shared by every command that prints rows."""
    for option in reversed((
        click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="Output format [default: from -o's extension; table on a terminal; jsonl on a pipe]."),
        click.option("-o", "--output", type=click.Path(writable=True), metavar="PATH", default=None,
                     callback=_output_target,
                     help="Write to FILE atomically (.csv, .json, .jsonl, .md name the format; extract's .db an "
                          "SQLite database, added to if it exists); to DIR/ (ending in / or a folder): JSON Lines "
                          "in parts part-00000.jsonl, …, each written atomically."),
        click.option("--columns", metavar="COL,COL", default=None,
                     help="Columns of a table, CSV or markdown, comma-separated (e.g. doc,speaker,content)."),
        click.option("--excel", is_flag=True,
                     help="CSV for spreadsheets: UTF-8 with a byte order mark, so Vietnamese letters survive."),
        click.option("--color", type=click.Choice(COLORS), default="auto", show_default=True,
                     help="Colours in tables."),
    )):
        f = option(f)
    return f


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--type, --speaker, --since, --until and --grep, shared by extract, who and speakers."""
    for option in reversed((
        click.option("--type", "types", multiple=True, type=click.Choice(("statement", "quantity")),
                     help="Only claims of this type (repeatable)."),
        click.option("--speaker", "speakers", multiple=True, metavar="NAME", callback=_names,
                     help="Only this speaker: surname, given or full name, any case or diacritics (repeatable: "
                          "any of them)."),
        click.option("--since", metavar="DATE", callback=_date(end=False),
                     help="Only claims said on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", callback=_date(end=True),
                     help="Only claims said on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--grep", metavar="REGEX", callback=_regex,
                     help="Only claims whose content matches REGEX (case-insensitive)."),
    )):
        f = option(f)
    return f


def input_options(f: Callable[..., Any], required: bool = True) -> Callable[..., Any]:
    """Paths and how to read and process them, shared by extract and tags (optional for who and speakers)."""
    for option in reversed((
        click.option("--glob", default=None, metavar="PATTERN", callback=_glob,
                     help="Files to take from folders [default: *.txt, *.html, *.htm]."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
                     help="Worker processes for the model [default: the machine's cores]."),
        click.option("--monthfirst", is_flag=True,
                     help="Read numeric dates such as 03/11/2025 month first (default: day first)."),
        click.option("--cluster", metavar="ADDRESS", callback=_cluster_address,
                     help="Run on a Dask cluster: a scheduler address (tcp://host:8786), or local[:N] for N "
                          "worker processes on this machine [N default: --jobs]."),
        click.option("--urls", "urls", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
                     help="Also read the http(s) URLs listed in FILE (one a line; # comments)."),
        click.option("--offline", is_flag=True, help="Never fetch: a URL is read from the cache, or refused."),
        click.option("--refresh", is_flag=True, help="Fetch URLs again even when the cache holds their pages."),
        click.option("--text-field", "text_field", metavar="NAME",
                     help="JSON Lines: the field holding an article's text [default: text, else content, body]."),
    )):
        f = option(f)
    # not required by click when `required` is False; extract and tags ask for PATHs or --urls in `records`
    return click.argument("paths", nargs=-1, required=False, type=click.Path(allow_dash=True))(f)


def optional_input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    return input_options(f, required=False)


def cache_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--cache PATH and --no-cache."""
    f = click.option("--no-cache", "no_cache", is_flag=True, help="Neither read nor write the cache.")(f)
    return click.option("--cache", "cache", type=click.Path(dir_okay=False), metavar="PATH", callback=_given_path,
                        help="The cache file [default: $XDG_CACHE_HOME/vnhrc/cache.sqlite].")(f)


class Source:
    """Where records come from: the paths, how to read them, the runner and the cache (the shared options)."""

    def __init__(self, paths: tuple[str, ...] = (), glob: str | None = None, jobs: int | None = None,
                 monthfirst: bool = False, cluster: str | None = None, cache: str | None = None,
                 no_cache: bool = False, urls: str | None = None, offline: bool = False, refresh: bool = False,
                 text_field: str | None = None) -> None:
        self.paths, self.glob, self.jobs, self.monthfirst = paths, glob, jobs, monthfirst
        self.cluster, self.cache, self.no_cache = cluster, cache, no_cache
        self.urls, self.offline, self.refresh, self.text_field = urls, offline, refresh, text_field
        self._listed: tuple[str, ...] | None = None

    def listed_urls(self) -> tuple[str, ...]:
        """The URLs of the --urls file (read once); InputError naming a line that is not a URL."""
        if self.urls is None:
            return ()
        if self._listed is None:
            from .documents import InputError
            from .web import read_url_list

            try:
                self._listed = tuple(read_url_list(self.urls))
            except ValueError as e:
                raise InputError(str(e)) from None
            except OSError as e:
                raise InputError(f"{self.urls}: {e.strerror or e}") from None
        return self._listed

    def inputs(self) -> tuple[str, ...]:
        """PATHs, then the --urls file's URLs."""
        return (*self.paths, *self.listed_urls())


def fetcher(source: Source, store: Any) -> Any:
    """The web.Fetcher the options ask for, keeping pages in `store` (None: --no-cache)."""
    from .web import Fetcher

    return Fetcher(store, offline=source.offline, refresh=source.refresh)


def check_writes(source: Source, output: str | None) -> None:
    """A usage error, before anything is read, when -o would overwrite (or remove) an input or the cache."""
    from .output import written_files

    targets = written_files(output)
    if not targets:
        return
    from .documents import input_named  # only now: documents imports dateutil, kept off the instant paths

    if source.paths and (hit := input_named(targets, source.paths, source.glob)):
        raise click.UsageError(f"-o {output} would overwrite the input {hit[1]}; name another output file")
    if not source.no_cache:
        from .store import default_path

        cache = source.cache or str(default_path())
        if Path(cache).is_file() and input_named(targets, (cache,), "*"):
            raise click.UsageError(f"-o {output} would overwrite the cache {cache}; name another output file")


def open_cache(source: Source, create: bool = True) -> Any:
    """The store.Store the options name, or None with --no-cache; an unusable cache is warned about and skipped
    when extracting (create), and an error when only the cache can answer."""
    from .store import CacheError, NotACache, Store, warn

    if source.no_cache:
        return None
    try:
        return Store(source.cache, create=create)
    except NotACache:
        raise  # a file that is no cache was named: one error, the file untouched
    except CacheError as e:
        if not create:
            raise
        warn(f"{e}; going on without it")
        return None


def claim_filter(types: tuple[str, ...] = (), speakers: tuple[str, ...] = (), since: str | None = None,
                 until: str | None = None, grep: re.Pattern[str] | None = None) -> ClaimFilter:
    from .claims import ClaimFilter

    try:
        return ClaimFilter(types, speakers, since, until, grep)
    except ValueError as e:  # an inverted range
        raise click.UsageError(str(e)) from None


def report_filter(keep: ClaimFilter) -> None:
    if keep.undated:
        click.echo(f"vnhrc: {keep.undated:,} claim(s) left out by --since/--until: no date known for when they "
                   "were said", err=True)


def emit(rows: Iterable[dict[str, Any]], fmt: str | None, output: str | None, columns: tuple[str, ...],
         table_columns: Any = None, title: str | None = None, chosen_columns: str | None = None,
         excel: bool = False, color: str = "auto") -> int:
    """Rows to stdout, -o FILE or -o DIR/; returns how many were written."""
    if fmt == DATABASE or (fmt is None and format_for(output) == DATABASE):
        raise click.UsageError("a database holds extract's claims: `vnhrc extract PATH… -o corpus.db`")
    try:
        picked = pick_columns(chosen_columns, columns)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--columns") from None
    if excel:
        if fmt not in (None, "csv"):
            raise click.UsageError(f"--excel writes CSV; it does not go with --format {fmt}")
        fmt = "csv"
    if is_folder_target(output):
        if fmt not in (None, "jsonl"):
            raise click.UsageError(f"-o {output} writes JSON Lines parts; --format {fmt} needs a file")
        return write_parts(rows, output)[0]
    with open_output(output) as stream:
        chosen = choose_format(fmt, stream, output not in (None, "-"), output)
        return write_rows(rows, chosen, stream, picked or columns, title=title,
                          table_columns=picked or table_columns, color=color, excel=excel)


def summary(n: int, noun: str, output: str | None, run: Run | None = None, lookup: bool = False) -> None:
    """After -o: how much went where ("1,386 claims from 154 documents → corpus.jsonl"); a lookup (who,
    speakers) that found nothing says so on stderr whatever the output."""
    if not n and lookup:
        click.echo(f"vnhrc: no {noun} found", err=True)
    if output in (None, "-"):
        return
    docs = f" from {run.documents:,} document{'' if run.documents == 1 else 's'}" if run else ""
    click.echo(f"vnhrc: {n:,} {noun}{docs} → {output}", err=True)


def records(source: Source, run: Run) -> Iterator[DocRecord]:
    """Records for the source's PATHs and --urls; a document the rules failed on is named as skipped (exit 3).
    A source naming nothing is a usage error now, before any output is opened."""
    if not source.inputs():
        raise click.UsageError("Missing argument 'PATHS...' (or --urls FILE).")
    return _named(source, run)


def _named(source: Source, run: Run) -> Iterator[DocRecord]:
    for rec in _all_records(source, run):
        run.documents += 1
        if rec.error:
            run.skip(f"{rec.doc}: internal error in the rules, please report it ({rec.error})")
        else:
            yield rec


def _all_records(source: Source, run: Run) -> Iterator[DocRecord]:
    from . import pipeline, progress
    from .extract import default_jobs, read_documents
    from .extract import run as run_extraction

    pipeline.on_loading = progress.note  # a line on a terminal before the model's load, if it is loaded at all

    store = open_cache(source)
    docs = read_documents(source.inputs(), source.glob, on_skip=run.skip, fetcher=fetcher(source, store),
                          text_field=source.text_field)
    jobs = _capped_jobs(source) or default_jobs()
    with contextlib.ExitStack() as stack:
        if source.cluster:  # the same batches and per-document function on Dask; closed however the run ends
            from .cluster import Runner

            run_extraction = stack.enter_context(Runner(source.cluster, workers=jobs))
        if store is None:
            yield from run_extraction(docs, jobs=jobs, monthfirst=source.monthfirst)
            return
        from .cached import run_cached

        with store:
            yield from run_cached(docs, store, jobs=jobs, monthfirst=source.monthfirst, runner=run_extraction)


def _capped_jobs(source: Source) -> int | None:
    """--jobs (and --cluster local:N) past what the machine can use, capped, with one line saying so."""
    from .extract import JOBS_PER_CORE, default_jobs, max_jobs

    jobs, address = source.jobs, source.cluster
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
        source.cluster = f"local:{max_jobs()}"
    return None if jobs is None else min(jobs, max_jobs())


def tracked(recs: Iterator[DocRecord], source: Source, fmt: str | None, output: str | None) -> Iterator[DocRecord]:
    """Records counted on a progress bar: on stderr, on a terminal, for runs over a second (see progress.py)."""
    from . import progress

    enabled = progress.wanted(fmt, output)
    return progress.track(recs, progress.count_inputs(source.inputs(), source.glob) if enabled else None, enabled)


def _finish(run: Run) -> None:
    if run.skipped:
        click.echo(f"vnhrc: {len(run.skipped)} file(s) skipped", err=True)
        sys.exit(EXIT_SKIPPED)


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from .versions import shown_versions

    click.echo(", ".join(f"{name} {v}" for name, v in shown_versions().items()))
    ctx.exit()


EPILOG = "Docs: README.md. Shell completion: eval \"$(_VNHRC_COMPLETE=bash_source vnhrc)\" (zsh_source, fish_source)."


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOG)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Show the versions of vnhrc, spaCy, the model and the rules, and exit.")
def cli() -> None:
    """Who said what, when and how many: statements, dates and numbers from news articles."""


@cli.command()
@output_options
@filter_options
@input_options
@cache_options
def extract(fmt: str | None, output: str | None, columns: str | None, excel: bool, color: str,
            types: tuple[str, ...], speakers: tuple[str, ...], since: str | None, until: str | None,
            grep: re.Pattern[str] | None, paths: tuple[str, ...], glob: str | None, jobs: int | None,
            monthfirst: bool, cluster: str | None, urls: str | None, offline: bool, refresh: bool,
            text_field: str | None, cache: str | None, no_cache: bool) -> None:
    """Claims (statements and quantities) from files, folders, saved pages, URLs, JSON Lines dumps or - (stdin).

    \b
    Examples:
      vnhrc extract seeds/                                  a table on a terminal
      vnhrc extract corpus/ -o claims.csv --excel           CSV for a spreadsheet
      vnhrc extract corpus/ --speaker villegas --since 2022 | jq .content
      vnhrc extract https://example.org/news/council.html   a page fetched (and cached)
      vnhrc extract --urls list.txt dump.jsonl              listed pages and a scraper's dump
    """
    source = Source(paths, glob, jobs, monthfirst, cluster, cache, no_cache, urls, offline, refresh, text_field)
    check_writes(source, output)
    keep = claim_filter(types, speakers, since, until, grep)
    run = Run()
    if fmt == DATABASE or (fmt is None and format_for(output) == DATABASE):
        if output in (None, "-") or is_folder_target(output):
            raise click.UsageError("--format sqlite writes a database file: name it with -o corpus.db")
        n = write_database(tracked(records(source, run), source, fmt, output), output, keep.keep)
        report_filter(keep)
        summary(n, "claims", output, run)
        _finish(run)
        return
    rows = (
        c.to_dict()
        for rec in tracked(records(source, run), source, fmt, output)
        for c in rec.claims
        if keep.keep(c)
    )
    n = emit(rows, fmt, output, CLAIM_COLUMNS, TABLE_CLAIM_COLUMNS, "vnhrc claims", columns, excel, color)
    report_filter(keep)
    summary(n, "claims", output, run)
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
@output_options
@input_options
@cache_options
def tags(fmt: str | None, output: str | None, columns: str | None, excel: bool, color: str,
         paths: tuple[str, ...], glob: str | None, jobs: int | None, monthfirst: bool, cluster: str | None,
         urls: str | None, offline: bool, refresh: bool, text_field: str | None, cache: str | None,
         no_cache: bool) -> None:
    """Per document: title, date, source, and every entity, date and number with its value.

    \b
    Examples:
      vnhrc tags article.txt                                 one row a date or number
      vnhrc tags corpus/ --format jsonl -o tags.jsonl        one record a document
    """
    source = Source(paths, glob, jobs, monthfirst, cluster, cache, no_cache, urls, offline, refresh, text_field)
    check_writes(source, output)
    run = Run()
    recs = tracked(records(source, run), source, fmt, output)
    wanted = "csv" if excel else fmt
    if choose_format(wanted, sys.stdout, output not in (None, "-"), output) in ("table", "csv", "markdown"):
        n = emit((row for rec in recs for row in tag_rows(rec)), fmt, output, TAG_ROW_COLUMNS, None, "vnhrc tags",
                 columns, excel, color)
        summary(n, "tags", output, run)
    else:
        n = emit((rec.tags_dict() for rec in recs), fmt, output, TAG_COLUMNS, None, "vnhrc tags", columns, excel,
                 color)
        summary(n, "records", output, run)
    _finish(run)


def statements_of(source: Source, keep: ClaimFilter, run: Run) -> list[Claim]:
    """Every statement that passes the filter, each text once however many paths hold it: from PATHs
    (extracted where the cache lacks them), else from every file in the cache that still exists, without
    loading the model."""
    if source.inputs():
        texts: set[str] = set()
        out = []
        for rec in records(source, run):
            if (rec.sha256 or rec.doc) in texts:  # a copy of a text already read
                continue
            texts.add(rec.sha256 or rec.doc)
            out += [c for c in rec.claims if c.type == "statement" and keep.keep(c)]
        return out
    if source.no_cache:
        raise click.UsageError("--no-cache needs PATHs to read")
    nothing = "nothing is cached yet: run `vnhrc extract PATH` first (or name PATHs here)"
    try:
        store = open_cache(source, create=False)
    except FileNotFoundError:
        raise click.ClickException(nothing) from None
    with store:
        if not store.count_paths():
            raise click.ClickException(nothing)
        return [c for c in store.corpus_statements() if keep.keep(c)]


@cli.command()
@click.argument("name", callback=lambda ctx, param, value: _names(ctx, param, (value,))[0])
@output_options
@filter_options
@optional_input_options
@cache_options
def who(name: str, fmt: str | None, output: str | None, columns: str | None, excel: bool, color: str,
        types: tuple[str, ...], speakers: tuple[str, ...], since: str | None, until: str | None,
        grep: re.Pattern[str] | None, paths: tuple[str, ...], glob: str | None, jobs: int | None, monthfirst: bool,
        cluster: str | None, urls: str | None, offline: bool, refresh: bool, text_field: str | None,
        cache: str | None, no_cache: bool) -> None:
    """Every statement of NAME, newest first: surname, given or full name, any case or diacritics.

    From PATHs (extracted first if the cache lacks them), else from every file already extracted.

    \b
    Examples:
      vnhrc who "le thi tuyet mai"                  from the cache, without loading the model
      vnhrc who villegas seeds/ --since 2022-06     only these files, said from June 2022 on
    """
    source = Source(paths, glob, jobs, monthfirst, cluster, cache, no_cache, urls, offline, refresh, text_field)
    check_writes(source, output)
    keep = claim_filter(types, speakers, since, until, grep)
    run = Run()
    from .identity import corpus_identities

    every = statements_of(source, keep, run)
    # the corpus's speakers are found over every statement, so "HRW" and "Mr. Türk" find their full names
    identities = corpus_identities(every)
    wanted = {s.id for s in identities.matching(name)}
    found = []
    for c in every:
        sp = identities.of(c.speaker, c.speaker_type)
        if sp is not None and sp.id in wanted:
            c.speaker_id = sp.id
            found.append(c)
    # newest first; within a date, documents in order and statements in text order (a stable sort)
    found.sort(key=lambda c: c.said_on or c.doc_date or "", reverse=True)
    n = emit((c.to_dict() for c in found), fmt, output, CLAIM_COLUMNS, TABLE_CLAIM_COLUMNS, f"vnhrc who {name}",
             columns, excel, color)
    report_filter(keep)
    summary(n, f"statements of {name}" if not n else "statements", output, lookup=True)
    _finish(run)


SPEAKER_COLUMNS = ("speaker", "speaker_type", "titles", "statements", "documents", "aliases", "speaker_id",
                   "titles_used", "docs")
SPEAKER_TABLE_COLUMNS = ("speaker", "speaker_type", "titles", "statements", "documents", "aliases")


@cli.command()
@output_options
@filter_options
@optional_input_options
@cache_options
def speakers(fmt: str | None, output: str | None, columns: str | None, excel: bool, color: str,
             types: tuple[str, ...], speakers: tuple[str, ...], since: str | None, until: str | None,
             grep: re.Pattern[str] | None, paths: tuple[str, ...], glob: str | None, jobs: int | None,
             monthfirst: bool, cluster: str | None, urls: str | None, offline: bool, refresh: bool,
             text_field: str | None, cache: str | None, no_cache: bool) -> None:
    """Each speaker once: titles, type, how many statements in how many documents; most statements first.

    From PATHs (extracted first if the cache lacks them), else from every file already extracted.

    \b
    Examples:
      vnhrc speakers                                every speaker in the cache
      vnhrc speakers corpus/ --since 2025 --grep election
    """
    from .identity import summarise

    source = Source(paths, glob, jobs, monthfirst, cluster, cache, no_cache, urls, offline, refresh, text_field)
    check_writes(source, output)
    keep = claim_filter(types, speakers, since, until, grep)
    run = Run()
    rows = summarise(statements_of(source, keep, run))
    n = emit(rows, fmt, output, SPEAKER_COLUMNS, SPEAKER_TABLE_COLUMNS, "vnhrc speakers", columns, excel, color)
    report_filter(keep)
    summary(n, "speakers", output, lookup=True)
    _finish(run)


CACHE_COLUMNS = ("path", "kind", "exists", "current", "statements", "seen")
_cache_file = click.option("--cache", "cache", type=click.Path(dir_okay=False), metavar="PATH",
                           help="The cache file [default: $XDG_CACHE_HOME/vnhrc/cache.sqlite].")


@cli.group()
def cache() -> None:
    """What the cache holds; drop records of missing files and old rule versions; empty it."""


def _existing_cache(path: str | None) -> Any:
    try:
        return open_cache(Source(cache=path), create=False)
    except FileNotFoundError:
        raise click.ClickException("nothing is cached yet") from None


@cache.command("list")
@output_options
@_cache_file
def cache_list(fmt: str | None, output: str | None, columns: str | None, excel: bool, color: str,
               cache: str | None) -> None:
    """Every path read and page fetched: kind, whether it still exists, whether its record is of the current
    rules, how many statements, when it was read.

    \b
    Example:
      vnhrc cache list --format csv
    """
    from .versions import pipeline_version

    with _existing_cache(cache) as store:
        rows = store.entries(pipeline_version())
    n = emit(rows, fmt, output, CACHE_COLUMNS, None, "vnhrc cache", columns, excel, color)
    summary(n, "cache entries", output)


@cache.command("prune")
@_cache_file
def cache_prune(cache: str | None) -> None:
    """Forget files deleted since they were read, and records made by other versions of vnhrc, the model or the
    rules (URLs and articles of JSON Lines dumps are kept)."""
    from .versions import pipeline_version

    with _existing_cache(cache) as store:
        done = store.prune(pipeline_version())
    click.echo(f"vnhrc: forgot {done['missing']:,} missing file(s), {done['old_records']:,} record(s) and "
               f"{done['old_paths']:,} path(s) of older versions", err=True)


@cache.command("clear")
@_cache_file
def cache_clear(cache: str | None) -> None:
    """Empty the cache: every record, statement, path and fetched page (the file stays, empty)."""
    with _existing_cache(cache) as store:
        done = store.clear()
    click.echo(f"vnhrc: cleared {done['docs']:,} record(s), {done['paths']:,} path(s) and {done['pages']:,} "
               "page(s)", err=True)


@cli.command("datasette-metadata")
@click.argument("database", default="corpus.db", metavar="[DB]")
def datasette_metadata(database: str) -> None:
    """Datasette metadata for the database DB (default corpus.db): labels for every column, and the queries
    users ask (statements by speaker per month, full-text search), as JSON.

    \b
    Example:
      vnhrc extract corpus/ -o corpus.db
      vnhrc datasette-metadata corpus.db > metadata.json
      datasette corpus.db -m metadata.json
    """
    import json

    from .database import metadata

    # Datasette names a database by its file name without the extension
    click.echo(json.dumps(metadata(Path(database).stem), indent=2, ensure_ascii=False))


@cli.command()
def schema() -> None:
    """The JSON Schema of one claim (what extract and who print), for scripts that validate what they read.

    \b
    Example:
      vnhrc schema > claim.schema.json
    """
    import json

    from .claims import CLAIM_SCHEMA

    click.echo(json.dumps(CLAIM_SCHEMA, indent=2, ensure_ascii=False))


@cli.command()
@click.argument("doc", type=click.Path(allow_dash=True))
@click.option("--html", "html_file", type=click.Path(dir_okay=False, writable=True), metavar="PATH", default=None,
              callback=_output_target,
              help="Also write the view as a self-contained HTML page to PATH.")
@click.option("--color", type=click.Choice(COLORS), default="auto", show_default=True,
              help="Colours (and their legend) in the terminal view.")
@click.option("--monthfirst", is_flag=True,
              help="Read numeric dates such as 03/11/2025 month first (default: day first).")
@cache_options
def show(doc: str, html_file: str | None, color: str, monthfirst: bool, cache: str | None, no_cache: bool) -> None:
    """One document with its entities, dates, numbers and claims highlighted, and its claims listed.

    \b
    Examples:
      vnhrc show article.txt | less -R
      vnhrc show article.txt --html article.html
    """
    from . import view
    from .documents import STDIN, SkippedFile, input_named, read_document
    from .web import is_url

    source = Source((doc,), "*", 1, monthfirst, None, cache, no_cache)
    if doc != STDIN and not is_url(doc) and not Path(doc).exists():
        raise click.ClickException(f"{doc}: no such file")
    if Path(doc).is_dir():
        raise click.ClickException(f"{doc}: is a folder; show takes one file")
    if html_file and doc != STDIN and input_named([html_file], (doc,), "*"):
        raise click.UsageError(f"--html {html_file} is the document {doc}; name another file")
    try:
        if is_url(doc):  # a page: fetched once (or from the cache), its extracted text shown
            from .extract import read_url

            store = open_cache(source)
            with contextlib.ExitStack() as stack:
                if store is not None:
                    stack.enter_context(store)
                document = read_url(doc, fetcher(source, store))
        else:
            document = read_document(doc)
    except SkippedFile as e:
        raise click.ClickException(str(e)) from None
    if doc == STDIN or is_url(doc):  # read once: the document read here goes to the model directly
        from .extract import run as run_extraction

        found = list(run_extraction([document], jobs=1, monthfirst=monthfirst))
    else:
        found = list(records(source, Run()))
    if not found:
        raise click.ClickException(f"{doc}: could not be read")
    record = found[0]
    if html_file:
        with open_output(html_file) as f:
            f.write(view.html_page(record, document.text, document.chrome))
    view.show(record, document.text, sys.stdout, document.chrome, color=color)


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

