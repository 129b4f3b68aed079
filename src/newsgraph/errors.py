"""Error types and the one place their messages are worded.

A user mistake (an empty file, a binary file, an unknown language) is a
:class:`Rejection`: a value naming the item and the reason, never a traceback.
Library code raises :class:`NewsgraphError` subclasses; the CLI turns them into
one line on stderr and a non-zero exit.
"""
from __future__ import annotations

from dataclasses import dataclass


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input item cannot be read as an article; ``item`` says which, ``reason`` why."""

    def __init__(self, item: str, reason: str):
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class UnsupportedLanguage(InputError):
    """The article's language has no pipeline."""


class ModelMissing(NewsgraphError):
    """A spaCy model package is not installed."""


class StoreError(NewsgraphError):
    """The store cannot be opened or written."""


@dataclass(frozen=True)
class Rejection:
    """An input item that was not ingested, with where it was and why."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"

    @classmethod
    def from_error(cls, err: InputError) -> "Rejection":
        return cls(item=err.item, reason=err.reason)


# Reasons, worded once; each is the text after "<item>: " on the one line the CLI prints.
EMPTY = "empty: no text to analyse"
BINARY = "binary file: not text ({why})"
UNDECODABLE = ("undecodable bytes: not UTF-8 (invalid byte 0x{byte:02x} at offset {offset}) "
               "and no UTF-16 byte-order mark; convert the file to UTF-8")
TOO_LARGE = "too large: {size} bytes, the limit is {limit} bytes"
NOT_FOUND = "no such file"
NOT_A_FILE = "not a regular file"
IS_DIRECTORY = "is a directory, not a file"
NOT_READABLE = "cannot be read: {why}"
UNKNOWN_LANGUAGE = "unknown language: could not tell which language this is"
UNSUPPORTED_LANGUAGE = "unsupported language '{lang}': supported are {supported}"
BAD_JSON = "not valid JSON: {detail}"
NO_TEXT_FIELD = "JSON object has no 'text' field"
NOT_ONE_OBJECT = "JSON is not one article object (found {kind})"
FIELD_NOT_TEXT = "JSON field '{field}' must be a string, not {kind}"
NO_ARTICLE_TEXT = "HTML page has no article text that could be extracted"
NO_BODY = "no body text: only header or credit lines"
