"""Stage 4: black, in process, on the generated (not the copied) modules.

black is imported only when something has to be formatted: a run whose
output is unchanged never pays for it (see `write.FormatCache`).
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


def format_files(
    files: Mapping[str, str],
    cached: Callable[[str, str], str | None],
) -> dict[str, str]:
    """Format every .py file; `cached(path, raw)` returns the formatted text when
    it is already known, or None."""
    formatter: Callable[[str], str] | None = None
    result = {}
    for path, text in files.items():
        if not path.endswith(".py"):
            result[path] = text
            continue
        known = cached(path, text)
        if known is None:
            formatter = formatter or black_formatter()
            known = formatter(text)
        result[path] = known
    return result
