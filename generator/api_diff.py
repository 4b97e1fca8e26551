"""What changed in a client's public API between two specs, and whether each
change breaks code written against the old client.

Breaking: a removed operation, parameter, model, property or enum value; a new
required parameter; an optional parameter made required; a changed type; a
new value of a closed (non-extensible) enum. Not breaking: new operations,
optional parameters, models, properties; a required parameter made optional;
a new value of an extensible enum; a changed default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .emit.expressions import TypeExpressions
from .ir.model import ClientSpec, Operation


@dataclass(frozen=True, order=True)
class Change:
    subject: str  # e.g. "operation files.list", "model File"
    kind: str  # added, removed, changed
    detail: str
    breaking: bool

    def line(self) -> str:
        mark = "BREAKING" if self.breaking else "        "
        detail = f": {self.detail}" if self.detail else ""
        return f"{mark}  {self.kind} {self.subject}{detail}"


def _parameters(op: Operation, types: TypeExpressions) -> dict[str, tuple[str, bool]]:
    found: dict[str, tuple[str, bool]] = {}
    for p in op.parameters:
        found[p.python_name] = (
            types.annotation(p.type),
            p.required or p.location == "path",
        )
    if op.body is not None:
        for prop in op.body.flattened:
            found[prop.python_name] = (types.annotation(prop.type), prop.required)
        for form in op.body.form_fields:
            if form.constant is not None:
                continue  # (no argument: the method sends it)
            found[form.python_name] = (
                "file" if form.is_file else types.annotation(form.type),
                form.required,
            )
        if (
            not op.body.flattened
            and not op.body.form_fields
            and op.body.type is not None
        ):
            found[op.body.python_name] = (
                types.annotation(op.body.type),
                op.body.required,
            )
    return found


def surface(client: ClientSpec) -> dict[str, Any]:
    """The public API as plain data: what user code can see and call."""
    types = TypeExpressions(
        {e.name: e for e in client.enums}, unions={u.name: u for u in client.unions}
    )
    operations = {}
    for group in client.groups:
        for op in group.operations:
            name = ("begin_" if op.long_running else "") + op.method_name
            returns = (
                "bytes"
                if op.returns_binary
                else types.annotation(op.returns) if op.returns else "None"
            )
            operations[f"{group.attribute}.{name}"] = {
                "parameters": _parameters(op, types),
                "returns": returns,
            }
    models = {
        m.name: {
            p.python_name: (types.annotation(p.type), p.required) for p in m.properties
        }
        for m in client.models
    }
    enums = {e.name: (e.extensible, [m.value for m in e.members]) for e in client.enums}
    client_parameters = {
        p.python_name: p.default for p in client.client_parameters if p.constant is None
    }
    return {
        "operations": operations,
        "models": models,
        "enums": enums,
        "client": client_parameters,
    }


def diff(old: ClientSpec, new: ClientSpec) -> list[Change]:
    before, after = surface(old), surface(new)
    changes: list[Change] = []

    for name, default in sorted(after["client"].items()):
        if name not in before["client"]:
            changes.append(
                Change(f"client parameter {name}", "added", "", default is None)
            )
        elif before["client"][name] != default:
            changes.append(
                Change(
                    f"client parameter {name}",
                    "changed",
                    f"default {before['client'][name]!r} -> {default!r}",
                    False,
                )
            )
    for name in sorted(set(before["client"]) - set(after["client"])):
        changes.append(Change(f"client parameter {name}", "removed", "", True))

    old_ops, new_ops = before["operations"], after["operations"]
    for name in sorted(set(old_ops) - set(new_ops)):
        changes.append(Change(f"operation {name}", "removed", "", True))
    for name in sorted(set(new_ops) - set(old_ops)):
        changes.append(Change(f"operation {name}", "added", "", False))
    for name in sorted(set(old_ops) & set(new_ops)):
        old_params, new_params = (
            old_ops[name]["parameters"],
            new_ops[name]["parameters"],
        )
        for param in sorted(set(old_params) - set(new_params)):
            changes.append(Change(f"parameter {name}({param})", "removed", "", True))
        for param in sorted(set(new_params) - set(old_params)):
            annotation, required = new_params[param]
            what = "required" if required else "optional"
            changes.append(
                Change(
                    f"parameter {name}({param})",
                    "added",
                    f"{what}, {annotation}",
                    required,
                )
            )
        for param in sorted(set(old_params) & set(new_params)):
            (old_type, old_required), (new_type, new_required) = (
                old_params[param],
                new_params[param],
            )
            if old_type != new_type:
                changes.append(
                    Change(
                        f"parameter {name}({param})",
                        "changed",
                        f"type {old_type} -> {new_type}",
                        True,
                    )
                )
            if old_required != new_required:
                detail = "now required" if new_required else "now optional"
                changes.append(
                    Change(
                        f"parameter {name}({param})", "changed", detail, new_required
                    )
                )
        if old_ops[name]["returns"] != new_ops[name]["returns"]:
            detail = f"returns {old_ops[name]['returns']} -> {new_ops[name]['returns']}"
            changes.append(Change(f"operation {name}", "changed", detail, True))

    old_models, new_models = before["models"], after["models"]
    for name in sorted(set(old_models) - set(new_models)):
        changes.append(Change(f"model {name}", "removed", "", True))
    for name in sorted(set(new_models) - set(old_models)):
        changes.append(Change(f"model {name}", "added", "", False))
    for name in sorted(set(old_models) & set(new_models)):
        old_props, new_props = old_models[name], new_models[name]
        for prop in sorted(set(old_props) - set(new_props)):
            changes.append(Change(f"property {name}.{prop}", "removed", "", True))
        for prop in sorted(set(new_props) - set(old_props)):
            changes.append(
                Change(f"property {name}.{prop}", "added", new_props[prop][0], False)
            )
        for prop in sorted(set(old_props) & set(new_props)):
            if old_props[prop][0] != new_props[prop][0]:
                detail = f"type {old_props[prop][0]} -> {new_props[prop][0]}"
                changes.append(
                    Change(f"property {name}.{prop}", "changed", detail, True)
                )

    old_enums, new_enums = before["enums"], after["enums"]
    for name in sorted(set(old_enums) - set(new_enums)):
        changes.append(Change(f"enum {name}", "removed", "", True))
    for name in sorted(set(new_enums) - set(old_enums)):
        changes.append(Change(f"enum {name}", "added", "", False))
    for name in sorted(set(old_enums) & set(new_enums)):
        (_, old_values), (extensible, new_values) = old_enums[name], new_enums[name]
        for value in [v for v in old_values if v not in new_values]:
            changes.append(Change(f"enum value {name}.{value}", "removed", "", True))
        for value in [v for v in new_values if v not in old_values]:
            changes.append(
                Change(f"enum value {name}.{value}", "added", "", not extensible)
            )
    return changes


def report(changes: list[Change], old_name: str, new_name: str) -> str:
    breaking = sum(c.breaking for c in changes)
    lines = [
        f"API changes from {old_name} to {new_name}: {len(changes)} ({breaking} breaking)"
    ]
    lines += [change.line() for change in changes]
    return "\n".join(lines) + "\n"
