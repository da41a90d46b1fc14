import codecs

import pytest

from vnhrc.documents import (
    InputError,
    SkippedFile,
    chrome_spans,
    decode,
    find_metadata,
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


def test_metadata_iso_dateline():
    title, date, source = find_metadata(" date 2022-07-01 Something happened in Geneva (VNA) – More text.")
    assert date == "2022-07-01"
    assert source == "VNA"


def test_metadata_vietnamese_day_first_and_outlet():
    text = "Site name\n\nA headline about the council vote\n\nBáo Quốc Tế03/11/2025\n\nBody text here."
    title, date, source = find_metadata(text)
    assert date == "2025-11-03"
    assert source == "Báo Quốc Tế"
    assert title == "A headline about the council vote"


def test_metadata_weekday_dateline_with_time():
    _, date, _ = find_metadata("Politics\n\nThursday, 12/10/2023 09:15\n\nThe minister spoke.")
    assert date == "2023-10-12"


def test_metadata_wordy_dateline():
    _, date, _ = find_metadata("In-Depth\n\nThursday, February 19, 2026, 10:09 GMT+7\n\nHeadline here now")
    assert date == "2026-02-19"


def test_no_date_when_text_states_none():
    assert find_metadata("Just a headline here\n\nAnd a body sentence.")[1] is None


def test_caption_and_chrome_lines_are_marked():
    text = ("Officials at the meeting. (Photo: VNA)\nReal paragraph: the minister said it works.\n"
            "Related news\nComment (0)\n")
    spans = [text[s:e] for s, e in chrome_spans(text)]
    assert "Officials at the meeting. (Photo: VNA)" in spans
    assert "Related news" in spans and "Comment (0)" in spans
    assert not any("minister said" in s for s in spans)


def test_caption_glued_before_body_blanks_only_the_caption():
    text = "Envoys in Geneva.(Photo: VNA) Geneva (VNA) – It is necessary, said the president."
    (s, e), = chrome_spans(text)
    assert text[s:e].endswith("(Photo: VNA)")
    assert "necessary" not in text[s:e]


def test_read_document_permission_denied(tmp_path, monkeypatch):
    from pathlib import Path

    p = tmp_path / "locked.txt"
    p.write_text("text")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # root can read a chmod-0 file, so the refusal is simulated where the file is opened
    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(SkippedFile, match="permission denied"):
        read_document(str(p))
