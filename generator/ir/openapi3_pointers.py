"""Where a diagnostic about an OpenAPI 3 document points, in that document.

The shared layers read an OpenAPI 3 operation through views spelled as
Swagger 2.0 (`openapi3`): a parameter or a header carries its schema's
fields, the request body is one more parameter (or a form's fields several),
a response has one `schema`. Locations follow the views, so a diagnostic
would name `/paths/~1x/post/parameters/1/schema` for the request body's
schema: a place the document does not have, on a line near it at best. Here
such a pointer is walked in the document, and each step the view made up is
taken the way the view took it. Nothing is recorded while the IR is built:
only a diagnostic pays, and a pointer no step explains stays as it is.
"""

from __future__ import annotations

from typing import Any

from ..load import SpecLoader, pointer_token
from ..load.lines import unescape_pointer_token
from .openapi3 import is_form, preferred_media


def document_pointer(loader: SpecLoader, file: str, pointer: str) -> str:
    """`pointer` (into a view of `file`) as the document's own."""
    document = loader.document(file)
    if document is None or document.data is None or not pointer.startswith("/"):
        return pointer
    tokens = [unescape_pointer_token(token) for token in pointer.split("/")[1:]]
    walked = _walk(document.data, tokens)
    if walked is None:
        return pointer
    return "".join("/" + pointer_token(token) for token in walked)


def _walk(document: Any, tokens: list[str]) -> list[str] | None:
    node: Any = document
    parent: Any = None
    real: list[str] = []
    pending = list(tokens)
    while pending:
        node, real = _through_refs(document, node, real)
        if node is None:
            return None
        token = pending[0]
        if isinstance(node, list):
            if token.isdigit() and int(token) < len(node):
                parent, node = node, node[int(token)]
                real.append(token)
                pending.pop(0)
                continue
            if (
                real[-1:] == ["parameters"]
                and isinstance(parent, dict)
                and token.isdigit()
            ):
                # (one past the operation's own: the body, or a form's fields)
                extra = _body_steps(document, parent, int(token) - len(node))
                if extra is None:
                    return None
                pending.pop(0)
                real = real[:-1]
                node = parent
                pending = [*extra, *pending]
                continue
            return None
        if not isinstance(node, dict):
            return None
        if token in node:
            parent, node = node, node[token]
            real.append(token)
            pending.pop(0)
            continue
        if token == "parameters" and pending[1:2] and pending[1].isdigit():
            # (an operation with a body and no parameters of its own)
            extra = _body_steps(document, node, int(pending[1]))
            if extra is None:
                return None
            pending = [*extra, *pending[2:]]
            continue
        made_up = _view_step(node, token)
        if made_up is None:
            return None
        pending = [*made_up, *pending[1:]]
    return real


def _through_refs(document: Any, node: Any, real: list[str]) -> tuple[Any, list[str]]:
    """A `$ref` to a place in the same document as that place (where a view
    reads it); another file's is not followed."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        reference = node["$ref"]
        if not reference.startswith("#/") or seen > 64:
            return None, real
        seen += 1
        real = [unescape_pointer_token(token) for token in reference[2:].split("/")]
        node = document
        for token in real:
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None, real
    return node, real


def _view_step(node: dict[str, Any], token: str) -> list[str] | None:
    """The document's keys a view took in one step where it spells `token`:
    a schema's field on a parameter or header, a response's one schema."""
    if "schema" in node and token != "schema":
        return ["schema", token]  # (a parameter's or a header's schema)
    content = node.get("content")
    if isinstance(content, dict) and content:
        media_types = [m for m in content if isinstance(m, str)]
        if "in" in node:  # (a parameter given as content: its first media type)
            return ["content", media_types[0], "schema", token] if media_types else None
        if token == "schema":
            media = preferred_media(media_types)
            return ["content", media, "schema"] if media is not None else None
    return None


def _body_steps(
    document: Any, operation: dict[str, Any], index: int
) -> list[str] | None:
    """The steps to the request body's place of the view's body parameter
    (index 0) or form field (`index`), from the operation."""
    if index < 0 or "requestBody" not in operation:
        return None
    body, _ = _through_refs(document, operation["requestBody"], [])
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    media_types = [m for m in content if isinstance(m, str)]
    media = preferred_media(media_types)
    if media is None:
        return None
    if not is_form(media, media_types):
        # the body parameter: its `schema` is the media type's
        return ["requestBody"] if index == 0 else None
    schema, _ = _through_refs(document, (content.get(media) or {}).get("schema"), [])
    names = list((schema.get("properties") or {}) if isinstance(schema, dict) else {})
    if index >= len(names):
        return None
    return ["requestBody", "content", media, "schema", "properties", names[index]]
