"""Replay a spec's examples against its generated client (the `examples`
command): the service team's own requests and answers, checked one by one.

For each example the package carries (`_examples.json`), the client is built
from the example's parameters (host parameters in any spelling, dummies for
credentials), the method is called with the rest mapped through the
package's `_metadata` table, the example's first answer is served by a mock
transport, and two things are compared: the request sent with the example's
(method, path, query and headers the spec declares, JSON body as JSON,
timestamps as instants), and the parsed result, serialized back, with the
example's answer. Each example ends in one verdict:

- ok;
- client defect: the client sent or parsed something other than the example;
- example defect: the example contradicts its own spec (a field the schema
  lacks, a value of the wrong type), named with its JSON pointer;
- unsupported: the replay cannot express the example yet.

Nothing here knows one particular spec.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import decimal
import functools
import importlib
import importlib.util
import inspect
import itertools
import json
import re
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from .replay_wire import (
    deep_in_query,
    json_text,
    object_in_query,
    runtime_serde,
    same_json,
    simple_spellings,
    wire_text,
)

VERDICTS = ("ok", "client defect", "example defect", "unsupported")


@dataclass(frozen=True)
class Verdict:
    operation_id: str
    title: str
    kind: str  # one of VERDICTS
    reason: str = ""

    def line(self, spec: str) -> str:
        return f"{spec}: {self.operation_id} {self.title!r}: {self.kind}: {self.reason}"


@dataclass
class Replay:
    """What one example's call sent and gave back."""

    operation: dict[str, Any]
    example: dict[str, Any]
    status: int = 0
    response_body: Any = None
    requests: list[httpx.Request] = field(default_factory=list)
    result: Any = None
    base_url: str = ""
    ignored: list[str] = field(default_factory=list)  # parameters the spec lacks
    final: Any = None  # a long-running operation's result, polled to its end
    later_pages: list[Any] = field(default_factory=list)  # after the first
    arguments: dict[str, Any] = field(default_factory=dict)  # the method's


class Unsupported(Exception):
    """The replay cannot express this example (yet)."""


class ExampleDefect(Exception):
    """The example contradicts its own spec."""


def examples_of(package_dir: Path) -> dict[str, list[dict[str, Any]]]:
    data = package_dir / "_examples.json"
    if not data.is_file():
        return {}
    loaded = json.loads(data.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def judge(
    package: str, operation_id: str, example: dict[str, Any], is_async: bool = False
) -> Verdict:
    title = str(example.get("title", ""))
    try:
        outcome = replay(package, operation_id, example, is_async)
    except Unsupported as exc:
        return Verdict(operation_id, title, "unsupported", str(exc))
    except ExampleDefect as exc:
        return Verdict(operation_id, title, "example defect", str(exc))
    except Exception as exc:  # noqa: BLE001 - any failure of the client is its defect
        name = type(exc).__name__
        if name == "OperationFailedError" and _reports_failure(example):
            return Verdict(
                operation_id,
                title,
                "ok",
                "the answer is a failed operation, raised as such",
            )
        status = _first_status(example)
        if status >= 400 and getattr(exc, "status_code", None) == status:
            # (OpenAPI 3 examples answer with errors too: a 404's example)
            return Verdict(
                operation_id, title, "ok", f"the answer is a {status}, raised as such"
            )
        if name == "DeserializationError":
            return Verdict(
                operation_id,
                title,
                "example defect",
                f"the answer does not parse: {exc}",
            )
        if name == "ArgumentError" and _unsendable_value(example, str(exc)):
            return Verdict(
                operation_id,
                title,
                "example defect",
                f"the client refuses a value of the example no request can carry: {exc}",
            )
        return Verdict(operation_id, title, "client defect", f"{name}: {exc}")
    try:
        problems = request_problems(package, outcome) + response_problems(outcome)
    except ExampleDefect as exc:
        return Verdict(operation_id, title, "example defect", str(exc))
    except Exception as exc:
        if not _raised_by(package, exc):
            raise  # (the replay's own failure: an internal error, reported as one)
        # (the result, written back to compare it, failed in the client's code:
        # xero.com's null items made its models' to_dict raise)
        return Verdict(
            operation_id,
            title,
            "client defect",
            f"writing the result back raised {type(exc).__name__}: {exc}",
        )
    if problems:
        return Verdict(operation_id, title, "client defect", "; ".join(problems))
    return Verdict(operation_id, title, "ok")


def _unsendable_value(example: dict[str, Any], message: str) -> bool:
    """Whether the client's refusal (`header 'X' contains a line break`)
    names a parameter whose value, as the example gives it, no request can
    carry: a header with a line break, NUL or a character beyond Latin-1
    (openbankingproject.ch's multi-line `Signature`). A value the client
    itself made unsendable stays the client's defect."""
    found = re.match(r"header '([^']+)' ", message)
    if found is None:
        return False
    params = _lower_keys(example.get("parameters") or {})
    value = params.get(found.group(1).lower())
    if not isinstance(value, str):
        return False
    if any(c in value for c in "\r\n\x00"):
        return True
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False


def _raised_by(package: str, exc: BaseException) -> bool:
    """Whether the innermost frame of `exc` is the generated package's code."""
    trace = exc.__traceback__
    if trace is None:
        return False
    while trace.tb_next is not None:
        trace = trace.tb_next
    module = str(trace.tb_frame.f_globals.get("__name__", ""))
    return module == package or module.startswith(package + ".")


def _first_status(example: dict[str, Any]) -> int:
    """The status of the example's first answer (0 where it names none)."""
    status = str(next(iter(example.get("responses") or {}), ""))
    return int(status) if status.isdigit() else 0


def _reports_failure(example: dict[str, Any]) -> bool:
    """Whether the example's first answer is an operation that failed."""
    answer = next(iter((example.get("responses") or {}).values()), None)
    body = answer.get("body") if isinstance(answer, dict) else None
    if not isinstance(body, dict):
        return False
    properties = body.get("properties")
    holder: dict[str, Any] = properties if isinstance(properties, dict) else body
    state = holder.get("provisioningState") or body.get("status")
    return isinstance(state, str) and state.lower() in (
        "failed",
        "canceled",
        "cancelled",
    )


def replay(
    package: str, operation_id: str, example: dict[str, Any], is_async: bool = False
) -> Replay:
    """Call the example's operation on a client whose transport answers
    with the example's first response."""
    metadata = importlib.import_module(f"{package}._metadata")
    module = importlib.import_module(package)
    models = importlib.import_module(f"{package}.models")
    operation = metadata.OPERATIONS.get(operation_id)
    if operation is None:
        raise Unsupported(f"the client has no operation {operation_id!r}")
    params = example.get("parameters") or {}
    responses = example.get("responses") or {}
    if not responses:
        raise ExampleDefect("/responses: the example gives no answer")
    status_text, response = next(iter(responses.items()))
    if not str(status_text).isdigit() or not isinstance(response, dict):
        raise ExampleDefect(
            f"/responses/{status_text}: not an HTTP status with an answer"
        )
    outcome = Replay(operation, example, int(status_text), response.get("body"))

    # The package's own: what its ExampleTransport answers follow-ups with.
    examples = importlib.import_module(f"{package}._examples")
    follow_ups = examples.FollowUps()
    binary = operation["kind"] == "binary" or operation["responses"].get(
        str(status_text)
    ) in ("binary", "text")
    if (
        "xml" in str(operation.get("content_type") or "").lower()
        or operation["responses"].get(str(status_text)) == "xml"
    ):
        # (an example spells an XML body as JSON: comparing the two needs
        # the XML shapes of the spec, which the replay does not read yet)
        raise Unsupported("XML bodies are not replayed yet")

    def answer(request: httpx.Request) -> httpx.Response:
        outcome.requests.append(request)
        if len(outcome.requests) > 1:
            found: httpx.Response | None = follow_ups.answer(request)
            if found is None:
                raise Unsupported(
                    f"the example has no answer for the follow-up {request.method}"
                    f" {request.url}"
                )
            return found
        headers = {str(k): str(v) for k, v in (response.get("headers") or {}).items()}
        body = response.get("body")
        follow_ups.learn(operation, responses, request, headers, body)
        answered: httpx.Response = examples.example_response(
            outcome.status, headers, body, binary
        )
        return answered

    client_args = _with_scheme(
        module.Client,
        client_arguments(module.Client, metadata.CLIENT, params, operation),
    )
    kwargs = arguments_for(operation, metadata.CLIENT, params, models, outcome.ignored)
    if is_async:
        outcome.result = asyncio.run(
            _call_async(module, client_args, operation, kwargs, answer, outcome)
        )
    else:
        http = httpx.Client(transport=httpx.MockTransport(answer))
        with module.Client(
            **client_args, http_client=http, polling_interval=0
        ) as client:
            outcome.base_url = client._pipeline.base_url
            client._pipeline.sleep = _no_wait  # (Retry-After in an example: no waiting)
            method = getattr(getattr(client, operation["group"]), operation["method"])
            _given_all_required(method, kwargs)
            kwargs = outcome.arguments = _typed_arguments(method, kwargs, package)
            result = method(**kwargs)
            if operation["kind"] == "long_running":
                outcome.result = result.initial_result
                outcome.final = result.result()
                if operation["item_name"] and hasattr(outcome.final, "by_page"):
                    # A long-running operation whose result is pages.
                    pages = _pages(outcome.final.by_page())
                    outcome.final, outcome.later_pages = list(pages[0]), pages[1:]
            elif operation["kind"] == "paged":
                pages = _pages(result.by_page())
                outcome.result, outcome.later_pages = pages[0], pages[1:]
            else:
                outcome.result = result
    return outcome


# More pages than this: the replay's own answers lead in a circle.
MAX_PAGES = 50


def _pages(pages: Any) -> list[Any]:
    found = list(itertools.islice(pages, MAX_PAGES + 1))
    if len(found) > MAX_PAGES:
        raise Unsupported(f"the pages do not end within {MAX_PAGES}")
    return found


async def _pages_async(pages: Any) -> list[Any]:
    found = []
    async for page in pages:
        found.append(page)
        if len(found) > MAX_PAGES:
            raise Unsupported(f"the pages do not end within {MAX_PAGES}")
    return found


def _given_all_required(method: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    """The example gives a value for every argument the method requires (an
    OpenAPI 3 example of an answer alone gives none of the request's)."""
    missing = [
        name
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.default is inspect.Parameter.empty
        and parameter.kind
        in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
        and name not in kwargs
    ]
    if missing:
        raise ExampleDefect(
            f"/parameters: the operation requires {', '.join(missing)};"
            " the example gives no value"
        )


def _typed_arguments(
    method: Callable[..., Any], kwargs: dict[str, Any], package: str
) -> dict[str, Any]:
    """The example's JSON values as the types the method's (or a parameter
    group model's) annotations name: date-times, dates, times and bytes from
    their text, models (in lists and maps too) from their objects, read by
    the package's own readers. A value that does not read so is the
    example's defect."""
    serde = importlib.import_module(f"{package}._serde")
    try:
        hints = typing.get_type_hints(method)
    except Exception:  # noqa: BLE001 - a name only the type checker sees
        return kwargs
    typed = {}
    for name, value in kwargs.items():
        try:
            typed[name] = _typed(hints.get(name, Any), value, serde)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ExampleDefect(
                f"/parameters: {name} is not what the spec declares: {exc}"
            ) from None
    return typed


_PLAIN = (str, int, float, bool, bytes)
# What a JSON string in an example may be an argument of.
_FROM_TEXT = (dt.datetime, dt.date, dt.time, dt.timedelta, decimal.Decimal, bytes, str)
_JSON = (dict, list, str, int, float, bool)


def _typed(hint: Any, value: Any, serde: Any) -> Any:
    if value is None or hint is Any or not isinstance(value, _JSON):
        # (read already: a flattened body's fields are model values, or UNSET)
        return value
    options = [h for h in typing.get_args(hint) if h is not type(None)]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        # The first option the value reads as (`Model | None`, `Enum | str`);
        # a number or a boolean as itself first (`str | int` given 10).
        for option in sorted(options, key=lambda o: not _same_kind(o, value)):
            if _reads_as(option, value):
                return _typed(option, value, serde)
        # (raises where the value's shape is none of the options': an array
        # for a str, a string for a list; a string for an int is let through)
        return _typed(options[0], value, serde) if options else value
    if origin in (list, dict) and not isinstance(value, origin):
        # (ritekit.com's `example: "jobs,hello"` for an array parameter: the
        # serialized form, not the value)
        raise TypeError(f"{_shape(value)} where the method takes a {origin.__name__}")
    if origin is list and options and isinstance(value, list):
        return [_typed(options[0], item, serde) for item in value]
    if origin is dict and len(options) == 2 and isinstance(value, dict):
        return {key: _typed(options[1], item, serde) for key, item in value.items()}
    if isinstance(value, str):
        reader = {
            dt.datetime: serde.iso_datetime,
            dt.date: serde.iso_date,
            dt.time: serde.iso_time,
            dt.timedelta: serde.iso_duration,
            decimal.Decimal: serde.decimal,
            bytes: serde.base64_bytes,
        }.get(hint)
        if reader is not None:
            return reader(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # (a decimal written as a JSON number; a date-time as seconds since
        # the epoch, as `format: unixtime` spells it)
        if hint is decimal.Decimal:
            return serde.decimal(value)
        if hint is dt.datetime:
            return serde.unixtime(value)
    if hasattr(hint, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{_shape(value)} where the method takes {hint.__name__}")
        return hint.from_dict(value)
    if isinstance(value, (dict, list)) and hint in _PLAIN:
        # (GitHub's `markdown/render-raw` example gives `{"text": ...}` for
        # a `text/plain` string body)
        raise TypeError(f"{_shape(value)} where the method takes {hint.__name__}")
    if hint is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        # (adyen's `example: 13008` for a string header: the text it spells)
        return json.dumps(value)
    return value


def _same_kind(option: Any, value: Any) -> bool:
    """An option of the very type of a plain JSON number or boolean."""
    if isinstance(value, bool):
        return option is bool
    return isinstance(value, (int, float)) and option in (int, float)


def _shape(value: Any) -> str:
    """A JSON value's kind, as a message names it."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


def _reads_as(option: Any, value: Any) -> bool:
    """Whether a JSON value can be an argument of this type."""
    origin = typing.get_origin(option) or option
    if isinstance(value, dict):
        return hasattr(option, "from_dict") or origin is dict
    if isinstance(value, list):
        return origin is list
    if isinstance(value, str):
        return option in _FROM_TEXT or (
            isinstance(option, type) and issubclass(option, str)
        )
    return True


def _no_wait(seconds: float) -> None:
    pass


async def _no_wait_async(seconds: float) -> None:
    pass


async def _call_async(
    module: Any,
    client_args: dict[str, Any],
    operation: dict[str, Any],
    kwargs: dict[str, Any],
    answer: Callable[[httpx.Request], httpx.Response],
    outcome: Replay,
) -> Any:
    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return answer(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with module.AsyncClient(
        **client_args, http_client=http, polling_interval=0
    ) as client:
        outcome.base_url = client._pipeline.base_url
        client._pipeline.sleep = _no_wait_async
        method = getattr(getattr(client, operation["group"]), operation["method"])
        _given_all_required(method, kwargs)
        kwargs = outcome.arguments = _typed_arguments(method, kwargs, module.__name__)
        if operation["kind"] == "paged":
            pages = await _pages_async(method(**kwargs).by_page())
            outcome.later_pages = pages[1:]
            return pages[0]
        result = await method(**kwargs)
        if operation["kind"] == "long_running":
            outcome.final = await result.result()
            if operation["item_name"] and hasattr(outcome.final, "by_page"):
                pages = await _pages_async(outcome.final.by_page())
                outcome.final, outcome.later_pages = list(pages[0]), pages[1:]
            return result.initial_result
        return result


def _lower_keys(mapping: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in mapping.items()}


def client_arguments(
    client_class: Any,
    client: dict[str, Any],
    params: dict[str, Any],
    operation: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The client's own arguments from an example's parameters (host
    parameters and api-version in any case), and dummies for what the
    example cannot say: credentials, required parameters it lacks."""
    arguments: dict[str, Any] = {}
    lowered = _lower_keys(params)
    for wire, argument in client["parameters"].items():
        value = lowered.get(wire.lower(), lowered.get(wire.lower().lstrip("$")))
        if value is not None:
            arguments[argument] = value
    for key in client["api_keys"]:
        if key["name"].lower() in lowered:
            arguments[key["argument"]] = lowered[key["name"].lower()]
    sent = (
        set(operation["client_parameters"]) if operation else set(client["parameters"])
    )
    if operation:
        sent |= set(re.findall(r"{([^}]+)}", operation["path"]))
    used = {argument for wire, argument in client["parameters"].items() if wire in sent}
    for name, parameter in inspect.signature(client_class.__init__).parameters.items():
        if (
            name == "self"
            or name in arguments
            or parameter.default is not inspect.Parameter.empty
        ):
            continue
        if parameter.kind in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            continue
        if name == "credential":
            arguments[name] = _DummyCredential()
        elif name not in used:
            arguments[name] = "replay-dummy"  # the operation does not send it
        else:
            raise ExampleDefect(
                f"/parameters: no value for the client's {name!r}, which the operation sends"
            )
    return arguments


def _with_scheme(client_class: Any, arguments: dict[str, Any]) -> dict[str, Any]:
    """Examples often give a host where the spec's host template takes a
    whole URL (`{url}` without a scheme prefix): such a value gets https://."""
    probe = client_class(**arguments)
    base = str(probe._pipeline.base_url)
    probe.close()
    if base.startswith(("http://", "https://")):
        return arguments
    return {
        name: (
            f"https://{value}"
            if isinstance(value, str)
            and "://" not in value
            and value
            and base.startswith(value)
            else value
        )
        for name, value in arguments.items()
    }


class _DummyToken:
    token = "replay-token"
    expires_on = 2**31


class _DummyCredential:
    def get_token(self, *scopes: str, **kwargs: Any) -> _DummyToken:
        return _DummyToken()


def arguments_for(
    operation: dict[str, Any],
    client: dict[str, Any],
    params: dict[str, Any],
    models: Any,
    ignored: list[str],
) -> dict[str, Any]:
    """Method arguments from an example's parameters, by the metadata's
    mapping. A JSON body is parsed into the model the operation takes, so
    flattened arguments get model values. Parameters the spec does not
    declare go to `ignored`; body fields it does not define are an example
    defect (a flattened body cannot carry them)."""
    skipped = {w.lower() for w in client["parameters"]} | {"content-type"}
    skipped |= {key["name"].lower() for key in client["api_keys"]}
    by_wire = _lower_keys(operation["parameters"])
    body = operation["body"] or {}
    kwargs: dict[str, Any] = {}
    grouped: dict[str, dict[str, Any]] = {}  # x-ms-parameter-grouping
    given = {wire.lower() for wire, value in params.items() if value is not None}
    for wire, info in operation["parameters"].items():
        if info.get("required") and wire.lower() not in given:
            raise ExampleDefect(
                f"/parameters/{wire}: the operation requires it; the example gives no value"
            )
    for wire, value in params.items():
        key = wire.lower()
        if value is None:
            continue  # a parameter given as null is one not given
        # (the name as written first: api2cart.com has both `ApiKey` and `apiKey`)
        info = operation["parameters"].get(wire) or by_wire.get(key)
        if info is not None and info.get("group"):
            grouped.setdefault(info["group"], {})[info["argument"]] = value
        elif (
            info is not None
        ):  # (the operation's own, even where the client has one too)
            kwargs[info["argument"]] = value
        elif key in skipped:
            continue
        elif body.get("wire_name", "").lower() == key and "flattened" in body:
            if not isinstance(value, dict):
                raise ExampleDefect(f"/parameters/{wire}: the body is not an object")
            model = _read(getattr(models, body["model"]), value, wire)
            # (read as the model reads it: x-ms-client-flatten nests fields)
            unknown = sorted(getattr(model, "additional_properties", None) or {})
            if unknown:
                raise ExampleDefect(
                    f"/parameters/{wire}: fields the spec does not define: {', '.join(unknown)}"
                )
            kwargs.update(
                {
                    argument: getattr(model, argument)
                    for argument in body["flattened"].values()
                }
            )
        elif body.get("wire_name", "").lower() == key:
            model = body.get("model")
            if model:
                value = _read(getattr(models, model), value, wire)
            elif body.get("encoding") == "binary" and isinstance(value, str):
                value = value.encode()  # (examples write an upload's bytes as text)
            kwargs[body["argument"]] = value
        elif wire in body.get("form", {}):
            argument = body["form"][wire]
            kwargs[argument] = _upload(value) if wire in body["files"] else value
        else:
            ignored.append(wire)
    by_model = {
        model: argument for argument, model in operation.get("groups", {}).items()
    }
    for model, fields in grouped.items():  # (a parameter names its group's model)
        cls = getattr(models, model)
        package = models.__name__.rsplit(".", 1)[0]
        kwargs[by_model[model]] = cls(**_typed_arguments(cls, fields, package))
    return kwargs


def _upload(value: Any) -> Any:
    """A file field's value as a client takes it: examples write an upload's
    bytes as text (an array of files as texts)."""
    if isinstance(value, list):
        return [_upload(item) for item in value]
    return value.encode() if isinstance(value, str) else value


def _read(model: Any, value: Any, wire: str) -> Any:
    """A body of the example read as the spec's model; one that does not
    read is the example's defect (a date where the spec says date-time)."""
    try:
        return model.from_dict(value)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ExampleDefect(
            f"/parameters/{wire}: the body is not what the spec declares: {exc}"
        ) from None


def expected_path(operation: dict[str, Any], params: dict[str, Any]) -> str:
    """The path the example asks for: every `{name}` of the template (the
    operation's parameters and the client's, such as subscriptionId) filled
    from the example, percent-encoded."""
    lowered = _lower_keys(params)
    raw = {w.lower() for w, info in operation["parameters"].items() if info.get("raw")}
    # (a path key's `#fragment`, which makes two keys of one path, is never sent)
    path = operation["path"].split("#", 1)[0]

    def fill(found: re.Match[str]) -> str:
        name = found.group(1).lower()
        value = lowered.get(name)
        if value is None:
            return found.group(0)
        text = wire_text(value)  # (a boolean as JSON spells it: mcw.edu's `true`)
        return text if name in raw else quote(text, safe="")

    return re.sub(r"{([^}]+)}", fill, path)


def request_problems(package: str, outcome: Replay) -> list[str]:
    """How the request differs from the example's (empty: it does not)."""
    operation = outcome.operation
    params = outcome.example.get("parameters") or {}
    lowered = {k: v for k, v in _lower_keys(params).items() if v is not None}
    if not outcome.requests:
        return ["no request was sent"]
    request = outcome.requests[0]
    problems = []
    if request.method != operation["http_method"]:
        problems.append(
            f"method {request.method}, the example's is {operation['http_method']}"
        )
    base = httpx.URL(outcome.base_url)
    path = base.path.rstrip("/") + expected_path(operation, params)
    raw = request.url.raw_path.decode()
    # (a path parameter sent as it is may carry a query of its own)
    with_query = "?" in path and (raw == path or raw.startswith(path + "&"))
    if request.url.path != path and raw.split("?")[0] != path and not with_query:
        problems.append(f"path {request.url.path}, the example's is {path}")
    query = dict(request.url.params.multi_items())
    cookies = importlib.import_module(f"{package}._examples").request_cookies(request)
    for wire, info in operation["parameters"].items():
        if wire.lower() not in lowered:
            continue
        # (the name as written first, then as any case spells it)
        given = params.get(wire)
        given = lowered[wire.lower()] if given is None else given
        if info["in"] == "query":
            value = given
            wanted = wire_text(value)
            if isinstance(value, dict) and object_in_query(
                request.url.params, wire, value
            ):
                continue
            sent = request.url.params.get_list(wire)
            if info.get("json") and len(sent) == 1:
                if not same_json(json_text(sent[0]), value):
                    problems.append(
                        f"query {wire}={sent[0]!r}, the example's is {json.dumps(value)!r} (JSON)"
                    )
                continue
            if isinstance(value, list) and deep_in_query(
                request.url.params, wire, value
            ):
                continue  # (repeated, joined, or in deepObject's brackets)
            if query.get(wire) != wanted:
                problems.append(
                    f"query {wire}={query.get(wire)!r}, the example's is {wanted!r}"
                )
        if info["in"] == "header":
            wanted = wire_text(given)
            if isinstance(given, (dict, list)) and same_json(
                json_text(request.headers.get(wire)), given
            ):
                continue  # (an object in a header: JSON, as the runtime writes it)
            if isinstance(given, dict) and request.headers.get(
                wire
            ) in simple_spellings(given):
                continue  # (a flat one in its `simple` style)
            if request.headers.get(wire) != wanted:
                problems.append(
                    f"header {wire}: {request.headers.get(wire)!r}, the example's is {wanted!r}"
                )
        if info["in"] == "cookie":
            wanted = wire_text(given)
            if cookies.get(wire) != wanted:
                problems.append(
                    f"cookie {wire}={cookies.get(wire)!r}, the example's is {wanted!r}"
                )
    body = operation["body"]
    if body and "wire_name" in body and body["wire_name"].lower() in lowered:
        expected = lowered[body["wire_name"].lower()]
        try:
            sent_body = json.loads(request.content)
        except ValueError:
            sent_body = request.content.decode(errors="replace")
        if (
            not same_json(_pruned(sent_body), _pruned(expected))
            and request.content != wire_text(expected).encode()
        ):
            pointer = f"/parameters/{body['wire_name']}"
            _read_only_sent(
                package, body, sent_body, expected, pointer, outcome.arguments
            )
            _explained_by_nulls(_pruned(sent_body), _pruned(expected), pointer)
            where = first_difference(_pruned(sent_body), _pruned(expected), pointer)
            problems.append(f"the JSON body differs from the example's {where}")
    return problems


def _pruned(value: Any) -> Any:
    """A JSON value without the empty objects in it: an empty object and an
    absent one ask the same (and a flattened client cannot send the first)."""
    if isinstance(value, dict):
        return {k: _pruned(v) for k, v in value.items() if v != {}}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


def _read_only_sent(
    package: str,
    body: dict[str, Any],
    sent: Any,
    expected: Any,
    pointer: str,
    arguments: dict[str, Any],
) -> None:
    """An example defect when the only difference is fields the spec marks
    readOnly, which the example sends and a client never does (in a model
    body, or in the models of a list or map body: mist.com's)."""
    name = body.get("model")
    if name and isinstance(expected, dict):
        model = getattr(importlib.import_module(f"{package}.models"), name)
        value: Any = model.from_dict(expected)
    else:
        value = arguments.get(str(body.get("argument")))
    writable, whole = _written(value, True), _written(value, False)
    extra = sorted(_paths(whole) - _paths(writable))
    if extra and same_json(_pruned(sent), _pruned(writable)):
        raise ExampleDefect(
            f"{pointer}: sends fields the spec marks readOnly: {', '.join(extra)}"
        )


def _written(value: Any, exclude_readonly: bool) -> Any:
    """A body argument as JSON, its models with or without read-only fields."""
    if hasattr(value, "to_dict"):
        return value.to_dict(exclude_readonly=exclude_readonly)
    if isinstance(value, list):
        return [_written(item, exclude_readonly) for item in value]
    if isinstance(value, dict):
        return {k: _written(item, exclude_readonly) for k, item in value.items()}
    return value


def _paths(value: Any, prefix: str = "") -> set[str]:
    """The JSON pointers of a value's leaves (into arrays too: xero.com's
    bodies carry their models in a list)."""
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value) if isinstance(value, list) else ()
    )
    found: set[str] = set()
    for key, inner in items:
        found |= _paths(inner, f"{prefix}/{key}") or {f"{prefix}/{key}"}
    return found or ({prefix} if prefix else set())


def response_problems(outcome: Replay) -> list[str]:
    """How the parsed result, serialized back, differs from the answer (and
    whether the empty last page ended a pager). A long-running operation is
    polled to its end and its final result compared with the example's
    final answer (200, else 201)."""
    problems = _first_answer_problems(outcome) + _final_problems(outcome)
    if any(page for page in outcome.later_pages):
        problems.append("a page after the next link's empty one has items")
    return problems


def _final_problems(outcome: Replay) -> list[str]:
    """The final result against the example's final answer, less what the
    replay itself settles: a provisioning state that had not ended, and the
    `status` a finished monitor says (the result of a POST without Location
    is the monitor's body, as in azure-core)."""
    responses = outcome.example.get("responses") or {}
    status = next((s for s in ("200", "201") if s in responses), None)
    if outcome.operation["kind"] != "long_running" or status is None:
        return []
    answer = responses[status]
    expected = answer.get("body") if isinstance(answer, dict) else None
    if expected is None or outcome.final is None:
        return []
    pointer = f"/responses/{status}/body"
    got = _plain(outcome.final)
    if isinstance(outcome.final, list):  # pages: their items against the example's
        items = outcome.operation["item_name"]
        if not isinstance(expected, dict) or not isinstance(expected.get(items), list):
            raise ExampleDefect(f"{pointer}: no {items!r} array for the page's items")
        expected, pointer = expected[items], f"{pointer}/{items}"
    elif isinstance(got, dict) and isinstance(expected, dict):
        if got.get("status") == "Succeeded" and expected.get("status") != "Succeeded":
            got = {k: v for k, v in got.items() if k != "status"}
            expected = {k: v for k, v in expected.items() if k != "status"}
        got, expected = unsettled(got), unsettled(expected)
    where = first_difference(got, expected, pointer)
    return (
        []
        if where is None
        else [f"the final result, serialized back, differs from the example's {where}"]
    )


def unsettled(body: dict[str, Any]) -> dict[str, Any]:
    """A body without its provisioningState (top level or in `properties`):
    what a replay settles so that polls end."""
    body = {k: v for k, v in body.items() if k != "provisioningState"}
    if isinstance(body.get("properties"), dict):
        body["properties"] = {
            k: v for k, v in body["properties"].items() if k != "provisioningState"
        }
    return body


def _first_answer_problems(outcome: Replay) -> list[str]:
    operation = outcome.operation
    expected = outcome.response_body
    result = outcome.result
    kind = operation["kind"]
    if kind == "exists":
        return (
            []
            if result is (200 <= outcome.status < 300)
            else [f"exists() gave {result!r}"]
        )
    if expected is None:
        return (
            []
            if result is None or kind in ("long_running",)
            else [f"no body, but the result is {type(result).__name__}"]
        )
    if kind == "paged":
        items = operation["item_name"]
        if not isinstance(expected, dict) or items not in expected:
            raise ExampleDefect(
                f"/responses/{outcome.status}/body: no {items!r} array for the page's items"
            )
        got = [_plain(item) for item in result]
        at = f"/responses/{outcome.status}/body/{items}"
        _explained_by_own_fields(result, got, expected[items], at)
        where = first_difference(got, expected[items], at)
        return (
            []
            if where is None
            else [f"the page's items differ from the example's {where}"]
        )
    if kind == "binary":
        wanted = (
            expected.encode()
            if isinstance(expected, str)
            else json.dumps(expected).encode()
        )
        return (
            []
            if result == wanted
            else ["the downloaded bytes differ from the example's"]
        )
    if kind == "long_running" or result is None:
        return []
    got = _plain(result)
    at = f"/responses/{outcome.status}/body"
    if (
        isinstance(got, str)
        and not isinstance(expected, str)
        and operation["responses"].get(str(outcome.status)) == "text"
    ):
        # (a text answer whose example is JSON, shutterstock's: served as
        # that JSON's text, which is what the client must give back)
        got = json_text(got)
    _explained_by_own_fields(result, got, expected, at)
    where = first_difference(got, expected, at)
    return (
        []
        if where is None
        else [f"the parsed answer, serialized back, differs from the example's {where}"]
    )


def _explained_by_own_fields(
    result: Any, actual: Any, expected: Any, pointer: str
) -> None:
    """An example defect when the only differences are fields the example
    leaves out that the client's models write of themselves: a required
    field of one value (slack.com's `ok: true`), a subtype's discriminator
    (Bing's `_type`). The spec requires them; the example lacks them."""
    first = result[0] if isinstance(result, list) and result else result
    module = sys.modules.get(type(first).__module__)
    own = _own_fields(module) if module is not None else {}
    if not own:
        return
    found: list[str] = []

    def without(value: Any, other: Any, at: str) -> Any:
        if isinstance(value, dict) and isinstance(other, dict):
            kept = {}
            for key, inner in value.items():
                if key not in other and json.dumps(inner) in own.get(key, ()):
                    found.append(f"{at}/{key}")
                    continue
                kept[key] = without(inner, other.get(key), f"{at}/{key}")
            return kept
        if isinstance(value, list) and isinstance(other, list):
            return [
                without(v, o, f"{at}/{i}") for i, (v, o) in enumerate(zip(value, other))
            ] + value[len(other) :]
        return value

    kept = without(actual, expected, pointer)
    if found and same_json(kept, expected):
        raise ExampleDefect(
            f"{_listed(found)}: left out of the example, where the spec requires"
            " one value (the client's model writes it: a constant, a discriminator)"
        )


@functools.lru_cache(maxsize=8)
def _own_fields(models: types.ModuleType) -> dict[str, frozenset[str]]:
    """The fields (as JSON text) each model of a package writes of itself,
    given nothing: its constants and discriminator values, by wire name."""
    found: dict[str, set[str]] = {}
    for name in getattr(models, "__all__", ()):
        cls = getattr(models, name, None)
        if not isinstance(cls, type) or not hasattr(cls, "from_dict"):
            continue
        # (a model that cannot be read from nothing writes nothing of itself)
        written = _written_of_itself(cls)
        for key, value in written.items():
            if value is not None:
                found.setdefault(key, set()).add(json.dumps(value))
    return {key: frozenset(values) for key, values in found.items()}


def _written_of_itself(cls: type) -> dict[str, Any]:
    try:
        written = cls.from_dict({}).to_dict()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - any failure: nothing written
        return {}
    return written if isinstance(written, dict) else {}


def _explained_by_nulls(actual: Any, expected: Any, pointer: str) -> None:
    """An example defect when the only differences are nulls that one side
    has and the other lacks: a null the example gives where the schema does
    not allow one (no x-nullable), which the client reads as absent; or a
    field the example leaves out where the client has null (one the schema
    requires and lets be null: GitHub's `expires_at`, read as None and
    written back as null)."""

    def without(value: Any, other: Any, at: str, found: list[str]) -> Any:
        if isinstance(value, dict) and isinstance(other, dict):
            kept = {}
            for key, inner in value.items():
                if inner is None and key not in other:
                    found.append(f"{at}/{key}")
                    continue
                kept[key] = without(inner, other.get(key), f"{at}/{key}", found)
            return kept
        if (
            isinstance(value, list)
            and isinstance(other, list)
            and len(value) == len(other)
        ):
            return [
                without(v, o, f"{at}/{i}", found)
                for i, (v, o) in enumerate(zip(value, other))
            ]
        return value

    nulls: list[str] = []  # the example's
    left_out: list[str] = []  # null in the client's, absent from the example
    stripped = without(expected, actual, pointer, nulls)
    kept = without(actual, expected, pointer, left_out)
    if not (nulls or left_out) or not same_json(kept, stripped):
        return
    found = []
    if nulls:
        found.append(
            f"{_listed(nulls)}: null where the spec's schema does not allow it"
            " (no x-nullable)"
        )
    if left_out:
        found.append(
            f"{_listed(left_out)}: left out of the example, where the client has"
            " null (a field the spec requires, that may be null)"
        )
    raise ExampleDefect("; ".join(found))


def _listed(pointers: list[str]) -> str:
    more = len(pointers) - 3
    return ", ".join(pointers[:3]) + (f" and {more} more" if more > 0 else "")


def first_difference(actual: Any, expected: Any, pointer: str) -> str | None:
    """Where two JSON values first differ (see same_json), as `at POINTER:
    ...`; None when they do not. Nulls the client cannot keep are the
    example's defect (see _explained_by_nulls)."""
    if same_json(actual, expected):
        return None
    _explained_by_nulls(actual, expected, pointer)
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                return f"at {pointer}/{key}: missing from the client's"
        for key in actual:
            if key not in expected:
                return (
                    f"at {pointer}/{key}: only in the client's ({_short(actual[key])})"
                )
        for key in expected:
            found = first_difference(actual[key], expected[key], f"{pointer}/{key}")
            if found is not None:
                return found
    if (
        isinstance(expected, list)
        and isinstance(actual, list)
        and len(actual) == len(expected)
    ):
        for index, (a, e) in enumerate(zip(actual, expected)):
            found = first_difference(a, e, f"{pointer}/{index}")
            if found is not None:
                return found
    return (
        f"at {pointer}: the client's {_short(actual)}, the example's {_short(expected)}"
    )


def _short(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 80 else text[:77] + "..."


def _plain(value: Any) -> Any:
    """A result as the client writes it (the runtime's own writer): a model
    as its dict, a date-time in ISO 8601, bytes in base64, an enum's value."""
    return runtime_serde().one_of_to_wire(value)


def summary(verdicts: list[Verdict]) -> str:
    counts = {kind: sum(v.kind == kind for v in verdicts) for kind in VERDICTS}
    return (
        f"{len(verdicts)} replayed, {counts['client defect']} client defects,"
        f" {counts['example defect']} example defects, {counts['unsupported']} unsupported"
    )
