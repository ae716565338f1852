"""The ``arnews`` command: parse article files and print their structure as JSON."""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import stat
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO, TextIO

from arnews import __version__
from arnews.article import decode, parse
from arnews.batch import DEFAULT_CHUNKSIZE, jsonl_results
from arnews.errors import DecodingError
from arnews.outline import outline

__all__ = ["Progress", "format_progress", "main"]


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="arnews",
        description=(
            "Print the structure and attributed speech of Arabic news articles as JSON: "
            "one object for one file, JSON Lines for several files or for - (standard input)."
        ),
    )
    ap.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text file to parse, or - for standard input")
    ap.add_argument("--pretty", action="store_true", help="indent the JSON (one file only reads best)")
    ap.add_argument("--outline", action="store_true", help="print a readable outline instead of JSON")
    ap.add_argument("--version", action="version", version=f"arnews {__version__}")
    batch = ap.add_argument_group("batch mode (JSON Lines in, JSON Lines out, streaming)")
    batch.add_argument(
        "--jsonl", metavar="IN", help="parse every record of a .jsonl (or .jsonl.gz) file, or - for standard input"
    )
    batch.add_argument("--text-field", default="text", metavar="NAME", help="record field holding the article text")
    batch.add_argument(
        "--title-field", default=None, metavar="NAME", help="record field holding a title, put before the text"
    )
    batch.add_argument("--id-field", default="id", metavar="NAME", help='record field copied to the output as "id"')
    batch.add_argument("-o", "--output", default="-", metavar="OUT", help="output file (default - : standard output)")
    batch.add_argument("--workers", type=_positive_int, default=1, metavar="N", help="parse in N processes")
    batch.add_argument(
        "--on-error",
        choices=("skip", "stop"),
        default="skip",
        help="on a bad line: report it and go on (exit status 1 at the end), or report it and stop",
    )
    batch.add_argument(
        "--progress",
        choices=("auto", "on", "off"),
        default="auto",
        help="progress line on standard error (auto: when it is a terminal)",
    )
    return ap


def _positive_int(value: str) -> int:
    """An argparse type: an int of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {number})")
    return number


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
    """Run the command line; returns the exit status (0 ok, 1 bad lines in batch mode, 2 unreadable input)."""
    parser = _arguments()
    args = parser.parse_args(argv)
    if args.jsonl is not None:
        if args.files or args.outline or args.pretty:
            parser.error("--jsonl takes no FILE arguments, --outline or --pretty")
        return _batch(args)
    if not args.files:
        parser.error("give a FILE (or - for standard input), or --jsonl IN")
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


def format_progress(done: int, elapsed: float, total: int | None) -> str:
    """The progress line: articles done, rate, and (when the total is known) percent and time left."""
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"arnews: {done:,} articles, {rate:,.0f}/s"
    if total:
        line += f", {min(done / total, 1.0):.0%}"
        if rate > 0:
            left = max(total - done, 0) / rate
            minutes, seconds = divmod(int(left + 0.5), 60)
            hours, minutes = divmod(minutes, 60)
            line += f", ETA {hours}:{minutes:02d}:{seconds:02d}" if hours else f", ETA {minutes}:{seconds:02d}"
    return line


class Progress:
    """A progress line on a terminal, redrawn in place at most ``per_second`` times a second."""

    def __init__(self, stream: TextIO, total: int | None, per_second: float = 4.0) -> None:
        self.stream = stream
        self.total = total
        self.interval = 1.0 / per_second
        self.start = time.monotonic()
        self.last = float("-inf")
        self.width = 0

    def update(self, done: int, *, force: bool = False) -> None:
        """Redraw the line for ``done`` articles, unless the last redraw was too recent."""
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        line = format_progress(done, now - self.start, self.total)
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def clear(self) -> None:
        """Erase the line, so that what follows on the terminal starts clean."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def _open_input(name: str) -> BinaryIO | gzip.GzipFile:
    """The input of batch mode as bytes: standard input, a gzip file (by its name), or a plain file."""
    if name == "-":
        return sys.stdin.buffer
    if name.endswith(".gz"):
        return gzip.open(name, "rb")
    return open(name, "rb")


_COUNT_LIMIT = 1 << 30
"""Largest file whose lines are counted for the ETA (about a second of reading); larger ones get none."""


def _count_lines(name: str) -> int | None:
    """Lines of a regular, uncompressed file (for the ETA), or None where counting is not cheap."""
    if name == "-" or name.endswith(".gz"):
        return None
    try:
        info = os.stat(name)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _COUNT_LIMIT:
            return None
        count = 0
        last = b"\n"
        with open(name, "rb") as fh:
            while block := fh.read(1 << 20):
                count += block.count(b"\n")
                last = block[-1:]
        return count + (last != b"\n")
    except OSError:
        return None


def _numbered(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` for every non-blank line, a leading BOM dropped (numbers count blank lines too)."""
    for number, raw in enumerate(lines, start=1):
        line = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        if line.strip():
            yield number, line


def _batch(args: argparse.Namespace) -> int:
    """Batch mode: stream JSON Lines records through the parser, one output line per good record."""
    name: str = args.jsonl
    show = args.progress == "on" or (args.progress == "auto" and sys.stderr.isatty())
    try:
        source = _open_input(name)
    except OSError as exc:
        print(f"arnews: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        out: BinaryIO = sys.stdout.buffer if args.output == "-" else open(args.output, "wb")  # noqa: SIM115
    except OSError as exc:
        if name != "-":
            source.close()
        print(f"arnews: {args.output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    progress = Progress(sys.stderr, _count_lines(name) if show else None) if show else None
    status = 0
    done = 0
    results = jsonl_results(
        _numbered(source),
        text_field=args.text_field,
        title_field=args.title_field,
        id_field=args.id_field,
        workers=args.workers,
        chunksize=DEFAULT_CHUNKSIZE,
    )
    try:
        for number, encoded, error in results:
            if encoded is None:
                if progress is not None:
                    progress.clear()
                print(f"arnews: {name}:{number}: {error}", file=sys.stderr)
                status = 1
                if args.on_error == "stop":
                    break
                continue
            out.write(encoded)
            done += 1
            if progress is not None:
                progress.update(done)
    except BrokenPipeError:  # the reader (e.g. ``head``) has gone: stop quietly
        progress = None
        sys.stderr.close()
        return status
    except (OSError, EOFError) as exc:  # unreadable or truncated input (e.g. a damaged .gz)
        print(f"arnews: {name}: cannot read: {exc}", file=sys.stderr)
        status = 2
    finally:
        results.close()
        if progress is not None:
            progress.update(done, force=True)
            progress.clear()
        with contextlib.suppress(BrokenPipeError):
            out.flush()
        if args.output != "-":
            out.close()
        if name != "-":
            source.close()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
