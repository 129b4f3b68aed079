"""Reasons an input is refused that ``newsgraph.errors`` does not word yet.

Worded once, here, beside the readers that use them; each is the text after
"<item>: " on the one line the CLI prints.
"""

UNDECODABLE = ("undecodable bytes: not UTF-8 (invalid byte 0x{byte:02x} at offset {offset}) "
               "and no UTF-16 byte-order mark; convert the file to UTF-8")
BINARY = "binary file: not text ({why})"
IS_DIRECTORY = "is a directory, not a file"
NOT_READABLE = "cannot be read: {why}"
NOT_ONE_OBJECT = "JSON is not one article object (found {kind})"
FIELD_NOT_TEXT = "JSON field '{field}' must be a string, not {kind}"
NO_ARTICLE_TEXT = "HTML page has no article text that could be extracted"
NO_BODY = "no body text: only header or credit lines"
