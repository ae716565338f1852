"""The ``arnews`` command line: output shape, JSON Lines, and clean failures."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from arnews import Article, parse
from arnews.cli import Progress, format_progress, main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "wire_story.txt"


def _run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "arnews", *args], input=stdin, capture_output=True, check=False, timeout=60
    )


def test_one_file_prints_one_json_object() -> None:
    result = _run([str(EXAMPLE)])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    text = EXAMPLE.read_text(encoding="utf-8")
    assert data["text"] == text
    covered = {i for b in data["blocks"] for i in range(b["start"], b["end"])}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_pretty_is_indented() -> None:
    result = _run(["--pretty", str(EXAMPLE)])
    assert result.returncode == 0
    assert result.stdout.startswith(b'{\n  "text"')


def test_several_files_give_json_lines(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("عنوان ثان\n\nفقرة أولى.", encoding="utf-8")
    result = _run([str(EXAMPLE), str(other)])
    lines = result.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(EXAMPLE), str(other)]


def test_stdin_gives_json_lines() -> None:
    result = _run(["-"], stdin="عنوان\n\nفقرة.".encode())
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["headline"]["text"] == "عنوان"


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    result = _run([str(tmp_path / "missing.txt")])
    assert result.returncode == 2
    message = result.stderr.decode("utf-8")
    assert message.count("\n") == 1
    assert "missing.txt" in message
    assert "Traceback" not in message


def test_invalid_utf8_exits_2_naming_the_offset(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("عنوان".encode() + b"\n\xc3\x28")
    result = _run([str(bad)])
    assert result.returncode == 2
    message = result.stderr.decode("utf-8")
    assert "byte offset 11" in message
    assert "Traceback" not in message


def test_bad_file_does_not_stop_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.BytesIO()

    class FakeStdout:
        buffer = out

    monkeypatch.setattr(sys, "stdout", FakeStdout)
    status = main([str(tmp_path / "nope.txt"), str(EXAMPLE)])
    assert status == 2
    assert json.loads(out.getvalue().decode("utf-8"))["file"] == str(EXAMPLE)


def test_outline_lists_blocks_in_order() -> None:
    result = _run(["--outline", str(EXAMPLE)])
    assert result.returncode == 0
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith("headline")
    kinds = [line.split()[0] for line in lines]
    assert "paragraph" in kinds


# -- batch mode: --jsonl ---------------------------------------------------------

GOOD_1 = {"id": "n-1", "title": "أمير المنطقة يدشن مشروع المياه", "content": "قال المدير إن المشروع يخدم القرى."}
GOOD_2 = {"id": "n-2", "title": None, "content": "افتتحت البلدية حديقة عامة جديدة."}
GOOD_3 = {"id": "n-3", "content": "وأكد المتحدث أن العمل مستمر."}


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _records(*records: Mapping[str, object]) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in records]


def _batch_input(tmp_path: Path) -> Path:
    """Good lines around an invalid JSON line (3), a blank line (4) and a record without the text field (5)."""
    good = _records(GOOD_1, GOOD_2)
    return _jsonl(
        tmp_path / "in.jsonl",
        [*good, "{oops", "", json.dumps({"id": "n-x", "title": "بلا نص"}), *_records(GOOD_3)],
    )


def _outputs(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


FIELDS = ["--text-field", "content", "--title-field", "title"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_skip_reports_bad_lines_and_keeps_the_others(tmp_path: Path, workers: str) -> None:
    result = _run(["--jsonl", str(_batch_input(tmp_path)), *FIELDS, "--workers", workers])
    assert result.returncode == 1
    out = _outputs(result.stdout)
    assert [(o["line"], o["id"]) for o in out] == [(1, "n-1"), (2, "n-2"), (6, "n-3")]
    assert out[0]["text"] == f"{GOOD_1['title']}\n\n{GOOD_1['content']}"
    assert out[0]["headline"]["text"] == GOOD_1["title"]  # type: ignore[index]
    assert out[1]["text"] == GOOD_2["content"]  # null title: the text alone
    assert out[2]["text"] == GOOD_3["content"]  # no title field: the text alone
    errors = result.stderr.decode("utf-8").splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"arnews: {tmp_path / 'in.jsonl'}:3: invalid JSON")
    assert errors[1] == f"arnews: {tmp_path / 'in.jsonl'}:5: no 'content' field"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_stop_keeps_what_came_before(tmp_path: Path, workers: str) -> None:
    out_file = tmp_path / "out.jsonl"
    args = ["--jsonl", str(_batch_input(tmp_path)), *FIELDS, "--on-error", "stop", "-o", str(out_file)]
    result = _run([*args, "--workers", workers])
    assert result.returncode == 1
    assert result.stdout == b""
    assert [o["line"] for o in _outputs(out_file.read_bytes())] == [1, 2]
    errors = result.stderr.decode("utf-8").splitlines()
    assert len(errors) == 1
    assert ":3: invalid JSON" in errors[0]


def test_jsonl_all_good_exits_0_and_output_matches_parse(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "good.jsonl", _records(GOOD_1, GOOD_3))
    result = _run(["--jsonl", str(source), *FIELDS, "-o", "-"])
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    out = _outputs(result.stdout)
    assert len(out) == 2
    text = f"{GOOD_1['title']}\n\n{GOOD_1['content']}"
    assert Article.from_dict(out[0]) == parse(text)


def test_jsonl_without_title_field_uses_the_text_field_only(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "t.jsonl", _records({"text": "نص الخبر.", "title": "عنوان", "id": 7}))
    out = _outputs(_run(["--jsonl", str(source)]).stdout)
    assert (out[0]["text"], out[0]["id"], out[0]["line"]) == ("نص الخبر.", 7, 1)


def test_jsonl_reads_gzip_and_standard_input(tmp_path: Path) -> None:
    lines = _records(GOOD_1, GOOD_2)
    packed = tmp_path / "in.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    from_gz = _run(["--jsonl", str(packed), *FIELDS])
    from_stdin = _run(["--jsonl", "-", *FIELDS], stdin=("\n".join(lines) + "\n").encode())
    assert from_gz.returncode == from_stdin.returncode == 0
    assert from_gz.stdout == from_stdin.stdout
    assert [o["id"] for o in _outputs(from_gz.stdout)] == ["n-1", "n-2"]


def test_jsonl_missing_input_exits_2(tmp_path: Path) -> None:
    result = _run(["--jsonl", str(tmp_path / "none.jsonl")])
    assert result.returncode == 2
    assert "cannot read" in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr


def test_jsonl_rejects_file_arguments_and_bad_workers(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "a.jsonl", _records(GOOD_3))
    assert _run(["--jsonl", str(source), str(EXAMPLE)]).returncode == 2
    bad_workers = _run(["--jsonl", str(source), "--workers", "0"])
    assert bad_workers.returncode == 2
    assert b"--workers" in bad_workers.stderr
    assert _run([]).returncode == 2


def test_jsonl_progress_is_off_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "a.jsonl", _records(GOOD_1, GOOD_2, GOOD_3))
    result = _run(["--jsonl", str(source), *FIELDS])  # stderr is a pipe here
    assert result.returncode == 0
    assert result.stderr == b""


def test_jsonl_progress_on_draws_and_clears_a_line(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "a.jsonl", _records(GOOD_1, GOOD_2, GOOD_3))
    result = _run(["--jsonl", str(source), *FIELDS, "--progress", "on", "-o", str(tmp_path / "o.jsonl")])
    assert result.returncode == 0
    err = result.stderr.decode("utf-8")
    assert "arnews: 3 articles" in err
    assert "100%" in err  # a regular file: the total is known
    assert err.endswith("\r")  # the line is cleared at the end
    assert "\n" not in err


def test_format_progress() -> None:
    assert format_progress(1500, 2.0, None) == "arnews: 1,500 articles, 750/s"
    assert format_progress(1500, 2.0, 91500) == "arnews: 1,500 articles, 750/s, 2%, ETA 2:00"
    assert format_progress(0, 0.0, 10) == "arnews: 0 articles, 0/s, 0%"
    assert format_progress(10, 1.0, 36010).endswith("ETA 1:00:00")


def test_progress_is_throttled() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=None, per_second=4.0)
    for done in range(1, 1001):
        progress.update(done)
    assert stream.getvalue().count("\r") == 1  # a thousand quick updates, one redraw
    progress.update(1000, force=True)
    progress.clear()
    assert stream.getvalue().endswith("\r")
    assert "1,000 articles" in stream.getvalue()


def test_jsonl_stop_at_a_late_bad_line_keeps_every_line_before_it(tmp_path: Path) -> None:
    lines = _records(*[{"text": f"خبر رقم {i}."} for i in range(200)])
    lines.insert(150, "[1, 2]")
    out_file = tmp_path / "o.jsonl"
    result = _run(["--jsonl", str(_jsonl(tmp_path / "big.jsonl", lines)), "--on-error", "stop", "-o", str(out_file)])
    assert result.returncode == 1
    assert "151: record is not a JSON object" in result.stderr.decode("utf-8")
    assert len(out_file.read_bytes().splitlines()) == 150
