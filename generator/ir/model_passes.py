"""Passes over the models once every schema is built: what a model can only
know from the others (its subtypes) or from the operations (whether a
request can send it).
"""

from __future__ import annotations

from dataclasses import replace

from .model import Model, OperationGroup, Property, TypeRef, UnionType


def with_subtypes(models: dict[str, Model]) -> tuple[Model, ...]:
    """Give every model with a discriminator the classes its values stand for:
    each subclass (direct or not) by its x-ms-discriminator-value or name."""
    # Each model's descendants, from one walk up each model's bases (Microsoft
    # Graph's thousands of subclasses of a few bases: a walk per pair of
    # models took seconds).
    descendants: dict[str, list[Model]] = {}
    for other in models.values():
        ancestor, seen = other.base, set()
        while ancestor is not None and ancestor in models and ancestor not in seen:
            seen.add(ancestor)
            descendants.setdefault(ancestor, []).append(other)
            ancestor = models[ancestor].base
    result = []
    for model in models.values():
        if model.discriminator is None:
            result.append(model)
            continue
        subtypes = sorted(
            (other.discriminator_value or other.name, other.name)
            for other in descendants.get(model.name, ())
        )
        result.append(replace(model, subtypes=tuple(subtypes)))
    return tuple(result)


def read_only_optional_where_sent(
    models: tuple[Model, ...],
    groups: tuple[OperationGroup, ...],
    unions: dict[str, UnionType],
) -> tuple[Model, ...]:
    """A read-only property is never required to build a model that requests
    send (the service sets it; a caller has no value for it): in every model
    a request body can hold (nested, in lists and maps, its bases and
    subtypes), `readOnly` and `required` together mean optional."""
    by_name = {m.name: m for m in models}
    pending = [
        op.body.type
        for group in groups
        for op in group.operations
        if op.body is not None and op.body.type is not None
    ]
    sent = _reached(pending, by_name, unions, lists=True)
    return tuple(
        (
            replace(
                model,
                properties=tuple(
                    replace(p, required=False) if p.read_only and p.required else p
                    for p in model.properties
                ),
            )
            if model.name in sent
            else model
        )
        for model in models
    )


MERGE_PATCH = "application/merge-patch+json"


def merge_patch_nullable(
    models: tuple[Model, ...],
    groups: tuple[OperationGroup, ...],
    unions: dict[str, UnionType],
) -> tuple[tuple[Model, ...], tuple[OperationGroup, ...]]:
    """In a JSON merge patch (RFC 7396) null is what removes a field: every
    optional field of a model a merge-patch body holds (nested in fields and
    maps too, which merge in turn; not in lists, which are replaced whole) is
    UNSET until set, and None is sent as null, whether or not the schema says
    the field may be null (TypeSpec's patch models do not)."""
    by_name = {m.name: m for m in models}
    patches = [
        op
        for group in groups
        for op in group.operations
        if op.body is not None
        and op.body.type is not None
        and MERGE_PATCH
        in (
            op.body.content_type.split(";")[0].strip().lower(),
            *(m.split(";")[0].strip().lower() for m in op.body.media_types),
        )
    ]
    pending = [op.body.type for op in patches if op.body is not None and op.body.type]
    merged = _reached(pending, by_name, unions, lists=False)
    if not merged:
        return models, groups
    patched = {id(op) for op in patches}

    def patchable(p: Property) -> Property:
        optional = not p.required and not p.read_only and p.constant is None
        return replace(p, nullable=True) if optional else p

    models = tuple(
        (
            replace(model, properties=tuple(patchable(p) for p in model.properties))
            if model.name in merged
            else model
        )
        for model in models
    )
    groups = tuple(
        replace(
            group,
            operations=tuple(
                (
                    replace(
                        op,
                        body=replace(
                            op.body,
                            flattened=tuple(patchable(p) for p in op.body.flattened),
                        ),
                    )
                    if id(op) in patched and op.body is not None
                    else op
                )
                for op in group.operations
            ),
        )
        for group in groups
    )
    return models, groups


def _reached(
    pending: list[TypeRef],
    by_name: dict[str, Model],
    unions: dict[str, UnionType],
    lists: bool,
) -> set[str]:
    """The names of the models (and unions) these types hold: in fields, map
    values, list items where `lists`, union members, bases and subtypes."""
    reached: set[str] = set()
    while pending:
        t = pending.pop()
        if t.item is not None and (lists or t.kind == "dict"):
            pending.append(t.item)
        if t.kind == "union" and t.name in unions and t.name not in reached:
            reached.add(t.name)  # (a union may contain itself)
            pending += unions[t.name].members
        model = by_name.get(t.name) if t.kind == "model" else None
        if model is None or model.name in reached:
            continue
        reached.add(model.name)
        pending += [p.type for p in model.properties]
        pending += [TypeRef("model", name) for _, name in model.subtypes]
        if model.base is not None:
            pending.append(TypeRef("model", model.base))
    return reached
