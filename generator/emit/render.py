"""Render a ClientSpec into the source files of its package (unformatted)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

import jinja2

from ..ir.model import (
    ClientSpec,
    Enum,
    Example,
    Model,
    Operation,
    OperationGroup,
    Property,
    TypeRef,
    UnionType,
)
from ..ir.names import constant_case
from .docstrings import default_note, docstring, normalize
from .expressions import TypeExpressions
from .imports import IMPORTS_MARKER, resolve_imports
from .layout import (
    LINE_LENGTH,
    Collection,
    Operand,
    assign_call,
    call,
    class_header,
    condition_lines,
    declaration_lines,
    def_header,
    import_line,
    join_lines,
    return_call,
    returns_lines,
    subscript_lines,
    value_lines,
)
from .literals import comment, md_code, md_text, py_literal, py_str, toml_str
from .operations import ASYNC, SYNC, OperationViews, wrapper_lines
from .readme import fence, operation_docs
from .unions import alias_lines, reader_lines
from .xml_shapes import XmlShapes


def _templates_folder() -> Path:
    """templates/ at the top of the source tree, or inside the installed package."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "templates"
    return (
        installed
        if (installed / "models.py.jinja").is_file()
        else package.parent / "templates"
    )


TEMPLATES = _templates_folder()
RUNTIME = TEMPLATES / "runtime"

HEADER = "# Generated from {spec}; do not edit (regenerate instead)."

# Names a class body must not shadow in its own annotations.
_BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        # Compiling the templates costs more than rendering them; the cache is
        # keyed by each template's source, so an edited template recompiles.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
    )
    env.filters["py"] = py_literal
    env.filters["all_sorted"] = all_sorted
    env.filters["toml"] = toml_str
    env.filters["md"] = md_text
    env.filters["md_code"] = md_code
    env.filters["fence"] = fence
    env.globals["docstring"] = docstring
    env.globals["def_header"] = def_header
    env.globals["class_header"] = class_header
    env.globals["assign_call"] = assign_call
    env.globals["return_call"] = return_call
    env.globals["subscript"] = _subscript
    env.globals["declare"] = lambda text, indent, tail="": join_lines(
        declaration_lines(text, indent, tail), indent
    )
    env.globals["returns"] = lambda text, tail, indent: join_lines(
        returns_lines(text, tail, indent), indent
    )
    # Text that normalizes to nothing (blanks, control characters) makes no docstring.
    env.tests["prose"] = lambda text: bool(text) and bool(normalize(text))
    env.globals["IMPORTS"] = IMPORTS_MARKER
    return env


def _subscript(prefix: str, annotation: str) -> str:
    """`prefix + outer[inner]` at column 0, split in its brackets as black
    splits one too long."""
    whole = prefix + annotation
    if len(whole) <= LINE_LENGTH:
        return whole
    return join_lines(subscript_lines(prefix, annotation, "", 0) or [whole], 0)


def user_owned_files() -> dict[str, str]:
    """Files written only when absent, and never overwritten or removed."""
    return {"_patch.py": environment().get_template("_patch.py.jinja").render()}


# Models rendered (and formatted) per task when two processes share the
# work (`pipeline`): small enough for the two to finish together.
MODELS_PER_TASK = 150


def models_tasks(client: ClientSpec, spec_display: str) -> list[Callable[[], str]]:
    """The models module in parts, in order: the head (imports marker,
    `__all__`, enums), the models a few at a time, the tail (subtype
    tables, aliases). Joined, they are the module before its imports are
    resolved (what `render_package` puts in the package)."""
    template = environment().get_template("models.py.jinja")
    header = HEADER.format(spec=comment(spec_display))
    enums = {e.name: e for e in client.enums}
    unions = {u.name: u for u in client.unions}
    models = _bases_first(client.models)

    def part(chunk: list[Model], head: bool = False, tail: bool = False) -> str:
        # (what only the head or the tail writes is worked out in its task)
        context = {
            **(_models_head(client, header) if head else {}),
            **(_models_tail(client, models, enums, unions) if tail else {}),
        }
        views = [_model_view(model, enums, unions) for model in chunk]
        return template.render(**context, views=views, head=head, tail=tail)

    return [
        partial(part, [], head=True),
        *(
            partial(part, models[start : start + MODELS_PER_TASK])
            for start in range(0, len(models), MODELS_PER_TASK)
        ),
        partial(part, [], tail=True),
    ]


# Async group modules rendered per task (see MODELS_PER_TASK).
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
        shadowed=frozenset(method_names & _BUILTIN_TYPES),
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


def _models_head(client: ClientSpec, header: str) -> dict[str, Any]:
    """What the models module's head writes: `__all__` and the enums."""
    return {
        "header": header,
        "exported": all_sorted(
            [
                *(e.name for e in client.enums),
                *(m.name for m in client.models),
                *(a.name for a in client.list_aliases),
                *(u.alias for u in client.unions if u.alias),
            ]
        ),
        "enums": sorted(client.enums, key=lambda e: e.name),
        "enum_docstring": lambda e: _enum_docstring(e),
    }


def _models_tail(
    client: ClientSpec,
    models: list[Model],
    enums: dict[str, Enum],
    unions: dict[str, UnionType],
) -> dict[str, Any]:
    """What the models module's tail writes: subtype tables and aliases."""
    types = TypeExpressions(enums, unions=unions)
    return {
        "subtyped": [m for m in models if m.subtypes],
        "subtypes_name": _subtypes_name,
        "list_aliases": client.list_aliases,
        "union_aliases": alias_lines(client.unions, types),
        "union_readers": reader_lines(
            client.unions, types, {m.name: m for m in client.models}
        ),
        "types": types,
    }


@dataclass(frozen=True)
class ModelView:
    """What the models template writes for one model, each piece as text:
    the template lays the pieces out and calls nothing per field (a call
    from a template costs Jinja several times what the call itself does,
    and a big spec's models have 40,000 fields)."""

    model: Model
    header: str  # `class Name(Base):`
    docstring: str
    declarations: tuple[str, ...]  # the dataclass fields the class adds
    wire_names: tuple[str, ...]
    containers: list[tuple[tuple[str, ...], list[str]]]  # see _nested_names
    from_dict_header: str
    subtypes_name: str
    from_wire: tuple[str, ...]  # a statement of from_dict per field
    to_wire: tuple[tuple[str, str], ...]  # each field's `if` and to_dict statement


def _model_view(
    model: Model, enums: dict[str, Enum], unions: dict[str, UnionType]
) -> ModelView:
    types = _types_for(model, enums, unions)
    return ModelView(
        model=model,
        header=class_header(model.name, model.base or ""),
        docstring=_model_docstring(model),
        declarations=tuple(
            join_lines(
                declaration_lines(
                    f"{p.python_name}: {types.declaration(p, True)}", 4, ""
                ),
                4,
            )
            for p in model.own_properties
        ),
        wire_names=tuple(dict.fromkeys(p.top_wire_name for p in model.properties)),
        containers=_nested_names(model),
        from_dict_header=def_header(
            "from_dict", "cls, data: Mapping[str, Any]", model.name, 4
        ),
        subtypes_name=_subtypes_name(model),
        from_wire=tuple(types.field_from_wire(p, 8) for p in model.properties),
        to_wire=tuple(
            (
                join_lines(condition_lines(_sent_when(p), 8), 8),
                types.field_to_wire(p, 12),
            )
            for p in model.properties
        ),
    )


def _sent_when(p: Property) -> list[Operand]:
    """What to_dict asks before it writes a field: that it is set (None is
    a value of a nullable field, UNSET is not), and not read-only where
    read-only fields are left out."""
    operands: list[Operand] = [
        (
            ("not isinstance", [f"self.{p.python_name}", "_serde.Unset"])
            if p.nullable
            else f"self.{p.python_name} is not None"
        )
    ]
    if p.read_only:
        operands.append("not exclude_readonly")
    return operands


def _subtypes_name(model: Model) -> str:
    return f"_{constant_case(model.name)}_SUBTYPES"


def render_package(
    client: ClientSpec,
    spec_display: str,
    package_version: str | None = None,
    models: str | None = None,
    async_modules: bool = True,
) -> tuple[dict[str, str], dict[str, str]]:
    """(generated, copied): relative path -> text. Generated modules still need
    formatting; copied ones (the runtime, py.typed) are final as they are.
    `models`: the models module as `models_tasks` rendered it elsewhere;
    without `async_modules`, the async group modules are left to
    `async_group_tasks`."""
    header = HEADER.format(spec=comment(spec_display))
    env = environment()
    files: dict[str, str] = {}

    if models is None:
        models = "".join(part() for part in models_tasks(client, spec_display))
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


def group_module(index: str, attribute: str) -> str:
    """The module of one operation group: `_operations_files` for the sync
    `files` group, `_async_operations_files` for the async one."""
    return f"{index}_{attribute}"


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


def all_sorted(names: Any) -> list[str]:
    """The order ruff expects in `__all__`: CONSTANTS, Classes, the rest; each
    group in (case-sensitive) natural order."""

    def key(name: str) -> tuple[int, list[Any]]:
        kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
        parts = re.split(r"(\d+)", name)
        return kind, [int(p) if p.isdigit() else p for p in parts]

    return sorted(names, key=key)


def _bases_first(models: tuple[Model, ...]) -> list[Model]:
    """Models by name, each after its base class (Python needs the base first)."""
    by_name = {m.name: m for m in models}
    ordered: list[Model] = []
    placed: set[str] = set()
    # (a loop, not a nested function calling itself: that is a reference
    # cycle, which keeps every model alive until the cyclic collector runs)
    for model in sorted(models, key=lambda m: m.name):
        chain: list[Model] = []
        step: Model | None = model
        while step is not None and step.name not in placed:
            placed.add(step.name)
            chain.append(step)
            step = by_name.get(step.base) if step.base is not None else None
        ordered.extend(reversed(chain))
    return ordered


def _memo(function: Any) -> Any:
    results: dict[int, Any] = {}

    def memoized(value: Any) -> Any:
        key = id(value)
        if key not in results:
            results[key] = function(value)
        return results[key]

    return memoized


def _types_for(
    model: Model, enums: dict[str, Enum], unions: dict[str, UnionType]
) -> TypeExpressions:
    shadowed = {p.python_name for p in model.properties} & _BUILTIN_TYPES
    return TypeExpressions(enums, shadowed=frozenset(shadowed), unions=unions)


def _enum_docstring(enum: Enum) -> str:
    note = (
        "Extensible: values the service adds later are accepted as members too."
        if enum.extensible
        else ""
    )
    return docstring([enum.description or enum.name, note], 4)


def _model_docstring(model: Model) -> str:
    attributes = []
    for p in model.properties:
        flags = []
        if p.required and p.constant is None:
            flags.append("required")
        if p.read_only:
            flags.append("read-only")
        if p.constant is not None:
            flags.append(f"constant: always {json.dumps(p.constant)}")
        prefix = f"({', '.join(flags)}) " if flags else ""
        attributes.append((p.python_name, prefix + p.description + default_note(p)))
    attributes.append(
        (
            "additional_properties",
            "Fields the service sent that the spec does not define; sent back as they are.",
        )
    )
    return docstring([model.description or model.name], 4, [("Attributes", attributes)])


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
            keyword.append(f"{declaration} = {py_str(p.default)}")
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
    if client.api_key is not None:
        arguments = [
            py_str(client.api_key.name),
            "api_key",
            py_str(client.api_key.location),
        ]
        api_key_auth = call("api_key=ApiKeyAuth.from_key", arguments, ",", 16)
    scopes = py_literal(tuple(client.credential_scopes))
    args = [
        (p.python_name, p.description)
        for p in client.client_parameters
        if p.constant is None
    ]
    if client.api_key is not None:
        args.append(
            ("api_key", client.api_key.description or f"The {client.api_key.name} key.")
        )
    args.append(("base_url", base_url_doc))
    args += [
        (
            "token",
            "A bearer token, or a callable that returns one (asked on every request).",
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
            "Refuse to send a bearer token over plain http (False only for a local test server).",
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


def _nested_names(model: Model) -> list[tuple[tuple[str, ...], list[str]]]:
    """Per object the model flattens (x-ms-client-flatten), its path and the
    names known there (a field, or a deeper flattened object), so that the
    fields the spec does not define are kept there too."""
    found: dict[tuple[str, ...], dict[str, None]] = {}
    for p in model.properties:
        steps = (*p.container, p.wire_name)
        for depth in range(1, len(p.container) + 1):
            found.setdefault(steps[:depth], {})[steps[depth]] = None
    return [(path, list(names)) for path, names in found.items()]


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


def _client_parameter_value(p: Any) -> str:
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
        "api_key": (
            None
            if client.api_key is None
            else {"name": client.api_key.name, "in": client.api_key.location}
        ),
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
                            f.wire_name: f.python_name for f in op.body.form_fields
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
    writes it: the title put in front of the example's text (`example_text`),
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
