"""Renames from the configuration, applied to a built IR: the spec stays as
it is, the client gets the names its users want.

    [tool.generator.clients.rename]
    groups = { operations_images = "image_operations" }
    operations = { "files.import_" = "import_from_url" }
    models = { OperationResponseResult = "ImageGenerationResult" }
    properties = { "File.bytes" = "size_in_bytes" }

Keys are the names the generator would give (group, group.method, Model,
Model.property); wire names never change. A new name is code: it must be an
identifier (ASCII letters, digits and `_`, starting with a letter), no
keyword, none of the names the generated code keeps for itself, and no
other name of its kind where the client would hold both (two groups, two
methods of a group, two classes of the models module, two fields of a
model or of its lineage).
"""

from __future__ import annotations

import dataclasses
import keyword
import re
from collections.abc import Callable, Mapping
from typing import Any

from ..diagnostics import Diagnostics
from .model import ClientSpec, Model, Operation, OperationGroup, Property, TypeRef
from .names import (
    CLASS_NAMES_KEPT,
    CLIENT_MEMBERS,
    pascal_case,
    python_identifier,
    unique,
)
from .reserved import RESERVED_METHOD_NAMES, RESERVED_PROPERTY_NAMES

KINDS = ("groups", "operations", "models", "properties")

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# Per kind: the names the generated code keeps for itself, and what they are.
_KEPT = {
    "groups": (CLIENT_MEMBERS, "a name every client keeps"),
    "operations": (RESERVED_METHOD_NAMES, "a name every operation group keeps"),
    "models": (CLASS_NAMES_KEPT, "a name the models module imports, or a builtin's"),
    "properties": (RESERVED_PROPERTY_NAMES, "a name every model keeps"),
}


def _bad_name(kind: str, old: str, new: str) -> str | None:
    """Why `new` cannot be a renamed name of `kind` (None: it can)."""
    if not isinstance(new, str) or not _NAME.fullmatch(new):
        return (
            f"rename: {kind} {old!r} -> {new!r}: not an identifier (ASCII letters,"
            " digits and _, starting with a letter)"
        )
    if keyword.iskeyword(new) or keyword.issoftkeyword(new):
        return f"rename: {kind} {old!r} -> {new!r}: a Python keyword"
    kept, what = _KEPT[kind]
    if new in kept:
        return f"rename: {kind} {old!r} -> {new!r}: {what}; choose another name"
    return None


def _collisions(kind: str, final: Mapping[str, str], fold: bool = False) -> list[str]:
    """Messages for the names of `final` (old name -> name after renaming,
    within one scope) that two of them would share (`fold`: ignoring case)."""
    seen: dict[str, tuple[str, str]] = {}
    found = []
    for old, new in final.items():
        key = new.lower() if fold else new
        if key not in seen:
            seen[key] = (old, new)
            continue
        first, first_new = seen[key]
        found.append(
            f"rename: {kind} {first!r} and {old!r} would both be {new!r}"
            + (" (as file names, which ignore case)" if first_new != new else "")
        )
    return found


def _transform(value: Any, change: Callable[[Any], Any]) -> Any:
    """Rebuild a tree of frozen dataclasses and tuples bottom-up through `change`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            f.name: _transform(getattr(value, f.name), change)
            for f in dataclasses.fields(value)
        }
        return change(dataclasses.replace(value, **fields))
    if isinstance(value, tuple):
        return tuple(_transform(item, change) for item in value)
    return value


def apply_renames(
    client: ClientSpec,
    renames: Mapping[str, Mapping[str, str]],
    diagnostics: Diagnostics,
    where: str,
) -> ClientSpec:
    for kind in renames:
        if kind not in KINDS:
            diagnostics.error(
                f"rename: unknown kind {kind!r}; use {', '.join(KINDS)}", where
            )
    models = {m.name: m for m in client.models}

    model_names = dict(renames.get("models", {}))
    for old in model_names:
        if old not in models:
            diagnostics.error(
                f"rename: no model {old!r} (models: {', '.join(sorted(models))})", where
            )

    properties: dict[tuple[str, str], str] = {}
    for key, new in renames.get("properties", {}).items():
        model, _, prop = key.partition(".")
        if model not in models or prop not in {
            p.python_name for p in models[model].properties
        }:
            diagnostics.error(
                f"rename: no property {key!r} (write Model.property)", where
            )
        properties[(model, prop)] = python_identifier(new, "field")

    groups = {g.attribute: g for g in client.groups}
    group_names = dict(renames.get("groups", {}))
    for old in group_names:
        if old not in groups:
            diagnostics.error(
                f"rename: no operation group {old!r} (groups: {', '.join(sorted(groups))})",
                where,
            )
    operation_names: dict[tuple[str, str], str] = {}
    for key, new in renames.get("operations", {}).items():
        group, _, method = key.partition(".")
        if group not in groups or method not in {
            o.method_name for o in groups[group].operations
        }:
            diagnostics.error(
                f"rename: no operation {key!r} (write group.method)", where
            )
        operation_names[(group, method)] = python_identifier(new, "call")

    def lineage(name: str) -> list[str]:
        """The model and its base classes: an inherited property is renamed too."""
        found: list[str] = []
        while name in models and name not in found:
            found.append(name)
            name = models[name].base or ""
        return found

    def property_name(model: str, prop: Property) -> str:
        """`prop`'s name in `model` after renaming (where it or an ancestor
        renames it)."""
        for owner in lineage(model):
            if (owner, prop.python_name) in properties:
                return properties[(owner, prop.python_name)]
        return prop.python_name

    for kind in KINDS:
        for key, new in renames.get(kind, {}).items():
            problem = _bad_name(kind, key, new)
            if problem:
                diagnostics.error(problem, where)
    if diagnostics.has_errors:
        return client
    problems = _collisions(
        "groups",
        {g.attribute: group_names.get(g.attribute, g.attribute) for g in client.groups},
        fold=True,
    )
    for g in client.groups:
        problems += _collisions(
            "operations",
            {
                f"{g.attribute}.{o.method_name}": operation_names.get(
                    (g.attribute, o.method_name), o.method_name
                )
                for o in g.operations
            },
        )
    classes = {m.name: model_names.get(m.name, m.name) for m in client.models}
    for name in [
        *(e.name for e in client.enums),
        *(a.name for a in client.list_aliases),
        *(u.name for u in client.unions),
    ]:
        classes.setdefault(name, name)
    problems += _collisions("models", classes)
    said: set[str] = set()
    for m in client.models:  # (said once, for the first model that has both)
        final = {p.python_name: property_name(m.name, p) for p in m.properties}
        for problem in _collisions("properties", final):
            if problem not in said:
                said.add(problem)
                problems.append(f"{problem} (in {m.name})")
    for problem in dict.fromkeys(problems):
        diagnostics.error(problem, where)
    if diagnostics.has_errors:
        return client

    def rename_properties(model: Model) -> Model:
        changed = tuple(
            dataclasses.replace(p, python_name=property_name(model.name, p))
            for p in model.properties
        )
        return dataclasses.replace(model, properties=changed)

    # Properties first (keyed by the old model names), then every use of a model name.
    client = dataclasses.replace(
        client, models=tuple(rename_properties(m) for m in client.models)
    )
    flattened_renames = {(m, p): new for (m, p), new in properties.items()}

    def rename_body_properties(operation: Operation) -> Operation:
        body = operation.body
        if body is None or body.type is None or not body.flattened:
            return operation
        renamed = tuple(
            dataclasses.replace(
                p,
                python_name=flattened_renames.get(
                    (body.type.name, p.python_name), p.python_name
                ),
            )
            for p in body.flattened
        )
        return dataclasses.replace(
            operation, body=dataclasses.replace(body, flattened=renamed)
        )

    def rename_operations(group: OperationGroup) -> OperationGroup:
        operations = tuple(
            dataclasses.replace(
                rename_body_properties(o),
                method_name=operation_names.get(
                    (group.attribute, o.method_name), o.method_name
                ),
            )
            for o in group.operations
        )
        attribute = group_names.get(group.attribute, group.attribute)
        return dataclasses.replace(
            group,
            attribute=attribute,
            class_name=class_names[group.attribute],
            operations=operations,
        )

    # A renamed group's class is named after it, unlike any other group's.
    renamed_groups = [g.attribute for g in client.groups if g.attribute in group_names]
    new_classes = unique(
        [pascal_case(group_names[a]) + "Operations" for a in renamed_groups],
        {g.class_name for g in client.groups if g.attribute not in group_names},
    )
    class_names = {g.attribute: g.class_name for g in client.groups}
    class_names.update(zip(renamed_groups, new_classes))
    client = dataclasses.replace(
        client, groups=tuple(rename_operations(g) for g in client.groups)
    )

    def rename_models(node: Any) -> Any:
        if (
            isinstance(node, TypeRef)
            and node.kind == "model"
            and node.name in model_names
        ):
            return dataclasses.replace(node, name=model_names[node.name])
        if isinstance(node, Model):
            return dataclasses.replace(
                node,
                name=model_names.get(node.name, node.name),
                base=model_names.get(node.base, node.base) if node.base else None,
                subtypes=tuple(
                    (value, model_names.get(name, name))
                    for value, name in node.subtypes
                ),
            )
        return node

    renamed: ClientSpec = _transform(client, rename_models)
    if renamed.error_model in model_names:
        renamed = dataclasses.replace(
            renamed, error_model=model_names[renamed.error_model]
        )
    return renamed


__all__ = ["KINDS", "apply_renames"]
