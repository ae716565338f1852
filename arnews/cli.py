"""The ``arnews`` command: parse article files and print their structure as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, BinaryIO

from arnews import __version__
from arnews.article import decode, parse
from arnews.errors import DecodingError
from arnews.outline import outline

__all__ = ["main"]


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="arnews",
        description=(
            "Print the structure and attributed speech of Arabic news articles as JSON: "
            "one object for one file, JSON Lines for several files or for - (standard input)."
        ),
    )
    ap.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file to parse, or - for standard input")
    ap.add_argument("--pretty", action="store_true", help="indent the JSON (one file only reads best)")
    ap.add_argument("--outline", action="store_true", help="print a readable outline instead of JSON")
    ap.add_argument("--version", action="version", version=f"arnews {__version__}")
    return ap


def _read(name: str) -> str:
    """The decoded text of file ``name`` (``-`` is standard input)."""
    if name == "-":
        return decode(sys.stdin.buffer.read())
    with open(name, "rb") as fh:
        return decode(fh.read())


def _dump(obj: dict[str, Any], pretty: bool, out: BinaryIO) -> None:
    """Write ``obj`` as UTF-8 JSON, whatever the locale's encoding."""
    out.write(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None).encode("utf-8"))
    out.write(b"\n")
    out.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 unreadable input)."""
    args = _arguments().parse_args(argv)
    as_lines = len(args.files) > 1 or args.files == ["-"]
    status = 0
    for name in args.files:
        try:
            text = _read(name)
        except DecodingError as exc:
            print(f"arnews: {name}: {exc}", file=sys.stderr)
            status = 2
            continue
        except OSError as exc:
            print(f"arnews: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = 2
            continue
        article = parse(text)
        try:
            if args.outline:
                heading = f"== {name}\n" if len(args.files) > 1 else ""
                sys.stdout.buffer.write((heading + outline(article)).encode("utf-8"))
                sys.stdout.buffer.flush()
                continue
            result = article.to_dict()
            if as_lines:
                result = {"file": name, **result}
            _dump(result, args.pretty and not as_lines, sys.stdout.buffer)
        except BrokenPipeError:  # the reader (e.g. ``head``) has gone: stop quietly
            sys.stderr.close()
            return status
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
