"""The emitter lays out long statements the way black does, so that a big
client needs black for almost nothing: each layout below is exactly what
black makes of the same statement written on one line."""

from __future__ import annotations

import pytest

from generator.emit.layout import (
    Collection,
    declaration_lines,
    import_line,
    join_lines,
    returns_lines,
    subscript_lines,
    value_lines,
)
from generator.format import black_formatter, needs_black

LONG = "A" * 60  # a type name too long to share a line with much else


def black(source: str) -> str:
    return black_formatter()(source)


def as_black_has_it(source: str) -> None:
    assert black(source) == source
    assert not needs_black(source), "a layout black agrees with still counted as long"


@pytest.mark.parametrize(
    "annotation",
    [
        f"list[{LONG}Item]",  # the inner part on a line of its own
        f"list[{LONG}Option1 | {LONG}Option2]",  # one alternative per line
        f"dict[str, {LONG}]",  # two arguments
    ],
)
def test_a_long_field_annotation_is_split_inside_its_brackets(annotation: str) -> None:
    source = "class Model:\n    " + join_lines(declaration_lines(f"field: {annotation}", 4), 4) + "\n"
    assert black(source) == black(f"class Model:\n    field: {annotation}\n")
    if "," not in annotation:
        as_black_has_it(source)


def test_a_return_type_split_inside_its_brackets_is_what_black_writes() -> None:
    source = "def f(\n    self,\n" + "\n".join(returns_lines(f"list[{LONG}Item | {LONG}Other]", ": ...", 0)) + "\n"
    as_black_has_it(source)


def test_subscript_lines_refuses_what_black_splits_elsewhere() -> None:
    assert subscript_lines("x: ", f"list[{LONG}] | None", "", 0) is None  # a union at the top
    assert subscript_lines("x: ", LONG, "", 0) is None  # no brackets


def test_an_error_model_map_is_exploded_one_status_per_line() -> None:
    items = tuple(f"{status}: _models.{LONG[:30]}Error.from_dict" for status in (400, 403, 404))
    lines = value_lines("error_models=", Collection("{", items, "}"), ",", 8)
    source = "x = f(\n" + "\n".join("    " + line for line in lines) + "\n)\n"
    source = "def g():\n" + "".join("    " + line + "\n" for line in source.splitlines())
    as_black_has_it(source)


@pytest.mark.parametrize("length", range(20, 100, 4))
def test_a_long_import_gets_parentheses_as_black_gives_it(length: int) -> None:
    """(a module name too long for the line leaves `from ... import (` long:
    black can do nothing else, and the format stage knows it)"""
    line = import_line("._operations_" + "x" * length, "Long" * 12 + "Operations", 4)
    as_black_has_it(f"if True:\n    {line}\n")
    assert import_line(".m", "Name", 4) == "from .m import Name"


def test_a_union_reader_with_a_long_annotation_splits_the_annotation_first() -> None:
    from generator.emit.layout import call_lines

    name = "_" + "WEBHOOK_PULL_REQUEST_" * 3 + "ONE_OF"
    split = subscript_lines(f"{name}: ", f"_serde.OneOf[{LONG[:40]}One | {LONG[:40]}Two]", "", 0)
    assert split is not None
    lines = split[:-1] + call_lines(f"{split[-1]} = _serde.OneOf", ["(a, b)", '"kind"'], "", 0)
    as_black_has_it("\n".join(lines) + "\n")


@pytest.mark.parametrize("parameters", ["cls, data: Mapping[str, Any]", "self"])
@pytest.mark.parametrize("length", [60, 79, 80, 81, 95])
def test_a_def_header_returning_one_long_name_is_what_black_writes(length: int, parameters: str) -> None:
    from generator.emit.layout import def_header

    header = def_header("from_dict", parameters, "N" * length, 4)
    source = f"class A:\n    @classmethod\n    {header}\n        pass\n"
    assert black(source) == source


@pytest.mark.parametrize("name_length", [40, 70, 75, 80, 84, 85, 86, 90, 120])
@pytest.mark.parametrize("member_length", [5, 30, 41, 60, 80, 90])
@pytest.mark.parametrize("members", [1, 2, 4])
def test_a_union_reader_is_laid_out_as_black_lays_it_out(name_length: int, member_length: int, members: int) -> None:
    """Every length of reader name and member name: what the emitter
    writes is what black writes, or (where no rule says how black lays it
    out) left to black, never something black would change silently."""
    from generator.emit.expressions import TypeExpressions
    from generator.emit.unions import reader_lines
    from generator.ir.model import Model, Property, TypeRef, UnionType

    def model(name: str) -> Model:
        field = Property("id", "id", TypeRef("str"), True, False, "")
        return Model(name, "", (field,), "")

    names = [f"M{index}" + "x" * member_length for index in range(members)]
    name = "_" + "R" * name_length
    union = UnionType(name, "", "", tuple(TypeRef("model", n) for n in names))
    lines = reader_lines((union,), TypeExpressions({}), {n: model(n) for n in names})
    as_black_has_it("\n".join(lines) + "\n")


@pytest.mark.parametrize("name_length", [40, 70, 75, 80, 84, 85, 86, 90, 120])
@pytest.mark.parametrize("kinds", [("int", "str"), ("int", "str", "float", "bool"), ("str",) * 9])
def test_a_union_reader_of_plain_values_is_laid_out_as_black_lays_it_out(name_length: int, kinds: tuple[str, ...]) -> None:
    """Short choices (`_serde.Choice("integer")`): the call fits on the line
    after the annotation's split, where black splits it all the same once
    the name alone is too long (sendgrid.com, held-out seed 41)."""
    from generator.emit.expressions import TypeExpressions
    from generator.emit.unions import reader_lines
    from generator.ir.model import TypeRef, UnionType

    name = "_" + "R" * name_length
    union = UnionType(name, "", "", tuple(TypeRef(kind) for kind in kinds))  # type: ignore[arg-type]
    lines = reader_lines((union,), TypeExpressions({}), {})
    as_black_has_it("\n".join(lines) + "\n")


@pytest.mark.parametrize("indent", [0, 4])
@pytest.mark.parametrize("name_length", [60, 82, 83, 84, 85, 86, 100])
def test_an_annotation_split_in_its_brackets_counts_as_long_only_where_black_would_change_it(
    indent: int, name_length: int
) -> None:
    name = "n" * name_length
    body = f"{name}: list[\n    {LONG}Item\n    | {LONG}Other\n]\n"
    source = "".join(" " * indent + line + "\n" for line in body.splitlines())
    if indent:
        source = "class A:\n" + source
    assert needs_black(source) == (black(source) != source)


@pytest.mark.parametrize("length", range(20, 100))
@pytest.mark.parametrize("nullable", [True, False])
@pytest.mark.parametrize("read_only", [True, False])
def test_a_field_to_dict_checks_is_laid_out_as_black_lays_it_out(length: int, nullable: bool, read_only: bool) -> None:
    from generator.emit.layout import Operand, condition_lines

    name = "f" * length
    operands: list[Operand] = [
        ("not isinstance", [f"self.{name}", "_serde.Unset"]) if nullable else f"self.{name} is not None"
    ]
    if read_only:
        operands.append("not exclude_readonly")
    lines = condition_lines(operands, 8)
    laid_out_or_left_to_black("class A:\n    def f(self):\n" + "".join(f"        {line}\n" for line in lines) + "            pass\n")


@pytest.mark.parametrize("length", range(25, 85))
def test_an_optional_body_built_from_given_fields_is_laid_out_as_black_lays_it_out(length: int) -> None:
    from generator.emit.layout import assignment_lines

    built = f"_models.{'B' * length}(**_fields)"
    value = f"{built} if _fields else None"
    lines = assignment_lines("_body", value, value, 8, (built, "if _fields", "else None"))
    laid_out_or_left_to_black("def f():\n    if x:\n" + "".join(f"        {line}\n" for line in lines))


@pytest.mark.parametrize("length", range(40, 130))
def test_a_wrapper_init_is_laid_out_as_black_lays_it_out(length: int) -> None:
    from generator.emit.layout import def_header

    header = def_header("__init__", f"self, operations: {'G' * length}Operations", "None", 4)
    laid_out_or_left_to_black(f"class A:\n    {header}\n        pass\n")


LAID_OUT: list[str] = []  # (what laid_out_or_left_to_black saw laid out)


def laid_out_or_left_to_black(source: str) -> None:
    """The emitter's layout is black's, or a line stays long, so that the
    format stage gives the statement to black."""
    if needs_black(source):
        assert black(source) != source  # (else the line need not count as long)
    else:
        as_black_has_it(source)
        LAID_OUT.append(source)


def test_the_layout_sweeps_lay_out_most_lengths_themselves() -> None:
    # (the sweeps above would pass if nothing were laid out: that is not
    # what they are for)
    LAID_OUT.clear()
    for length, nullable, read_only in ((30, True, True), (50, True, False), (45, False, True)):
        test_a_field_to_dict_checks_is_laid_out_as_black_lays_it_out(length, nullable, read_only)
    test_an_optional_body_built_from_given_fields_is_laid_out_as_black_lays_it_out(55)
    test_a_wrapper_init_is_laid_out_as_black_lays_it_out(55)
    sources = "".join(LAID_OUT)
    assert sources.count("if (") == 2 and "if not isinstance(\n" in sources
    assert "\n            and not exclude_readonly\n" in sources  # (one operand per line)
    assert "_body = (\n" in sources and "\n            if _fields\n" in sources
    assert "        self,\n        operations:" in sources


SHAPES = [
    "list[{x}] | None",
    "list[{x} | str] | None",
    "dict[str, list[{x}]] | None",
    "dict[str, {x}] | None",
    "list[{x}] | None | _serde.Unset",
    "builtins.list[_models.{x}] | None",
    "list[{x}Option1 | {x}Option2 | {x}Option3] | None",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("length", range(40, 100, 2))
@pytest.mark.parametrize("parameter", [False, True])
def test_a_long_optional_annotation_is_laid_out_as_black_lays_it_out(shape: str, length: int, parameter: bool) -> None:
    """A field (column 4) or a parameter (column 8, with its comma) whose
    annotation is a union with a long subscript in it."""
    annotation = shape.format(x="X" * length)
    default = "_serde.UNSET" if "Unset" in shape else "None"
    if parameter:
        lines = declaration_lines(f"name: {annotation} = {default}", 8, ",")
        params = "".join(f"        {line}\n" for line in lines)
        source = f"class A:\n    def f(\n        self,\n        *,\n{params}    ) -> None:\n        pass\n"
    else:
        lines = declaration_lines(f"name: {annotation} = {default}", 4)
        source = "class Model:\n" + "".join(f"    {line}\n" for line in lines)
    laid_out_or_left_to_black(source)


def test_long_bracketed_alternatives_and_arguments_are_split_in_their_brackets() -> None:
    LAID_OUT.clear()
    test_a_long_optional_annotation_is_laid_out_as_black_lays_it_out(SHAPES[0], 75, False)
    test_a_long_optional_annotation_is_laid_out_as_black_lays_it_out(SHAPES[2], 66, False)
    assert len(LAID_OUT) == 2
    assert "        list[\n            XXX" in LAID_OUT[0]  # (the alternative split in its brackets)
    assert "        dict[\n            str,\n            list[" in LAID_OUT[1]  # (one argument per line)


@pytest.mark.parametrize("length", [40, *range(60, 100), 120])
def test_a_list_alias_and_a_plain_list_field_are_laid_out_as_black_lays_them_out(length: int) -> None:
    from generator.emit.environment import _subscript

    item = "I" * length
    laid_out_or_left_to_black(_subscript("Items: TypeAlias = ", f"list[{item}]") + "\n")
    field = declaration_lines(f"items: list[{item}]", 4)
    laid_out_or_left_to_black("class Model:\n" + "".join(f"    {line}\n" for line in field))


@pytest.mark.parametrize("length", [40, *range(60, 90), 100])
@pytest.mark.parametrize("argument", ["self", "self._pipeline"])
def test_a_group_wrapper_returned_is_laid_out_as_black_lays_it_out(length: int, argument: str) -> None:
    """Every length around the two bounds (where `return name(` stops
    fitting, and where `name(` stops fitting inside parentheses): a group's
    wrapper classes, and a group made by the client's property."""
    from generator.emit.layout import return_call

    line = return_call("N" * length, [argument], 8)
    laid_out_or_left_to_black(f"class A:\n    def f(self):\n        {line}\n")


@pytest.mark.parametrize("length", range(60, 100))
def test_a_comprehension_clause_over_one_name_counts_as_long_only_where_black_would_change_it(length: int) -> None:
    source = (
        "def f(self):\n    if self.x:\n        data[\"x\"] = [\n"
        "            item.to_dict(exclude_readonly=exclude_readonly)\n"
        f"            for item in self.{'n' * length}\n        ]\n"
    )
    assert needs_black(source) == (black(source) != source)


def test_the_newer_rules_lay_out_what_they_claim() -> None:
    LAID_OUT.clear()
    test_a_list_alias_and_a_plain_list_field_are_laid_out_as_black_lays_them_out(120)
    test_a_group_wrapper_returned_is_laid_out_as_black_lays_it_out(70, "self")
    test_a_group_wrapper_returned_is_laid_out_as_black_lays_it_out(75, "self")
    test_a_field_to_dict_checks_is_laid_out_as_black_lays_it_out(66, False, False)
    laid = "".join(LAID_OUT)
    assert "Items: TypeAlias = list[\n    IIII" in laid and "    items: list[\n        IIII" in laid
    assert "        return NNNN" in laid and "(\n            self\n        )" in laid
    assert "        return (\n            NNNN" in laid  # (where only parentheses make it fit)
    assert "if (\n            self.ffff" in laid and "\n            is not None\n        ):" in laid


@pytest.mark.parametrize("length", range(5, 80))
@pytest.mark.parametrize(
    "shape",
    [
        'data["{n}"] = {{key: [_serde.model_wire(item1, exclude_readonly) for item1 in value] for key, value in self.{n}.items()}}',
        'data["{n}"] = [_serde.model_wire(item, exclude_readonly) for item in self.{n}]',
        '_query.extend(("{n}", _pipeline.query_value(_item)) for _item in {n})',
        "json={{key: [_serde.one_of_to_wire(item1) for item1 in value] for key, value in {n}.items()}},",
        '"{n}": None if {n} is None else _pipeline.query_value({n}),',  # (a ternary: not split here)
        '"{n}": None if {n} is None else [str(item) for item in {n}],',  # (nor around a comprehension)
        # Null items kept null (to_dict of nested lists and maps, of dates):
        'data["{n}"] = [None if item is None else [_serde.one_of_to_wire(item1) for item1 in item] for item in self.{n}]',
        'data["{n}"] = {{key: None if value is None else [_serde.model_wire(item1, exclude_readonly) for item1 in value] for key, value in self.{n}.items()}}',
        'data["{n}"] = [None if item is None else [None if item1 is None else _serde.iso_datetime_to_wire(item1) for item1 in item] for item in self.{n}]',
        'data["{n}"] = [None if item is None else _serde.iso_datetime_to_wire(item) for item in self.{n}]',
    ],
)
def test_a_comprehension_too_long_is_split_in_its_brackets_as_black_splits_it(shape: str, length: int) -> None:
    from generator.emit.layout import bracket_lines

    text = shape.format(n="n" * length)
    tail = "," if text.endswith(",") else ""
    lines = bracket_lines(text.removesuffix(","), tail, 12)
    if shape.startswith('"{n}": None if'):
        assert len(lines) == 1  # black wraps a ternary in parentheses first
    body = "".join(f"            {line}\n" for line in lines)
    if tail:  # (an argument of a call, or an entry of a dict)
        opening, closing = ("{", "}") if text.startswith('"') else ("f(", ")")
        source = f"def g():\n    if x:\n        y = {opening}\n{body}        {closing}\n"
    else:
        source = f"def g():\n    if x:\n        if y:\n{body}"
    laid_out_or_left_to_black(source)


@pytest.mark.parametrize("length", range(30, 90, 2))
def test_a_long_argument_of_a_subscript_is_split_in_its_own_brackets(length: int) -> None:
    x = "X" * length
    annotation = f"dict[str, builtins.list[str | _models.{x}Option2 | _models.{x}Option3]]"
    lines = declaration_lines(f"body: {annotation}", 8, ",")
    params = "".join(f"        {line}\n" for line in lines)
    laid_out_or_left_to_black(f"class A:\n    def f(\n        self,\n{params}    ) -> None:\n        pass\n")


def test_comprehensions_and_nested_subscripts_are_laid_out_where_claimed() -> None:
    LAID_OUT.clear()
    shapes = test_a_comprehension_too_long_is_split_in_its_brackets_as_black_splits_it.pytestmark[0].args[1]
    for shape, length in zip(shapes, (40, 40, 10, 30)):
        test_a_comprehension_too_long_is_split_in_its_brackets_as_black_splits_it(shape, length)
    test_a_long_argument_of_a_subscript_is_split_in_its_own_brackets(50)
    laid = "".join(LAID_OUT)
    assert "_query.extend(\n" in laid and "json={\n" in laid
    assert "dict[\n            str,\n            builtins.list[\n" in laid
    LAID_OUT.clear()  # (an element too long split in its own brackets)
    test_a_comprehension_too_long_is_split_in_its_brackets_as_black_splits_it(
        'data["{n}"] = {{key: [item1.to_dict(exclude_readonly=exclude_readonly) for item1 in value]'
        " for key, value in self.{n}.items()}}",
        40,
    )
    assert "    key: [\n" in "".join(LAID_OUT)
    LAID_OUT.clear()
    for shape in shapes[6:]:  # (the null guards, where they need splitting)
        test_a_comprehension_too_long_is_split_in_its_brackets_as_black_splits_it(shape, 40)
    assert "    if item is None\n" in "".join(LAID_OUT) and " else [\n" in "".join(LAID_OUT)
    assert "key: (\n" in "".join(LAID_OUT)


@pytest.mark.parametrize("length", range(60, 100))
@pytest.mark.parametrize("dotted", [False, True])
def test_a_long_return_name_is_laid_out_as_black_lays_it_out(length: int, dotted: bool) -> None:
    """Black puts a returned name in parentheses where that makes it fit,
    and a dotted one (which it could split at a dot) even where it does
    not: the emitter does the same, and the format stage agrees."""
    from generator.emit.layout import def_header

    name = ("_models." if dotted else "") + "N" * length
    lines = returns_lines(name, ":", 4)
    exploded = "class A:\n    async def f(\n        self,\n        *,\n        x: int = 1,\n" + "".join(f"    {line}\n" for line in lines) + "        pass\n"
    as_black_has_it(exploded)
    header = def_header("f", "self, x: int", name, 4)
    as_black_has_it(f"class A:\n    {header}\n        pass\n")
    # (and written on one line, the format stage gives it to black only where black changes it)
    raw = f"class A:\n    async def f(\n        self,\n    ) -> {name}:\n        pass\n"
    assert needs_black(raw) == (black(raw) != raw)


@pytest.mark.parametrize("length", range(5, 60))
@pytest.mark.parametrize("keyword", [False, True])
def test_a_conditional_entry_or_keyword_is_laid_out_as_black_lays_it_out(length: int, keyword: bool) -> None:
    name = "n" * length
    item = f"{name}=None if {name} is None else _pipeline.query_value({name})"
    if not keyword:
        item = f'"{name}": None if {name} is None else _pipeline.query_value({name})'
    entries = Collection("(" if keyword else "{", (item, f"other={name}" if keyword else f'"o": {name}'), ")" if keyword else "}")
    lines = value_lines("form=_pipeline.drop_none" if keyword else "form=", entries, ",", 12)
    source = "def f():\n    if x:\n        _spec = RequestSpec(\n" + "".join(f"            {line}\n" for line in lines) + "        )\n"
    laid_out_or_left_to_black(source)


@pytest.mark.parametrize("length", range(20, 90, 2))
@pytest.mark.parametrize("items", [2, 3])
def test_a_tuple_too_long_is_exploded_as_black_keeps_it(length: int, items: int) -> None:
    from generator.emit.layout import call_lines

    values = ['"' + "k" * length + '"', f"_pipeline.query_value({'v' * length})", "x"][:items]
    lines = call_lines("_query.append", [f"({', '.join(values)})"], "", 8)
    laid_out_or_left_to_black("def f():\n    if x:\n" + "".join(f"        {line}\n" for line in lines))


def test_conditional_entries_and_tuples_are_laid_out_where_claimed() -> None:
    LAID_OUT.clear()
    test_a_conditional_entry_or_keyword_is_laid_out_as_black_lays_it_out(20, False)
    test_a_conditional_entry_or_keyword_is_laid_out_as_black_lays_it_out(10, True)
    test_a_tuple_too_long_is_exploded_as_black_keeps_it(40, 2)
    laid = "".join(LAID_OUT)
    assert '": (\n' in laid and "\n                    if nnnn" in laid
    assert "nnnnnnnnnn=(\n" in laid
    assert "_query.append(\n            (\n                \"kkk" in laid


@pytest.mark.parametrize(
    "value",
    [
        "(" + "a" * 90 + " + b)",  # parentheses around one expression: no tuple
        "(" + "a" * 90 + ", b)",
        "{" + '"k": None if ' + "a" * 60 + " is None else f(" + "a" * 30 + ")}",
        "[f(item) for item in " + "a" * 90 + "]",
        "f(" + "a" * 50 + ", (" + "b" * 40 + ", c))",
    ],
)
def test_a_value_laid_out_means_what_it_meant_on_one_line(value: str) -> None:
    import ast

    laid = "\n".join(value_lines("x=", value, "", 12))
    assert ast.dump(ast.parse(f"f({laid})")) == ast.dump(ast.parse(f"f(x={value})"))


@pytest.mark.parametrize("length", range(1, 70, 2))
@pytest.mark.parametrize("kind", ["str", "int", "date-time"])
@pytest.mark.parametrize("separator", ["csv", "tsv"])
@pytest.mark.parametrize("optional", [False, True])
def test_a_list_query_value_is_laid_out_as_black_lays_it_out(length: int, kind: str, separator: str, optional: bool) -> None:
    """`_query.append(("name", ",".join(... for v in name)))`: the tuple
    exploded, and the joined generator split in the join's brackets (a
    generator inside an item's brackets does not keep the tuple whole;
    Microsoft Graph's `$select` on 7,000 operations went to black)."""
    from generator.emit.expressions import TypeExpressions
    from generator.emit.layout import call_lines
    from generator.ir.model import TypeRef

    name = "n" * length
    t = TypeRef("list", item=TypeRef(kind), collection_format=separator)  # type: ignore[arg-type]
    wire = TypeExpressions({}).parameter_to_wire(t, name)
    indent = 12 if optional else 8
    lines = call_lines("_query.append", [f'("${name}", {wire})'], "", indent)
    head = "def f():\n    if x:\n" + ("        if y:\n" if optional else "")
    laid_out_or_left_to_black(head + "".join(" " * indent + line + "\n" for line in lines))


def test_list_query_values_are_laid_out_where_claimed() -> None:
    LAID_OUT.clear()
    test_a_list_query_value_is_laid_out_as_black_lays_it_out(30, "date-time", "csv", True)
    test_a_list_query_value_is_laid_out_as_black_lays_it_out(45, "int", "tsv", False)
    laid = "".join(LAID_OUT)
    assert 'nnnn",\n                    ",".join(\n                        "" if v' in laid
    assert '"\\t".join(' in laid


@pytest.mark.parametrize("length", range(10, 100, 3))
@pytest.mark.parametrize("arguments", [1, 2, 4, 6])
def test_a_call_assigned_is_laid_out_as_black_lays_it_out(length: int, arguments: int) -> None:
    """`_spec = self._<method>_request(a, b, stream=False)` (a binary
    download's request, built by its builder) at every length of the
    builder's name and of the arguments."""
    from generator.emit.layout import assign_call

    args = [f"argument_{index}_{'a' * (length // 4)}" for index in range(arguments - 1)]
    line = assign_call("_spec", f"self._{'b' * length}_request", [*args, "stream=False"], 8)
    laid_out_or_left_to_black(f"class A:\n    def f(self):\n        {line}\n")


def test_calls_assigned_are_laid_out_where_claimed() -> None:
    LAID_OUT.clear()
    test_a_call_assigned_is_laid_out_as_black_lays_it_out(40, 2)
    test_a_call_assigned_is_laid_out_as_black_lays_it_out(40, 6)
    laid = "".join(LAID_OUT)
    assert "_request(\n            argument_0_aaaaaaaaaa, stream=False\n        )" in laid
    assert "_request(\n            argument_0_aaaaaaaaaa,\n            argument_1" in laid


@pytest.mark.parametrize("target", [60, 70, 71, 72, 73, 90])  # (`self.t = (` fits up to 71)
@pytest.mark.parametrize("callee", [10, 50, 69, 70, 71, 72, 90])  # (`self.c(` inside up to 70)
@pytest.mark.parametrize("comma", [False, True])
def test_an_assigned_call_split_in_its_brackets_counts_as_long_only_where_black_would_change_it(
    target: int, callee: int, comma: bool
) -> None:
    """`target = callee(` left longer than the limit: black keeps it where
    wrapping the call in parentheses would not shorten it (the target, or
    the callee inside them, too long), as it keeps `self.<long> = wrap(`
    in a group's wrapper class."""
    source = (
        "class A:\n    def f(self):\n"
        f"        self.{'t' * target} = self.{'c' * callee}(\n"
        f"            operations.argument{',' if comma else ''}\n        )\n"
    )
    assert len(source.splitlines()[2]) > 88
    assert needs_black(source) == (black(source) != source)


@pytest.mark.parametrize("length", range(60, 100))
def test_an_enum_member_and_a_discriminator_value_are_laid_out_as_black_lays_them_out(length: int) -> None:
    """A long string assigned: in parentheses where that makes it fit
    (Microsoft Graph's `#microsoft.graph.<type>` values), else as it is."""
    from generator.emit.environment import environment

    assign = environment().globals["assign"]
    member = assign("M" * (length // 2), f'"{"v" * length}"', 4)
    laid_out_or_left_to_black(f"class E(str, enum.Enum):\n    {member}\n")
    value = assign('data["@odata.type"]', f'"#{"v" * length}"', 8)
    laid_out_or_left_to_black(f"class M:\n    def to_dict(self):\n        {value}\n")


def test_long_strings_assigned_are_laid_out_where_claimed() -> None:
    LAID_OUT.clear()
    test_an_enum_member_and_a_discriminator_value_are_laid_out_as_black_lays_them_out(70)
    laid = "".join(LAID_OUT)
    assert ' = (\n        "vvvv' in laid and 'data["@odata.type"] = (\n            "#vvvv' in laid


@pytest.mark.parametrize("length", range(20, 130, 3))
def test_a_subtype_table_and_its_lookup_are_laid_out_as_black_lays_them_out(length: int) -> None:
    """A discriminated model's table of subtypes and the line of `from_dict`
    that looks one up, at every length of the model's name (Microsoft
    Graph's `MicrosoftGraph...ConversationMember`)."""
    from generator.emit.layout import annotated_head, assign_call

    name = "M" * length
    head = annotated_head(f"_{name}_SUBTYPES", f"dict[Any, type[{name}]]", " = {")
    laid_out_or_left_to_black(f'{head}\n    "#a": A,\n}}\n')
    lookup = assign_call("subtype", f"_{name}_SUBTYPES.get", 'data.get("@odata.type")', 12)
    laid_out_or_left_to_black(
        "class A:\n    def f(cls, data):\n        if cls:\n"
        f"            {lookup}\n            if subtype is not None:\n                return subtype\n"
    )


def test_subtype_tables_and_lookups_are_laid_out_where_claimed() -> None:
    LAID_OUT.clear()
    test_a_subtype_table_and_its_lookup_are_laid_out_as_black_lays_them_out(50)
    laid = "".join(LAID_OUT)
    assert "_SUBTYPES: dict[\n    Any, type[MMMM" in laid
    assert "_SUBTYPES.get(\n                data.get(" in laid



@pytest.mark.parametrize("target", [68, 70, 71, 72, 80])  # (`self.t = (` fits up to 71)
@pytest.mark.parametrize("callee", ["wrap", "self." + "c" * 40])
@pytest.mark.parametrize("argument", [20, 58, 59, 60, 61, 62, 70, 90])  # (fits in parentheses up to 60)
@pytest.mark.parametrize("comma", [False, True])
@pytest.mark.parametrize("others", [0, 1, 2])  # (2: on the same line)
def test_an_assigned_call_split_in_its_brackets_counts_as_long_by_its_arguments(
    target: int, callee: str, argument: int, comma: bool, others: int
) -> None:
    """`self.<long> = wrap(` (a group's wrapper class) where `self.<long> =
    (` would fit: black keeps the call split in its own brackets when its
    arguments, one per line with the magic comma, would not fit inside
    the parentheses either, and wraps it in them otherwise."""
    source = (
        "class A:\n    def f(self):\n"
        f"        self.{'t' * target} = {callee}(\n"
        + "            other,\n" * (others == 1)
        + "            other, " * (others == 2)
        + ("" if others == 2 else "            ")
        + f"operations.{'a' * argument}{',' if comma else ''}\n        )\n"
    )
    assert len(source.splitlines()[2]) > 88
    assert needs_black(source) == (black(source) != source)


def test_a_wrapper_class_of_long_method_names_needs_no_black() -> None:
    from generator.emit.layout import assign_call

    for length in range(60, 100):
        name = "m" * length
        line = assign_call(f"self.{name}", "wrap", f"operations.{name}", 8)
        source = f"class A:\n    def __init__(self, operations):\n        {line}\n"
        assert black(source) == source and not needs_black(source), length
