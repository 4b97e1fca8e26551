"""OpenAPI 3's own examples (`example`, `examples`) read into what an
x-ms-examples file says: `{"title", "parameters", "responses"}` per example,
so that the package's README, its ExampleTransport and the `examples`
command use them as they use Azure's example files.

OpenAPI 3 spreads one exchange over several places: each parameter, the
request body's media type and each response's media type may carry an
`example` (one value) or `examples` (named values, inline or `$ref`s to
`components/examples`). The usual reading, and the one here: values of the
same name belong to one exchange, and a place with only `example` gives it
to every exchange. A parameter without either falls back to its schema's
`example`. An operation with no named example but an `example` somewhere
has one exchange, named after the operation. `externalValue` points outside
the document and is not read.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..load import pointer_token
from .json_schema import json_type

Deref = Callable[[Any, str], Any]  # (value, JSON pointer of where it is)

_NONE = object()  # no value (None is a value: JSON null)


class _Place:
    """The example values one place (a parameter, a media type) gives."""

    def __init__(
        self, holder: Any, deref: Deref, at: str, media: str | None = None
    ) -> None:
        self.named: dict[str, Any] = {}
        self.single: Any = _NONE
        if not isinstance(holder, dict):
            return
        meant = _json_text_reader(holder, media, deref, at)
        examples = holder.get("examples")
        for name, value in (examples.items() if isinstance(examples, dict) else ()):
            value = deref(value, f"{at}/examples/{pointer_token(str(name))}")
            if isinstance(value, dict) and "value" in value:
                self.named[str(name)] = (meant(value["value"]), value.get("summary"))
        if "example" in holder:
            self.single = meant(holder["example"])

    def value(self, name: str) -> Any:
        found = self.named.get(name)
        return found[0] if found is not None else self.single


def operation_examples(
    operation: dict[str, Any],
    path_parameters: list[Any],
    body_name: str,
    deref: Deref,
    at: str,
) -> list[dict[str, Any]]:
    """The exchanges an operation's examples describe (none when it has
    no example of a request body or of an answer)."""
    parameters: list[tuple[str, _Place]] = []
    seen: set[tuple[str, str]] = set()
    own = list(operation.get("parameters") or [])
    for index, raw in reversed(list(enumerate(own))):
        parameters += _parameter(raw, deref, f"{at}/parameters/{index}", seen)
    path_at = at.rsplit("/", 1)[0]
    for index, raw in reversed(list(enumerate(path_parameters))):
        parameters += _parameter(raw, deref, f"{path_at}/parameters/{index}", seen)
    parameters.reverse()

    body: _Place | None = None
    spread = False  # a form's example value is its fields, given one by one
    request = deref(operation.get("requestBody"), f"{at}/requestBody")
    if isinstance(request, dict) and isinstance(request.get("content"), dict):
        media = _json_first(request["content"])
        if media is not None:
            body = _Place(
                request["content"][media],
                deref,
                f"{at}/requestBody/content/{pointer_token(media)}",
                media,
            )
            spread = media.split(";")[0].strip().lower() in (
                "multipart/form-data",
                "application/x-www-form-urlencoded",
            )

    answers: list[tuple[str, _Place]] = []
    for status, response in (operation.get("responses") or {}).items():
        code = "200" if str(status).upper() == "2XX" else str(status)
        if not code.isdigit():
            continue
        where = f"{at}/responses/{pointer_token(str(status))}"
        response = deref(response, where)
        content = response.get("content") if isinstance(response, dict) else None
        media = _json_first(content) if isinstance(content, dict) else None
        if media is not None and isinstance(content, dict):
            answers.append(
                (
                    code,
                    _Place(
                        content[media],
                        deref,
                        f"{where}/content/{pointer_token(media)}",
                        media,
                    ),
                )
            )

    places = (
        [p for _, p in parameters] + ([body] if body else []) + [p for _, p in answers]
    )
    names: dict[str, str | None] = {}
    for place in places:
        for name, (_, summary) in place.named.items():
            if names.get(name) is None:  # (the first summary any place gives)
                names[name] = summary if isinstance(summary, str) else None
    if not names and any(p.single is not _NONE for p in places):
        names[str(operation.get("operationId") or "example")] = None

    exchanges = []
    for name, summary in names.items():
        responses = {
            code: {"body": place.value(name)}
            for code, place in answers
            if place.value(name) is not _NONE
        }
        sent = body.value(name) if body is not None else _NONE
        if not responses and sent is _NONE:
            continue  # only parameters: no exchange to speak of
        given = {
            wire: place.value(name)
            for wire, place in parameters
            if place.value(name) is not _NONE
        }
        if sent is not _NONE:
            if spread and isinstance(sent, dict):
                given.update(sent)
            else:
                given[body_name] = sent
        if not responses:
            # The answer has no content to show: the first success, empty.
            first = next(
                (
                    str(s)
                    for s in (operation.get("responses") or {})
                    if str(s)[:1] == "2"
                ),
                None,
            )
            if first is None:
                continue
            responses = {"200" if first.upper() == "2XX" else first: {}}
        exchanges.append(
            {"title": summary or name, "parameters": given, "responses": responses}
        )
    return exchanges


def _parameter(
    raw: Any, deref: Deref, at: str, seen: set[tuple[str, str]]
) -> list[tuple[str, _Place]]:
    """(wire name, its examples) of a parameter the operation has not
    declared already (an operation's own replaces its path's)."""
    parameter = deref(raw, at)
    if not isinstance(parameter, dict) or "name" not in parameter:
        return []
    key = (str(parameter["name"]), str(parameter.get("in")))
    if key in seen:
        return []
    seen.add(key)
    place = _Place(parameter, deref, at)
    if not place.named and place.single is _NONE:
        schema = deref(parameter.get("schema"), f"{at}/schema")
        if isinstance(schema, dict) and "example" in schema:
            place.single = schema["example"]
        elif (
            isinstance(schema, dict)
            and isinstance(schema.get("examples"), list)
            and schema["examples"]
        ):
            # JSON Schema's (3.1) `examples`: a list of values
            place.single = schema["examples"][0]
    return [(key[0], place)]


def _json_text_reader(
    holder: dict[str, Any], media: str | None, deref: Deref, at: str
) -> Callable[[Any], Any]:
    """How the examples of a JSON media type are read: one written as JSON
    text where the schema is an object or an array (xero.com's
    `example: "{ \"Code\":\"123456\", ... }"`) as the value that text
    spells, which is plainly what it means; anything else as it is."""
    if media is None or "json" not in media.lower():
        return _as_is
    schema = deref(holder.get("schema"), f"{at}/schema")
    if not isinstance(schema, dict):
        return _as_is
    kind = json_type(schema)
    if kind is None:
        kind = (
            "object"
            if "properties" in schema
            else "array" if "items" in schema else None
        )
    if kind not in ("object", "array"):
        return _as_is

    def read(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        try:
            spelled = json.loads(value)
        except ValueError:
            return value
        return (
            spelled
            if isinstance(spelled, dict if kind == "object" else list)
            else value
        )

    return read


def _as_is(value: Any) -> Any:
    return value


def _json_first(content: dict[str, Any]) -> str | None:
    """The media type the front end reads a body or an answer in."""
    from .openapi3 import preferred_media  # (openapi3 imports this module)

    return preferred_media([m for m in content if isinstance(m, str)])
