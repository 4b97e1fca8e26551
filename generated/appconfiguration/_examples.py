"""The service's own examples (the spec's x-ms-examples) as an httpx
transport: a test double for code that uses this client, with no network and
no hand-written mock.

    client = Client(base_url, http_client=httpx.Client(transport=ExampleTransport()))

A request is matched to an example by its method, its path (the operation's
path template at the end of the URL's path) and the path, query and header
parameters the example gives; among the examples that match, the one whose
JSON body is the request's (or closest to it) answers: its status, headers
and body. Long-running operations end at the first poll (a status
monitor says Succeeded; the resource is the example's final answer), and a
next link the answer gives leads to an empty last page. A request no example
matches raises `NoMatchingExample`, naming the closest one and what differs.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx

__all__ = [
    "AsyncExampleTransport",
    "ExampleTransport",
    "FollowUps",
    "NoMatchingExample",
    "example_response",
    "request_cookies",
]

# Where the examples travel: beside this module, as data (never code).
EXAMPLES_FILE = Path(__file__).with_name("_examples.json")
_MONITOR_HEADERS = ("azure-asyncoperation", "operation-location")
_TERMINAL = {"succeeded", "failed", "canceled", "cancelled"}


class NoMatchingExample(LookupError):
    """No example of the spec answers the request."""


class _Candidate:
    """One example of one operation, ready to be matched."""

    def __init__(
        self, operation_id: str, operation: Mapping[str, Any], example: Any
    ) -> None:
        self.operation_id = operation_id
        self.operation = operation
        self.title = str(example.get("title", ""))
        parameters = example.get("parameters")
        self.parameters = {
            str(k).lower(): v
            for k, v in (parameters if isinstance(parameters, dict) else {}).items()
        }
        responses = example.get("responses")
        self.responses: dict[str, Any] = (
            responses if isinstance(responses, dict) else {}
        )
        template = str(operation.get("path", ""))
        self.path_names = re.findall(r"{([^}]+)}", template)
        pattern = "".join(
            "(.+?)" if part.startswith("{") else re.escape(part)
            for part in re.split(r"({[^}]+})", template)
        )
        self.path = re.compile(pattern.rstrip("/") + "/?$")
        self.literal = len(re.sub(r"{[^}]+}", "", template))

    def likeness(self, sent: Any) -> int:
        """How much of the example's JSON body the request's is: all of it
        (the same body), else the number of top-level fields with the same
        value. A body never rules an example out; it only picks among those
        the parameters allow."""
        body = self.operation.get("body")
        wire = body.get("wire_name") if isinstance(body, dict) else None
        wanted = self.parameters.get(str(wire).lower()) if wire else None
        if wanted is None or sent is None:
            return 0
        if wanted == sent:
            return 1_000_000
        if isinstance(wanted, dict) and isinstance(sent, dict):
            return sum(1 for k, v in wanted.items() if sent.get(k) == v)
        return 0

    def describe(self) -> str:
        return (
            f"{self.title!r} of {self.operation_id}"
            f" ({self.operation.get('http_method')} {self.operation.get('path')})"
        )

    def differences(self, request: httpx.Request) -> tuple[list[str], int] | None:
        """What the request says differently from the example (empty: it
        matches), and how many of the example's parameters it sends alike;
        None when the method or path is not this operation's."""
        if request.method.upper() != str(self.operation.get("http_method")).upper():
            return None
        found = self.path.search(unquote(request.url.path))
        if found is None:
            return None
        differ = []
        alike = 0
        for name, value in zip(self.path_names, found.groups()):
            wanted = self.parameters.get(name.lower())
            if wanted is not None and _text(wanted) != value:
                differ.append(f"{name}={_text(wanted)!r} (sent {value!r})")
            alike += wanted is not None and _text(wanted) == value
        for name, sent in _constant_query(self.operation).items():
            if request.url.params.get(name) != sent:
                return None  # another operation on the same path
        cookies = request_cookies(request)
        for wire, info in (self.operation.get("parameters") or {}).items():
            wanted = self.parameters.get(str(wire).lower())
            where = info.get("in") if isinstance(info, dict) else None
            if wanted is None or where not in ("query", "header", "cookie"):
                continue
            got = (
                request.url.params.get(wire)
                if where == "query"
                else (
                    cookies.get(wire)
                    if where == "cookie"
                    else request.headers.get(wire)
                )
            )
            if got is not None and got != _text(wanted):
                differ.append(f"{wire}={_text(wanted)!r} (sent {got!r})")
            alike += got == _text(wanted)
        return differ, alike


def request_cookies(request: httpx.Request) -> dict[str, str]:
    """The cookies a request sends, by name (values percent-decoded)."""
    found: dict[str, str] = {}
    for part in request.headers.get("Cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            found.setdefault(name, unquote(value))
    return found


class FollowUps:
    """The requests an example's answer leads to, and what they get: a status
    monitor says Succeeded at once, with the fields of the example's final
    answer beside its status (a POST without a Location header, or one whose
    final-state-via names the monitor, takes its result from there, as
    azure-core does); the resource (at its Location, or where it was
    created) is the example's final answer in a final state; and a next
    link (absolute, or relative to the request or its origin) leads to an
    empty last page. Shared by ExampleTransport and the generator's
    `examples` command."""

    def __init__(self) -> None:
        # URL -> (status, body) a GET of it gets
        self.urls: dict[str, tuple[int, Any]] = {}

    def learn(
        self,
        operation: Mapping[str, Any],
        responses: Mapping[str, Any],
        request: httpx.Request,
        headers: Mapping[str, str],
        body: Any,
    ) -> None:
        """Remember where the answer (`headers`, `body`) to `request` leads."""
        if operation.get("kind") == "long_running":
            final = responses.get("200") or responses.get("201") or {}
            resource = (200, _finished(final.get("body")))
            done = resource[1] if isinstance(resource[1], dict) else {}
            lowered = {k.lower(): v for k, v in headers.items()}
            for name in _MONITOR_HEADERS:
                if name in lowered:
                    monitor = str(request.url.join(lowered[name]))
                    self.urls[monitor] = (200, {**done, "status": "Succeeded"})
            if "location" in lowered:
                self.urls[str(request.url.join(lowered["location"]))] = resource
            self.urls[str(request.url)] = resource
            # (a long-running operation's result may be pages too)
            self._learn_next_link(operation, request, resource[1])
        self._learn_next_link(operation, request, body)

    def _learn_next_link(
        self, operation: Mapping[str, Any], request: httpx.Request, body: Any
    ) -> None:
        next_link = operation.get("next_link_name")
        link = body.get(next_link) if isinstance(body, dict) and next_link else None
        if isinstance(link, str) and link:
            empty: tuple[int, Any] = (
                200,
                {str(operation.get("item_name") or "value"): []},
            )
            for base in (request.url, request.url.copy_with(path="/", query=None)):
                # (first: a link may name the resource's own URL, with a query)
                self.urls = {str(base.join(link)): empty, **self.urls}

    def answer(self, request: httpx.Request) -> httpx.Response | None:
        """The answer to a GET of a URL an earlier answer gave (the same host
        and path, and at least its query: a client may add parameters, reorder
        them, and sets its own api-version); None for any other request."""
        if request.method.upper() != "GET":
            return None
        sent = set(_query_items(request.url))
        for url, (status, body) in self.urls.items():
            given = httpx.URL(url)
            if (
                given.host == request.url.host
                and given.path == request.url.path
                and set(_query_items(given)) <= sent
            ):
                return example_response(204 if body is None else status, {}, body)
        return None


class _Examples:
    """What the sync and async transports share: the examples, the matching,
    and the follow-up requests an answer leads to (polls, next pages)."""

    def __init__(self, examples: Mapping[str, Any] | None) -> None:
        # (imported here: the table is big, and importing the package must not pay)
        from ._metadata import OPERATIONS

        if examples is None:
            examples = (
                json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
                if EXAMPLES_FILE.is_file()
                else {}
            )
        self.candidates = [
            _Candidate(operation_id, OPERATIONS[operation_id], example)
            for operation_id, listed in examples.items()
            if operation_id in OPERATIONS and isinstance(listed, list)
            for example in listed
            if isinstance(example, dict)
        ]
        self.follow_ups = FollowUps()

    def answer(self, request: httpx.Request) -> httpx.Response:
        follow_up = self.follow_ups.answer(request)
        if follow_up is not None:
            return follow_up
        matched = []
        exact = []
        for candidate in self.candidates:
            found = candidate.differences(request)
            if found is None:
                continue
            differ, alike = found
            matched.append((candidate, differ))
            if not differ:
                exact.append((candidate, alike))
        if exact:
            # The most specific: the longest path, then the most parameters
            # alike, then the body.
            sent = _json_body(request)
            best, _ = max(
                exact,
                key=lambda item: (item[0].literal, item[1], item[0].likeness(sent)),
            )
            return self._answer(best, request)
        raise NoMatchingExample(self._why(request, matched))

    def _why(
        self, request: httpx.Request, matched: list[tuple[_Candidate, list[str]]]
    ) -> str:
        sent = f"{request.method} {request.url}"
        if not matched:
            known = sorted(
                {
                    f"{c.operation.get('http_method')} {c.operation.get('path')}"
                    for c in self.candidates
                }
            )
            return (
                f"no example answers {sent}: no operation with examples has that"
                f" method and path (those with examples: {', '.join(known) or 'none'})"
            )
        closest, differ = min(matched, key=lambda item: len(item[1]))
        return (
            f"no example answers {sent}; the closest, {closest.describe()}, has"
            f" {', '.join(differ)}"
        )

    def _answer(self, candidate: _Candidate, request: httpx.Request) -> httpx.Response:
        operation = candidate.operation
        responses = candidate.responses
        long_running = operation.get("kind") == "long_running"
        order = ("202", "201", "200") if long_running else ("200", "201", "204")
        status = next(
            (s for s in order if s in responses),
            next((s for s in responses if s.startswith("2")), None),
        )
        if status is None:
            status = next(iter(responses), "200")
        answer = responses.get(status) or {}
        headers = _headers(answer.get("headers"))
        body = answer.get("body")
        self.follow_ups.learn(operation, responses, request, headers, body)
        binary = operation.get("responses", {}).get(status) in ("binary", "text")
        return example_response(int(status), headers, body, binary)


class ExampleTransport(httpx.BaseTransport):
    """Answers from the spec's examples (see the module's docstring). Pass
    `examples` (operationId -> list of {"title", "parameters", "responses"})
    to use others than those that came with the package."""

    def __init__(self, examples: Mapping[str, Any] | None = None) -> None:
        self._examples = _Examples(examples)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._examples.answer(request)


class AsyncExampleTransport(httpx.AsyncBaseTransport):
    """The async twin of `ExampleTransport`."""

    def __init__(self, examples: Mapping[str, Any] | None = None) -> None:
        self._examples = _Examples(examples)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._examples.answer(request)


def _query_items(url: httpx.URL) -> list[tuple[str, str]]:
    return [(k, v) for k, v in url.params.multi_items() if k.lower() != "api-version"]


def _json_body(request: httpx.Request) -> Any:
    if "json" not in request.headers.get("content-type", ""):
        return None
    try:
        return json.loads(request.content)
    except ValueError:
        return None


def _text(value: Any) -> str:
    """A parameter value as it goes on the wire."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_text(v) for v in value)
    return str(value)


def _constant_query(operation: Mapping[str, Any]) -> dict[str, str]:
    query = operation.get("query")
    return {str(k): str(v) for k, v in query.items()} if isinstance(query, dict) else {}


def _headers(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): _text(v) for k, v in raw.items() if v is not None}


def _finished(body: Any) -> Any:
    """The body with a provisioning state that has not ended set to
    Succeeded, so that a poll of it ends."""
    if not isinstance(body, dict):
        return body
    body = copy.deepcopy(body)
    holder = (
        body.get("properties") if isinstance(body.get("properties"), dict) else body
    )
    state = holder.get("provisioningState")
    if isinstance(state, str) and state.lower() not in _TERMINAL:
        holder["provisioningState"] = "Succeeded"
    return body


def example_response(
    status: int, headers: Mapping[str, str], body: Any, binary: bool = False
) -> httpx.Response:
    """An example's answer as an httpx response: JSON, or (for a binary or
    text answer) the body's bytes."""
    headers = dict(headers)
    if body is None:
        return httpx.Response(status, headers=headers)
    if binary:
        content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        headers.setdefault("content-type", "application/octet-stream")
        return httpx.Response(status, headers=headers, content=content)
    return httpx.Response(status, headers=headers, json=body)
