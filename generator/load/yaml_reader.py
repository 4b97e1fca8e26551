"""Safe YAML/JSON reading that keeps strings strings.

PyYAML follows YAML 1.1, where an unquoted `2024-02-01T00:00:00Z` becomes a
datetime and `on:` a boolean. In an OpenAPI document those are strings (an
api-version, a property name), so the loader drops the timestamp resolver and
the yes/no/on/off booleans; `true`/`false` still mean booleans.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecYamlLoader(_Base):  # type: ignore[misc, valid-type]
    pass


SpecYamlLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
SpecYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=SpecYamlLoader)


def compose_yaml(text: str) -> Any:
    """The node tree (with line marks) of a document, for diagnostics only."""
    return yaml.compose(text, Loader=SpecYamlLoader)
