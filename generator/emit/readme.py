"""The package README's reference: for each operation, its full signature,
what it returns, what it raises, and the spec's first example as a Python
call (the example's wire-named parameters mapped to the method's arguments
and models, as the client would send them)."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..ir.model import ClientSpec, Model, Operation, OperationGroup, TypeRef
from .docstrings import normalize
from .layout import Collection, value_lines
from .literals import md_code, md_text, py_literal, py_str

# The hatches every method ends with: the README says so once.
_HATCHES = ("request_options", "extra_headers", "extra_query", "extra_body", "timeout")
# What each status raises (see the runtime's _errors.py).
_STATUS_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
_PRIVATE_PREFIXES = ("_models.", "_pipeline.", "_serde.")


@dataclass(frozen=True)
class OperationDoc:
    anchor_call: str  # `client.files.upload(...)`
    http: str
    summary: str
    signature: str  # a Python code block's text
    returns: str
    raises: str
    example_title: str
    example: str  # a Python code block's text; "" without an example


def operation_docs(
    client: ClientSpec,
    method_of: Callable[[Operation], tuple[str, tuple[str, ...], str]],
) -> list[tuple[str, list[OperationDoc]]]:
    """(group attribute, docs of its operations) for every group.
    `method_of(op)` gives the sync method's name, parameters and return
    annotation as the emitter writes them."""
    models = {m.name: m for m in client.models}
    return [
        (
            group.attribute,
            [_doc(client, group, op, method_of, models) for op in group.operations],
        )
        for group in client.groups
        if any(not op.internal for op in group.operations)
    ]


def _doc(
    client: ClientSpec,
    group: OperationGroup,
    op: Operation,
    method_of: Callable[[Operation], tuple[str, tuple[str, ...], str]],
    models: dict[str, Model],
) -> OperationDoc:
    name, parameters, returns = method_of(op)
    shown = [_public(p) for p in parameters if p.split(":")[0] not in _HATCHES]
    while shown and shown[-1] == "*":
        shown.pop()
    head = f"client.{group.attribute}.{name}"
    signature = "\n".join(
        [f"def {name}(", *(f"    {p}," for p in shown), f") -> {_public(returns)}"]
        if shown
        else [f"def {name}() -> {_public(returns)}"]
    )
    title, example = _example(client, group, op, name, models)
    return OperationDoc(
        anchor_call=md_code(f"{head}(...)"),
        http=md_code(f"{op.http_method} {op.display_path}"),
        summary=md_text(normalize(op.summary or op.description)),
        signature=signature,
        returns=_returns_text(op, _public(returns)),
        raises=_raises(op),
        example_title=md_text(title),
        example=example,
    )


def _public(text: str) -> str:
    for prefix in _PRIVATE_PREFIXES:
        text = text.replace(prefix, "models." if prefix == "_models." else "")
    return text


def _isoformat(value: str, kind: str) -> str:
    """An example's date or date-time as the README's code reads it back:
    the spelling every Python the client supports reads (3.10's
    fromisoformat takes only its own output: six fraction digits, `+00:00`,
    no RFC 1123), or the example's text where it is none of these."""
    try:
        if kind == "date":
            return datetime.date.fromisoformat(value).isoformat()
        if kind == "rfc1123":
            # (strptime, not email.utils, which reads year 0001 as 2001)
            parsed = datetime.datetime.strptime(
                value.strip(), "%a, %d %b %Y %H:%M:%S %Z"
            )
            return parsed.replace(tzinfo=datetime.UTC).isoformat()
        return datetime.datetime.fromisoformat(value.upper()).isoformat()
    except (ValueError, TypeError):
        return value


def _returns_text(op: Operation, annotation: str) -> str:
    if op.long_running is not None:
        return (
            f"{md_code(annotation)}: `poller.result()` waits for the operation's end."
        )
    if op.paging is not None:
        return (
            f"{md_code(annotation)}: the items of every page, fetched as you iterate."
        )
    if annotation == "None":
        return "Nothing (`None`)."
    return md_code(annotation) + "."


def _raises(op: Operation) -> str:
    named = []
    for response in sorted(op.error_responses, key=lambda r: r.status):
        if not response.status.isdigit():
            continue
        status = int(response.status)
        error = _STATUS_ERRORS.get(
            status, "InternalServerError" if status >= 500 else "HttpResponseError"
        )
        model = (
            f" with `{response.type.name}`"
            if response.type and response.type.kind == "model"
            else ""
        )
        named.append(f"`{error}` ({status}{model})")
    default = next(
        (
            r.type.name
            for r in op.error_responses
            if r.status == "default" and r.type and r.type.kind == "model"
        ),
        None,
    )
    rest = "`HttpResponseError` (the subclass for its status" + (
        f", with `{default}`)" if default else ")"
    )
    unreached = "`ApiConnectionError` and `ApiTimeoutError` when no answer comes."
    if named:
        return f"{', '.join(named)}; {rest} for any other status it does not expect; {unreached}"
    return f"{rest} for a status it does not expect; {unreached}"


# --------------------------------------------------------------- examples


def _example(
    client: ClientSpec,
    group: OperationGroup,
    op: Operation,
    name: str,
    models: dict[str, Model],
) -> tuple[str, str]:
    """(title, code) of the operation's first example, or ("", "")."""
    if not op.examples or op.internal:
        return "", ""
    example = op.examples[0]
    parameters = json.loads(example.parameters)
    given = {str(k).lower(): v for k, v in (parameters or {}).items()}
    render = _Values(models)
    positional: list[str | Collection] = []
    keywords: list[tuple[str, str | Collection]] = []
    for p in op.parameters:
        value = given.get(p.wire_name.lower())
        if p.group is not None:
            continue
        if value is not None:
            text = render.value(value, p.type)
        elif p.required and p.client_default is None:
            # The example does not say: a placeholder the reader fills in.
            text = '"..."' if p.type.kind == "str" else "..."
        else:
            continue
        if p.location == "path":
            positional.append(text)
        else:
            keywords.append((p.python_name, text))
    body = op.body
    if body is not None:
        value = given.get(body.wire_name.lower()) if body.wire_name else None
        if body.flattened and isinstance(value, dict):
            for prop in body.flattened:
                inner = _at(value, prop.container + (prop.wire_name,))
                if inner is not None:
                    keywords.append((prop.python_name, render.value(inner, prop.type)))
        elif body.form_fields:
            for field in body.form_fields:
                inner = given.get(field.wire_name.lower())
                if inner is not None and field.constant is None:
                    keywords.append(
                        (field.python_name, render.value(inner, field.type))
                    )
        elif value is not None and body.type is not None:
            keywords.append((body.python_name, render.value(value, body.type)))
    call = Collection(
        f"client.{group.attribute}.{name}(",
        (
            *(_item("", v) for v in positional),
            *(_item(f"{k}=", v) for k, v in keywords),
        ),
        ")",
    )
    if op.paging is not None and op.long_running is None:
        lines = value_lines("for item in ", call, ":", 0) + ["    print(item)"]
    elif op.long_running is not None:
        lines = [*value_lines("poller = ", call, "", 0), "result = poller.result()"]
    elif op.returns is None and not op.returns_binary and not op.exists_check:
        lines = value_lines("", call, "", 0)
    else:
        lines = value_lines("result = ", call, "", 0)
    imports = []
    if render.uses_datetime:
        imports.append("import datetime")
    if render.uses_models:
        imports.append(f"from {client.package} import models")
    head = [*imports, ""] if imports else []
    return example.title, "\n".join([*head, *lines])


def fence(code: str) -> str:
    """A Markdown code fence longer than any run of backticks in `code`, so
    that spec text inside cannot end the block."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


class _Values:
    """JSON values of an example as the Python values a method takes:
    models built with their constructors, dates parsed, bytes as bytes."""

    def __init__(self, models: dict[str, Model]) -> None:
        self.models = models
        self.uses_models = False
        self.uses_datetime = False

    def value(self, value: Any, t: TypeRef, depth: int = 0) -> str | Collection:
        if value is None:
            return "None"
        if depth > 20:
            return py_literal(value) if _plain(value) else "..."
        if t.kind == "model" and isinstance(value, dict) and t.name in self.models:
            return self._model(self.models[t.name], value, depth)
        if t.kind == "list" and isinstance(value, list) and t.item is not None:
            item = t.item
            return Collection(
                "[",
                tuple(_item("", self.value(v, item, depth + 1)) for v in value),
                "]",
            )
        if t.kind == "dict" and isinstance(value, dict) and t.item is not None:
            item = t.item
            return Collection(
                "{",
                tuple(
                    _item(f"{py_str(str(k))}: ", self.value(v, item, depth + 1))
                    for k, v in value.items()
                ),
                "}",
            )
        if t.kind in ("datetime", "rfc1123", "date") and isinstance(value, str):
            self.uses_datetime = True
            kind = "date" if t.kind == "date" else "datetime"
            return f"datetime.{kind}.fromisoformat({py_str(_isoformat(value, t.kind))})"
        if t.kind in ("binary", "bytes", "base64url") and isinstance(value, str):
            return (
                "b" + py_str(value) if value.isascii() else f"{py_str(value)}.encode()"
            )
        return py_literal(value) if _plain(value) else py_literal(json.dumps(value))

    def _model(self, model: Model, value: dict[str, Any], depth: int) -> Collection:
        discriminator = model.discriminator
        if discriminator is not None:
            subtype = dict(model.subtypes).get(str(value.get(discriminator)))
            if subtype is not None and subtype in self.models and subtype != model.name:
                model = self.models[subtype]
        self.uses_models = True
        items: list[str | tuple[str, Collection]] = []
        for prop in model.properties:
            if prop.read_only or prop.constant is not None:
                continue
            inner = _at(value, prop.container + (prop.wire_name,))
            if inner is not None:
                items.append(
                    _item(
                        f"{prop.python_name}=", self.value(inner, prop.type, depth + 1)
                    )
                )
        return Collection(f"models.{model.name}(", tuple(items), ")")


def _item(prefix: str, value: str | Collection) -> str | tuple[str, Collection]:
    """An item of a Collection: text as it is, a nested one to lay out."""
    return prefix + value if isinstance(value, str) else (prefix, value)


def _plain(value: Any) -> bool:
    """A JSON value py_literal spells as the same Python value."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return True
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False
