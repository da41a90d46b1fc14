"""Every output format in one place: table, json, jsonl, csv, markdown; TTY detection; atomic `-o`.

Rows are plain dicts (a claim's `to_dict`, a tags record, a speaker summary), so the same writers serve every
command. A file named with `-o` is written to a temporary file beside it and renamed when complete, so a failed
or interrupted run never leaves it half-written; its format follows its extension unless `--format` says.

Every string shown through rich is a Text object, never markup: a quote holding "[membership on]" or
"[bold]" prints as it stands. CSV writes lists and objects as JSON, so a reader gets back what JSON holds.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from .files import file_mode
from .terminal import isatty

FORMATS = ("table", "json", "jsonl", "csv", "markdown", "sqlite")
DATABASE = "sqlite"  # the corpus database (database.py): extract's records, written only to a file
COLORS = ("auto", "always", "never")
# -o FILE's format when --format does not say; any other extension gets JSON Lines
FORMAT_BY_SUFFIX = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "markdown",
                    ".markdown": "markdown", ".txt": "table", ".db": DATABASE, ".sqlite": DATABASE,
                    ".sqlite3": DATABASE}
NOT_A_TERMINAL_WIDTH = 140  # a table in a file or pipe: rich's 80 would fold every quote
BOM = "\ufeff"  # --excel: spreadsheets read a CSV as UTF-8 only when it starts with one

# Columns shown in CSV and markdown, per kind of row; JSON formats always carry every field.
CLAIM_COLUMNS = ("id", "doc", "doc_date", "said_on", "type", "speaker", "speaker_type", "speaker_title",
                 "speaker_id", "cue", "kind", "content", "subject", "value", "unit", "dates", "numbers", "sentence",
                 "start", "end", "url")
# A table's columns by the terminal's width (the widest entry not wider than the terminal): below 120 columns the
# speaker's title goes under the name; kind, dates and numbers from 200 (or with --columns).
TABLE_CLAIM_COLUMNS = {
    0: ("doc", "said_on", "speaker", "content"),
    120: ("doc", "said_on", "speaker", "speaker_title", "cue", "content"),
    200: ("doc", "said_on", "speaker", "speaker_title", "cue", "kind", "content", "dates", "numbers"),
}


class OutputClosed(Exception):
    """The reader of stdout went away (`| head`). Not an OSError, so click does not turn it into exit 1:
    the command line ends quietly with 0, as `head` asked for no more."""


def format_for(path: str | None) -> str | None:
    """The format an -o FILE's extension names (claims.csv → csv), or None."""
    if not path or path == "-":
        return None
    return FORMAT_BY_SUFFIX.get(os.path.splitext(path)[1].lower())


def choose_format(fmt: str | None, stream: IO[str], to_file: bool, path: str | None = None) -> str:
    """The format asked for, else the one the -o file's extension names, else a table on a terminal and JSON
    Lines on a pipe or file."""
    if fmt:
        return fmt
    if to_file:
        return format_for(path) or "jsonl"
    return "table" if isatty(stream) else "jsonl"


def pick_columns(wanted: str | None, known: Sequence[str]) -> tuple[str, ...] | None:
    """--columns 'doc,speaker,content' as a tuple (None when not given); ValueError names an unknown one."""
    if wanted is None:
        return None
    cols = tuple(c.strip() for c in wanted.split(",") if c.strip())
    unknown = [c for c in cols if c not in known]
    if unknown or not cols:
        raise ValueError(f"unknown column {', '.join(unknown) or repr(wanted)}; choose from {', '.join(known)}")
    return cols


def make_console(stream: IO[str], color: str = "auto", width: int | None = NOT_A_TERMINAL_WIDTH) -> Any:
    """A rich Console on `stream`: colours on a terminal (`auto`), always or never; a terminal's own width,
    else `width` (rich's COLUMNS variable wins over both)."""
    from rich.console import Console

    tty = isatty(stream)
    colored = color == "always" or (color == "auto" and tty)
    # no_color None when colours are on: rich then honours NO_COLOR from the environment
    return Console(file=stream, force_terminal=colored, no_color=None if colored else True,
                   color_system="auto" if colored else None, soft_wrap=False, width=None if tty else width,
                   highlight=False)


def csv_cell(v: Any) -> str:
    """One value as CSV text: lists and objects as JSON (they read back as they were), whole floats as ints."""
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def cell(v: Any) -> str:
    """One value as table/CSV text: lists of tags shortened to what a reader needs."""
    if v is None:
        return ""
    if isinstance(v, list):
        parts = []
        for x in v:
            if isinstance(x, dict):
                if "iso" in x:
                    parts.append(f"{x.get('text')}={x.get('iso')}")
                elif "value" in x:
                    parts.append(f"{x.get('value')} {x.get('unit') or ''}".strip())
                elif "text" in x:
                    parts.append(f"{x.get('text')} [{x.get('label', '')}]")
                else:
                    parts.append(json.dumps(x, ensure_ascii=False))
            else:
                parts.append(str(x))
        return "; ".join(parts)
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def write_rows(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    stream: IO[str],
    columns: Sequence[str],
    title: str | None = None,
    table_columns: Sequence[str] | dict[int, Sequence[str]] | None = None,
    color: str = "auto",
    excel: bool = False,
) -> int:
    """Write rows in a format; returns how many were written. jsonl and csv stream row by row.

    `columns` are CSV's and markdown's; a table shows `table_columns` when given (a tuple, or tuples by the
    least terminal width they need). `excel` starts a CSV with a byte order mark.

    The first row is computed before anything is written, so a run that fails at once (a missing file, no
    model) leaves no CSV header or "[" behind; the rows are closed however writing ends, so worker processes
    behind them stop at once.
    """
    source = rows
    try:
        rows = iter(source)
        first = next(rows, None)
        rows = itertools.chain([first] if first is not None else [], rows)
        return _write(rows, fmt, stream, columns, title, table_columns or columns, color, excel)
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


def _write(rows: Iterable[dict[str, Any]], fmt: str, stream: IO[str], columns: Sequence[str],
           title: str | None, table_columns: Sequence[str] | dict[int, Sequence[str]], color: str,
           excel: bool) -> int:
    n = 0
    if fmt == "jsonl":
        for r in rows:
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        stream.write("[")
        for r in rows:
            stream.write(("," if n else "") + "\n  " + json.dumps(r, ensure_ascii=False))
            n += 1
        stream.write("\n]\n" if n else "]\n")
    elif fmt == "csv":
        import csv  # only when CSV is written: not on the paths that must start at once

        if excel:
            stream.write(BOM)
        w = csv.writer(stream)
        w.writerow(columns)
        for r in rows:
            w.writerow([csv_cell(r.get(c)) for c in columns])
            n += 1
    elif fmt == "markdown":
        stream.write("| " + " | ".join(columns) + " |\n")
        stream.write("|" + "---|" * len(columns) + "\n")
        for r in rows:
            stream.write("| " + " | ".join(_md(cell(r.get(c))) for c in columns) + " |\n")
            n += 1
    elif fmt == "table":
        n = _table(rows, stream, table_columns, title, color)
    else:  # click checks choices; this guards direct callers
        raise ValueError(f"unknown format {fmt!r}")
    stream.flush()
    return n


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def _table(rows: Iterable[dict[str, Any]], stream: IO[str], columns: Sequence[str] | dict[int, Sequence[str]],
           title: str | None, color: str) -> int:
    """A rich table sized to the terminal: short columns whole, names wrapped at spaces, the content taking
    the room left. Nothing at all when there are no rows (the command says so on stderr)."""
    from rich.table import Table
    from rich.text import Text

    console = make_console(stream, color)
    if isinstance(columns, dict):
        columns = columns[max(w for w in columns if w <= console.width or w == min(columns))]
    titled = "speaker_title" not in columns  # the title then goes under the name
    cells = [[_text_cell(_table_row(r), c, titled) for c in columns] for r in rows]
    if not cells:
        return 0
    table = Table(title=Text(title) if title else None, show_lines=True, expand=True)  # `who NAME` names it
    for i, c in enumerate(columns):
        if c in _SHORT_COLUMNS:
            table.add_column(c, no_wrap=True)
        elif c in _SHARED_COLUMNS:  # these share the room left
            table.add_column(c, overflow="fold", ratio=_SHARED_COLUMNS[c])
        else:
            # as wide as its text up to a cap, never narrower than its longest word: no name folds mid-word
            longest = max((len(w) for row in cells for w in row[i].plain.split()), default=1)
            least, share = _CAPS.get(c, _CAP)
            cap = max(least, int(console.width * share))
            table.add_column(c, overflow="fold", max_width=cap, min_width=min(cap, max(longest, len(c))))
    for row in cells:
        table.add_row(*row)
    console.print(table)
    return len(cells)


_SHORT_COLUMNS = ("doc_date", "said_on", "kind", "type", "start", "end", "value", "label", "statements",
                  "documents", "tag")
_SHARED_COLUMNS = {"content": 3, "sentence": 3, "title": 2, "entities": 2, "text": 1, "dates": 1, "numbers": 1}
# how wide a measured column may grow: (columns, share of the terminal's width), whichever is more; the content
# keeps about a third of 80 columns and two fifths of 160
_CAPS = {"doc": (12, 0.1), "speaker": (16, 0.12), "speaker_title": (14, 0.12), "cue": (6, 0.06), "id": (16, 0.2),
         "titles": (16, 0.2)}
_CAP = (12, 0.12)


def _text_cell(r: dict[str, Any], column: str, titled: bool) -> Any:
    """A table cell as rich Text (document strings are never read as markup)."""
    from rich.text import Text

    if column == "doc":
        from .claims import doc_short

        return Text(doc_short(str(r.get("doc") or "")))
    out = Text(cell(r.get(column)))
    if column == "speaker" and titled and r.get("speaker_title"):
        out.append("\n" + cell(r.get("speaker_title")), style="dim")
    return out


def _table_row(r: dict[str, Any]) -> dict[str, Any]:
    """A quantity claim in a claims table: its subject where the speaker stands, its value as the cue."""
    if r.get("type") == "quantity":
        value = cell(r.get("value"))
        return {**r, "speaker": r.get("subject"), "cue": f"= {value} {r.get('unit') or ''}".strip(), "kind": "qty"}
    return r


class WriteFailed(OSError):
    """Writing the output failed (disk full, file too large, I/O error); the message names the output."""


class TargetError(ValueError):
    """-o (or --html) names something that cannot be written as asked: a usage error, found before any work."""


def check_target(path: str | None) -> None:
    """TargetError for an -o value that cannot work: empty, or `DIR/` where DIR is a file."""
    if path is None or path == "-":
        return
    if not path.strip():
        raise TargetError("an empty path; name a file, a folder ending in /, or - for standard output")
    if path.endswith(("/", os.sep)) and os.path.exists(path.rstrip("/" + os.sep) or "/") and not os.path.isdir(path):
        raise TargetError(f"{path}: {path.rstrip('/' + os.sep)} is a file; -o DIR/ writes parts into a folder")


def written_files(path: str | None) -> list[str]:
    """The existing files that writing to `path` would replace or remove: the file itself, or the parts in a
    folder target; checked against the inputs (and the cache) before any work."""
    if path is None or path == "-":
        return []
    if is_folder_target(path):
        try:
            return [os.path.join(path, n) for n in os.listdir(path) if _PART.fullmatch(n)]
        except OSError:
            return []
    return [path] if os.path.exists(path) else []


class _Checked:
    """A text stream whose write and flush turn an OSError into WriteFailed naming the output, so a full disk
    is told apart from the errors of reading and extracting that happen while rows are written."""

    def __init__(self, stream: IO[str], name: str, kept: str) -> None:
        self._stream, self._name, self._kept = stream, name, kept

    def _failed(self, e: OSError) -> WriteFailed:
        return WriteFailed(f"{self._name}: writing the output failed: {e.strerror or e}{self._kept}")

    def write(self, s: str) -> int:
        try:
            return self._stream.write(s)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._failed(e) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._failed(e) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a file written atomically: a temporary file in the same folder, renamed on success.

    On any error or interrupt (Ctrl-C, SIGTERM, SIGHUP, which the command line turns into an exception) the
    temporary file is removed and an earlier file at `path` stays as it was. A closed stdout raises
    OutputClosed; a failed write (a full disk) raises WriteFailed, naming the output.
    """
    if path is None or path == "-":
        stream = _Checked(_stdout(), "standard output", "")
        try:
            yield stream  # type: ignore[misc]
        except BrokenPipeError:
            raise OutputClosed() from None
        return
    check_target(path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OSError(f"{path}: cannot write there: no folder {folder}")
    import tempfile  # here, not at the top: it imports shutil and random, which printing to stdout never needs

    try:
        fd, tmp = tempfile.mkstemp(prefix=".vnhrc-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise OSError(f"{path}: cannot write in {folder} ({e.strerror or e})") from None
    kept = "; the earlier file is kept as it was" if os.path.exists(path) else "; nothing was written"
    raw = open(fd, "w", encoding="utf-8", newline="")
    try:
        f = _Checked(raw, path, kept)
        yield f  # type: ignore[misc]
        f.flush()
        try:
            os.fsync(raw.fileno())
            raw.close()
        except OSError as e:
            raise f._failed(e) from None
        os.chmod(tmp, file_mode(path))  # mkstemp makes 0600; the result gets the mode any new file would
        os.replace(tmp, path)
    except BaseException:
        # closing flushes what is buffered once more: on a full disk that fails again, and the first error is
        # the one to tell
        with contextlib.suppress(OSError):
            raw.close()
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _stdout() -> IO[str]:
    stream = sys.stdout
    if stream is None or getattr(stream, "closed", False):
        raise OSError("standard output is closed; name a file with -o")
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    if not encoding.startswith("utf") and hasattr(stream, "reconfigure"):
        # a console that cannot show Vietnamese letters gets \u escapes rather than a UnicodeEncodeError
        stream.reconfigure(errors="backslashreplace")
    return stream




# --- the corpus database (-o corpus.db) ----------------------------------------------------------------------


def write_database(records: Iterable[Any], path: str, keep: Any = None) -> int:
    """Records (DocRecords) upserted into the SQLite database at `path`, atomically (database.py, which imports
    sqlite-utils only now); returns how many claims were written."""
    from .database import write_database as write

    return write(records, path, keep)


# --- partitioned output (-o DIR/) ----------------------------------------------------------------------------

PART_ROWS = 10_000  # rows per part file in partitioned output (a part never splits a document)
_PART = re.compile(r"part-(\d{5,})\.jsonl")


def is_folder_target(path: str | None) -> bool:
    """-o names a folder: it ends with a slash or is an existing directory."""
    if not path or path == "-":
        return False
    return path.endswith(("/", os.sep)) or os.path.isdir(path)


def part_path(folder: str, index: int) -> str:
    return os.path.join(folder, f"part-{index:05d}.jsonl")


def write_parts(rows: Iterable[dict[str, Any]], folder: str, part_rows: int | None = None) -> tuple[int, int]:
    """Rows as JSON Lines in folder/part-00000.jsonl, … ; returns (rows, parts).

    Each part is written atomically (a temporary file renamed when complete), so a part that exists is whole
    even if the run stops; a part holds about `part_rows` rows and ends at a document boundary (a document's
    rows share their `doc`). Parts left by an earlier, longer run beyond this run's last are removed at the end,
    and when the run stops early after writing a part, so the folder holds only this run's output.
    """
    check_target(folder if folder.endswith(("/", os.sep)) else folder + "/")
    part_rows = part_rows or PART_ROWS
    os.makedirs(folder, exist_ok=True)
    it = iter(rows)
    pending = next(it, None)

    def one_part() -> Iterator[dict[str, Any]]:
        # rows stream straight into the part's file; the part ends at the first new document past part_rows
        nonlocal pending
        n, last = 0, None
        while pending is not None and not (n >= part_rows and pending.get("doc") != last):
            row, last, n = pending, pending.get("doc"), n + 1
            pending = next(it, None)
            yield row

    total = parts = 0
    try:
        while pending is not None:
            with open_output(part_path(folder, parts)) as f:
                total += write_rows(one_part(), "jsonl", f, ())
            parts += 1
    finally:
        # however the run ends (done, an error, Ctrl-C, SIGTERM), once this run has written a part the folder
        # holds only this run's parts: an earlier, longer run's later parts would read as this run's
        if parts or pending is None:
            _remove_parts_from(folder, parts)
    return total, parts


def _remove_parts_from(folder: str, first: int) -> None:
    for name in os.listdir(folder):
        m = _PART.fullmatch(name)
        if m and int(m.group(1)) >= first:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(folder, name))
