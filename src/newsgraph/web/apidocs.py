"""The API reference at ``/docs``, rendered on the server from the app's own OpenAPI document.

FastAPI's default ``/docs`` page loads Swagger UI (JavaScript and CSS) from a CDN, so it is
blank where the analyst has no internet access. This module reads ``app.openapi()`` (the
same document served at ``/openapi.json``) into plain rows, one per operation, with its
parameters and responses, for a template to list: no script, nothing fetched.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Parameter:
    name: str
    where: str
    required: bool
    type: str
    default: Any
    description: str


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    tag: str
    parameters: tuple[Parameter, ...]
    responses: tuple[tuple[str, str], ...]

    @property
    def anchor(self) -> str:
        return f"{self.method}-{self.path}".replace("/", "-").replace("{", "").replace("}", "").lower()


def _type(schema: dict[str, Any]) -> str:
    """A schema in a few words: ``integer (1 to 500)``, ``string | null``, ``one of csv, json``."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    bounds = [f"{k.replace('Length', ' length')} {schema[k]}" for k in
              ("minimum", "maximum", "minLength", "maxLength") if k in schema]
    return kind + (f" ({', '.join(bounds)})" if bounds else "")


def _parameter(p: dict[str, Any]) -> Parameter:
    schema = p.get("schema", {})
    return Parameter(name=p["name"], where=p.get("in", "query"), required=bool(p.get("required")),
                     type=_type(schema), default=schema.get("default"),
                     description=p.get("description") or schema.get("description") or "")


def _responses(responses: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    out = []
    for status, r in sorted(responses.items()):
        schema = r.get("content", {}).get("application/json", {}).get("schema")
        out.append((status, r.get("description", "") + (f": {_type(schema)}" if schema else "")))
    return tuple(out)


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of an OpenAPI document, by tag then path."""
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            ops.append(Operation(
                method=method.upper(), path=path, summary=op.get("summary", ""),
                description=(op.get("description") or "").strip(), tag=(op.get("tags") or ["api"])[0],
                parameters=tuple(_parameter(p) for p in op.get("parameters", ())),
                responses=_responses(op.get("responses", {}))))
    return sorted(ops, key=lambda o: (o.tag, o.path, o.method))


def reference(spec: dict[str, Any]) -> dict[str, Any]:
    """What the ``/docs`` page shows: the API's title, version, description and operations."""
    info = spec.get("info", {})
    return {"title": info.get("title", ""), "version": info.get("version", ""),
            "description": info.get("description", ""), "openapi": spec.get("openapi", ""),
            "operations": operations(spec)}
