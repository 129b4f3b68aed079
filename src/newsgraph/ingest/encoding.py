"""Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM, else a clear refusal.

We do not guess legacy encodings: Latin-1 decodes any bytes at all, so "trying" it
would turn a wrong guess into silently garbled names. A file that is not one of the
encodings above is refused with the offset of the first bad byte, and binary files
(NUL bytes, mostly control bytes) are named as such.
"""
from __future__ import annotations

import codecs

from newsgraph import errors
from newsgraph.errors import InputError
from newsgraph import errors as reasons

#: Bytes looked at to tell binary from text.
SNIFF_BYTES = 8192
#: Share of control bytes (other than tab, newline, form feed, carriage return) that makes data binary.
MAX_CONTROL_SHARE = 0.05

_TEXT_CONTROLS = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    return sum(1 for b in data if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F) / len(data)


def decode_bytes(data: bytes, *, item: str) -> str:
    """``data`` as text, or :class:`InputError` naming ``item`` and why it is not text."""
    if not data.strip():
        raise InputError(item, errors.EMPTY)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(item, reasons.UNDECODABLE.format(
                byte=data[err.start], offset=err.start)) from err
        return _checked(text, item=item)
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError(item, reasons.BINARY.format(why="NUL bytes"))
    if _control_share(head) > MAX_CONTROL_SHARE:
        raise InputError(item, reasons.BINARY.format(why="mostly control bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(item, reasons.UNDECODABLE.format(byte=data[err.start], offset=err.start)) from err
    return _checked(text, item=item)


def _checked(text: str, *, item: str) -> str:
    if not text.strip():
        raise InputError(item, errors.EMPTY)
    sample = text[:SNIFF_BYTES]
    controls = sum(1 for c in sample if (ord(c) < 0x20 and ord(c) not in _TEXT_CONTROLS) or c == "\x7f")
    if "\x00" in sample or controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError(item, reasons.BINARY.format(why="control characters"))
    return text
