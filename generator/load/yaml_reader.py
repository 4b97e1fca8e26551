"""Safe YAML/JSON reading that keeps strings strings.

PyYAML follows YAML 1.1, where an unquoted `2024-02-01T00:00:00Z` becomes a
datetime and `on:` a boolean. In an OpenAPI document those are strings (an
api-version, a property name), so the loader drops the timestamp resolver and
the yes/no/on/off booleans; `true`/`false` still mean booleans, except as
keys: every key is a string, as in JSON.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecYamlLoader(_Base):  # type: ignore[misc]
    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        # JSON's keys are strings, and so are an OpenAPI document's: a key
        # YAML reads as a number, a boolean or null (`200:`, `true:`, `1:`
        # as a property's name) is the text it is written as.
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
            node.value = [(_as_text(key), value) for key, value in node.value]
        return super().construct_mapping(node, deep=deep)


_STR = "tag:yaml.org,2002:str"


def _as_text(node: Any) -> Any:
    if not isinstance(node, yaml.ScalarNode) or node.tag == _STR:
        return node
    return yaml.ScalarNode(_STR, node.value, node.start_mark, node.end_mark, node.style)


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


# Aliases are fine; a "billion laughs" document, whose few aliases expand to
# hundreds of millions of nodes, is not: walking it would never end.
MAX_EXPANDED_NODES = 1_000_000


class TooManyAliases(yaml.YAMLError):
    def __init__(self) -> None:
        super().__init__(
            f"the document's YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes;"
            " write the repeated parts out or use $ref"
        )


def _check_alias_expansion(text: str) -> None:
    """Count the nodes the document stands for once every alias is expanded."""
    sizes: dict[str, int] = {}
    open_nodes: list[list[Any]] = []  # [node count, anchor] per open collection
    total = 0
    for event in yaml.parse(text, Loader=SpecYamlLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            open_nodes.append([1, event.anchor])
            continue
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            count, anchor = open_nodes.pop()
            if anchor:
                sizes[anchor] = count
        elif isinstance(event, yaml.ScalarEvent):
            count = 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            count = sizes.get(event.anchor or "", 1)
        else:
            continue
        if open_nodes:
            open_nodes[-1][0] += count
        total += count if not open_nodes else 0
        if total > MAX_EXPANDED_NODES or (
            open_nodes and open_nodes[-1][0] > MAX_EXPANDED_NODES
        ):
            raise TooManyAliases()


def parse_yaml(text: str) -> Any:
    if "&" in text and "*" in text:
        _check_alias_expansion(text)
    return yaml.load(text, Loader=SpecYamlLoader)


def compose_yaml(text: str) -> Any:
    """The node tree (with line marks) of a document, for diagnostics only."""
    return yaml.compose(text, Loader=SpecYamlLoader)
