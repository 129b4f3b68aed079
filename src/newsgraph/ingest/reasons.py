"""The refusal reasons the readers use, re-exported from ``newsgraph.errors`` where they are worded."""
from newsgraph.errors import (  # noqa: F401
    BINARY, FIELD_NOT_TEXT, IS_DIRECTORY, NO_ARTICLE_TEXT, NO_BODY, NOT_ONE_OBJECT, NOT_READABLE,
    UNDECODABLE,
)
