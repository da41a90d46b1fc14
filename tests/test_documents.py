import codecs

import pytest

from vnhrc.documents import (
    InputError,
    SkippedFile,
    decode,
    iter_paths,
    read_document,
)


def test_iter_paths_recurses_sorted_and_filters(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "skip.md").write_text("m")
    got = list(iter_paths([str(tmp_path)]))
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]
    assert list(iter_paths([str(tmp_path)], glob="*.md")) == [str(tmp_path / "skip.md")]


def test_missing_path_and_empty_folder_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_paths([str(tmp_path / "nope")]))
    with pytest.raises(InputError, match="no files"):
        list(iter_paths([str(tmp_path)]))


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Lê Thị Tuyết Mai".encode(), "Lê Thị Tuyết Mai"),
        (codecs.BOM_UTF8 + "café".encode(), "café"),
        ("Hà Nội".encode("utf-16"), "Hà Nội"),
        ("“quoted” café".encode("cp1252"), "“quoted” café"),
    ],
)
def test_decode_handles_boms_and_legacy_encodings(data, expected):
    assert decode(data) == expected


def test_binary_is_skipped_with_reason():
    with pytest.raises(SkippedFile, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "x.png")


def test_read_document_permission_denied(tmp_path, monkeypatch):
    from pathlib import Path

    p = tmp_path / "locked.txt"
    p.write_text("text")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    # root can read a chmod-0 file, so the refusal is simulated where the bytes are read
    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(SkippedFile, match="permission denied"):
        read_document(str(p))
