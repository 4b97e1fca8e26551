"""Names generated code keeps for itself: a model's attributes and what its
class body refers to, the arguments every operation method takes, the members
of an operation group. A spec name that would take one gets another
(`names.unique`, `renames`).
"""

from __future__ import annotations

from .names import MODULE_NAMES

# Attributes every model has besides its properties, and names the class body
# uses after the fields are declared: a field called `field` or `datetime`
# would shadow what later annotations and defaults refer to.
RESERVED_PROPERTY_NAMES = frozenset(
    {
        "additional_properties",
        "from_dict",
        "to_dict",
        "self",
        "cls",
        "field",
        "frozenset",
        "classmethod",
        "dataclass",
        # modules annotations qualify (`datetime.date`): mypy reads a field
        # of that name in the class body instead (builtins are not affected)
        "datetime",
        "decimal",
        "builtins",  # (which qualifies a builtin that a field shadows)
        # builtins the class body itself writes (`additional_properties:
        # dict[str, Any]`, `exclude_readonly: bool`); a field's own type is
        # spelled `builtins.list` where a field shadows it instead
        "dict",
        "str",
        "bool",
    }
)

# Names a generated method must keep free: `self`, the per-call options and
# escape hatches every operation method accepts, and the arguments some kinds
# of method add (a spec parameter of such a name gets its location as a
# suffix: `timeout_query`). Its locals start with an underscore (`_query`,
# `_spec`, `_response`, ...), which no spec name becomes. Nor may an
# argument shadow a builtin its body uses (`_query: list[tuple[str, str]]`
# under an argument called `list`); tests/emit pin the list to what the
# generated bodies use.
RESERVED_PARAMETER_NAMES = frozenset(
    {
        "self",
        "str",
        "list",
        "tuple",
        "dict",
        "bool",
        "request_options",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "stream_events",
        "polling_interval",
        "chunk_size",
    }
)

# A method of an operation group cannot take the name of another member
# (`with_raw_response`), nor of what the group's class body refers to: its
# module's imports (`_pipeline`, `overload`) and the builtins its fixed
# signatures use (a field's type is spelled `builtins.list` where a method
# shadows it instead).
RESERVED_METHOD_NAMES = frozenset(
    {
        "with_raw_response",
        "with_streaming_response",
        *MODULE_NAMES,
        "bool",  # (`stream: bool`, `polling_interval: float | None`, ...)
        "bytes",
        "float",
        "int",
    }
)
