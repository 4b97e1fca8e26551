"""Renames from the configuration, applied to a built IR: the spec stays as
it is, the client gets the names its users want.

    [tool.generator.clients.rename]
    groups = { operations_images = "image_operations" }
    operations = { "files.import_" = "import_from_url" }
    models = { OperationResponseResult = "ImageGenerationResult" }
    properties = { "File.bytes" = "size_in_bytes" }

Keys are the names the generator would give (group, group.method, Model,
Model.property); wire names never change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from ..diagnostics import Diagnostics
from .model import ClientSpec, Model, Operation, OperationGroup, Property, TypeRef
from .names import pascal_case, python_identifier

KINDS = ("groups", "operations", "models", "properties")


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
    if diagnostics.has_errors:
        return client

    def lineage(name: str) -> list[str]:
        """The model and its base classes: an inherited property is renamed too."""
        found: list[str] = []
        while name in models and name not in found:
            found.append(name)
            name = models[name].base or ""
        return found

    def rename_properties(model: Model) -> Model:
        def new_name(prop: Property) -> str:
            for owner in lineage(model.name):
                if (owner, prop.python_name) in properties:
                    return properties[(owner, prop.python_name)]
            return prop.python_name

        changed = tuple(
            dataclasses.replace(p, python_name=new_name(p)) for p in model.properties
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
        attribute = python_identifier(
            group_names.get(group.attribute, group.attribute), "group"
        )
        class_name = (
            group.class_name
            if attribute == group.attribute
            else pascal_case(attribute) + "Operations"
        )
        return dataclasses.replace(
            group, attribute=attribute, class_name=class_name, operations=operations
        )

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
