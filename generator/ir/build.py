"""The Swagger 2.0 front end: a loaded document becomes a `ClientSpec`.

The layers below (schemas, parameters, bodies, operation kinds) read the
parts every operation shares; this one walks the document: its operations,
their names and groups, security, examples."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar, NamedTuple
from urllib.parse import quote, unquote

from ..diagnostics import Diagnostics
from ..load import Location
from ..load.lines import display_path
from ..text import one_line
from ..workshare import beside, can_fork
from . import extensions as ext
from .json_schema import as_text, required_constant
from .model import (
    ApiKeyAuth,
    Body,
    ClientParameter,
    ClientSpec,
    Example,
    Operation,
    OperationGroup,
    Parameter,
    Response,
    example_of,
    media_kind,
)
from .model_passes import (
    merge_patch_nullable,
    read_only_optional_where_sent,
    with_subtypes,
)
from .names import (
    CLIENT_ARGUMENTS,
    Vocabulary,
    common_word_prefix,
    group_and_method,
    group_from_path,
    group_names,
    is_header_name,
    pascal_case,
    python_identifier,
    snake_case,
    unique,
    unique_parameters,
)
from .operation_kinds import OperationKinds, _with_status_monitors
from .parameters import EXAMPLES, SERVERS, _wire_text
from .reserved import RESERVED_METHOD_NAMES, RESERVED_PARAMETER_NAMES
from .schemas import HTTP_METHODS
from .shape import ShapeChecker, _kind

# A root file bigger than this is built while its shapes are checked on the
# other core (see `_build_beside_shape_checks`); a smaller one is not worth a
# process.
SPECULATE_BYTES = 1_000_000


class _NamedOperation(NamedTuple):
    path: str
    method: str
    raw: dict[str, Any]
    at: Location
    path_parameters: list[Any]
    operation_id: str
    group: str
    method_name: str
    duplicate: bool  # (its operationId is an earlier one's: an error)


@dataclass
class SwaggerBuilder(OperationKinds):
    """Builds the IR of one Swagger 2.0 document."""

    _operation_names: list[_NamedOperation] | None = None
    _names_by_place: dict[Location, tuple[str, str]] = field(default_factory=dict)

    # Where a format lets a parameter (besides the body) go; OpenAPI 3 adds cookies.
    parameter_locations: ClassVar[tuple[str, ...]] = ("path", "query", "header")
    # Header parameters the format says to ignore (lower case): the client
    # sends its own (the body's media type, the answers' it accepts).
    ignored_headers: ClassVar[frozenset[str]] = frozenset()

    def build(self, spec_path: Path) -> ClientSpec | None:
        document = self.loader.load(spec_path)
        if document is None:
            return None
        self.root = document.data
        self.root_location = Location(document.display)
        if not isinstance(self.root, dict):
            from ..diagnostics import Diagnostic, Level

            found = (
                "the file is empty"
                if self.root is None
                else f"the document is {_kind(self.root)}, not a mapping"
            )
            self.diagnostics.items.append(
                Diagnostic(
                    document.display,
                    1,
                    "",
                    Level.ERROR,
                    f"{found}: a spec is a mapping that starts with `swagger: '2.0'`"
                    " or `openapi: 3.x`",
                )
            )
            return None
        if not self._reads(document.data):
            return None
        text = self.loader.lines.text(document.display) or ""
        if len(text) > SPECULATE_BYTES and can_fork():
            return self._build_beside_shape_checks(document.data)
        if not self._check_shapes(document.data):
            return None
        return self._build_checked(document.data)

    def _build_checked(self, document: Any) -> ClientSpec:
        """The IR of a document whose shapes are checked."""
        self._read_root(document)
        for at, name in self._definition_locations():
            self._named_type(at, name)
            self.report_progress()
        return self._client()

    def _check_shapes(self, document: Any) -> bool:
        """Whether every part the builder reads has the kind it expects (else
        errors say where and what)."""
        return ShapeChecker(self.diagnostics).check_document(
            document, self.root_location
        )

    def _build_beside_shape_checks(self, document: Any) -> ClientSpec | None:
        """The IR of a big document, built while the shape checks run on the
        other core (0.4 s of GitHub's spec). The build may fail or report
        nonsense on a document of the wrong shape: then what it did is
        dropped and the checks' errors are what the run says, exactly as
        when the checks run first."""
        diagnostics = self.diagnostics
        mark, ignored = len(diagnostics.items), diagnostics.ignored

        def check() -> tuple[bool, list[Any], int]:
            ok = self._check_shapes(document)
            return ok, diagnostics.items[mark:], diagnostics.ignored - ignored

        (ok, found, skipped), built = beside(
            check, lambda: self._build_checked(document)
        )
        if not ok:
            del diagnostics.items[mark:]
            diagnostics.ignored = ignored
        diagnostics.items[mark:mark] = found
        diagnostics.ignored += skipped
        if not ok:
            return None
        if isinstance(built, Exception):
            raise built
        return built

    def _reads(self, document: Any) -> bool:
        """Whether the document is one this front end reads (else an error
        says why)."""
        version = self.root.get("swagger")
        if str(version) != "2.0":
            if version is not None:
                found = f"swagger: {version!r}"
            elif "openapi" in self.root:
                found = f"openapi: {self.root['openapi']!r}"
            else:
                found = "it has no `swagger: '2.0'` field"
            self.diagnostics.error(
                f"only Swagger 2.0 and OpenAPI 3.0/3.1 documents are supported ({found})",
                self.root_location.file,
            )
            return False
        return True

    def _read_root(self, document: Any) -> None:
        """`self.root` becomes what the layers read."""
        self.azure_document = _uses_ms_extensions(
            self.root, text=self.loader.lines.text(self.root_location.file)
        )
        # Outside Azure's documents a 4xx or 5xx the spec lists is an error.
        self.listed_errors_are_results = self.azure_document

    def _definition_locations(self) -> list[tuple[Location, str]]:
        """Where the document's named schemas are, by name."""
        definitions = self.root.get("definitions") or {}
        return [(self.root_location.child("definitions", n), n) for n in definitions]

    def _client(self) -> ClientSpec:
        client_parameters, host_template, host_scheme = self._client_parameters()
        groups = self._operations(client_parameters)
        self._report_missing_examples()
        models, groups = merge_patch_nullable(
            read_only_optional_where_sent(
                with_subtypes(self._models), groups, self._unions
            ),
            groups,
            self._unions,
        )
        built = self.built_so_far()
        info = self.root.get("info") or {}
        error_models = [
            r.type.name
            for g in groups
            for o in g.operations
            for r in o.error_responses
            if r.type is not None and r.type.kind == "model"
        ]
        return ClientSpec(
            azure=self.azure_document,
            package=self.package,
            title=str(info.get("title") or self.package),
            description=str(info.get("description") or ""),
            version=str(info.get("version") or ""),
            host_template=host_template,
            host_scheme=host_scheme,
            client_parameters=tuple(client_parameters),
            api_keys=self._api_keys({p.python_name for p in client_parameters}),
            basic_auth=any(
                isinstance(scheme, dict) and scheme.get("type") == "basic"
                for scheme in (self.root.get("securityDefinitions") or {}).values()
            ),
            token_scheme=self._token_scheme(),
            credential_scopes=self._credential_scopes(),
            groups=groups,
            models=models,
            enums=built.enums,
            list_aliases=tuple(self._aliases.values()),
            unions=built.unions,
            servers=tuple(
                (str(url), str(description))
                for url, description in self.root.get(SERVERS) or ()
            ),
            error_model=(
                max(sorted(set(error_models)), key=error_models.count)
                if error_models
                else None
            ),
        )

    def _named_operations(self) -> list[_NamedOperation]:
        """Every operation of the document with the names it is built under
        (worked out once, before anything is built: a `$ref` into one
        operation's body, met while building another, names what it finds
        as its operation does)."""
        if self._operation_names is not None:
            return self._operation_names
        raw_ops: list[tuple[str, str, dict[str, Any], Location, list[Any]]] = []
        # x-ms-paths holds more operations, whose keys may carry a query string.
        for section in ("paths", "x-ms-paths"):
            section_at = self.root_location.child(section)
            for path, item in (self.root.get(section) or {}).items():
                # (`x-` keys are the Paths object's own extensions, no path)
                if not isinstance(item, dict) or str(path).startswith("x-"):
                    continue
                for method in HTTP_METHODS:
                    operation = item.get(method)
                    if isinstance(operation, dict):
                        raw_ops.append(
                            (
                                path,
                                method,
                                operation,
                                section_at.child(path, method),
                                list(item.get("parameters") or []),
                            )
                        )

        texts: list[str] = [
            str(t.get("name"))
            for t in self.root.get("tags") or []
            if isinstance(t, dict)
        ]
        texts += [
            seg
            for path, *_ in raw_ops
            for seg in path.split("/")
            if not seg.startswith("{")
        ]
        texts += [str(t) for *_, op, _, _ in raw_ops for t in op.get("tags") or []]
        texts += list(self.root.get("definitions") or {})
        vocabulary = Vocabulary(texts)
        ids = [str(op.get("operationId") or "") for _, _, op, _, _ in raw_ops]
        drop = common_word_prefix([i for i in ids if i])

        seen_ids: dict[str, Location] = {}
        named: list[_NamedOperation] = []
        for (path, method, raw, at, path_params), operation_id in zip(raw_ops, ids):
            if not operation_id:
                operation_id = method + pascal_case(path)
            elif operation_id in seen_ids:
                named.append(
                    _NamedOperation(
                        path, method, raw, at, path_params, operation_id, "", "", True
                    )
                )
                continue
            seen_ids[operation_id] = at
            tags = raw.get("tags") or []
            tag = str(tags[0]) if tags else None
            group, method_name = group_and_method(operation_id, tag, drop, vocabulary)
            named.append(
                _NamedOperation(
                    path,
                    method,
                    raw,
                    at,
                    path_params,
                    operation_id,
                    group or group_from_path(path),
                    method_name,
                    False,
                )
            )
        self._operation_names = named
        self._names_by_place = {
            n.at: (n.operation_id, n.method_name) for n in named if not n.duplicate
        }
        return named

    def _operation_names_at(self, at: Location) -> tuple[str, str] | None:
        self._named_operations()
        return self._names_by_place.get(at)

    def _operations(
        self, client_parameters: list[ClientParameter]
    ) -> tuple[OperationGroup, ...]:
        seen_ids: dict[str, Location] = {}
        grouped: dict[str, list[Operation]] = {}
        for named in self._named_operations():
            path, method, raw, at = named.path, named.method, named.raw, named.at
            operation_id, group = named.operation_id, named.group
            if named.duplicate:
                self.diagnostics.error(
                    f"operationId {operation_id!r} is used twice (also at {seen_ids[operation_id].pointer});"
                    " operationIds must be unique",
                    at.file,
                    at.child("operationId").pointer,
                )
                continue
            seen_ids[operation_id] = at
            operation = self._operation(
                path,
                method,
                raw,
                at,
                named.path_parameters,
                operation_id,
                named.method_name,
                client_parameters,
            )
            if operation is not None:
                grouped.setdefault(group, []).append(operation)
            self.report_progress()

        grouped = _with_status_monitors(grouped)
        # An operation that only fetches another one's next pages is that
        # operation's business: private (its pager calls it), not public API.
        followers = {
            o.paging.next_operation
            for ops in grouped.values()
            for o in ops
            if o.paging is not None and o.paging.next_operation
        }
        grouped = {
            group: [
                (
                    _replace_method_name(o, "_" + o.method_name.lstrip("_"))
                    if o.operation_id in followers
                    else o
                )
                for o in ops
            ]
            for group, ops in grouped.items()
        }
        groups = []
        for operations, (attribute, class_name) in zip(
            grouped.values(), group_names(grouped)
        ):
            method_names = unique(
                [o.method_name for o in operations], RESERVED_METHOD_NAMES
            )
            operations = [
                _replace_method_name(o, n) for o, n in zip(operations, method_names)
            ]
            groups.append(OperationGroup(attribute, class_name, tuple(operations)))
        return tuple(groups)

    def _operation(
        self,
        path: str,
        http_method: str,
        raw: dict[str, Any],
        at: Location,
        path_level_params: list[Any],
        operation_id: str,
        method_name: str,
        client_parameters: list[ClientParameter],
    ) -> Operation | None:
        client_wire = {p.wire_name for p in client_parameters}
        parameters: list[Parameter] = []
        body: Body | None = None
        form: list[tuple[dict[str, Any], Location]] = []
        sent_by_client: list[str] = []  # wire names
        constants: list[tuple[str, str, str]] = []
        raw_names: set[str] = set()  # x-ms-skip-url-encoding
        consumes = (
            raw.get("consumes") or self.root.get("consumes") or ["application/json"]
        )
        produces = (
            raw.get("produces") or self.root.get("produces") or ["application/json"]
        )

        merged: dict[tuple[str, str], tuple[dict[str, Any], Location, bool]] = {}
        for source, items in (
            ("..", path_level_params),
            ("parameters", raw.get("parameters") or []),
        ):
            for index, item in enumerate(items):
                item_at = (
                    at.child("parameters", index)
                    if source == "parameters"
                    else Location(at.file, at.pointer.rsplit("/", 1)[0]).child(
                        "parameters", index
                    )
                )
                found = self._resolve_parameter(item, item_at)
                if found is not None:
                    merged[(found[0]["name"], found[0]["in"])] = found

        headers_seen: dict[str, str] = {}
        for (name, location), (parameter, where, is_global) in merged.items():
            if location == "header":
                # HTTP compares header names ignoring case: two parameters so
                # named are one header (AWS's converted specs declare
                # `X-Amz-Content-Sha256` and `x-amz-content-sha256`), sent once.
                first = headers_seen.setdefault(str(name).lower(), str(name))
                if first != name:
                    self.diagnostics.warn(
                        "W019",
                        f"header parameter {name!r} is the header {first!r} again"
                        " (header names ignore case); left out",
                        where.file,
                        where.pointer,
                    )
                    continue
            if (
                name in client_wire
                and ext.x_ms_parameter_location(parameter, is_global) == "client"
            ):
                if location in ("query", "header", "path"):
                    sent_by_client.append(name)
                continue
            if location == "header" and str(name).lower() in self.ignored_headers:
                self.diagnostics.warn(
                    "W018",
                    f"a header parameter named {name!r} is ignored, as OpenAPI 3"
                    " says; the client sends the media types the operation declares",
                    where.file,
                    where.pointer,
                )
                continue
            if location == "body":
                body = self._body(parameter, where, consumes, method_name)
            elif location == "formData":
                form.append((parameter, where))
            elif (
                location in ("path", "query", "header")
                and required_constant(parameter) is not None
            ):
                # A required single-value enum is no choice: the method sends it.
                constants.append(
                    (location, name, _wire_text(required_constant(parameter)))
                )
                if ext.x_ms_skip_url_encoding(parameter):
                    raw_names.add(name)
            elif location in self.parameter_locations:
                built = self._parameter(parameter, where, location)
                grouping = ext.x_ms_parameter_grouping(parameter)
                if grouping is not None and location != "path":
                    group_name, postfix = grouping
                    model = pascal_case(
                        group_name or f"{operation_id.replace('_', ' ')} {postfix}"
                    )
                    built = replace(built, group=model)
                parameters.append(built)
            else:
                self.diagnostics.error(
                    f"parameter location {location!r} is not one of"
                    f" {', '.join(self.parameter_locations)}, body, formData",
                    where.file,
                    where.pointer,
                )

        in_query = {t[1:-1] for t in _template_names(path.partition("?")[2])}
        path, constant_query = ext.x_ms_paths_key(path)
        if constant_query:
            parameters, constant_query = _query_in_path_key(
                parameters, constant_query, self.diagnostics, at
            )
        for location, name, value in constants:
            if location == "path":
                path = path.replace(
                    "{" + name + "}",
                    value if name in raw_names else quote(value, safe=""),
                )
            elif location == "query" and all(k != name for k, _ in constant_query):
                # (a path key may carry the same constant: `?comp=list`)
                constant_query += ((name, value),)
        constant_headers = tuple(
            (name, value) for location, name, value in constants if location == "header"
        )
        template_names = {seg[1:-1] for seg in _template_names(path)}
        declared_path = {p.wire_name for p in parameters if p.location == "path"} | (
            template_names & client_wire
        )
        for missing in sorted(template_names - declared_path):
            self.diagnostics.error(
                f"path template names {{{missing}}} but no path parameter declares it",
                at.file,
                at.pointer,
            )
        # (one named in the path's query was reported there)
        for extra in sorted(declared_path - template_names - in_query):
            self.diagnostics.error(
                f"path parameter {extra!r} does not appear in the path {path!r}",
                at.file,
                at.pointer,
            )

        if form:
            body = self._form_body(form, consumes)

        names_taken = set(RESERVED_PARAMETER_NAMES)
        if body is not None:
            names_taken |= {p.python_name for p in body.flattened} | {
                f.python_name for f in body.form_fields
            }
            if not body.flattened and not body.form_fields:
                names_taken.add(body.python_name)
            if body.media_types:
                names_taken.add("content_type")
        renamed = unique_parameters(
            [(p.python_name, p.location) for p in parameters], names_taken
        )
        parameters = [_replace_param_name(p, n) for p, n in zip(parameters, renamed)]
        groups = self._parameter_groups(parameters, names_taken | set(renamed))
        if groups:  # (each parameter names its group's model as it was made)
            parameters = [
                (
                    replace(p, group=self._group_models[p.group])
                    if p.group is not None and self._group_models[p.group] != p.group
                    else p
                )
                for p in parameters
            ]

        examples = self._examples(raw, at)
        successes, errors = self._responses(raw, at)
        typed = next((r for r in successes if r.type is not None), None)
        returns = typed.type if typed is not None else None
        returns_binary = any(r.content == "binary" for r in successes)

        event_stream = self._event_stream(produces, parameters, returns)
        long_running = self._long_running(raw, at, path, http_method)
        if long_running is not None and any(r.content == "xml" for r in successes):
            self.diagnostics.warn(
                "W009",
                "a long-running operation with XML responses is not supported yet;"
                " its responses are read as JSON",
                at.file,
                at.pointer,
            )
        paging = self._paging(raw, at, returns)
        readable = _readable(produces, successes, event_stream is not None)
        accept = ", ".join(readable)
        plain = event_stream is None and long_running is None and paging is None
        taken = {p.python_name for p in parameters} | {
            p.python_name for p in (body.flattened if body else ())
        }
        other_answers = (
            _answer_choices(produces, successes, readable, returns_binary)
            if plain
            and "accept" not in taken
            and (returns is not None or returns_binary)
            else ()
        )
        repeatable = any(
            p.location == "header" and p.wire_name.lower() == "repeatability-request-id"
            for p in parameters
        )
        if repeatable:
            # The client fills them in (the same on every retry), unless given.
            parameters = [
                (
                    replace(
                        p,
                        required=False,
                        description=p.description
                        or "Filled in by the client (the same on every retry) unless given.",
                    )
                    if _is_repeatability(p)
                    else p
                )
                for p in parameters
            ]
        return Operation(
            operation_id=operation_id,
            method_name=("_" if ext.x_ms_internal(raw) else "")
            + python_identifier(
                method_name or http_method, "call", RESERVED_METHOD_NAMES
            ),
            http_method=http_method.upper(),
            path=path,
            summary=as_text(raw.get("summary")),
            description=as_text(raw.get("description")),
            parameters=tuple(
                sorted(
                    parameters,
                    key=lambda p: (not (p.required and p.location == "path"),),
                )
            ),
            body=body,
            responses=tuple(successes),
            error_responses=tuple(errors),
            returns=None if returns_binary else returns,
            returns_binary=returns_binary,
            # (read as the answer that gives the type is: other answers that
            # differ are read by their status, see emit's _results_by_status)
            returns_text=typed is not None and typed.content == "text",
            returns_xml=any(r.content == "xml" for r in successes),
            accept=accept,
            event_stream=event_stream,
            long_running=long_running,
            paging=paging,
            constant_query=constant_query,
            constant_headers=constant_headers,
            internal=ext.x_ms_internal(raw),
            parameter_groups=groups,
            exists_check=http_method == "head"
            and returns is None
            and not returns_binary
            and not any(r.status == "404" for r in errors),
            client_parameters=tuple(sent_by_client),
            deprecated=bool(raw.get("deprecated")),
            repeatable=repeatable,
            examples=examples,
            other_answers=other_answers,
            raw_query=tuple(
                sorted(
                    {n for n in raw_names if any(k == n for k, _ in constant_query)}
                    | {
                        p.wire_name
                        for p in parameters
                        if p.location == "query" and p.skip_url_encoding
                    }
                )
            ),
        )

    def _examples(self, raw: dict[str, Any], at: Location) -> tuple[Example, ...]:
        """The operation's x-ms-examples that exist and are JSON objects.
        They do not change the client's code (only its README and its
        ExampleTransport); a missing or unreadable file is worth a warning,
        and only that."""
        document = self.loader.document(at.file)
        found = []
        for title, value in ext.x_ms_examples(raw):
            ref = value.get("$ref") if isinstance(value, dict) else None
            if not isinstance(ref, str) or "://" in ref or document is None:
                continue
            target = (document.path.parent / unquote(ref.partition("#")[0])).resolve()
            if not target.is_relative_to(self.loader.allowed_root):
                # Confined like a $ref: whether such a file exists is no
                # business of a spec (a warning would tell it).
                self.diagnostics.error(
                    f"x-ms-examples {title!r} refers to {ref}, outside the allowed"
                    f" folder {display_path(self.loader.allowed_root)}; move the"
                    " example below it, or pass --root DIR with a folder that holds both",
                    at.file,
                    at.child("x-ms-examples", title).pointer,
                )
            elif not target.is_file():
                self._missing_examples.append(
                    (title, ref, at.file, at.child("x-ms-examples", title).pointer)
                )
            else:
                example = self._read_example(title, ref, target, at)
                if example is not None:
                    found.append(example)
        if not found:
            # A front end's own examples (OpenAPI 3's `example`/`examples`).
            for data in raw.get(EXAMPLES) or ():
                found.append(
                    example_of(
                        str(data["title"]),
                        f"#{at.pointer}",
                        data["parameters"],
                        data["responses"],
                    )
                )
        return tuple(found)

    def _read_example(
        self, title: str, ref: str, target: Path, at: Location
    ) -> Example | None:
        try:
            data = json.loads(target.read_bytes())
        except (OSError, ValueError) as exc:
            problem = f"is not JSON ({one_line(str(exc))})"
        else:
            if isinstance(data, dict) and isinstance(data.get("responses"), dict):
                return example_of(
                    title, ref, data.get("parameters") or {}, data["responses"]
                )
            problem = "is not an object with `responses`"
        self.diagnostics.warn(
            "W013",
            f"x-ms-examples {title!r}: {ref} {problem}; that example is left out",
            at.file,
            at.child("x-ms-examples", title).pointer,
        )
        return None

    def _report_missing_examples(self) -> None:
        """One warning per missing example file when there are few (or with
        --verbose); else one line for the client, naming the first. Those
        `ignore` names are left out before counting."""
        missing = [
            m
            for m in self._missing_examples
            if not self.diagnostics.ignores("W012", m[3])
        ]
        self.diagnostics.ignored += len(self._missing_examples) - len(missing)
        if len(missing) <= 3 or self.diagnostics.verbose:
            for title, ref, file, pointer in missing:
                self.diagnostics.warn(
                    "W012",
                    f"x-ms-examples {title!r} refers to {ref}, which does not exist;"
                    " that example is left out",
                    file,
                    pointer,
                )
            return
        title, ref, file, pointer = missing[0]
        self.diagnostics.warn(
            "W012",
            f"{len(missing)} x-ms-examples files do not exist (the first: {ref}, for"
            f" {title!r}); those examples are left out (--verbose lists each)",
            file,
            pointer,
        )

    def _token_scheme(self) -> str:
        """Bearer, or the one other HTTP scheme that carries a token (the
        OpenAPI 3 front end keeps such schemes as `http` entries)."""
        schemes = (self.root.get("securityDefinitions") or {}).values()
        named = {
            str(s.get("scheme"))
            for s in schemes
            if isinstance(s, dict) and s.get("type") == "http"
        }
        if len(named) == 1 and "bearer" not in {n.lower() for n in named}:
            return named.pop()
        return "Bearer"

    def _credential_scopes(self) -> tuple[str, ...]:
        """Scopes an oauth2 security definition lists, for token credentials."""
        scopes: list[str] = []
        host = self.root.get("host")
        for scheme in (self.root.get("securityDefinitions") or {}).values():
            if isinstance(scheme, dict) and scheme.get("type") == "oauth2":
                for scope in map(str, scheme.get("scopes") or {}):
                    if "://" not in scope and isinstance(host, str) and host:
                        # A bare scope (resource-manager specs say
                        # `user_impersonation`) is no token scope: Microsoft
                        # Entra ID wants the resource's, as Azure SDKs ask.
                        scope = f"https://{host}/.default"
                    if scope not in scopes:
                        scopes.append(scope)
        return tuple(scopes)

    def _api_keys(self, taken: set[str]) -> tuple[ApiKeyAuth, ...]:
        """Every API key of the spec's security, each the argument of the
        client named after its scheme (the first is `api_key`): a spec may
        ask for several together (api2cart's api and store keys, apisetu's
        key and client id, Trello's key and token); one that names the same
        header as another is that one."""
        at = self.root_location.child("securityDefinitions")
        keys: list[ApiKeyAuth] = []
        names = set(CLIENT_ARGUMENTS - {"api_key"}) | taken
        for name, scheme in (self.root.get("securityDefinitions") or {}).items():
            if not (
                isinstance(scheme, dict)
                and scheme.get("type") == "apiKey"
                and scheme.get("in") in ("header", "query", "cookie")
            ):
                continue
            wire = str(scheme.get("name") or name)
            if not (
                wire != "" and one_line(wire) == wire
                if scheme["in"] == "query"
                else is_header_name(wire)
            ):
                self.diagnostics.error(
                    f"the API key's name {wire!r} cannot be sent in a {scheme['in']}"
                    " (a header or cookie name is letters, digits and"
                    " !#$%&'*+-.^_`|~ only; a query name has no control"
                    " characters); fix the name",
                    at.file,
                    at.child(name, "name").pointer,
                )
                continue
            same = (scheme["in"], wire.lower() if scheme["in"] == "header" else wire)
            if any(
                (k.location, k.name.lower() if k.location == "header" else k.name)
                == same
                for k in keys
            ):
                continue
            argument = (
                "api_key"
                if not keys
                else python_identifier(snake_case(str(name)), "key")
            )
            while argument in names:
                argument += "_key"
            names.add(argument)
            keys.append(
                ApiKeyAuth(
                    wire, scheme["in"], as_text(scheme.get("description")), argument
                )
            )
        return tuple(keys)


def _is_repeatability(parameter: Parameter) -> bool:
    return parameter.location == "header" and parameter.wire_name.lower() in (
        "repeatability-request-id",
        "repeatability-first-sent",
    )


# How a file's text can spell a key that starts with `x-ms-`: as it is, or
# with one of its characters escaped (JSON's and YAML's escapes, a YAML
# escaped line break). The escapes start with a backslash: a pattern that
# starts with a literal is tried only where it is (2.5 times faster on 13 MB
# than one alternation with `x-ms-`, which is a plain search of its own).
_ESCAPE_IN_X_MS = re.compile(r"\\(?:u00|x|U0000)(?:78|2[dD]|6[dD]|73)|\\\n")


def _uses_ms_extensions(document: Any, depth: int = 0, text: str | None = None) -> bool:
    """Whether a document uses Microsoft's x-ms-* extensions anywhere (stops at
    the first). `text`, the file's text, answers no at once where it cannot
    spell one (a big non-Azure spec's walk costs 0.1 s)."""
    if text is not None and "x-ms-" not in text and not _ESCAPE_IN_X_MS.search(text):
        return False
    if depth > 64:
        return False
    if isinstance(document, dict):
        for key, value in document.items():
            if isinstance(key, str) and key.startswith("x-ms-"):
                return True
            if isinstance(value, (dict, list)) and _uses_ms_extensions(
                value, depth + 1
            ):
                return True
    elif isinstance(document, list):
        return any(
            isinstance(item, (dict, list)) and _uses_ms_extensions(item, depth + 1)
            for item in document
        )
    return False


def _query_in_path_key(
    parameters: list[Parameter],
    query: tuple[tuple[str, str], ...],
    diagnostics: Diagnostics,
    at: Location,
) -> tuple[list[Parameter], tuple[tuple[str, str], ...]]:
    """A path key's query string may hold templates, as specs converted from
    other formats write a query parameter (`/export?file={name}`): the
    parameter a whole value names (declared in the path or the query) is
    sent as that query parameter, spelled as it was (a list joined with
    commas); the rest of the query is constant. A template anywhere else
    (in a name, inside a value) cannot be sent: an error where it names a
    path parameter (which has no other place), else left out with a
    warning (the text of a template is no value to send)."""
    declared: dict[str, Parameter] = {}
    for p in parameters:  # (a path parameter first, where a query one has its name)
        if p.location == "path" or (
            p.location == "query" and p.wire_name not in declared
        ):
            declared[p.wire_name] = p
    moved: dict[str, Parameter] = {}
    constants = []
    for key, value in query:
        names = [t[1:-1] for t in _template_names(key + "=" + value)]
        if not names:
            constants.append((key, value))
            continue
        name = names[0]
        if (
            len(names) == 1
            and value == "{" + name + "}"
            and name in declared
            and name not in moved
        ):
            moved[name] = replace(declared[name], location="query", wire_name=key)
            continue
        if any(
            declared.get(n) is not None and declared[n].location == "path"
            for n in names
        ):
            diagnostics.error(
                f"the path's query {key}={value} names a path parameter where the"
                " client cannot send it (only a whole value can be a template:"
                " `name={parameter}`); declare it as a query parameter instead",
                at.file,
                at.pointer,
            )
        else:
            diagnostics.warn(
                "W014",
                f"the path's query {key}={value} holds a template that names no"
                " parameter of the operation; left out",
                at.file,
                at.pointer,
            )
    if not moved:
        return parameters, tuple(constants)
    # (only the parameter each template names: another may share its name)
    replaced = {id(declared[name]): new for name, new in moved.items()}
    return [replaced.get(id(p), p) for p in parameters], tuple(constants)


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{[^{}]*\}", path)


# (a copy only where the name changes: most do not)
def _replace_param_name(parameter: Parameter, name: str) -> Parameter:
    return (
        parameter
        if parameter.python_name == name
        else replace(parameter, python_name=name)
    )


def _replace_method_name(operation: Operation, name: str) -> Operation:
    return (
        operation
        if operation.method_name == name
        else replace(operation, method_name=name)
    )


def _readable(
    produces: list[str], successes: list[Response], streams: bool
) -> list[str]:
    """The media types to ask for: those of the kinds the method reads its
    answers as. Asking for one it cannot read (`image/png` beside the JSON it
    parses, XML beside JSON) invites an answer it fails on; bytes read any,
    and so does an event stream's switch."""
    read = {r.content for r in successes} - {"empty"}
    if streams or not read or "binary" in read:
        return [str(p) for p in produces]
    kinds = read | ({"json"} if "text" in read else set())  # (a str reads JSON text)
    chosen = [str(p) for p in produces if media_kind(str(p)) in kinds]
    return chosen or [str(p) for p in produces]


# A media type that names one type (`text/csv`, not `*/*`, nor a spec's
# mistake such as a property name used as a content key: `links`).
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*\s*(;.*)?$")


def _answer_choices(
    produces: list[str],
    successes: list[Response],
    readable: list[str],
    returns_binary: bool,
) -> tuple[tuple[str, str], ...]:
    """What `accept=` may ask for: of a download of several types (image/png
    or image/jpeg), each (bytes whichever comes); else the media types a
    success may come in that the method does not read (a PNG or a CSV beside
    JSON), each returned as bytes or text; none where the successes differ
    in type (read by their status)."""
    if returns_binary:
        downloads = dict.fromkeys(
            str(m)
            for m in produces
            if media_kind(str(m)) == "binary" and _MEDIA_TYPE.match(str(m))
        )
        return tuple((m, "bytes") for m in downloads) if len(downloads) > 1 else ()
    if len({r.type for r in successes if r.type is not None}) != 1:
        return ()
    found: dict[str, str] = {}
    for response in successes:
        for media in response.other_media:
            kind = media_kind(media)
            if (
                media not in readable
                and kind in ("binary", "text")
                and _MEDIA_TYPE.match(media) is not None
            ):
                found.setdefault(media, "bytes" if kind == "binary" else "text")
    return tuple(found.items())
