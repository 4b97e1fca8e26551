"""What kind of operation it is besides request and response: an event
stream, a long-running operation, a pageable."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from ..load import Location
from . import extensions as ext
from .bodies import BodyBuilder
from .model import (
    EventStream,
    LongRunning,
    Operation,
    Paging,
    Parameter,
    TypeRef,
)
from .names import (
    split_words,
)


class OperationKinds(BodyBuilder):
    """What kind of operation it is besides request and response: an event"""

    def _event_stream(
        self, produces: list[str], parameters: list[Parameter], returns: TypeRef | None
    ) -> EventStream | None:
        """An operation that produces text/event-stream and has a boolean `stream`
        query parameter streams events when it is true. Each event is an item of
        the JSON response's list (the `data` array of a list envelope)."""
        if "text/event-stream" not in produces:
            return None
        switch = next(
            (
                p
                for p in parameters
                if p.location == "query"
                and p.type.kind == "bool"
                and p.wire_name == "stream"
            ),
            None,
        )
        if switch is None or returns is None:
            return None
        item = returns.item if returns.kind == "list" else None
        if returns.kind == "model":
            lists = [
                p
                for p in self._models[returns.name].properties
                if p.type.kind == "list"
            ]
            if len(lists) == 1:
                item = lists[0].type.item
        return EventStream(switch.python_name, item) if item is not None else None

    def _long_running(
        self, raw: dict[str, Any], at: Location, path: str, http_method: str
    ) -> LongRunning | None:
        is_lro, via, final_schema = ext.x_ms_long_running_operation(raw)
        if not is_lro:
            return None
        final_via = via or (
            "original-uri" if http_method in ("put", "patch") else "operation-location"
        )
        if final_via not in (
            "operation-location",
            "azure-async-operation",
            "location",
            "original-uri",
        ):
            self.diagnostics.warn(
                "W006",
                f"final-state-via {final_via!r} is not one of operation-location, azure-async-operation,"
                " location, original-uri; using operation-location",
                at.file,
                at.child("x-ms-long-running-operation-options").pointer,
            )
            final_via = "operation-location"
        if final_schema is not None:
            # The spec says what the operation ends with: no guessing needed.
            options_at = at.child("x-ms-long-running-operation-options")
            final_type = self._schema_type(
                {"$ref": final_schema},
                options_at.child("final-state-schema"),
                "FinalState",
            )
            return LongRunning(final_via, final_type, via is not None)  # type: ignore[arg-type]
        # The final type is settled once every operation exists (see _with_status_monitors).
        return LongRunning(final_via, None, via is not None)  # type: ignore[arg-type]

    def _paging(
        self, raw: dict[str, Any], at: Location, returns: TypeRef | None
    ) -> Paging | None:
        spec = ext.x_ms_pageable(raw)
        if spec is None:
            return None
        item: TypeRef | None = None
        item_name = spec.item_name
        if returns is not None and returns.kind == "model":
            arrays = [
                p
                for p in self._models[returns.name].properties
                if p.type.kind == "list"
            ]
            named = [p for p in arrays if p.wire_name == item_name]
            if not named and len(arrays) == 1:
                # The spec names the wrong property; its only array is the page.
                self.diagnostics.warn(
                    "W007",
                    f"x-ms-pageable names items {item_name!r}, but the response has no"
                    f" such array; its only array, {arrays[0].wire_name!r}, is read as"
                    " the items of each page",
                    at.file,
                    at.child("x-ms-pageable").pointer,
                )
                named, item_name = arrays, arrays[0].wire_name
            if named:
                item = named[0].type.item
        elif returns is not None and returns.kind == "list":
            item = returns.item
        if item is None:
            self.diagnostics.warn(
                "W007",
                f"x-ms-pageable names items {spec.item_name!r}, but the response has no such"
                " array; the operation returns its response as one page",
                at.file,
                at.child("x-ms-pageable").pointer,
            )
            return None
        next_method = "GET"
        next_operation = ""
        if spec.operation_name:
            found = self._http_method_of(spec.operation_name)
            next_method = found or "GET"
            if found is not None and spec.operation_name != raw.get("operationId"):
                next_operation = spec.operation_name
        return Paging(item_name, spec.next_link_name, item, next_method, next_operation)

    def _http_method_of(self, operation_id: str) -> str | None:
        return self._http_methods.get(operation_id)

    @functools.cached_property
    def _http_methods(self) -> dict[str, str]:
        """Each operationId's HTTP method (the first operation of that id):
        looked up once per pageable operation, which Microsoft Graph's
        thousands all are (a scan of every path each time took half a
        minute)."""
        found: dict[str, str] = {}
        items = [
            *(self.root.get("paths") or {}).values(),
            *(self.root.get("x-ms-paths") or {}).values(),
        ]
        for item in items:
            if isinstance(item, dict):
                for method, operation in item.items():
                    if isinstance(operation, dict):
                        operation_id = operation.get("operationId")
                        if isinstance(operation_id, str):
                            found.setdefault(operation_id, method.upper())
        return found


def _with_status_monitors(
    grouped: dict[str, list[Operation]],
) -> dict[str, list[Operation]]:
    """Give each long-running operation the type its polling ends with.

    With final-state-via `operation-location`, the final answer is the status
    monitor's body. Swagger 2.0
    cannot say which operation serves that monitor, so the rule is Azure's
    layout: a GET under `/operations/` ending in a path parameter whose path
    shares a word with the long-running operation's path (`/images/...` and
    `/operations/images/{operation-id}`). No unique match: the final result is
    the operation's own response type.
    """
    monitors = [
        o
        for ops in grouped.values()
        for o in ops
        if o.http_method == "GET"
        and "operations" in o.path.split("/")
        and o.path.rstrip("/").endswith("}")
    ]

    def words(path: str) -> set[str]:
        return {
            w.lower()
            for s in path.split("/")
            if not s.startswith("{")
            for w in split_words(s)
        } - {"operations"}

    def settle(operation: Operation) -> Operation:
        lro = operation.long_running
        if lro is None or lro.final_type is not None:  # none, or final-state-schema
            return operation
        final_type = operation.returns
        if lro.final_state_via == "operation-location":
            matches = [m for m in monitors if words(m.path) & words(operation.path)]
            if len(matches) == 1 and matches[0].returns is not None:
                final_type = matches[0].returns
        return replace(operation, long_running=replace(lro, final_type=final_type))

    return {group: [settle(o) for o in ops] for group, ops in grouped.items()}
