"""terminal.isatty: the one answer to "is this stream a terminal" that input, output, progress bar and view share."""

import io

from vnhrc.terminal import isatty


class Tty(io.StringIO):
    def isatty(self):
        return True


class Broken:
    def isatty(self):
        raise OSError("bad file descriptor")


def test_a_terminal_is_one_and_a_file_is_not():
    assert isatty(Tty()) is True
    assert isatty(io.StringIO()) is False


def test_what_cannot_answer_is_no_terminal():
    closed = io.StringIO()
    closed.close()
    assert isatty(closed) is False  # ValueError on a closed stream
    assert isatty(None) is False
    assert isatty(object()) is False
    assert isatty(Broken()) is False
