"""Small facts about files that more than one writer needs (the output formats, the database)."""

from __future__ import annotations

import os


def file_mode(path: str) -> int:
    """The permission bits of the file being replaced, else those the umask gives a new file (an atomic
    replacement keeps what the user had set)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
