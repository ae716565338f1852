"""The public entry points: types accepted, errors raised, and what is exported."""

from __future__ import annotations

import pytest

import arnews


@pytest.mark.parametrize("bad", [None, 123, ["نص"], 1.5])
def test_parse_rejects_non_str_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        arnews.parse(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [b"abc", bytearray(b"abc")])
def test_parse_rejects_bytes_and_says_to_decode(data: bytes) -> None:
    with pytest.raises(arnews.InputTypeError, match="decode"):
        arnews.parse(data)  # type: ignore[arg-type]


def test_parse_bytes_decodes_utf8_with_and_without_bom() -> None:
    text = "عنوان الخبر\n\nقال الوزير إن الطريق سيفتح."
    plain = arnews.parse_bytes(text.encode("utf-8"))
    with_bom = arnews.parse_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert plain == with_bom == arnews.parse(text)


def test_parse_bytes_names_the_bad_byte_offset() -> None:
    data = "خبر".encode() + b"\xff\xfe"
    with pytest.raises(arnews.DecodingError, match="byte offset 6") as info:
        arnews.parse_bytes(data)
    assert info.value.offset == 6
    assert isinstance(info.value, ValueError)


def test_parse_bytes_rejects_str() -> None:
    with pytest.raises(TypeError, match="str"):
        arnews.parse_bytes("نص")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\u00a0\r\n\u2029"])
def test_empty_input_gives_empty_article(text: str) -> None:
    article = arnews.parse(text)
    assert article.text == text
    assert article.headline is None
    assert article.paragraphs == ()
    assert article.speech == ()


def test_all_names_exist() -> None:
    for name in arnews.__all__:
        assert hasattr(arnews, name), name


def test_parse_is_deterministic() -> None:
    text = "عنوان\n\nوقال الوزير إن الطريق سيفتح.\n\nالمصدر : وكالات"
    assert arnews.parse(text) == arnews.parse(text)
