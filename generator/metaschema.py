"""A compiled yes/no check of a document against the OpenAPI schema.

openapi-spec-validator checks a spec against the OpenAPI schema (JSON Schema
draft 4 for Swagger 2.0 and OpenAPI 3.0, 2020-12 for 3.1) with jsonschema,
which interprets the schema keyword by keyword at every value of the
document and builds an error object for every failed alternative of every
`oneOf`: 6 s of CPU for GitHub's 13 MB spec. Most specs pass, and a spec that
passes needs no messages, only the answer. So the schema is turned into
Python closures once (each knows its keywords and checks them without
dispatch or error objects), and they answer in a fraction of that time.

Only the answer "valid" is trusted: when the answer is no, the validator
runs as before and gives its messages; a schema with a keyword this module
does not know raises `Unsupported`, and the validator runs too. The
semantics are jsonschema's own (draft 4: `$ref` hides its siblings, 1.0 is
not an integer, `exclusiveMinimum` is a flag; no `format` assertions, as
openapi-spec-validator passes no format checker), and the tests compare both
answers on every spec in the repository and on thousands of broken variants.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import unquote

Check = Callable[[Any], bool]

DRAFT4 = "http://json-schema.org/draft-04/schema#"
DRAFT2020 = "https://json-schema.org/draft/2020-12/schema"

# Keywords that assert nothing here (format: no checker is given).
_ANNOTATIONS = frozenset(
    {
        "$schema", "id", "$id", "title", "description", "default", "format",
        "examples", "example", "$comment", "definitions", "$defs", "deprecated",
        "readOnly", "writeOnly", "$anchor", "$dynamicAnchor", "contentMediaType",
        "contentEncoding",
    }
)  # fmt: skip
_DRAFT4_KEYWORDS = frozenset(
    {
        "$ref", "type", "enum", "required", "properties", "patternProperties",
        "additionalProperties", "minProperties", "maxProperties", "items",
        "additionalItems", "minItems", "maxItems", "uniqueItems", "pattern",
        "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "allOf", "anyOf", "oneOf", "not",
    }
)  # fmt: skip
_DRAFT2020_KEYWORDS = (_DRAFT4_KEYWORDS - {"additionalItems"}) | frozenset(
    {
        "$dynamicRef", "const", "prefixItems", "propertyNames", "dependentSchemas",
        "dependentRequired", "if", "then", "else", "unevaluatedProperties",
    }
)  # fmt: skip


class Unsupported(Exception):
    """The schema uses something this module does not compile."""


def compile_check(schema: Mapping[str, Any]) -> Check:
    """The schema as a function from a document to whether it is valid."""
    dialect = schema.get("$schema")
    if dialect not in (DRAFT4, DRAFT2020):
        raise Unsupported(f"dialect {dialect!r}")
    return _Compiler(schema, modern=dialect == DRAFT2020).compile(schema)


def _always(instance: Any) -> bool:
    return True


def _never(instance: Any) -> bool:
    return False


_TRUE, _FALSE = object(), object()


def _unbool(value: Any) -> Any:
    """True and 1, False and 0 are different JSON values."""
    if value is True:
        return _TRUE
    if value is False:
        return _FALSE
    return value


def equal(one: Any, two: Any) -> bool:
    """JSON equality, as jsonschema compares (`enum`, `const`, `uniqueItems`)."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, Sequence) and isinstance(two, Sequence):
        return len(one) == len(two) and all(map(equal, one, two))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return one.keys() == two.keys() and all(
            equal(value, two[key]) for key, value in one.items()
        )
    return bool(_unbool(one) == _unbool(two))


def unique(items: list[Any]) -> bool:
    if all(isinstance(item, str) for item in items):
        return len(set(items)) == len(items)
    seen: list[Any] = []
    for item in items:
        if any(equal(item, other) for other in seen):
            return False
        seen.append(item)
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _type_check(name: str, modern: bool) -> Check:
    if name == "object":
        return lambda x: isinstance(x, dict)
    if name == "array":
        return lambda x: isinstance(x, list)
    if name == "string":
        return lambda x: isinstance(x, str)
    if name == "boolean":
        return lambda x: isinstance(x, bool)
    if name == "null":
        return lambda x: x is None
    if name == "number":
        return _is_number
    if name == "integer":
        if modern:  # (draft 6 on: 1.0 is an integer)
            return lambda x: (isinstance(x, int) and not isinstance(x, bool)) or (
                isinstance(x, float) and x.is_integer()
            )
        return lambda x: isinstance(x, int) and not isinstance(x, bool)
    raise Unsupported(f"type {name!r}")


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) and second(x)

    def check(instance: Any) -> bool:
        for each in checks:
            if not each(instance):
                return False
        return True

    return check


def _any(checks: list[Check]) -> Check:
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) or second(x)
    return lambda x: any(check(x) for check in checks)


def _one(checks: list[Check]) -> Check:
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) != second(x)
    return lambda x: sum(1 for check in checks if check(x)) == 1


class _Compiler:
    def __init__(self, root: Mapping[str, Any], modern: bool) -> None:
        self._root = root
        self._modern = modern
        self._known = _DRAFT2020_KEYWORDS if modern else _DRAFT4_KEYWORDS
        # Compiled schemas by identity: refs and cycles share one closure.
        self._compiled: dict[int, Check] = {}
        self._keep: list[Any] = []  # (keeps the ids above unique)
        self._document = root  # (the one `$ref`s in the schema compiled now are in)
        self._documents: dict[str, Mapping[str, Any]] = {}
        for document in (root, *([] if modern else [_draft4_schema()])):
            address = document.get("$id" if modern else "id")
            if isinstance(address, str):
                self._documents[address.rstrip("#")] = document

    def compile(self, schema: Any) -> Check:
        known = self._compiled.get(id(schema))
        if known is not None:
            return known
        slot: list[Check] = []

        def forward(instance: Any) -> bool:  # (a cycle back to this schema)
            return slot[0](instance)

        self._compiled[id(schema)] = forward
        self._keep.append(schema)
        check = self._compile(schema)
        slot.append(check)
        self._compiled[id(schema)] = check
        return check

    def _compile(self, schema: Any) -> Check:
        if isinstance(schema, bool) and self._modern:
            return _always if schema else _never
        if not isinstance(schema, dict):
            raise Unsupported(f"schema {schema!r}")
        unknown = set(schema) - self._known - _ANNOTATIONS
        if unknown:
            raise Unsupported(f"keywords {sorted(unknown)}")
        if schema is not self._document and ("$id" if self._modern else "id") in schema:
            raise Unsupported("a nested schema resource")
        if "$ref" in schema and not self._modern:
            return self._ref(schema["$ref"])  # (draft 4: siblings are ignored)
        checks = []
        if "type" in schema:
            checks.append(self._types(schema["type"]))
        for build in (
            self._object,
            self._array,
            self._string,
            self._number,
            self._values,
            self._applicators,
        ):
            checks.extend(build(schema))
        if self._modern and "unevaluatedProperties" in schema:
            checks.append(self._unevaluated(schema))
        return _all(checks)

    # -- references

    def _ref(self, reference: Any) -> Check:
        document, target = self._resolve(reference)
        outer, self._document = self._document, document
        try:
            return self.compile(target)
        finally:
            self._document = outer

    def _resolve(self, reference: Any) -> tuple[Mapping[str, Any], Any]:
        """(the document it is in, the subschema) a `$ref` names: a JSON
        pointer in this document, the schema itself by its id, or JSON
        Schema draft 4's own schema (Swagger 2.0's schema refers to it)."""
        if not isinstance(reference, str):
            raise Unsupported(f"reference {reference!r}")
        address, _, fragment = reference.partition("#")
        document = self._document
        if address:
            named = self._documents.get(address.rstrip("#"))
            if named is None:
                raise Unsupported(f"reference {reference!r}")
            document = named
        node: Any = document
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise Unsupported(f"reference {reference!r}")
        for token in pointer.split("/")[1:] if pointer else ():
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            elif isinstance(node, dict) and token in node:
                node = node[token]
            else:
                raise Unsupported(f"reference {reference!r}")
        return document, node

    def _dynamic(self, reference: Any) -> Any:
        """`$dynamicRef: "#name"` in a schema that is its own only resource:
        the subschema whose `$dynamicAnchor` is that name."""
        if not isinstance(reference, str) or not reference.startswith("#"):
            raise Unsupported(f"dynamic reference {reference!r}")
        found = [
            node
            for node in _subschemas(self._root)
            if node.get("$dynamicAnchor") == reference[1:]
        ]
        if len(found) != 1:
            raise Unsupported(f"dynamic reference {reference!r}")
        return found[0]

    # -- keywords, grouped by the kind of value they apply to

    def _types(self, names: Any) -> Check:
        if isinstance(names, str):
            return _type_check(names, self._modern)
        if not isinstance(names, list):
            raise Unsupported(f"type {names!r}")
        each = [_type_check(name, self._modern) for name in names]
        return lambda x: any(check(x) for check in each)

    def _object(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        required = schema.get("required")
        if required:
            names = frozenset(required)
            checks.append(lambda x: not isinstance(x, dict) or x.keys() >= names)
        lowest, highest = schema.get("minProperties"), schema.get("maxProperties")
        if lowest is not None:
            checks.append(lambda x: not isinstance(x, dict) or len(x) >= lowest)
        if highest is not None:
            checks.append(lambda x: not isinstance(x, dict) or len(x) <= highest)
        properties = {
            name: self.compile(sub)
            for name, sub in schema.get("properties", {}).items()
        }
        patterns = [
            (re.compile(pattern).search, self.compile(sub))
            for pattern, sub in schema.get("patternProperties", {}).items()
        ]
        extra = schema.get("additionalProperties")
        additional = None if extra is None else self._subschema(extra)
        names_check = (
            self.compile(schema["propertyNames"]) if "propertyNames" in schema else None
        )
        if properties or patterns or additional is not None or names_check:
            checks.append(_properties(properties, patterns, additional, names_check))
        for name, sub in schema.get("dependentSchemas", {}).items():
            checks.append(_dependent(name, self.compile(sub)))
        for name, needed in schema.get("dependentRequired", {}).items():
            checks.append(_dependent(name, _has_all(tuple(needed))))
        return checks

    def _subschema(self, value: Any) -> Check:
        """`additionalProperties`/`additionalItems`: a schema, or false
        (true and false are schemas in draft 4 only here)."""
        if value is False:
            return _never
        if value is True:
            return _always
        return self.compile(value)

    def _array(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        lowest, highest = schema.get("minItems"), schema.get("maxItems")
        if lowest is not None:
            checks.append(lambda x: not isinstance(x, list) or len(x) >= lowest)
        if highest is not None:
            checks.append(lambda x: not isinstance(x, list) or len(x) <= highest)
        if schema.get("uniqueItems") is True:
            checks.append(lambda x: not isinstance(x, list) or unique(x))
        prefix: list[Check] = []
        rest: Check | None = None
        items = schema.get("items")
        if self._modern:
            prefix = [self.compile(sub) for sub in schema.get("prefixItems", [])]
            rest = None if items is None else self.compile(items)
        elif isinstance(items, list):
            prefix = [self.compile(sub) for sub in items]
            extra = schema.get("additionalItems")
            rest = None if extra is None else self._subschema(extra)
        elif items is not None:
            rest = self.compile(items)
        if prefix or rest is not None:
            checks.append(_items(prefix, rest))
        return checks

    def _string(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if "pattern" in schema:
            search = re.compile(schema["pattern"]).search
            checks.append(lambda x: not isinstance(x, str) or search(x) is not None)
        lowest, highest = schema.get("minLength"), schema.get("maxLength")
        if lowest is not None:
            checks.append(lambda x: not isinstance(x, str) or len(x) >= lowest)
        if highest is not None:
            checks.append(lambda x: not isinstance(x, str) or len(x) <= highest)
        return checks

    def _number(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        lowest, highest = schema.get("minimum"), schema.get("maximum")
        above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        if not self._modern:  # (draft 4: the exclusive ones are flags)
            if lowest is not None and above:
                lowest, above = None, lowest
            else:
                above = None
            if highest is not None and below:
                highest, below = None, highest
            else:
                below = None
        for bound, holds in (
            (lowest, operator.ge),
            (highest, operator.le),
            (above, operator.gt),
            (below, operator.lt),
        ):
            if bound is not None:
                checks.append(_bound(holds, bound))
        if "multipleOf" in schema:
            raise Unsupported("multipleOf")  # (no OpenAPI schema uses it)
        return checks

    def _values(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if "enum" in schema:
            values = list(schema["enum"])
            if all(isinstance(v, str) for v in values):
                strings = frozenset(values)
                checks.append(lambda x: isinstance(x, str) and x in strings)
            else:
                checks.append(lambda x: any(equal(v, x) for v in values))
        if "const" in schema:
            const = schema["const"]
            checks.append(lambda x: equal(x, const))
        return checks

    def _applicators(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if self._modern and "$ref" in schema:
            checks.append(self._ref(schema["$ref"]))
        if "$dynamicRef" in schema:
            checks.append(self.compile(self._dynamic(schema["$dynamicRef"])))
        if "allOf" in schema:
            checks.append(_all([self.compile(sub) for sub in schema["allOf"]]))
        if "anyOf" in schema:
            checks.append(_any([self.compile(sub) for sub in schema["anyOf"]]))
        if "oneOf" in schema:
            checks.append(_one([self.compile(sub) for sub in schema["oneOf"]]))
        if "not" in schema:
            negated = self.compile(schema["not"])
            checks.append(lambda x: not negated(x))
        if self._modern and "if" in schema:
            condition = self.compile(schema["if"])
            then = self.compile(schema.get("then", True))
            otherwise = self.compile(schema.get("else", True))
            checks.append(lambda x: then(x) if condition(x) else otherwise(x))
        return checks

    # -- unevaluatedProperties (2020-12)

    def _unevaluated(self, schema: dict[str, Any]) -> Check:
        rest = self._subschema(schema["unevaluatedProperties"])

        def check(instance: Any) -> bool:
            if not isinstance(instance, dict):
                return True
            seen = self._evaluated(schema, instance)
            return all(
                rest(value) for key, value in instance.items() if key not in seen
            )

        return check

    def _evaluated(self, schema: Any, instance: dict[str, Any]) -> set[str]:
        """The keys of `instance` that `schema` evaluates, as jsonschema
        counts them (only from subschemas the instance passes)."""
        if not isinstance(schema, dict):
            return set()
        keys: set[str] = set()
        if "$ref" in schema:
            keys |= self._evaluated(self._resolve(schema["$ref"])[1], instance)
        if "$dynamicRef" in schema:
            keys |= self._evaluated(self._dynamic(schema["$dynamicRef"]), instance)
        keys |= schema.get("properties", {}).keys() & instance.keys()
        for keyword in ("additionalProperties", "unevaluatedProperties"):
            if keyword in schema:
                check = self._subschema(schema[keyword])
                keys.update(key for key, value in instance.items() if check(value))
        for pattern in schema.get("patternProperties", {}):
            keys.update(key for key in instance if re.search(pattern, key))
        for name, sub in schema.get("dependentSchemas", {}).items():
            if name in instance:
                keys |= self._evaluated(sub, instance)
        for keyword in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(keyword, []):
                if self.compile(sub)(instance):
                    keys |= self._evaluated(sub, instance)
        if "if" in schema:
            if self.compile(schema["if"])(instance):
                keys |= self._evaluated(schema["if"], instance)
                if "then" in schema:
                    keys |= self._evaluated(schema["then"], instance)
            elif "else" in schema:
                keys |= self._evaluated(schema["else"], instance)
        return keys


def _properties(
    properties: dict[str, Check],
    patterns: list[tuple[Callable[..., Any], Check]],
    additional: Check | None,
    names: Check | None,
) -> Check:
    """`properties`, `patternProperties`, `additionalProperties` and
    `propertyNames` in one pass over the object's members."""
    # The checks of the patterns each key matches: the same few keys
    # (`description`, `x-...`) come back in thousands of objects, and a
    # search per pattern per key was most of a big spec's check. (Only
    # where there are patterns: a map of property names would keep every
    # name of the spec, 17 MB of GitHub's.)
    matching: dict[str, tuple[Check, ...]] = {}

    def check(instance: Any) -> bool:
        if not isinstance(instance, dict):
            return True
        for key, value in instance.items():
            if names is not None and not names(key):
                return False
            known = properties.get(key)
            if known is not None and not known(value):
                return False
            subs = matching.get(key) if patterns else ()
            if subs is None:
                subs = tuple(sub for search, sub in patterns if search(key))
                matching[key] = subs
            for sub in subs:
                if not sub(value):
                    return False
            if (
                known is None
                and not subs
                and additional is not None
                and not additional(value)
            ):
                return False
        return True

    return check


def _has_all(names: tuple[str, ...]) -> Check:
    return lambda x: all(name in x for name in names)


def _bound(holds: Callable[[Any, Any], bool], bound: Any) -> Check:
    return lambda x: not _is_number(x) or holds(x, bound)


def _dependent(name: str, sub: Check) -> Check:
    return lambda x: not isinstance(x, dict) or name not in x or sub(x)


def _items(prefix: list[Check], rest: Check | None) -> Check:
    def check(instance: Any) -> bool:
        if not isinstance(instance, list):
            return True
        for position, item in enumerate(instance):
            if position < len(prefix):
                if not prefix[position](item):
                    return False
            elif rest is None:
                return True
            elif not rest(item):
                return False
        return True

    return check


def _draft4_schema() -> Mapping[str, Any]:
    schema: Mapping[str, Any] = packaged_json(
        "jsonschema_specifications", "schemas", "draft4", "metaschema.json"
    )
    return schema


def packaged_json(package: str, *path: str) -> Any:
    """A JSON file shipped inside an installed package, read without importing
    the package (openapi-spec-validator's import alone costs 0.3 s)."""
    import importlib.util
    import json
    from pathlib import Path

    found = importlib.util.find_spec(package)
    folders = found.submodule_search_locations if found is not None else None
    if not folders:
        raise Unsupported(f"{package} is not installed")
    try:
        return json.loads(Path(folders[0], *path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Unsupported(f"{package}: {exc}") from exc


def _subschemas(schema: Any) -> list[dict[str, Any]]:
    """Every object in the schema document (to find anchors)."""
    found: list[dict[str, Any]] = []
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found
