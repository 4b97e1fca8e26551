"""Your customizations of this package: generated once, never overwritten.

`patch_sdk()` runs when the package is imported, after everything else is
defined: add methods to operation groups, replace models with subclasses, or
adjust the clients there. Names listed in `__all__` are exported by the
package too. Regenerating the client keeps this file as it is.

Example:

    from . import models
    from ._operations import FilesOperations

    class File(models.File):
        __slots__ = ()

        @property
        def kilobytes(self) -> float:
            return (self.bytes or 0) / 1024

    def patch_sdk() -> None:
        models.File = File  # responses now give your File
"""

from __future__ import annotations

__all__: list[str] = []


def patch_sdk() -> None:
    """Called once, when the package is imported."""
