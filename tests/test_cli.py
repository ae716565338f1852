"""The ``arnews`` command line: output shape, JSON Lines, and clean failures."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from arnews.cli import main

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
