"""Render a ClientSpec into the source files of its package (unformatted)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from ..ir.model import (
    ClientParameter,
    ClientSpec,
    Example,
    Operation,
    OperationGroup,
    TypeRef,
)
from .docstrings import docstring, normalize
from .environment import HEADER, RUNTIME, environment
from .expressions import BUILTIN_TYPES, TypeExpressions
from .imports import resolve_imports
from .layout import (
    Collection,
    call,
    def_header,
    import_line,
    value_lines,
)
from .literals import comment, md_code, md_text, py_literal, py_str
from .models_module import models_text
from .operations import ASYNC, SYNC, OperationViews, wrapper_lines
from .readme import operation_docs
from .xml_shapes import XmlShapes


def user_owned_files() -> dict[str, str]:
    """Files written only when absent, and never overwritten or removed."""
    return {"_patch.py": environment().get_template("_patch.py.jinja").render()}


# Async group modules rendered per task (see pipeline.UNITS_PER_TASK).
GROUPS_PER_TASK = 4


def async_group_tasks(
    client: ClientSpec, spec_display: str
) -> list[Callable[[], dict[str, str]]]:
    """The async operation group modules, a few groups per task, imports
    resolved: what `render_package` renders without `async_modules`."""
    header = HEADER.format(spec=comment(spec_display))
    operation_types = _operation_types(client)
    xml = XmlShapes(client)
    groups = client.groups
    return [
        partial(
            _group_modules,
            client,
            header,
            ASYNC,
            groups[start : start + GROUPS_PER_TASK],
            operation_types,
            xml,
        )
        for start in range(0, len(groups), GROUPS_PER_TASK)
    ]


def _operation_types(client: ClientSpec) -> TypeExpressions:
    """Type expressions as operation modules write them (`_models.` names;
    a method named like a builtin type shadows it in its class)."""
    method_names = {o.method_name for g in client.groups for o in g.operations}
    method_names |= {name + "_stream" for name in method_names}
    return TypeExpressions(
        {e.name: e for e in client.enums},
        prefix="_models.",
        shadowed=frozenset(method_names & BUILTIN_TYPES),
        unions={u.name: u for u in client.unions},
    )


def _group_modules(
    client: ClientSpec,
    header: str,
    flavor: Any,
    groups: Sequence[OperationGroup],
    operation_types: TypeExpressions,
    xml: XmlShapes,
    view: Callable[[Operation], Any] | None = None,
) -> dict[str, str]:
    """The module of each group in one flavor, imports resolved. (The XML
    shapes are all made when `xml` is: any process renders the same.)"""
    template = environment().get_template("_operations.py.jinja")
    if view is None:
        view = _memo(OperationViews(client, operation_types, flavor, xml).view)
    index = "_operations" if flavor is SYNC else "_async_operations"
    modules = {}
    for group in groups:
        module = group_module(index, group.attribute)
        class_name = flavor.group_class(group.class_name)
        modules[f"{module}.py"] = resolve_imports(
            template.render(
                header=header,
                client=client,
                groups=[group],
                flavor=flavor,
                exported=[class_name],
                view=view,
                wrapper_lines=partial(wrapper_lines, view=view),
            )
        )
    return modules


def render_package(
    client: ClientSpec,
    spec_display: str,
    package_version: str | None = None,
    models: str | None = None,
    async_modules: bool = True,
) -> tuple[dict[str, str], dict[str, str]]:
    """(generated, copied): relative path -> text. Generated modules still need
    formatting; copied ones (the runtime, py.typed) are final as they are.
    `models`: the models module as rendered elsewhere (in units: pipeline);
    without `async_modules`, the async group modules are left to
    `async_group_tasks`."""
    header = HEADER.format(spec=comment(spec_display))
    env = environment()
    files: dict[str, str] = {}

    if models is None:
        models = models_text(client, spec_display)
    files["models.py"] = models

    operation_types = _operation_types(client)
    xml = XmlShapes(client)
    sync_view = _memo(OperationViews(client, operation_types, SYNC, xml).view)
    for index, flavor in (("_operations", SYNC), ("_async_operations", ASYNC)):
        if flavor is SYNC or async_modules:
            files.update(
                _group_modules(
                    client,
                    header,
                    flavor,
                    client.groups,
                    operation_types,
                    xml,
                    sync_view if flavor is SYNC else None,
                )
            )
        entries = []
        for group in client.groups:
            module = group_module(index, group.attribute)
            class_name = flavor.group_class(group.class_name)
            entries.append(
                (class_name, module, import_line(f".{module}", class_name, 4))
            )
        files[f"{index}.py"] = env.get_template("_operations_index.py.jinja").render(
            header=header, entries=sorted(entries)
        )
    files["_client.py"] = env.get_template("_client.py.jinja").render(
        header=header, **_client_context(client)
    )
    files["__init__.py"] = env.get_template("__init__.py.jinja").render(
        header=header,
        package_docstring=docstring([client.title, client.description], 0),
        version=package_version or pep440_version(client.version),
    )
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(
        spec=comment(spec_display),
        distribution=client.package.replace("_", "-"),
        version=package_version or pep440_version(client.version),
        title=" ".join(client.title.split()) or client.package,
        package=client.package,
    )

    def method_of(op: Operation) -> tuple[str, tuple[str, ...], str]:
        method = sync_view(op).methods[0]
        return method.name, method.parameters, method.returns

    files["README.md"] = env.get_template("README.md.jinja").render(
        spec=spec_display,
        package=client.package,
        reference=operation_docs(client, method_of),
        **_readme_context(client),
    )
    files["_metadata.py"] = env.get_template("_metadata.py.jinja").render(
        header=header,
        client_metadata=_pretty(_client_metadata(client)),
        operations_metadata=_pretty(_operations_metadata(client)),
    )
    files["models.py"] = resolve_imports(files["models.py"])
    examples = examples_json(client)
    if examples is not None:
        files["_examples.json"] = examples
    if xml.used:
        shapes = xml.view()
        files["_xml_shapes.py"] = env.get_template("_xml_shapes.py.jinja").render(
            header=header, shapes=shapes.shapes, roots=shapes.roots
        )
    copied = {
        source.name: source.read_text(encoding="utf-8")
        for source in sorted(RUNTIME.glob("*.py"))
        # Only clients with XML bodies carry the XML runtime.
        if source.name != "_xml.py" or xml.used
    }
    copied["py.typed"] = ""
    return files, copied


def _group_property(attribute: str, class_name: str, is_async: bool) -> dict[str, str]:
    """The parts of a client's property for one operation group, laid out
    as black lays out a long one."""
    class_name = ("Async" if is_async else "") + class_name
    module = group_module("_async_operations" if is_async else "_operations", attribute)
    header = def_header(attribute, "self", class_name, 4)
    imported = import_line(f".{module}", class_name, 8)
    return {
        "attribute": attribute,
        "class_name": class_name,
        "header": header,
        "import_": imported,
    }


# The longest module name of an operation group. A group's attribute may be
# as long as a spec's path (Microsoft Graph beta's run to 270 characters):
# its module's file name must stay well inside a file system's 255 bytes with
# the writer's temporary suffix, and inside Windows' 260-character paths
# with the folder a vendored package sits in and `__pycache__`'s names.
MAX_MODULE_NAME = 100


def group_module(index: str, attribute: str) -> str:
    """The module of one operation group: `_operations_files` for the sync
    `files` group, `_async_operations_files` for the async one; a name
    longer than MAX_MODULE_NAME is cut and ends with a digest of the whole
    attribute instead (attributes are distinct, and so stay their modules)."""
    name = f"{index}_{attribute}"
    if len(name) <= MAX_MODULE_NAME:
        return name
    digest = hashlib.sha256(attribute.encode()).hexdigest()[:12]
    return f"{name[: MAX_MODULE_NAME - 13].rstrip('_')}_{digest}"


def pep440_version(version: str) -> str:
    """A package version from the API's: `2023-06-01-preview` -> `2023.6.1b0`."""
    numbers = [str(int(n)) for n in re.findall(r"\d+", version)][:4] or ["0"]
    lowered = version.lower()
    suffix = (
        "a0"
        if "alpha" in lowered
        else "b0" if ("preview" in lowered or "beta" in lowered) else ""
    )
    return ".".join(numbers) + suffix


def _readme_context(client: ClientSpec) -> dict[str, Any]:

    def one_line(text: str) -> str:
        return md_text(normalize(text).split("\n")[0] if text else "")

    rows = []
    for group in client.groups:
        for op in group.operations:
            names = [("begin_" if op.long_running else "") + op.method_name]
            if op.returns_binary:
                names.append(op.method_name + "_stream")
            for name in names:
                rows.append(
                    {
                        "call": md_code(f"client.{group.attribute}.{name}(...)"),
                        "http": md_code(f"{op.http_method} {op.display_path}"),
                        "summary": one_line(op.summary or op.description),
                    }
                )
    arguments = [
        f'{p.python_name}="https://..."'
        for p in client.client_parameters
        if p.location == "host"
    ]
    if client.api_key is not None:
        arguments.append('api_key="..."')
    elif client.basic_auth:
        arguments.append('basic_auth=("user", "password")')
    elif not client.credential_scopes:
        arguments.append('token="..."')
    else:
        arguments.append("credential=...")
    version = next(
        (p.default for p in client.client_parameters if p.wire_name == "api-version"),
        None,
    )
    return {
        "title": md_text(client.title) or client.package,
        "description": normalize(client.description),
        "api_version": md_text(str(version or client.version)),
        "example_arguments": ", ".join(arguments),
        "operations": rows,
    }


def _memo(function: Any) -> Any:
    results: dict[int, Any] = {}

    def memoized(value: Any) -> Any:
        key = id(value)
        if key not in results:
            results[key] = function(value)
        return results[key]

    return memoized


def _client_context(client: ClientSpec) -> dict[str, Any]:
    positional: list[str] = []
    keyword: list[str] = []
    # Positional: the endpoint's parts, then (for a client that only takes
    # Entra ID tokens) the credential, then the rest, as Azure SDKs order them:
    # SecretClient(vault_url, credential), ...ManagementClient(credential,
    # subscription_id).
    after_credential: list[str] = []
    for p in client.client_parameters:
        if p.constant is not None:
            continue  # sent by the client itself
        declaration = f"{p.python_name}: {_client_parameter_annotation(p.type)}"
        if p.default is not None:
            keyword.append(f"{declaration} = {py_literal(p.default)}")
        elif p.required and p.location in ("host", "path"):
            (positional if p.location == "host" else after_credential).append(
                declaration
            )
        elif p.required:
            keyword.append(declaration)
        else:
            keyword.append(f"{declaration} | None = None")
    positional += after_credential
    if client.api_key is not None:
        positional.append("api_key: str | None = None")
    credential_first = client.api_key is None and bool(client.credential_scopes)
    host_values = [
        f"{py_str(p.python_name)}: ({p.python_name}, {p.skip_url_encoding})"
        for p in client.client_parameters
        if p.location == "host"
    ]
    if host_values:
        arguments = [py_str(client.host_template), "{" + ", ".join(host_values) + "}"]
        if client.host_scheme:
            arguments.append(py_str(client.host_scheme))
        base_url_setup = call("base_url = format_host", arguments, "", 12)
        keyword.append("base_url: str | None = None")
        base_url_doc = (
            "The service's root URL, used instead of the one built from the host"
            " parameters (a proxy, a staging service, a local mock)."
        )
    else:
        base_url_setup = ""
        keyword.append(f"base_url: str = {py_str(client.host_template)}")
        base_url_doc = (
            "The service's root URL; another one points the client at a proxy,"
            " a staging service or a local mock."
        )
    if client.servers:
        listed = "; ".join(
            f"`{url}`" + (f" ({description})" if description else "")
            for url, description in client.servers
        )
        base_url_doc += (
            f" The spec lists these servers (the first is the default): {listed};"
            " `Client.SERVERS` holds their URLs in this order."
        )
    api_key_auth = "api_key=None,"
    keys = [[py_str(k.name), k.argument, py_str(k.location)] for k in client.api_keys]
    if len(keys) == 1:
        api_key_auth = call("api_key=ApiKeyAuth.from_key", keys[0], ",", 16)
    elif keys:
        # (several keys asked for together: each one given is sent)
        api_key_auth = call(
            "api_key=ApiKeyAuth.combine",
            [f"ApiKeyAuth.from_key({', '.join(k)})" for k in keys],
            ",",
            16,
        )
    if client.basic_auth:
        api_key_auth += "\n                basic=BasicAuth.from_pair(basic_auth),"
    scopes = py_literal(tuple(client.credential_scopes))
    args = [
        (p.python_name, p.description)
        for p in client.client_parameters
        if p.constant is None
    ]
    args += [
        (k.argument, k.description or f"The {k.name} key.") for k in client.api_keys
    ]
    if client.basic_auth:
        args.append(("basic_auth", "(user name, password) for HTTP Basic."))
    args.append(("base_url", base_url_doc))
    args += [
        (
            "token",
            (
                "A bearer token, or a callable that returns one (asked on every request)."
                if client.token_scheme == "Bearer"
                else f"A token sent as `Authorization: {client.token_scheme} <token>`,"
                " or a callable that returns one (asked on every request)."
            ),
        ),
        (
            "credential",
            (
                "A token credential (any object with `get_token(*scopes)`, such as"
                " azure-identity's); its token is cached until shortly before it"
                " expires."
            ),
        ),
        ("credential_scopes", "The scopes to ask the credential for."),
        (
            "http_client",
            "An httpx client to send requests with (proxies, mounts, transports); the caller closes it.",
        ),
        (
            "timeout",
            "Seconds, or an httpx.Timeout with connect and read limits, for every request unless a call says otherwise.",
        ),
        (
            "max_retries",
            "How often to retry a request that failed in a way worth retrying (0 disables).",
        ),
        (
            "polling_interval",
            "Seconds between polls of a long-running operation when the service does not say.",
        ),
        (
            "deadline",
            "Seconds a whole call may take (every attempt, wait and body read), unless a call says otherwise; None: no limit.",
        ),
        (
            "credential_hosts",
            (
                "Hosts besides the endpoint's own that may receive the credentials (https only;"
                ' "*.example.com" covers subdomains), for services that page or poll on another host.'
            ),
        ),
        (
            "enforce_https",
            f"Refuse to send a bearer token{' or a password' if client.basic_auth else ''} over plain http (False only for a local test server).",
        ),
        (
            "idempotency_header",
            (
                "A header the service deduplicates requests by (such as Idempotency-Key): each POST"
                " or PATCH then carries a fresh key, the same on every retry, and is retried like a GET."
            ),
        ),
        (
            "max_body_size",
            "The most bytes a response body (or an event-stream line) may take in memory.",
        ),
    ]
    groups = ", ".join(f"`{g.attribute}`" for g in client.groups)
    clients = []
    for is_async in (False, True):
        token_type = (
            "str | Callable[[], str] | Callable[[], Awaitable[str]]"
            if is_async
            else "str | Callable[[], str]"
        )
        credential_type = (
            "TokenCredential | AsyncTokenCredential" if is_async else "TokenCredential"
        )
        http_client_type = "httpx.AsyncClient" if is_async else "httpx.Client"
        name = "AsyncClient" if is_async else "Client"
        intro = (
            "The async twin of `Client`: the same operations, awaited."
            if is_async
            else f"{client.title}."
        )
        clients.append(
            {
                "name": name,
                "is_async": is_async,
                "pipeline": "AsyncPipeline" if is_async else "Pipeline",
                "group_prefix": "Async" if is_async else "",
                "groups": [
                    _group_property(g.attribute, g.class_name, is_async)
                    for g in client.groups
                ],
                "positional": (
                    [
                        *positional[: len(positional) - len(after_credential)],
                        f"credential: {credential_type} | None"
                        + ("" if after_credential else " = None"),
                        *after_credential,
                    ]
                    if credential_first
                    else positional
                ),
                "keyword": [
                    *keyword,
                    *(f"{k.argument}: str | None = None" for k in client.api_keys[1:]),
                    *(
                        ["basic_auth: tuple[str, str] | None = None"]
                        if client.basic_auth
                        else []
                    ),
                    f"token: {token_type} | None = None",
                    *(
                        []
                        if credential_first
                        else [f"credential: {credential_type} | None = None"]
                    ),
                    f"credential_scopes: Sequence[str] = {scopes}",
                    f"http_client: {http_client_type} | None = None",
                    "timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT",
                    "max_retries: int = DEFAULT_MAX_RETRIES",
                    "polling_interval: float = 1.0",
                    "deadline: float | None = None",
                    "credential_hosts: Sequence[str] = ()",
                    "enforce_https: bool = True",
                    "idempotency_header: str | None = None",
                    "max_body_size: int = DEFAULT_MAX_BODY_SIZE",
                ],
                "docstring": docstring(
                    [
                        intro,
                        "" if is_async else client.description,
                        f"Operation groups: {groups}.",
                    ],
                    4,
                    [("Args", args)],
                ),
            }
        )
    return {
        "client": client,
        "clients": clients,
        "servers": value_lines(
            "SERVERS: ClassVar[tuple[str, ...]] = ",
            Collection("(", tuple(py_str(url) for url, _ in client.servers), ")"),
            "",
            4,
        ),
        "base_url_setup": base_url_setup,
        "api_key_auth": api_key_auth,
        "token_scheme": py_str(client.token_scheme),
        "uses_format_host": bool(host_values),
        "uses_pipeline_module": any(
            "_pipeline." in _client_parameter_value(p)
            or (p.required and p.default is None and p.constant is None)
            for p in client.client_parameters
        ),
        "required_client_parameters": (
            call(
                "_pipeline.require",
                [
                    f"{p.python_name}={p.python_name}"
                    for p in client.client_parameters
                    if p.required and p.default is None and p.constant is None
                ],
                "",
                8,
            )
            if any(
                p.required and p.default is None and p.constant is None
                for p in client.client_parameters
            )
            else ""
        ),
        "client_parameter_entries": [
            f"{py_str(p.wire_name)}: ({py_str(_where(p))}, {_client_parameter_value(p)})"
            for p in client.client_parameters
            if p.location in ("query", "header", "path")
        ],
    }


def _where(p: Any) -> str:
    """Where the pipeline puts a client parameter's value."""
    if p.location == "path" and p.skip_url_encoding:
        return "path-raw"  # x-ms-skip-url-encoding: inserted as it is
    return str(p.location)


def _client_parameter_annotation(t: TypeRef) -> str:
    """Client parameters are plain values (an enum's value as a string), so
    that the client module needs no models."""
    if t.kind == "list":
        return f"list[{_client_parameter_annotation(t.item or TypeRef('str'))}]"
    return {"int": "int", "float": "float", "bool": "bool"}.get(t.kind, "str")


def _client_parameter_value(p: ClientParameter) -> str:
    if p.constant is not None:
        return py_str(p.constant)
    if p.type.kind == "list":
        joined = f'",".join(_pipeline.query_value(v) for v in {p.python_name})'
        return (
            joined
            if p.required or p.default is not None
            else f"None if {p.python_name} is None else {joined}"
        )
    if p.type.kind in ("int", "float", "bool"):
        value = f"_pipeline.query_value({p.python_name})"
        return (
            value
            if p.required or p.default is not None
            else f"None if {p.python_name} is None else {value}"
        )
    return p.python_name


def _client_metadata(client: ClientSpec) -> dict[str, Any]:
    return {
        "parameters": {
            p.wire_name: p.python_name
            for p in client.client_parameters
            if p.constant is None
        },
        "api_keys": [
            {"name": k.name, "in": k.location, "argument": k.argument}
            for k in client.api_keys
        ],
    }


def _operations_metadata(client: ClientSpec) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for group in client.groups:
        for op in group.operations:
            kind = (
                "long_running"
                if op.long_running
                else (
                    "binary"
                    if op.returns_binary
                    else (
                        "paged"
                        if op.paging
                        else "exists" if op.exists_check else "plain"
                    )
                )
            )
            body: dict[str, Any] | None = None
            if op.body is not None:
                if op.body.flattened:
                    body = {
                        "wire_name": op.body.wire_name,
                        "model": op.body.type.name if op.body.type else None,
                        "flattened": {
                            p.wire_name: p.python_name for p in op.body.flattened
                        },
                    }
                elif op.body.form_fields:
                    body = {
                        "form": {
                            f.wire_name: f.python_name
                            for f in op.body.form_fields
                            if f.constant is None
                        },
                        "files": [
                            f.wire_name for f in op.body.form_fields if f.is_file
                        ],
                    }
                else:
                    body = {
                        "wire_name": op.body.wire_name,
                        "argument": op.body.python_name,
                        "encoding": op.body.encoding,
                        "model": (
                            op.body.type.name
                            if op.body.type and op.body.type.kind == "model"
                            else None
                        ),
                    }
            result[op.operation_id] = {
                "group": group.attribute,
                "method": ("begin_" if op.long_running else "") + op.method_name,
                "kind": kind,
                "http_method": op.http_method,
                "path": op.path,
                "parameters": {
                    p.wire_name: {
                        "argument": p.python_name,
                        "in": p.location,
                        **(
                            {"required": True}
                            if p.required and p.client_default is None
                            else {}
                        ),
                        **({"raw": True} if p.skip_url_encoding else {}),
                        **({"group": p.group} if p.group else {}),
                        # (a `content: application/json` parameter: JSON text)
                        **({"json": True} if p.style == "json" else {}),
                    }
                    for p in op.parameters
                },
                "groups": {g.python_name: g.model for g in op.parameter_groups},
                "client_parameters": list(op.client_parameters),
                "body": body,
                "content_type": op.body.content_type if op.body else None,
                "responses": {r.status: r.content for r in op.responses},
                "event_stream": op.event_stream.parameter if op.event_stream else None,
                "item_name": op.paging.item_name if op.paging else None,
                "next_link_name": op.paging.next_link_name if op.paging else None,
                "query": dict(op.constant_query),
            }
    return result


def examples_json(client: ClientSpec) -> str | None:
    """The spec's examples as the package's `_examples.json` (data that its
    ExampleTransport reads, never code): operationId -> examples, one per
    line. None when the spec has none."""
    entries = []
    for group in client.groups:
        for op in group.operations:
            if not op.examples:
                continue
            lines = ["    " + _titled(e) for e in op.examples]
            entries.append(
                f"  {json.dumps(op.operation_id)}: [\n" + ",\n".join(lines) + "\n  ]"
            )
    if not entries:
        return None
    return "{\n" + ",\n".join(entries) + "\n}\n"


def _titled(example: Example) -> str:
    """`{"title": ..., "parameters": ..., "responses": ...}` as json.dumps
    writes it: the title put in front of the example's text (`example_of`),
    which is not parsed and written again (GitHub's are 3 MB)."""
    title = json.dumps(example.title, ensure_ascii=False)
    return f'{{"title": {title}, {example.data[1:]}'


def _pretty(value: Any, indent: int = 0) -> str:
    """A literal laid out one item per line with trailing commas, as black keeps it."""
    pad = "    " * (indent + 1)
    if isinstance(value, dict) and value:
        items = "".join(
            f"{pad}{py_str(k)}: {_pretty(v, indent + 1)},\n" for k, v in value.items()
        )
        return "{\n" + items + "    " * indent + "}"
    if isinstance(value, list) and value:
        items = "".join(f"{pad}{_pretty(v, indent + 1)},\n" for v in value)
        return "[\n" + items + "    " * indent + "]"
    return py_literal(value)
