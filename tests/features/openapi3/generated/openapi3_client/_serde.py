"""Conversions between wire values and Python values, used by the generated
`from_dict` / `to_dict` code of the models."""

from __future__ import annotations

import base64
import datetime as _dt
import enum
import gc
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeAlias, TypeVar, cast

T = TypeVar("T")

_UTC = _dt.timezone.utc


def unixtime(value: Any) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(value, tz=_UTC)


def opt_unixtime(value: Any) -> _dt.datetime | None:
    return None if value is None else _dt.datetime.fromtimestamp(value, tz=_UTC)


def req_unixtime(value: Any) -> _dt.datetime:
    if value is None:
        return cast(_dt.datetime, None)
    return _dt.datetime.fromtimestamp(value, tz=_UTC)


def unixtime_to_wire(value: _dt.datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    return int(value.timestamp())


# RFC 3339's date-time and time (as ISO 8601 spells them too: `t`, a space,
# a comma, no seconds, an offset without its colon): what Python 3.10's
# fromisoformat refuses of it (fractions of other than 3 or 6 digits, as .NET
# writes 7 and Go as few as needed; `Z`; `+0100`) is read by these.
_TIME = r"(\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d\d)(?::?(\d\d))?)?"
_ISO_DATETIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[Tt ]" + _TIME + ")?")
_ISO_TIME = re.compile(_TIME)


def _zone(
    utc: str | None, sign: str | None, hours: str, minutes: str | None
) -> _dt.tzinfo | None:
    if utc:
        return _UTC
    if not sign:
        return None
    offset = _dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    return _dt.timezone(-offset if sign == "-" else offset)


def _clock(groups: tuple[Any, ...]) -> tuple[int, int, int, int]:
    """Hours, minutes, seconds and microseconds (digits past six dropped, as
    fromisoformat drops them)."""
    hour, minute, second, fraction = groups
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    return int(hour or 0), int(minute or 0), int(second or 0), micro


def _rfc3339_datetime(text: str) -> _dt.datetime:
    match = _ISO_DATETIME.fullmatch(text)
    if match is None:
        raise ValueError(f"not an ISO 8601 date-time: {text!r}")
    groups = match.groups()
    date = (int(groups[0]), int(groups[1]), int(groups[2]))
    return _dt.datetime(*date, *_clock(groups[3:7]), tzinfo=_zone(*groups[7:]))


def _rfc3339_time(text: str) -> _dt.time:
    match = _ISO_TIME.fullmatch(text)
    if match is None:
        raise ValueError(f"not an ISO 8601 time: {text!r}")
    groups = match.groups()
    return _dt.time(*_clock(groups[:4]), tzinfo=_zone(*groups[4:]))


def iso_datetime(value: Any) -> _dt.datetime:
    text = str(value)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"  # (what Python 3.10 reads, sooner)
    try:
        parsed = _dt.datetime.fromisoformat(text)
    except ValueError:
        # (Python 3.10 reads fewer forms; the same instant either way)
        parsed = _rfc3339_datetime(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=_UTC)


def iso_datetime_to_wire(value: _dt.datetime) -> str:
    """RFC 3339 in UTC (`Z`), with as many fraction digits as the value needs:
    services compare instants, and some compare the text too."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    zone = "Z"
    try:
        value = value.astimezone(_UTC)
    except OverflowError:
        # An instant in year 0 or 10000 in UTC: the same instant, in its own offset.
        zone = value.isoformat()[-6:]
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return text + zone


def iso_date(value: Any) -> _dt.date:
    return _dt.date.fromisoformat(str(value))


def iso_date_to_wire(value: _dt.date) -> str:
    return value.isoformat()


_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_RFC1123 = re.compile(
    r"^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+"
    r"(\d{2}):(\d{2}):(\d{2})\s*(?:GMT|UTC|Z|\+0000)?\s*$",
    re.IGNORECASE,
)


def rfc1123_datetime(value: Any) -> _dt.datetime:
    """`Mon, 01 Jan 0001 00:00:00 GMT`, in either case. (email.utils would
    read years below 100 as 19xx/20xx.)"""
    match = _RFC1123.match(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"not an RFC 1123 date: {value!r}")
    day, month, year, hour, minute, second = match.groups()
    if month.lower() not in _MONTHS:
        raise ValueError(f"not an RFC 1123 date: {value!r}")
    return _dt.datetime(
        int(year),
        _MONTHS.index(month.lower()) + 1,
        int(day),
        int(hour),
        int(minute),
        int(second),
        tzinfo=_UTC,
    )


def iso_time(value: Any) -> _dt.time:
    if not isinstance(value, str):
        raise TypeError(f"expected a time of day, got {value!r}")
    try:
        return _dt.time.fromisoformat(value)
    except ValueError:
        return _rfc3339_time(value)


def iso_time_to_wire(value: _dt.time) -> str:
    return value.isoformat()


def rfc1123_to_wire(value: _dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    value = value.astimezone(_UTC)
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[value.weekday()]
    month = _MONTHS[value.month - 1].capitalize()
    return (
        f"{weekday}, {value.day:02d} {month} {value.year:04d}"
        f" {value.hour:02d}:{value.minute:02d}:{value.second:02d} GMT"
    )


_DURATION = re.compile(
    r"^(?P<sign>-)?P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def iso_duration(value: Any) -> _dt.timedelta:
    """An ISO 8601 duration such as P1DT2H30M. Years and months have no fixed
    length: they count 365 and 30 days, as .NET's XmlConvert counts them."""
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 duration, got {value!r}")
    match = _DURATION.match(value)
    if match is None or value in ("P", "PT", "-P") or value.endswith("T"):
        raise ValueError(f"not an ISO 8601 duration: {value!r}")
    parts = {k: float(v) for k, v in match.groupdict().items() if v and k != "sign"}
    parts["days"] = (
        parts.pop("years", 0.0) * 365
        + parts.pop("months", 0.0) * 30
        + parts.get("days", 0.0)
    )
    duration = _dt.timedelta(**parts)
    return -duration if match.group("sign") else duration


def iso_duration_to_wire(value: _dt.timedelta) -> str:
    """Every microsecond the value holds, counted in integers (a float's
    six significant digits wrote 12.345678 s as `12.3457S`, 59.999999 s as
    `60S` and one microsecond as `1e-06S`)."""
    sign = "-" if value < _dt.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    fraction = f".{value.microseconds:06d}".rstrip("0") if value.microseconds else ""
    time = "".join(
        [
            f"{hours}H" if hours else "",
            f"{minutes}M" if minutes else "",
            f"{seconds}{fraction}S" if seconds or fraction else "",
        ]
    )
    return (
        f"{sign}P{value.days}D" + (f"T{time}" if time else "")
        if value.days
        else f"{sign}PT{time or '0S'}"
    )


def decimal(value: Any) -> Any:
    import decimal as _decimal  # only specs with decimals pay for importing it

    return _decimal.Decimal(str(value))


def decimal_to_wire(value: Any) -> Any:
    return int(value) if value == int(value) else float(value)


def base64url_bytes(value: Any) -> bytes:
    return _base64(str(value))


def base64url_bytes_to_wire(value: bytes) -> str:
    return base64.urlsafe_b64encode(value).rstrip(b"=").decode("ascii")


def base64_bytes(value: Any) -> bytes:
    if not isinstance(value, str):
        raise TypeError(f"expected base64 text, got {value!r}")
    return _base64(value)


def _base64(text: str) -> bytes:
    """Base64 as services send it, whichever the format says: padded or not
    (Go's RawStdEncoding), in either alphabet, with line breaks (MIME).
    Any other character is an error (b64decode alone drops it: a `-` in
    standard base64 silently changed the bytes)."""
    text = "".join(text.split()).translate(_URL_ALPHABET).rstrip("=")
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


_URL_ALPHABET = str.maketrans("-_", "+/")


def base64_bytes_to_wire(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def model_wire(value: Any, exclude_readonly: bool) -> Any:
    """A model in a list or a map as its wire dict. A null item stays null:
    services send them and reading keeps them (`opt_list`), so a model read
    from an answer writes back as it was read."""
    if value is None:
        return None
    return value.to_dict(exclude_readonly=exclude_readonly)


def enum_wire(value: Any) -> Any:
    """The wire value of an enum member, or the value itself (a plain str/int
    given where an extensible enum is expected)."""
    return value.value if isinstance(value, enum.Enum) else value


class Unset:
    """The value of a nullable field that was never set: unlike None (which is
    sent as null), an UNSET field is left out of the request. `UNSET` is its
    only instance."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = Unset()


def nullable(
    convert: Callable[[Any], T], data: Mapping[str, Any], key: str
) -> T | None | Unset:
    """A nullable field: UNSET when absent, None when null, else converted."""
    if key not in data:
        return UNSET
    value = data[key]
    return None if value is None else convert(value)


def nested(data: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """A value inside nested objects (x-ms-client-flatten); None if absent."""
    value: Any = data
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def nest(data: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    """The nested object at `path` in `data`, created when missing."""
    for key in path:
        data = data.setdefault(key, {})
    return data


def required(data: Mapping[str, Any], key: str) -> Any:
    """A required field as sent; None when a response lacks it (services do
    omit them), and `to_dict` leaves it out again."""
    return data.get(key)


E = TypeVar("E", bound=enum.Enum)


def opt_enum(cls: type[E], value: Any) -> E | None:
    """An enum member from its value, by the enum's own lookup table first. A
    value the spec does not list is kept as it is (annotations say `E | str`):
    services add values before their specs do."""
    if value is None:
        return None
    try:
        member = cls._value2member_map_.get(value)
    except TypeError:  # (an object or array: no enum value, and no str)
        raise TypeError(f"expected a {cls.__name__} value, got {value!r}") from None
    if member is not None:
        return cast(E, member)
    try:
        return cls(value)
    except ValueError:
        return cast(E, value)


def req_enum(cls: type[E], value: Any) -> E:
    if value is None:
        return cast(E, None)
    return cast(E, opt_enum(cls, value))


def enum_of(cls: type[E]) -> Callable[[Any], Any]:
    """The converter of a response that is one enum value (or a value the spec
    does not list, kept as it is: a str or an int, hence Any)."""
    return lambda value: req_enum(cls, value)


def as_int(value: Any) -> int:
    """An integer response: JSON numbers without a fraction (not booleans)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected an integer, got {value!r}")
    if isinstance(value, float) and not value.is_integer():
        raise TypeError(f"expected an integer, got {value!r}")
    return int(value)


def as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {value!r}")
    return float(value)


def as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def as_list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected an array, got {type(value).__name__}")
    return value


def as_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


def opt(convert: Callable[[Any], T], value: Any) -> T | None:
    return None if value is None else convert(value)


def req(convert: Callable[[Any], T], value: Any) -> T:
    """A required field. A response that lacks it (services do omit them) gives
    None rather than an exception, and `to_dict` leaves it out again."""
    return cast(T, None) if value is None else convert(value)


# Converting a long list creates objects by the ten thousand; the cyclic
# garbage collector would scan them again and again while they are built
# (models from JSON hold no cycles), so it pauses for lists this long.
LONG_LIST = 1000


def _convert_long(convert: Callable[[Any], T], value: Any) -> list[T]:
    if not gc.isenabled():
        return [cast(T, None) if item is None else convert(item) for item in value]
    gc.disable()
    try:
        return [cast(T, None) if item is None else convert(item) for item in value]
    finally:
        gc.enable()


def opt_list(convert: Callable[[Any], T], value: Any) -> list[T] | None:
    """A list of converted items; a null item stays None (services send them)."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise TypeError(f"expected an array, got {type(value).__name__}")
    if len(value) < LONG_LIST:
        return [cast(T, None) if item is None else convert(item) for item in value]
    return _convert_long(convert, value)


def req_list(convert: Callable[[Any], T], value: Any) -> list[T]:
    if value is None:
        return cast("list[T]", None)
    return cast("list[T]", opt_list(convert, value))


def opt_dict(convert: Callable[[Any], T], value: Any) -> dict[str, T] | None:
    """A map of converted values; a null value stays None."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return {k: cast(T, None) if v is None else convert(v) for k, v in value.items()}


def req_dict(convert: Callable[[Any], T], value: Any) -> dict[str, T]:
    if value is None:
        return cast("dict[str, T]", None)
    return cast("dict[str, T]", opt_dict(convert, value))


def list_to_wire(convert: Callable[[Any], Any], value: Iterable[Any]) -> list[Any]:
    return [convert(item) for item in value]


def dict_to_wire(
    convert: Callable[[Any], Any], value: Mapping[str, Any]
) -> dict[str, Any]:
    return {k: convert(v) for k, v in value.items()}


NO_NULLS: frozenset[str] = frozenset()


def nulls(data: Mapping[str, Any]) -> frozenset[str]:
    """The fields a response sent as an explicit null, so that `to_dict` can
    send them back as null rather than leave them out."""
    return frozenset(k for k, v in data.items() if v is None)


# Per object a model reads flattened fields from (x-ms-client-flatten): its
# path, and the names the model knows there.
NestedNames: TypeAlias = tuple[tuple[tuple[str, ...], frozenset[str]], ...]


def nested_extras(
    data: Mapping[str, Any], containers: NestedNames, found: dict[str, Any]
) -> None:
    """Fields inside the objects a model flattens that the spec does not
    define, kept in `found` at their path (`{"properties": {...}}`), so that
    `merge_extras` sends them back where they were."""
    for path, known in containers:
        inner = nested(data, path)
        if isinstance(inner, Mapping) and not inner.keys() <= known:
            nest(found, path).update((k, v) for k, v in inner.items() if k not in known)


def merge_extras(data: dict[str, Any], extras: Mapping[str, Any]) -> None:
    """`data.update(extras)`, except that an object of extras merges into the
    object `data` has at the same key (a flattened model's container)."""
    for key, value in extras.items():
        existing = data.get(key)
        if isinstance(value, Mapping) and isinstance(existing, dict):
            merge_extras(existing, value)
        else:
            data[key] = value


def extras(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """Fields of a response that the spec does not define: kept, and sent back.
    (The set difference runs in C; the common case, no unknown field, ends there.)"""
    if not data.keys() - known:
        return {}
    return {k: v for k, v in data.items() if k not in known}


class WireEnum(enum.Enum):
    """Base of the generated enums: printing a member gives its wire value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)


class ExtensibleEnum(WireEnum):
    """An enum that also accepts values the spec does not list (x-ms-enum
    `modelAsString`): such a value becomes a member-like instance of the enum,
    equal to its plain value, instead of a ValueError."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            return None
        base: type = str if issubclass(cls, str) else int
        if issubclass(cls, float):
            base = float
            if isinstance(value, int):
                value = float(value)
        if not isinstance(value, base):
            return None
        member = cast(Any, base).__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member


def identity(value: Any) -> Any:
    return value


def nothing(value: Any) -> None:
    """The result of an operation that declares none, whatever the body says."""


# The JSON values each kind of alternative of a union accepts.
_KIND_CHECKS: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, Mapping),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "any": lambda v: True,
}


class Choice:
    """One alternative of a union: the JSON kind of its values, how to read
    one, and for a model the fields that tell it apart (the wire names it
    knows, those it requires, and values it always has)."""

    __slots__ = ("accepts", "constants", "convert", "known", "required")

    def __init__(
        self,
        kind: str,
        convert: Callable[[Any], Any] = identity,
        known: frozenset[str] = frozenset(),
        required: frozenset[str] = frozenset(),
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        self.accepts = _KIND_CHECKS[kind]
        self.convert = convert
        self.known = known
        self.required = required
        self.constants = constants or {}

    def fit(self, data: Mapping[str, Any]) -> tuple[int, int, int, int]:
        """How well an object fits this model: its constants, then its
        required fields, then the most known and fewest unknown fields."""
        return (
            all(data.get(k, v) == v for k, v in self.constants.items()),
            self.required <= data.keys(),
            len(data.keys() & self.known),
            -len(data.keys() - self.known),
        )


class OneOf(Generic[T]):
    """Reads a value of a union (`oneOf`/`anyOf`): by its discriminator
    where the spec names one; else the first alternative of the value's JSON
    kind that reads it, and among models the one its fields fit best (the
    earlier one on a tie). A value of no alternative's kind is an error."""

    __slots__ = ("choices", "discriminator", "mapping")

    def __init__(
        self,
        choices: tuple[Choice, ...],
        discriminator: str = "",
        mapping: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        self.choices = choices
        self.discriminator = discriminator
        self.mapping = mapping or {}

    def __call__(self, value: Any) -> T:
        return cast(T, self._read(value))

    def _read(self, value: Any) -> Any:
        if isinstance(value, Mapping):
            if self.discriminator:
                convert = self.mapping.get(str(value.get(self.discriminator)))
                if convert is not None:
                    return convert(value)
            models = [c for c in self.choices if c.known]
            if models:  # max() keeps the first of equal fits
                return max(models, key=lambda c: c.fit(value)).convert(value)
        for choice in self.choices:
            if choice.accepts(value):
                try:
                    return choice.convert(value)
                except (TypeError, ValueError):
                    continue  # e.g. a string that is not a date: the next one
        raise TypeError(f"{_short(value)} is none of the types the spec allows here")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def one_of_to_wire(value: Any) -> Any:
    """A value of a union in its wire form, by what it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return iso_datetime_to_wire(value)
    if isinstance(value, _dt.date):
        return iso_date_to_wire(value)
    if isinstance(value, _dt.time):
        return iso_time_to_wire(value)
    if isinstance(value, _dt.timedelta):
        return iso_duration_to_wire(value)
    if isinstance(value, bytes):
        return base64_bytes_to_wire(value)
    if isinstance(value, list):
        return [one_of_to_wire(item) for item in value]
    if isinstance(value, dict):
        return {k: one_of_to_wire(v) for k, v in value.items()}
    return value
