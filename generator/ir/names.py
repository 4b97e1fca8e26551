"""Python identifiers from wire names: snake_case, PascalCase, and the rules
that turn operationIds and tags into operation groups and methods.

Every function here is pure and deterministic; collisions are settled by
`unique`, in spec order, so regenerating never renames an existing symbol
unless the spec changed.
"""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

# Words an operationId uses for what it does. A lowercased run such as
# "Getcontent" is split after one of these ("get", "content").
VERBS = [
    "get",
    "list",
    "create",
    "delete",
    "update",
    "upload",
    "import",
    "generate",
    "cancel",
    "begin",
    "put",
    "post",
    "patch",
    "set",
    "add",
    "remove",
    "replace",
    "check",
    "head",
    "query",
    "search",
    "submit",
    "start",
    "stop",
    "restart",
    "run",
    "send",
    "validate",
    "reset",
    "copy",
    "move",
    "download",
    "export",
    "purge",
    "enable",
    "disable",
]

# Dimensions such as 256x256 stay one word.
_CAMEL_WORDS = re.compile(
    r"[0-9]+(?:x[0-9]+)+|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+"
)


_NOT_ALPHANUMERIC = re.compile(r"[^A-Za-z0-9]+")


def split_words(text: str) -> list[str]:
    """Words of an identifier in any casing: 'fineTuneID-x' -> fine, Tune, ID, x."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words: list[str] = []
    for chunk in _NOT_ALPHANUMERIC.split(ascii_text):
        for word in _CAMEL_WORDS.findall(chunk):
            # A number belongs to the word before it: int32, base64, v2.
            if (
                word.isdigit()
                and words
                and words[-1][-1:].isalpha()
                and chunk.find(word) > 0
            ):
                words[-1] += word
            else:
                words.append(word)
    return words


# Names repeat (every property, parameter and model of a big spec goes
# through these): cached, as pure functions of a string.
@functools.lru_cache(maxsize=1 << 16)
def snake_case(text: str) -> str:
    return "_".join(w.lower() for w in split_words(text))


@functools.lru_cache(maxsize=1 << 16)
def pascal_case(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in split_words(text))


def place_hint(operation_id: str, method_name: str, steps: list[str]) -> str:
    """The name a schema at `steps` inside an operation gets, as the
    operation names what it holds: `{OperationId}Response` (a status other
    than 2xx after it), `{MethodName}Body`; inside that schema each
    property's name, `Item` for an array's items, `Value` for a map's."""
    words = [operation_id]
    rest = steps
    if steps[:1] == ["responses"] and len(steps) > 1:
        status = steps[1]
        words += ["Response"] if status.startswith("2") else ["Response", status]
        rest = steps[2:]
    elif steps[:1] == ["requestBody"]:
        words = [method_name, "Body"]
        rest = steps[1:]
    if "schema" in rest:
        rest = rest[rest.index("schema") + 1 :]
    inner = {"items": "Item", "additionalProperties": "Value"}
    return "".join(
        pascal_case(word)
        for word in [*words, *(inner.get(s, s) for s in rest if s != "properties")]
    )


def constant_case(text: str) -> str:
    return snake_case(text).upper()


def _fallback(name: str, kind: str) -> str:
    return name if name else kind


def python_identifier(
    name: str, kind: str = "value", reserved: Iterable[str] = ()
) -> str:
    """Make `name` (already cased) a valid identifier that is not reserved."""
    if not reserved:
        return _identifier(name, kind)
    return _reserved_identifier(name, kind, reserved)


@functools.lru_cache(maxsize=1 << 16)
def _identifier(name: str, kind: str) -> str:
    return _reserved_identifier(name, kind, ())


def _reserved_identifier(name: str, kind: str, reserved: Iterable[str]) -> str:
    name = _fallback(name, kind)
    if name[0].isdigit():
        name = f"{kind}_{name}" if name.islower() else f"{kind.upper()}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        name += "_"
    if name.startswith("__") and name.endswith("__"):
        name = name.strip("_") + "_"
    return name


# Every name a generated module binds besides its own classes: what the
# import manager (emit/imports.py) may import, and `annotations` from the
# `__future__` import. A model, enum or alias of such a name would shadow
# the import in the models module (a schema called `Any` or `Mapping`);
# tests/ir/test_names.py holds this set and the import manager's together.
MODULE_NAMES = frozenset(
    {
        "annotations",
        "builtins",
        "datetime",
        "decimal",
        "enum",
        "functools",
        "warnings",
        "Mapping",
        "dataclass",
        "field",
        "Any",
        "ClassVar",
        "Literal",
        "TypeAlias",
        "TYPE_CHECKING",
        "cast",
        "overload",
        "LazyModule",
        "ItemPaged",
        "AsyncItemPaged",
        "LROPoller",
        "AsyncLROPoller",
        "ByteStream",
        "EventStream",
        "AsyncByteStream",
        "AsyncEventStream",
        "with_raw_response",
        "with_streaming_response",
        "async_with_raw_response",
        "async_with_streaming_response",
        "_models",
        "_pipeline",
        "_serde",
        "_xml_shapes",
    }
)

# The builtins a class could be named like, in every Python the generated
# code supports (3.10 and later; a list, not the running interpreter's, so
# that the output is the same on any). A class `Exception` in the models
# module shadows the builtin, and mypy reads an annotation before the class
# as the builtin; a test holds this list against the interpreter's.
BUILTIN_CLASSES = frozenset(
    [
        "ArithmeticError",
        "AssertionError",
        "AttributeError",
        "BaseException",
        "BaseExceptionGroup",
        "BlockingIOError",
        "BrokenPipeError",
        "BufferError",
        "BytesWarning",
        "ChildProcessError",
        "ConnectionAbortedError",
        "ConnectionError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "DeprecationWarning",
        "EOFError",
        "Ellipsis",
        "EncodingWarning",
        "EnvironmentError",
        "Exception",
        "ExceptionGroup",
        "FileExistsError",
        "FileNotFoundError",
        "FloatingPointError",
        "FutureWarning",
        "GeneratorExit",
        "IOError",
        "ImportError",
        "ImportWarning",
        "IndentationError",
        "IndexError",
        "InterruptedError",
        "IsADirectoryError",
        "KeyError",
        "KeyboardInterrupt",
        "LookupError",
        "MemoryError",
        "ModuleNotFoundError",
        "NameError",
        "NotADirectoryError",
        "NotImplemented",
        "NotImplementedError",
        "OSError",
        "OverflowError",
        "PendingDeprecationWarning",
        "PermissionError",
        "ProcessLookupError",
        "PythonFinalizationError",
        "RecursionError",
        "ReferenceError",
        "ResourceWarning",
        "RuntimeError",
        "RuntimeWarning",
        "StopAsyncIteration",
        "StopIteration",
        "SyntaxError",
        "SyntaxWarning",
        "SystemError",
        "SystemExit",
        "TabError",
        "TimeoutError",
        "TypeError",
        "UnboundLocalError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeError",
        "UnicodeTranslateError",
        "UnicodeWarning",
        "UserWarning",
        "ValueError",
        "Warning",
        "ZeroDivisionError",
    ]
)

# No model, enum or alias may take one of these names.
CLASS_NAMES_KEPT = MODULE_NAMES | BUILTIN_CLASSES

# The client's own constructor arguments and what its body calls by name: a
# client parameter (a host template's, a server variable) cannot take one.
CLIENT_ARGUMENTS = frozenset(
    {
        "self",
        "api_key",
        "basic_auth",
        "base_url",
        "token",
        "credential",
        "credential_scopes",
        "http_client",
        "timeout",
        "max_retries",
        "polling_interval",
        "deadline",
        "credential_hosts",
        "enforce_https",
        "idempotency_header",
        "max_body_size",
        "format_host",
        "choose_auth",
    }
)

# An operation group is an attribute of the client: it cannot take the name
# of another member (`close`), nor of what the client's class body refers
# to after the groups (`@functools.cached_property`, `exc_type:
# type[BaseException]`, `-> str`).
CLIENT_MEMBERS = frozenset({"close", "functools", "type", "str"})


def group_names(groups: Iterable[str]) -> list[tuple[str, str]]:
    """(attribute, class name) for each operation group (snake_case words):
    identifiers, none a client member's, all distinct, the attributes in
    lower case (each names a module: `_operations_<attribute>.py`, which
    must not collide on a file system that ignores case)."""
    attributes = unique(
        [
            python_identifier(g or "default", "group", CLIENT_MEMBERS).lower()
            for g in groups
        ],
        CLIENT_MEMBERS,
    )
    classes = unique([pascal_case(a) + "Operations" for a in attributes])
    return list(zip(attributes, classes))


def unique(names: Iterable[str], reserved: Iterable[str] = ()) -> list[str]:
    """Make names distinct by numbering later duplicates: a, a_2, a_3. A name
    that is reserved gets PEP 8's trailing underscore first (`self_`)."""
    # (a set given is used as it is: copying thousands of class names for
    # each new name made naming quadratic on big specs)
    known = reserved if isinstance(reserved, AbstractSet) else set(reserved)
    added: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 1
        if candidate in known:
            candidate = name + "_"
        while candidate in known or candidate in added:
            n += 1
            candidate = f"{name}_{n}"
        added.add(candidate)
        result.append(candidate)
    return result


def unique_parameters(
    names: Iterable[tuple[str, str]], reserved: Iterable[str] = ()
) -> list[str]:
    """Argument names for (name, location) pairs: a name already taken (by a
    body field, a reserved argument such as `request_options`, or an earlier
    parameter) gets its location as suffix (`label_query`, `id_path`), and
    only then a number."""
    taken = set(reserved)
    result = []
    for name, location in names:
        candidate = name
        if candidate in taken:
            candidate = f"{name}_{location}"
        n = 1
        while candidate in taken:
            n += 1
            candidate = f"{name}_{location}_{n}"
        taken.add(candidate)
        result.append(candidate)
    return result


class Vocabulary:
    """Words a spec itself uses (tags, path segments, model names), for splitting
    run-together words such as 'Finetunes' or 'Operationsimages'."""

    def __init__(self, texts: Iterable[str]) -> None:
        words = {w.lower() for t in texts for w in split_words(t) if len(w) >= 3}
        self.words = frozenset(words | set(VERBS))

    def segment(self, word: str) -> list[str]:
        """Split one lowercase-run word into vocabulary words, if it is entirely made
        of them; the split with the fewest pieces wins. Otherwise the word as is."""
        lower = word.lower()
        if lower in self.words or not lower.isalpha():
            return [word]
        best: dict[int, list[str]] = {0: []}
        for end in range(1, len(lower) + 1):
            for start in range(end):
                if start in best and lower[start:end] in self.words:
                    candidate = best[start] + [lower[start:end]]
                    if end not in best or len(candidate) < len(best[end]):
                        best[end] = candidate
        pieces = best.get(len(lower))
        return pieces if pieces and len(pieces) > 1 else [word]


def common_word_prefix(ids: list[str]) -> int:
    """How many leading words all operationIds share and can lose, so that
    'microsoftAzureFilesList' and 'microsoftAzureModelsGet' become 'FilesList' and
    'ModelsGet'. Ids with an underscore (Azure's Group_Method) keep everything."""
    if len(ids) < 2 or any("_" in i for i in ids):
        return 0
    split = [split_words(i) for i in ids]
    n = 0
    while (
        all(len(words) > n + 1 for words in split)
        and len({w[n].lower() for w in split}) == 1
    ):
        n += 1
    return n


def group_and_method(
    operation_id: str, tag: str | None, drop_words: int, vocabulary: Vocabulary
) -> tuple[str, str]:
    """(group, method) in snake_case for one operation.

    - `Group_Method` (Azure's convention): the part before the first underscore is
      the group.
    - Otherwise the camelCase id is split before its first verb that is not the
      first word ('FilesGetcontent' -> Files | Getcontent); an id that starts with
      its verb ('listPets') belongs to the group its tag names.
    - Run-together words are split with the spec's own vocabulary, so that
      'Finetunes' matches the tag 'Fine-Tunes' and 'Getcontent' reads get_content.
    - A group part of numbers only names no group (`2.SendPayments`, a step
      in a guide): the operation belongs to its tag's group, and the number
      is not part of its method's name.
    """
    if "_" in operation_id.strip("_"):
        group_part, _, method_part = operation_id.strip("_").partition("_")
        group_words = split_words(group_part)
        method_words = split_words(method_part)
    else:
        words = split_words(operation_id)[drop_words:]
        segmented = [piece for w in words for piece in vocabulary.segment(w)]
        # (a verb joined to the one before by "or"/"and" is no split point:
        # `CreateOrReplace` is one method, not the group `create_or`)
        verb_at = next(
            (
                i
                for i, w in enumerate(segmented)
                if i > 0
                and w.lower() in VERBS
                and segmented[i - 1].lower() not in ("or", "and")
            ),
            None,
        )
        if verb_at is None:
            group_words, method_words = (split_words(tag) if tag else []), segmented
        else:
            group_words, method_words = segmented[:verb_at], segmented[verb_at:]
    if group_words and all(w.isdigit() for w in group_words):
        group_words = split_words(tag) if tag else []
    group = "_".join(p.lower() for w in group_words for p in vocabulary.segment(w))
    method = "_".join(p.lower() for w in method_words for p in vocabulary.segment(w))
    return group, method


def group_from_path(path: str) -> str:
    """The group of an operation whose id and tags name none: the resource type
    its path addresses (`.../providers/Microsoft.Compute/virtualMachines/{vm}`
    -> virtual_machines), else the path's first word (`/anything/string` ->
    anything); `operations` when the path has no word at all."""
    segments = [s for s in path.split("?")[0].split("/") if s and not s.startswith("{")]
    lowered = [s.lower() for s in segments]
    if "providers" in lowered:
        last = len(lowered) - 1 - lowered[::-1].index("providers")
        after = segments[last + 2 :]  # past the provider's namespace
        if after:
            return snake_case(after[0]) or "operations"
    return (snake_case(segments[0]) if segments else "") or "operations"


_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


def is_header_name(name: str) -> bool:
    """An HTTP field name (RFC 9110 `token`): nothing that could end the line."""
    return _HEADER_NAME.fullmatch(name) is not None


def is_header_value(value: str) -> bool:
    """What an HTTP/1.1 field value can carry: visible Latin-1, spaces, tabs."""
    return _HEADER_VALUE.fullmatch(value) is not None
