"""Stage 4: black, in process, on the generated (not the copied) modules,
and only on the statements that need it.

The templates and `emit.layout` already write black's style, so black is the
formatter of last resort. A code line longer than black allows is the one
thing the emitter cannot always avoid (a long name or path in a spec); black
then formats only the statement that holds the line, cut out of the module,
dedented, and formatted with the line length left at its indentation (black
measures a line with its indentation, so the result is what black gives the
whole module). Lines black would keep as they are (a lone string, `name="..."`
or `"key": "..."` in an exploded bracket) do not count. A big resource-manager
module (70,000 lines, hundreds of long paths) formats in seconds instead of
a minute.

In the default `auto` mode, modules without such lines skip black entirely,
and so do modules whose last run's result for the same text is on disk (the
manifest records both hashes). The tests prove the claim: black leaves every
golden file unchanged, and `auto` and `black` modes give the same bytes, on
the golden specs and on real Azure specs.
"""

from __future__ import annotations

import ast
import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

BLACK_LINE_LENGTH = 88

_STRING = r"""(?:[rbuRBU]{0,2})(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
_NAME = r"[A-Za-z_][\w.]*"  # a dotted name
_ATOM = rf"(?:{_STRING}|{_NAME})"
_TARGETS = r"[A-Za-z_]\w*(?:, [A-Za-z_]\w*)*"  # `for key, value in`
# A line black cannot shorten, and so leaves as it is: one string or name
# (an item of an exploded bracket, or an alternative of a union split one
# per line), a comprehension's `for x in name` (or `name()`) clause, a
# keyword argument or dict entry whose value is one, a parameter of a split
# def annotated with one (`name: Long,`), the head of an exploded
# call, dict or list value after a string key, the first line of a def
# or class whose name alone is too long, or of an import from a module whose
# name is.
_STABLE = re.compile(
    rf"\s*(?:{_ATOM}|\| {_NAME}|for {_TARGETS} in {_NAME}(?:\(\))?"
    rf"|[A-Za-z_]\w*={_ATOM}|(?:{_STRING}|\d+): (?:{_ATOM}|[\[{{(])"
    rf"|[A-Za-z_]\w*: {_NAME},"
    rf"|{_NAME}\(|(?:class|def|async def) [A-Za-z_]\w*\(|class [A-Za-z_]\w*:"
    r"|from [\w.]+ import \()"
    r"(?:,)?"
)
# The first line of a returned call split in its brackets (`return f(`):
# black puts the call in parentheses instead, unless `f(` is too long there.
_RETURN_CALL_HEAD = re.compile(rf"(\s*)return ({_NAME})\(")
# The first line of an assigned call split in its brackets (`x = f(`): black
# puts the call in parentheses instead, unless `x = (`, `f(` there, or an
# argument (one per line) is too long.
_ASSIGNED_CALL_HEAD = re.compile(rf"(\s*)({_NAME}) = ({_NAME})\(")
# A string or name assigned to a name: black puts it in parentheses, unless
# it is too long even there (after a subscript, `data["k"] = `, always).
_ASSIGNED_ATOM = re.compile(rf"(\s*){_NAME} = ({_ATOM})")
# The first line of an annotation split inside its brackets (`name: list[`):
# black puts the annotation in parentheses instead, unless `name: (` is too
# long too.
_ANNOTATION_HEAD = re.compile(rf"(\s*)([A-Za-z_]\w*): {_NAME}\[")
# The last line of a def that returns one name: black puts the name in
# parentheses on a line of its own, unless it is too long even there and
# has no dot (a dotted name, which it could split at a dot, goes in them
# all the same).
_RETURNS_NAME = re.compile(rf"(\s*)\) -> ({_NAME}):")


def black_formatter(line_length: int = BLACK_LINE_LENGTH) -> Callable[[str], str]:
    import black
    from black.mode import TargetVersion

    mode = black.Mode(line_length=line_length, target_versions={TargetVersion.PY310})

    def format_source(source: str) -> str:
        try:
            return black.format_file_contents(source, fast=True, mode=mode)
        except black.report.NothingChanged:
            return source

    return format_source


FormatMode = str  # "auto" | "black" | "none"


# A line longer than black allows, matched at the newline before it: a
# pattern that starts with a literal is tried only where the literal is
# (`^` in MULTILINE mode is tried at every position: 4 times slower on a
# module of 19 MB).
_LONG_LINE = re.compile(rf"\n[^\n]{{{BLACK_LINE_LENGTH + 1}}}")


def _line_starts(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """Offsets of the lines that `pattern`, which starts with the newline
    before a line, matches (the first line too, which has none)."""
    if pattern.match("\n" + text[: BLACK_LINE_LENGTH + 1]):
        yield 0
    for match in pattern.finditer(text):
        yield match.start() + 1


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


# One argument on a line of its own: a string, a (dotted) name, `key=` one.
_ONE_ARGUMENT = re.compile(rf"(?:[A-Za-z_]\w*=)?{_ATOM}")


def _arguments(text: str, end: int, pad: str) -> tuple[list[str], bool] | None:
    """The argument lines of the call that a line ending at `end` opens (at
    indentation `pad`) and whether they hold one argument each, where black
    would leave them as they are: one per line, each with its comma, or all
    on one line without; None for anything else."""
    # (looked for nearby only: a module may have half a million lines, and
    # a call farther than this is left to black)
    closing = text.find(f"\n{pad})", end, end + 8000)
    if closing < 0:
        return None
    lines = text[end + 1 : closing].split("\n")
    inner = pad + "    "
    if len(lines) == 1 and not lines[0].endswith(","):
        line = lines[0]
        if not line.startswith(inner) or line[len(inner) : len(inner) + 1] == " ":
            return None
        return lines, _ONE_ARGUMENT.fullmatch(line, len(inner)) is not None
    each = all(
        line.startswith(inner)
        and line.endswith(",")
        and _ONE_ARGUMENT.fullmatch(line, len(inner), len(line) - 1)
        for line in lines
    )
    return (lines, True) if each else None


def long_code_lines(text: str) -> list[int]:
    """Numbers (from 1) of the code lines over the limit that black might
    change. Comments and docstring lines do not count (black leaves them).
    Only the long lines are looked at (found by a regular expression, in C:
    a module may have half a million lines); a line is inside a docstring
    when an odd number of triple quotes comes before it."""
    found = []
    quotes = lines = position = 0
    for start in _line_starts(text, _LONG_LINE):
        quotes += text.count('"""', position, start)
        lines += text.count("\n", position, start)
        position = start
        if quotes % 2:
            continue
        line = _line_at(text, start)
        if line.lstrip().startswith(("#", '"""')) or _STABLE.fullmatch(line):
            continue
        returns = _RETURNS_NAME.fullmatch(line)
        if (
            returns
            and "." not in returns[2]
            and len(returns[1]) + 4 + len(returns[2]) > BLACK_LINE_LENGTH
        ):
            continue
        head = _ANNOTATION_HEAD.fullmatch(line)
        if head and len(head[1]) + len(head[2]) + 3 > BLACK_LINE_LENGTH:
            continue
        head = _RETURN_CALL_HEAD.fullmatch(line)
        if head and len(head[1]) + 4 + len(head[2]) + 1 > BLACK_LINE_LENGTH:
            continue
        assigned = _ASSIGNED_ATOM.fullmatch(line)
        if assigned and len(assigned[1]) + 4 + len(assigned[2]) > BLACK_LINE_LENGTH:
            continue
        head = _ASSIGNED_CALL_HEAD.fullmatch(line)
        arguments = _arguments(text, start + len(line), head[1]) if head else None
        if (
            head
            and arguments
            and (
                len(head[1]) + len(head[2]) + 4 > BLACK_LINE_LENGTH
                or len(head[1]) + 4 + len(head[3]) + 1 > BLACK_LINE_LENGTH
                or arguments[1]
                and any(len(a) + 4 > BLACK_LINE_LENGTH for a in arguments[0])
            )
        ):
            # (wrapping the call in parentheses would shorten nothing: `x = (`,
            # `f(` there, or an argument 4 columns deeper, would be too long)
            continue
        found.append(lines + 1)
    return found


def needs_black(text: str) -> bool:
    """Whether a module has a code line that black might change."""
    return bool(long_code_lines(text))


class _Formatters:
    """One black formatter per line length, created on first use."""

    def __init__(self) -> None:
        self._by_width: dict[int, Callable[[str], str]] = {}

    def __call__(self, source: str, width: int) -> str:
        formatter = self._by_width.get(width)
        if formatter is None:
            formatter = self._by_width[width] = black_formatter(width)
        return formatter(source)


Span = tuple[int, int, bool, int]  # (first line, last line, header only, column)


def _child_statements(node: ast.AST) -> list[ast.stmt]:
    """The statements directly inside a compound statement (its body, else,
    finally, and each handler's or case's body)."""
    found: list[ast.stmt] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.stmt):
            found.append(child)
        elif isinstance(child, (ast.ExceptHandler, ast.match_case)):
            found.extend(child.body)
    return found


def _owner_of(statements: list[ast.stmt], line: int) -> Span | None:
    """The smallest statement that holds `line`: a compound statement (def,
    class, if, ...) owns only its header lines, the rest belongs to the
    statements inside it. Only the path down to the line is visited, so a
    class of thousands of lines costs what its depth costs."""
    for node in statements:
        decorators: list[Any] = getattr(node, "decorator_list", [])
        start = min([node.lineno, *(d.lineno for d in decorators)])
        end = node.end_lineno or node.lineno
        if not start <= line <= end:
            continue
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
            if line < body[0].lineno:
                return (start, body[0].lineno - 1, True, node.col_offset)
            return _owner_of(_child_statements(node), line)
        return (start, end, False, node.col_offset)
    return None


# A line that may start a block (see `_block_starts`), at the newline before
# it: one at column 0 that continues nothing, or a method's first line.
_BLOCK_HEAD = re.compile(r"\n(?=[^ \n)\]}#]|    (?:def |async def |@))")


def _block_starts(text: str) -> list[tuple[int, int]]:
    """(line index, column) of every top-level statement and of every method
    of a top-level class: the blocks `_owners` parses one at a time. A
    statement starts at column 0 (the emitter indents every continuation
    line, as black does); a method at column 4 with `def` or a decorator.
    Decorators belong to what follows them; docstring lines are no starts.
    Only the lines that may start a block are looked at (found in C); a
    line is inside a docstring when an odd number of triple quotes comes
    before it."""
    starts: list[tuple[int, int]] = []
    in_class = False
    quotes = number = position = 0
    for start in _line_starts(text, _BLOCK_HEAD):
        quotes += text.count('"""', position, start)
        number += text.count("\n", position, start)
        position = start
        line = _line_at(text, start)
        if quotes % 2 or line.count('"""') % 2:
            continue  # inside a docstring, or the line that opens or ends one
        previous = _line_at(text, text.rfind("\n", 0, start - 1) + 1) if start else ""
        if line[0] != " ":
            in_class = line.startswith("class ")
            if not previous.startswith("@"):
                starts.append((number, 0))
        elif in_class and not previous.startswith("    @"):
            starts.append((number, 4))
    return starts


def _owners(text: str, lines: list[str], wanted: list[int]) -> dict[int, Span]:
    """The statement of each wanted line (see `_owner_of`), found by
    parsing only the blocks that hold one (see `_block_starts`): a module of
    400,000 lines, or a class of 30,000, need not be parsed whole for a few
    long lines. A class's block ends at its first method."""
    starts = _block_starts(text)
    indexes = [index for index, _ in starts]
    owner: dict[int, Span] = {}
    parsed: dict[int, tuple[int, int, ast.Module]] = {}
    for number in wanted:
        at = bisect.bisect_right(indexes, number - 1) - 1
        if at < 0:
            continue
        if at not in parsed:
            first, column = starts[at]
            last = indexes[at + 1] if at + 1 < len(starts) else len(lines)
            try:
                tree = ast.parse("\n".join(line[column:] for line in lines[first:last]))
            except SyntaxError:  # not a block boundary after all (a docstring line)
                whole = ast.parse("\n".join(lines))
                return {
                    n: found
                    for n in wanted
                    if (found := _owner_of(whole.body, n)) is not None
                }
            parsed[at] = (first, column, tree)
        first, column, tree = parsed[at]
        found = _owner_of(tree.body, number - first)
        if found is not None:
            start, end, header, offset = found
            owner[number] = (start + first, end + first, header, offset + column)
    return owner


def format_statements(text: str, formatters: _Formatters | None = None) -> str:
    """`text` with every statement that holds a long code line formatted by
    black on its own; the rest is left as the emitter wrote it."""
    formatters = formatters or _Formatters()
    wanted = long_code_lines(text)
    if not wanted:
        return text
    lines = text.split("\n")
    owner = _owners(text, lines, wanted)
    result: list[str] = []
    done = 0  # lines[:done] are in `result`
    for start, end, header, column in sorted({owner[n] for n in wanted if n in owner}):
        if start <= done:
            continue  # inside a statement already formatted
        result += lines[done : start - 1]
        snippet = "\n".join(line[column:] for line in lines[start - 1 : end]) + "\n"
        if header:
            snippet += "    pass\n"  # a compound statement needs a body
        formatted = formatters(snippet, BLACK_LINE_LENGTH - column).split("\n")
        formatted.pop()  # the final newline
        if header:
            formatted.pop()
        pad = " " * column
        result += [pad + line if line else line for line in formatted]
        done = end
    result += lines[done:]
    return "\n".join(result)


def format_files(
    files: Mapping[str, str],
    cached: Callable[[str, str], str | None],
    mode: FormatMode = "auto",
) -> dict[str, str]:
    """Format every .py file; `cached(path, raw)` returns the formatted text when
    it is already known, or None."""
    formatters = _Formatters()
    result = {}
    for path, text in files.items():
        if not path.endswith(".py") or mode == "none":
            result[path] = text
            continue
        known = cached(path, text)
        if known is None:
            if mode == "black":
                known = formatters(text, BLACK_LINE_LENGTH)
            else:
                known = format_statements(text, formatters)
        result[path] = known
    return result
