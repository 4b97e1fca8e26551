"""Event streams the spec cannot express, from the configuration.

OpenAI-style APIs stream server-sent events when the request body says
`"stream": true`, while their specs declare only the JSON answer. A client's
`stream` table names such operations, the body field that switches, and the
model each event carries:

    [tool.generator.clients.stream]
    "chat_completions.create" = { flag = "stream", item = "ChatCompletionsChunk" }

Keys are `group.method` as the generator names them. The method then returns
a typed event stream when the flag is true (with overloads, so that both
answers type-check) and the model otherwise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from ..diagnostics import Diagnostics
from .model import ClientSpec, EventStream, TypeRef


def apply_streams(
    client: ClientSpec,
    table: Mapping[str, Mapping[str, str]],
    diagnostics: Diagnostics,
    where: str,
) -> ClientSpec:
    models = {m.name for m in client.models}
    found: set[str] = set()
    groups = []
    for group in client.groups:
        operations = []
        for op in group.operations:
            key = f"{group.attribute}.{op.method_name}"
            wanted = table.get(key)
            if wanted is not None:
                found.add(key)
                stream = _stream(
                    op, wanted, models, diagnostics, f"{where}: stream.{key}"
                )
                if stream is not None:
                    op = dataclasses.replace(op, event_stream=stream)
            operations.append(op)
        groups.append(dataclasses.replace(group, operations=tuple(operations)))
    for key in sorted(set(table) - found):
        diagnostics.error(
            f"stream names {key!r}, which is no operation of the client; use group.method"
            " as the generated client spells them",
            where,
        )
    return dataclasses.replace(client, groups=tuple(groups))


def _stream(
    op: object,
    wanted: Mapping[str, str],
    models: set[str],
    diagnostics: Diagnostics,
    where: str,
) -> EventStream | None:
    flag, item = wanted.get("flag"), wanted.get("item")
    body = getattr(op, "body", None)
    fields = {p.python_name: p for p in (body.flattened if body is not None else ())}
    if (
        not isinstance(flag, str)
        or flag not in fields
        or fields[flag].type.kind != "bool"
    ):
        diagnostics.error(
            f"flag {flag!r} is not a boolean field of the operation's body"
            f" (fields: {', '.join(sorted(fields)) or 'none'})",
            where,
        )
        return None
    if not isinstance(item, str) or item not in models:
        diagnostics.error(f"item {item!r} is not a model of the client", where)
        return None
    return EventStream(flag, TypeRef("model", item))
