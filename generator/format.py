"""Stage 4: black, in process, on the generated (not the copied) modules.

The templates and `emit.layout` already write black's style, so black is the
formatter of last resort: in the default `auto` mode it runs only on a module
with a code line longer than black allows (the one thing the emitter cannot
always avoid: a long name in a spec), and on nothing when the last run's
result for the same text is on disk (the manifest records both hashes). The
tests prove the claim: black leaves every golden file unchanged, and `auto`
and `black` modes give the same bytes. Importing black costs about 0.1 s and
formatting about 0.2 ms a line, which is why it is avoided when it is a no-op.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

BLACK_LINE_LENGTH = 88


def black_formatter() -> Callable[[str], str]:
    import black

    mode = black.Mode(
        line_length=BLACK_LINE_LENGTH, target_versions={black.TargetVersion.PY310}
    )

    def format_source(source: str) -> str:
        try:
            return black.format_file_contents(source, fast=True, mode=mode)
        except black.NothingChanged:
            return source

    return format_source


FormatMode = str  # "auto" | "black" | "none"


def needs_black(text: str) -> bool:
    """Whether a module has a code line over the limit. Comments and docstring
    lines do not count: black leaves them as they are."""
    in_docstring = False
    for line in text.split("\n"):
        stripped = line.lstrip()
        is_code = not in_docstring and not stripped.startswith(("#", '"""'))
        if len(line) > BLACK_LINE_LENGTH and is_code:
            return True
        if line.count('"""') % 2:
            in_docstring = not in_docstring
    return False


def format_files(
    files: Mapping[str, str],
    cached: Callable[[str, str], str | None],
    mode: FormatMode = "auto",
) -> dict[str, str]:
    """Format every .py file; `cached(path, raw)` returns the formatted text when
    it is already known, or None."""
    formatter: Callable[[str], str] | None = None
    result = {}
    for path, text in files.items():
        if not path.endswith(".py") or mode == "none":
            result[path] = text
            continue
        known = cached(path, text)
        if known is None and (mode == "black" or needs_black(text)):
            formatter = formatter or black_formatter()
            known = formatter(text)
        result[path] = text if known is None else known
    return result
