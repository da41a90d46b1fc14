"""Whether a stream is a terminal: the one test the input, the output formats, the progress bar and the view ask."""

from __future__ import annotations


def isatty(stream: object) -> bool:
    """True for a terminal; False for a file, a pipe, None, a closed stream or an object without `isatty`."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False
