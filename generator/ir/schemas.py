"""Schemas into models, enums and types: the part of the front end that
reads JSON Schema (Swagger 2.0's dialect), shared by every operation.

Named definitions become models and enums once each, memoized by where they
live (file and JSON pointer), so a recursive schema is a reference to a named
type. Inline objects and enums get names derived from their owner.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..diagnostics import Diagnostics
from ..load import Location, SpecLoader, unescape_pointer_token
from . import extensions as ext
from .json_schema import (
    ENUM_KEYWORDS,
    NON_STRING_FORMATS,
    PRIMITIVE_FORMATS,
    PRIMITIVE_REFS,
    PRIMITIVE_TYPES,
    TYPING_KEYWORDS,
    as_text,
    choices_of,
    format_of,
    has_choices,
    inline_single_value,
    is_object,
    json_type,
    required_names,
    single_value,
    type_of_values,
    value_in_mapping,
    wrapped_part,
)
from .model import (
    NO_XML,
    BuiltSoFar,
    Enum,
    EnumMember,
    ListAlias,
    Model,
    Progress,
    Property,
    TypeRef,
    UnionType,
)
from .names import (
    CLASS_NAMES_KEPT,
    constant_case,
    pascal_case,
    place_hint,
    python_identifier,
    snake_case,
    unique,
)
from .reserved import RESERVED_PROPERTY_NAMES
from .typed_values import ENUM_KINDS, NO_VALUE, typed_value
from .xml_info import with_own_xml, xml_info, xml_of

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


@dataclass
class _Named:
    """What a named schema turned into, memoized by its location."""

    type: TypeRef


@dataclass
class SchemaBuilder:
    """The state every layer of the front end shares, and the schema layer."""

    loader: SpecLoader
    diagnostics: Diagnostics
    package: str
    root: Any = None
    root_location: Location = field(default_factory=lambda: Location(""))
    _named: dict[Location, _Named] = field(default_factory=dict)
    # inline object schemas made into models, by where they are
    _inline: dict[Location, TypeRef] = field(default_factory=dict)
    # object schemas made into models, by the schema itself (kept, so that its
    # id stays its own): one reached inline and by a `$ref` into the place it
    # is (`#/paths/~1a/get/responses/200/...`), or through a view that puts it
    # elsewhere, is one model
    _objects: dict[int, tuple[Any, TypeRef]] = field(default_factory=dict)
    _models: dict[str, Model] = field(default_factory=dict)
    _enums: dict[str, Enum] = field(default_factory=dict)
    _aliases: dict[str, ListAlias] = field(default_factory=dict)
    _unions: dict[str, UnionType] = field(default_factory=dict)
    # each inline union's name by its (members, discriminator, mapping): one
    # such union is made once (Microsoft Graph makes thousands)
    _inline_unions: dict[Any, str] = field(default_factory=dict)
    # (none may shadow a name the models module imports, nor a builtin)
    _class_names: set[str] = field(default_factory=lambda: set(CLASS_NAMES_KEPT))
    # the number `_class_name` last gave each name it was asked for (Microsoft
    # Graph asks for some thousands of times: counting from 2 each time took
    # seconds)
    _class_numbers: dict[str, int] = field(default_factory=dict)
    # x-ms-parameter-grouping: each group's model, by the name it asks for
    _group_models: dict[str, str] = field(default_factory=dict)
    # Told of the models and enums built so far (see `report_progress`)
    progress: Progress | None = None
    # (title, $ref, file, pointer) of each x-ms-examples file that is missing
    _missing_examples: list[tuple[str, str, str, str]] = field(default_factory=list)
    # Whether the document uses Microsoft's x-ms-* extensions anywhere (an
    # Azure document, read as AutoRest reads it)
    azure_document: bool = False
    # Whether parameters a document defines once and refers to are client
    # parameters (AutoRest's rule for Swagger's global parameters)
    globals_are_client_parameters: bool = True
    # Whether a listed 4xx/5xx answer with a body is a result the method
    # returns (AutoRest's reading of Azure's documents, where only
    # x-ms-error-response marks errors) rather than an error it raises
    listed_errors_are_results: bool = True

    def _parameter_view(self, parameter: Any) -> Any:
        """A parameter object as the layers read it (Swagger 2.0's spelling;
        another front end translates its own)."""
        return parameter

    def _response_view(self, response: Any, at: Location) -> Any:
        """A response object (found at `at`) as the layers read it (see
        _parameter_view)."""
        return response

    def report_progress(self) -> None:
        """Tells `progress` (if any) how far the IR is: called between named
        schemas and between operations, where everything built is whole."""
        if self.progress is not None:
            self.progress(len(self._models) + len(self._enums), self.built_so_far)

    def built_so_far(self) -> BuiltSoFar:
        return BuiltSoFar(
            models=tuple(self._models.values()),
            enums=tuple(self._enums.values()),
            unions=tuple(u for u in self._unions.values() if u.members),
        )

    def _class_name(self, wanted: str) -> str:
        base = python_identifier(pascal_case(wanted), "Model")
        # `unique`'s order (Name, Name_, Name_2, ...), from after the last one
        # given for this name: names are only ever added, so the ones before
        # it are taken (counting from the start each time took seconds).
        number = self._class_numbers.get(base, -1) + 1
        while _numbered(base, number) in self._class_names:
            number += 1
        name = _numbered(base, number)
        self._class_numbers[base] = number
        self._class_names.add(name)
        return name

    def _object_model(self, schema: dict[str, Any]) -> TypeRef | None:
        """The model this very object schema was made into already, if any."""
        found = self._objects.get(id(schema))
        return found[1] if found is not None and found[0] is schema else None

    def _ref_hint(self, at: Location, fallback: str) -> str:
        """What the target of a `$ref` is called if it becomes a class: a
        definition its name; a schema inside an operation (a `$ref` to
        `#/paths/~1a/get/responses/200/content/application~1json/schema`)
        what its operation calls it there, whichever is reached first."""
        tokens = at.pointer.split("/")[1:]
        if len(tokens) < 5 or tokens[0] not in ("paths", "x-ms-paths"):
            return unescape_pointer_token(tokens[-1]) if tokens else fallback
        operation_at = Location(at.file, "/" + "/".join(tokens[:3]))
        names = self._operation_names_at(operation_at)
        if names is None:
            return unescape_pointer_token(tokens[-1]) or fallback
        steps = [unescape_pointer_token(t) for t in tokens[3:]]
        if steps[0] == "parameters" and steps[1].isdigit():
            # (Swagger's body parameter is the operation's body; another
            # parameter is called by its name)
            found = self.loader.resolve("#" + "/".join(["", *tokens[:5]]), at)
            parameter = found[0] if found is not None else None
            if isinstance(parameter, dict) and parameter.get("in") != "body":
                return place_hint(str(parameter.get("name") or ""), "", steps[2:])
            steps = ["requestBody", *steps[2:]]
        return place_hint(*names, steps)

    def _operation_names_at(self, at: Location) -> tuple[str, str] | None:
        """(operationId, method name) of the operation at `at` (the builder
        of operations knows them)."""
        return None

    def _named_type(self, at: Location, hint: str) -> TypeRef:
        """The type of the named schema at `at` (a definition), built once."""
        if at in self._named:
            return self._named[at].type
        found = self.loader.resolve("#" + at.pointer, at) if at.file else None
        if found is None:
            return TypeRef("any")
        schema, at = found
        if at in self._named:
            return self._named[at].type
        if isinstance(schema, dict) and "$ref" in schema:
            # A definition that only refers to another one is that one (a chain
            # of such refs with no schema at its end is an error).
            self._named[at] = _Named(TypeRef("any"))
            resolved = self.loader.deref(schema, at)
            if resolved is None:
                return TypeRef("any")
            target = self._named_type(resolved[1], self._ref_hint(resolved[1], hint))
            self._named[at] = _Named(target)
            return target
        if isinstance(schema, bool):  # (3.1: a boolean schema, named)
            return TypeRef("any")
        if not isinstance(schema, dict):
            self.diagnostics.error("a schema must be a mapping", at.file, at.pointer)
            return TypeRef("any")
        title = ext.x_ms_client_name(schema) or hint
        wrapped = self._wrapped(schema, at)
        if wrapped is not None and not self._is_model_schema(*wrapped):
            # `Id: {allOf: [{$ref: Uuid}], description}` is another name of the
            # part's type, not a model with no properties. (A wrapper of a
            # model stays a subclass: a named one may be a subtype.)
            self._named[at] = _Named(TypeRef("any"))  # (until it is known)
            ref = self._schema_type(*wrapped, title)
            self._named[at] = _Named(ref)
            return ref
        if self._has_variants(schema, at):
            return self._variants(schema, at, title, alias=True)
        if is_object(schema):
            known = self._object_model(schema)
            if known is not None:
                self._named[at] = _Named(known)
                return known
            name = self._class_name(title)
            ref = TypeRef("model", name)
            # Registered before its properties are built: that is what makes a
            # recursive model a reference to itself.
            self._named[at] = _Named(ref)
            self._objects[id(schema)] = (schema, ref)
            self._build_model(name, schema, at, schema_name=hint)
            return ref
        if "enum" in schema:
            ref = self._enum(schema, at, title)
            self._named[at] = _Named(ref)
            return ref
        if has_choices(schema):
            return self._union(schema, at, title, alias=True)
        if json_type(schema) == "array":
            placeholder = TypeRef("list", item=TypeRef("any"))
            self._named[at] = _Named(placeholder)
            item = self._item_type(schema, at, title + "Item")
            ref = TypeRef("list", item=item)
            self._named[at] = _Named(ref)
            name = self._class_name(title)
            self._aliases[name] = ListAlias(
                name,
                as_text(schema.get("description")),
                item,
                xml_info(self.loader, self.diagnostics, schema, at),
            )
            return ref
        ref = self._schema_type(schema, at, title, named=False)
        self._named[at] = _Named(ref)
        return ref

    def _item_type(self, schema: dict[str, Any], at: Location, hint: str) -> TypeRef:
        """The type of an array's items: its `items`, or (JSON Schema 2020-12,
        OpenAPI 3.1) the one type its `prefixItems` all have, a tuple's of
        several types being any value."""
        items = schema.get("items")
        prefix = schema.get("prefixItems")
        if not isinstance(prefix, list) or not prefix or isinstance(items, dict):
            return self._schema_type(items, at.child("items"), hint)
        types = {
            self._schema_type(member, at.child("prefixItems", index), hint)
            for index, member in enumerate(prefix)
        }
        return types.pop() if len(types) == 1 else TypeRef("any")

    def _schema_type(
        self, schema: Any, at: Location, hint: str, named: bool = False
    ) -> TypeRef:
        """The type of a schema found inline at `at`; `hint` names what it would
        be called if it has to become a class."""
        if schema is None or isinstance(schema, bool):
            # JSON Schema's `true` (any value) and `false` (none: an array's
            # `items: false` after its `prefixItems`)
            return TypeRef("any")
        if not isinstance(schema, dict):
            self.diagnostics.error("a schema must be a mapping", at.file, at.pointer)
            return TypeRef("any")
        if "$ref" in schema:
            found = self.loader.resolve(schema["$ref"], at)
            if found is None:
                return TypeRef("any")
            target, target_at = found
            if isinstance(target, dict) and {"in", "name", "schema"} <= target.keys():
                self.diagnostics.warn(
                    "W020",
                    f"$ref {schema['$ref']!r} points to a parameter, not a schema;"
                    " read as any value (its schema is at"
                    f" {target_at.child('schema').pointer})",
                    at.file,
                    at.pointer,
                )
                return TypeRef("any")
            return self._named_type(target_at, self._ref_hint(target_at, hint))
        kind = schema.get("type")
        if (
            kind.__class__ is str
            and kind in PRIMITIVE_TYPES
            and "enum" not in schema
            and "const" not in schema
            and "oneOf" not in schema
            and "anyOf" not in schema
            and "allOf" not in schema
        ):
            # (most schemas: a string, a number, a boolean; what the general
            # path below makes of them, sooner)
            special = PRIMITIVE_FORMATS.get((kind, format_of(schema, kind)))
            return PRIMITIVE_REFS[special or PRIMITIVE_TYPES[kind]]
        if "allOf" in schema:
            wrapped = self._wrapped(schema, at)
            if wrapped is not None and not self._subclass_wrapper(*wrapped):
                # Inline, a wrapper is the part it describes: a subclass
                # would say nothing more.
                return self._schema_type(*wrapped, hint)
        if not named and self._has_variants(schema, at):
            if at not in self._inline:
                self._inline[at] = self._variants(schema, at, hint, alias=False)
            return self._inline[at]
        if (
            is_object(schema)
            and not named
            and (schema.get("properties") or schema.get("allOf"))
        ):
            if at in self._inline:  # reached again
                return self._inline[at]
            known = self._object_model(schema)
            if known is not None:
                self._inline[at] = known
                return known
            name = self._class_name(hint)
            self._inline[at] = TypeRef("model", name)
            self._objects[id(schema)] = (schema, self._inline[at])
            self._build_model(name, schema, at)
            return self._inline[at]
        if has_choices(schema) and not is_object(schema):
            return self._union(schema, at, hint)
        if "const" in schema and "enum" not in schema:
            schema = {**schema, "enum": [schema["const"]]}  # JSON Schema's one value
        values = schema.get("enum")
        if isinstance(values, list) and None in values:
            # null among the values makes the field nullable (x_nullable), not a member
            values = [v for v in values if v is not None]
            schema = {k: v for k, v in schema.items() if k != "enum"}
            if values:
                schema["enum"] = values
        kind = json_type(schema) or type_of_values(schema.get("enum"))
        if (
            "enum" in schema
            and kind in (None, "string", "integer", "number")
            and schema.get("format") not in NON_STRING_FORMATS
            and not inline_single_value(schema, named)
        ):
            return self._enum(schema, at, hint)
        if kind == "array":
            item = self._item_type(schema, at, hint + "Item")
            collection = schema.get("collectionFormat")
            if collection not in (None, "csv", "ssv", "tsv", "pipes", "multi"):
                self.diagnostics.warn(
                    "W003",
                    f"collectionFormat {collection!r} is not one of csv, ssv, tsv, pipes, multi; using csv",
                    at.file,
                    at.child("collectionFormat").pointer,
                )
                collection = None
            return TypeRef("list", item=item, collection_format=collection or "csv")
        if kind == "object" and schema.get("format") == "file":
            return TypeRef("binary")  # how Azure's Storage specs spell an upload
        if kind == "object" or (kind is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                return TypeRef(
                    "dict",
                    item=self._schema_type(
                        extra, at.child("additionalProperties"), hint + "Value"
                    ),
                )
            return TypeRef("dict", item=TypeRef("any"))
        if kind == "file":
            return TypeRef("binary")
        if isinstance(kind, str) and kind in PRIMITIVE_TYPES:
            special = PRIMITIVE_FORMATS.get((kind, format_of(schema, kind)))
            return PRIMITIVE_REFS[special or PRIMITIVE_TYPES[kind]]
        if kind is not None:
            self.diagnostics.warn(
                "W002",
                f"unknown type {kind!r}; treated as any JSON value",
                at.file,
                at.pointer,
            )
        return TypeRef("any")

    def _union(
        self,
        schema: dict[str, Any],
        at: Location,
        hint: str,
        alias: bool = False,
        shared: Model | None = None,
    ) -> TypeRef:
        """The type of a `oneOf`/`anyOf`: null aside (it makes the value
        nullable), one member is that member's type, several a union; with a
        named schema (`alias`), a public type alias of that name. With
        `shared`, the model of properties beside the alternatives, each
        alternative that lacks them is a subclass of it."""
        key, choices = choices_of(schema)
        name = ""
        if alias and at in self._named and self._named[at].type.kind == "union":
            name = self._named[at].type.name  # (registered by _variants)
        elif alias:
            # Registered before its members are read: a member may refer back.
            name = self._union_name(hint)
            self._named[at] = _Named(TypeRef("union", name))
        members: list[TypeRef] = []
        for index, member in enumerate(choices):
            if ext.is_null_schema(member):
                continue
            member_at = at.child(key, index)
            member_hint = f"{hint}Option{index + 1}"
            variant = (
                self._variant_schema(member, member_at, schema)
                if shared is not None
                else None
            )
            if variant is not None:
                # (a subclass of the shared model, with the variant's own fields)
                member_name = self._class_name(member_hint)
                self._build_model(member_name, *variant, base_model=shared)
                member_type = TypeRef("model", member_name)
            else:
                member_type = self._schema_type(member, member_at, member_hint)
            if member_type.kind == "any":
                members = [member_type]
                break
            nested = self._unions.get(member_type.name)
            if member_type.kind == "union" and nested is not None and not nested.alias:
                found = list(nested.members)  # an inline union inside another one
            else:
                found = [member_type]
            members += [m for m in found if m not in members]
        single = members[0] if len(members) == 1 else None
        if not members or single is not None:
            result = single or TypeRef("any")
            if alias:
                self._named[at] = _Named(result)
                self._unions.pop(name, None)
            return result
        discriminator, mapping = self._union_mapping(schema, at, members)
        shape = (tuple(members), discriminator, mapping)
        if not alias:
            if shape in self._inline_unions:  # the same union inline again
                return TypeRef("union", self._inline_unions[shape])
            name = self._union_name(hint)
            self._inline_unions[shape] = name
        self._unions[name] = UnionType(
            name=name,
            alias=self._class_name(hint) if alias else "",
            description=as_text(schema.get("description")),
            members=tuple(members),
            discriminator=discriminator,
            mapping=mapping,
        )
        return TypeRef("union", name)

    def _has_variants(self, schema: dict[str, Any], at: Location) -> bool:
        """Whether `schema` has properties and, beside them, `oneOf`/`anyOf`
        variants that add properties of their own (vercel.com's DNS record:
        `properties: {type}` and nine variants with `name`, `value`, ...):
        a union of variants that each have the shared properties too. Not
        where a `discriminator` makes the schema a polymorphic base, nor
        where the variants only add `required` constraints ("at least one
        of these fields", as GitHub's PATCH bodies say): one model is right
        there."""
        if "discriminator" in schema:
            return False
        properties = schema.get("properties")
        key, choices = choices_of(schema)
        if not isinstance(properties, dict) or not properties or not choices:
            return False
        adds = False
        for index, choice in enumerate(choices):
            if ext.is_null_schema(choice):
                continue
            target = self._target(choice, at.child(key, index))
            if target is None or not is_object(target[0]):
                return False
            own = target[0].get("properties")
            adds = adds or (isinstance(own, dict) and bool(set(own) - set(properties)))
        return adds

    def _variants(
        self, schema: dict[str, Any], at: Location, hint: str, alias: bool
    ) -> TypeRef:
        """The union of a schema's variants, each with its shared properties
        (see _has_variants); the shared ones are a model of their own, the
        base class of every variant that does not declare them itself."""
        key, choices = choices_of(schema)
        if alias:
            # Registered before the shared model is built: a field may refer back.
            self._named[at] = _Named(TypeRef("union", self._union_name(hint)))
        shared: Model | None = None
        if any(
            self._variant_schema(choice, at.child(key, index), schema) is not None
            for index, choice in enumerate(choices)
            if not ext.is_null_schema(choice)
        ):
            # (only where a variant lacks them: most variants repeat them)
            shared_name = self._class_name(hint + "Base" if alias else hint)
            self._build_model(
                shared_name, {k: v for k, v in schema.items() if k != key}, at
            )
            shared = self._models[shared_name]
        return self._union(schema, at, hint, alias=alias, shared=shared)

    def _variant_schema(
        self, member: Any, at: Location, schema: dict[str, Any]
    ) -> tuple[dict[str, Any], Location] | None:
        """(schema, location) of a variant to build as a subclass of the
        model of `schema`'s shared properties; None for one that declares
        every shared property already (a whole model), read as it is."""
        target = self._target(member, at)
        if target is None:
            return None
        own = target[0].get("properties")
        declared = set(own) if isinstance(own, dict) else set()
        return None if set(schema.get("properties") or ()) <= declared else target

    def _target(
        self, schema: Any, at: Location
    ) -> tuple[dict[str, Any], Location] | None:
        """What a schema is after its `$ref`, with its location."""
        if isinstance(schema, dict) and "$ref" in schema:
            found = self.loader.deref(schema, at)
            if found is None or not isinstance(found[0], dict):
                return None
            return found[0], found[1]
        return (schema, at) if isinstance(schema, dict) else None

    def _union_name(self, hint: str) -> str:
        base = "_" + constant_case(python_identifier(pascal_case(hint), "Union"))
        (name,) = unique([base + "_ONE_OF"], self._unions.keys())
        self._unions.setdefault(name, UnionType(name, "", "", ()))  # taken
        return name

    def _union_mapping(
        self, schema: dict[str, Any], at: Location, members: list[TypeRef]
    ) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The discriminator of a union of models and the model of each of its
        values: `mapping` (refs or schema names), else each member schema's name."""
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(
            discriminator.get("propertyName"), str
        ):
            return "", ()
        models = {m.name for m in members if m.kind == "model"}
        mapping: dict[str, str] = {}
        raw = discriminator.get("mapping")
        for value, target in (raw.items() if isinstance(raw, dict) else ()):
            if not isinstance(target, str):
                continue
            ref = target if "#" in target else f"#/components/schemas/{target}"
            found = self._mapping_target(
                ref, at.child("discriminator", "mapping", value)
            )
            if found is None:
                continue
            mapped = self._named_type(found[1], found[1].pointer.rsplit("/", 1)[-1])
            if mapped.kind == "model":
                mapping[str(value)] = mapped.name
        key, choices = choices_of(schema)
        for index, member in enumerate(choices):
            if isinstance(member, dict) and isinstance(member.get("$ref"), str):
                implicit = member["$ref"].rsplit("/", 1)[-1]
                found = self.loader.resolve(member["$ref"], at.child(key, index))
                target = (
                    self._named_type(found[1], implicit) if found is not None else None
                )
                if (
                    target is not None
                    and target.name in models
                    and target.name not in mapping.values()
                ):
                    mapping.setdefault(implicit, target.name)
        return discriminator["propertyName"], tuple(sorted(mapping.items()))

    def _mapping_target(self, ref: str, at: Location) -> tuple[Any, Location] | None:
        """What a discriminator mapping's entry names, or None with a warning
        where that is nowhere: a mapping only tells values' models apart, and
        a union reads the others by its members' names (a bundled spec whose
        mapping still names the files it was made from: digitalocean.com)."""
        heard = Diagnostics()
        self.loader.diagnostics, told = heard, self.loader.diagnostics
        try:
            found = self.loader.resolve(ref, at)
        finally:
            self.loader.diagnostics = told
        if found is None:
            reason = heard.sorted()[0].message if heard.sorted() else repr(ref)
            self.diagnostics.warn(
                "W017",
                f"the discriminator mapping names what is not there: {reason};"
                " the entry is left out",
                at.file,
                at.pointer,
            )
        return found

    def _enum(self, schema: dict[str, Any], at: Location, hint: str) -> TypeRef:
        if isinstance(schema.get("enum"), list) and None in schema["enum"]:
            # null is no member: it makes the value nullable (x_nullable)
            schema = {**schema, "enum": [v for v in schema["enum"] if v is not None]}
        spec = ext.x_ms_enum(schema, at, self.diagnostics)
        kind = json_type(schema)
        if kind not in ENUM_KINDS and kind not in ("boolean", "array", "object"):
            # (no type, or one JSON Schema does not have: the values say)
            kind = type_of_values([v for v, _, _ in spec.values]) or (
                "string" if not spec.values else None
            )
        value_kind = ENUM_KINDS.get(str(kind))
        typed = self._typed_values(spec.values, kind, value_kind, at)
        if not typed:
            # No member can be a value of the type: the type without its enum.
            plain = {k: v for k, v in schema.items() if k not in ENUM_KEYWORDS}
            return self._schema_type(plain, at, hint)
        spec = replace(spec, values=typed)
        assert value_kind is not None  # (typed values have one)
        name_hint = spec.name or hint
        wanted = python_identifier(pascal_case(name_hint), "Enum")
        values = tuple(v for v, _, _ in spec.values)
        existing = self._enums.get(wanted)
        if existing is not None and tuple(m.value for m in existing.members) == values:
            return TypeRef(
                "enum", existing.name
            )  # the same x-ms-enum used inline again
        members = unique(
            [
                python_identifier(constant_case(member_name or str(value)), "V")
                for value, _, member_name in spec.values
            ]
        )
        name = self._class_name(name_hint)
        self._enums[name] = Enum(
            name=name,
            description=as_text(schema.get("description")),
            members=tuple(
                EnumMember(member, value, description)
                for member, (value, description, _) in zip(members, spec.values)
            ),
            value_kind=value_kind,  # type: ignore[arg-type]
            extensible=spec.extensible,
            source=f"{at.file}#{at.pointer}",
        )
        return TypeRef("enum", name)

    def _wrapped(self, schema: Any, at: Location) -> tuple[Any, Location] | None:
        """The part an `allOf` wrapper describes, and where it is (see
        `wrapped_part`), or None."""
        index = wrapped_part(schema) if isinstance(schema, dict) else None
        if index is None:
            return None
        return schema["allOf"][index], at.child("allOf", index)

    def _subclass_wrapper(self, part: Any, at: Location) -> bool:
        """Whether an inline wrapper of `part` is a subclass of its model, as
        AutoRest makes it in Azure's documents (`identity: {allOf: [{$ref:
        UserAssignedIdentity}], description}` is a class of its own in
        Azure's SDKs). Never of a model still being built: the wrapper would
        merge that model's properties, itself among them, without end (Jira's
        `templateEvent`)."""
        if not self.azure_document or not self._is_model_schema(part, at):
            return False
        found = self.loader.deref(part, at)
        known = self._named.get(found[1]) if found is not None else None
        return known is None or known.type.name in self._models

    def _is_model_schema(self, schema: Any, at: Location) -> bool:
        resolved = self.loader.deref(schema, at)
        return (
            resolved is not None
            and isinstance(resolved[0], dict)
            and is_object(resolved[0])
        )

    def _typed_values(
        self,
        values: tuple[tuple[Any, str, str | None], ...],
        kind: Any,
        value_kind: str | None,
        at: Location,
    ) -> tuple[tuple[Any, str, str | None], ...]:
        """An enum's (value, description, member name) whose values can be
        members of a `value_kind` enum, as such (`typed_values`); the rest are
        warned about and left out. None can where the schema's type has no
        enum class (boolean, array, object) or, without a type, the values
        have several."""
        if value_kind is None:
            if kind is None:
                self.diagnostics.warn(
                    "W015",
                    "`enum` lists values of several JSON types and the schema"
                    " has no `type`; no enum: read as any JSON value",
                    at.file,
                    at.child("enum").pointer,
                )
            return ()
        typed = []
        refused = []
        for value, description, member_name in values:
            member = typed_value(value, value_kind)
            if member is NO_VALUE:
                refused.append(value)
            else:
                typed.append((member, description, member_name))
        if refused:
            listed = ", ".join(repr(v) for v in refused)
            outcome = "left out" if typed else f"no enum: read as a plain {kind}"
            self.diagnostics.warn(
                "W015",
                f"`enum` lists {listed}, not {kind} values as the schema's type"
                f" says; {outcome}",
                at.file,
                at.child("enum").pointer,
            )
        return tuple(typed)

    def _build_model(
        self,
        name: str,
        schema: dict[str, Any],
        at: Location,
        schema_name: str = "",
        base_model: Model | None = None,
    ) -> None:
        """A model; the first `allOf` reference to another model is its base
        class (inheritance), other `allOf` parts are merged in. `base_model`
        is its base class where the schema does not say (a variant of a
        schema with shared properties)."""
        base: Model | None = base_model
        mapped_value: str | None = None  # the base's OpenAPI 3 mapping names it
        merged: list[tuple[str, Any, Location]] = []
        required: set[str] = required_names(schema)
        for index, part in enumerate(schema.get("allOf") or []):
            part_at = at.child("allOf", index)
            if base is None and isinstance(part, dict) and "$ref" in part:
                found = self.loader.resolve(part["$ref"], part_at)
                if (
                    found is not None
                    and isinstance(found[0], dict)
                    and is_object(found[0])
                ):
                    target_hint = found[1].pointer.rsplit("/", 1)[-1]
                    parent = self._named_type(found[1], target_hint)
                    # A base still being built (a cycle through allOf) is merged instead.
                    if parent.kind == "model" and parent.name in self._models:
                        base = self._models[parent.name]
                        mapped_value = value_in_mapping(found[0], at)
                        continue
            part_properties, part_required = self._collect_properties(
                part, part_at, set()
            )
            merged += part_properties
            required |= part_required
        own, own_required = self._collect_properties(
            schema, at, set(), include_all_of=False
        )
        required |= own_required
        merged += own

        inherited = list(base.properties) if base is not None else []
        taken = {p.wire_name for p in inherited}
        raw = [(wire, s, where) for wire, s, where in merged if wire not in taken]
        python_names = unique(
            [
                python_identifier(
                    (
                        snake_case(ext.x_ms_client_name(s) or wire)
                        if isinstance(s, dict)
                        else snake_case(wire)
                    ),
                    "field",
                )
                for wire, s, _ in raw
            ],
            RESERVED_PROPERTY_NAMES | {p.python_name for p in inherited},
        )
        properties = list(inherited)
        for (wire, prop_schema, prop_at), python_name in zip(raw, python_names):
            properties.append(
                self._property(
                    wire, prop_schema, prop_at, python_name, wire in required, name
                )
            )
        properties = self._flatten(properties, raw, inherited)
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict):  # OpenAPI 3: {propertyName, mapping}
            discriminator = discriminator.get("propertyName")
        # (YAML reads `x-ms-discriminator-value: true` as a boolean: the
        # wire has its JSON text, "true", not Python's)
        given = typed_value(schema.get("x-ms-discriminator-value"), "str")
        value = (given if given is not NO_VALUE else None) or mapped_value
        named = (
            discriminator
            if isinstance(discriminator, str)
            else (base.discriminator if base else None)
        )
        # The class says the discriminator's value: nobody has to pass it.
        properties = [
            replace(p, required=False, constant=None) if p.wire_name == named else p
            for p in properties
        ]
        self._models[name] = Model(
            name=name,
            description=as_text(schema.get("description")),
            properties=tuple(properties),
            source=f"{at.file}#{at.pointer}",
            base=base.name if base is not None else None,
            inherited=len(inherited),
            discriminator=(
                discriminator
                if isinstance(discriminator, str)
                else (base.discriminator if base else None)
            ),
            discriminator_value=(
                str(value)
                if value is not None
                else (
                    at.pointer.rsplit("/", 1)[-1]
                    if named and base is not None
                    else None
                )
            ),
            schema_name=schema_name,
            xml=xml_info(self.loader, self.diagnostics, schema, at),
        )

    def _property(
        self,
        wire: str,
        schema: Any,
        at: Location,
        python_name: str,
        required: bool,
        owner: str,
    ) -> Property:
        """The property `wire` of the model `owner`. What the definition a
        `$ref` points to says of it (read-only: the seed marks `State` and
        `Error` readOnly as a whole; description, nullable, its xml, a single
        value) is read from that one lookup: a big spec has tens of
        thousands of properties."""
        prop_type = self._schema_type(schema, at, owner + pascal_case(wire))
        if not isinstance(schema, dict):
            return Property(wire, python_name, prop_type, required, False, "")
        typed, typed_at = schema, at
        wrapped = self._wrapped(schema, at) if "allOf" in schema else None
        if wrapped is not None:
            # A wrapper's other parts describe the property as its own keys do
            # (AWS's `allOf: [{$ref}, {description}]`); its typed part is read
            # as a `$ref` of the property's own is.
            typed, typed_at = wrapped
            schema = _annotations(schema)
        if (
            "default" in schema
            and schema["default"] is None
            and not ext.x_nullable(schema)
        ):
            self.diagnostics.warn(
                "W004",
                "`default: null` on a property that is not x-nullable; read as no"
                " default, as AutoRest reads it",
                at.file,
                at.child("default").pointer,
            )
        referred = isinstance(typed, dict) and "$ref" in typed
        resolved = self.loader.deref(typed, typed_at) if referred else (typed, typed_at)
        target, target_at = resolved if resolved is not None else (None, at)
        if not isinstance(target, dict):
            target = None
        definition = target if referred else None  # (what a $ref points to)
        constant = single_value(target) if required and target is not None else None
        if constant is not None:
            constant = self._typed(constant, prop_type)
        return Property(
            wire_name=wire,
            python_name=python_name,
            type=prop_type,
            required=required,
            read_only=bool(
                schema.get("readOnly")
                or (definition is not None and definition.get("readOnly"))
            )
            or ext.x_ms_mutability_read_only(schema),
            description=as_text(
                schema.get("description")
                if schema.get("description") or definition is None
                else definition.get("description")
            ),
            secret=ext.x_ms_secret(schema),
            nullable=ext.x_nullable(schema)
            or (definition is not None and ext.x_nullable(definition)),
            xml=(
                NO_XML
                if target is None
                else (
                    xml_of(self.loader, self.diagnostics, target, target_at)
                    if target is schema
                    else with_own_xml(
                        self.diagnostics,
                        xml_of(self.loader, self.diagnostics, target, target_at),
                        schema,
                        at,
                    )
                )
            ),
            constant=constant if isinstance(constant, (str, int)) else None,
            default=schema.get("default"),
        )

    def _typed(self, value: Any, value_type: TypeRef) -> Any:
        """A literal value (a constant, an argument's default) as a value of
        `value_type` (as an enum's members are: `typed_values`), or NO_VALUE
        where it cannot be one or no literal can spell one (a date, a list)."""
        kind: str = value_type.kind
        if kind == "enum":
            enum = self._enums.get(value_type.name)
            kind = enum.value_kind if enum is not None else ""
        if kind in ("str", "int", "float", "bool"):
            return typed_value(value, kind)
        return value if kind == "any" else NO_VALUE

    def _flatten(
        self,
        properties: list[Property],
        raw: list[tuple[str, Any, Location]],
        inherited: list[Property],
    ) -> list[Property]:
        """x-ms-client-flatten on a property of a model type: its model's
        properties take its place (the wire keeps the nesting)."""
        flags = {
            wire: isinstance(s, dict) and s.get("x-ms-client-flatten") is True
            for wire, s, _ in raw
        }
        if not any(flags.values()):
            # Nothing moves: the names were made unique (with the inherited
            # ones and the reserved ones) as they were given.
            return properties
        result: list[Property] = list(properties[: len(inherited)])
        own = properties[len(inherited) :]
        for prop in own:
            inner = (
                self._models.get(prop.type.name) if prop.type.kind == "model" else None
            )
            if not flags.get(prop.wire_name) or inner is None:
                result.append(prop)
                continue
            for nested in inner.properties:
                result.append(
                    replace(
                        nested,
                        required=nested.required and prop.required,
                        read_only=nested.read_only or prop.read_only,
                        nullable=False,
                        container=(prop.wire_name, *nested.container),
                    )
                )
        # A flattened property named like another one takes its container's
        # name as a prefix (`properties.type` beside `type`: properties_type)
        # before numbering is the last resort.
        counts: dict[str, int] = {}
        for p in result:
            counts[p.python_name] = counts.get(p.python_name, 0) + 1
        wanted = [
            (
                snake_case("_".join((*p.container, p.python_name)))
                if p.container
                and (
                    counts[p.python_name] > 1
                    or p.python_name in RESERVED_PROPERTY_NAMES
                )
                else p.python_name
            )
            for p in result
        ]
        names = unique(wanted, RESERVED_PROPERTY_NAMES)
        # (a copy only where the name changed: most do not, in big specs too)
        return [
            p if p.python_name == n else replace(p, python_name=n)
            for p, n in zip(result, names)
        ]

    def _collect_properties(
        self,
        schema: Any,
        at: Location,
        seen: set[Location],
        include_all_of: bool = True,
    ) -> tuple[list[tuple[str, Any, Location]], set[str]]:
        """Properties (wire name, schema, location) and required names of a
        schema, following its `allOf` parts (which may be refs) depth-first."""
        resolved = self.loader.deref(schema, at)
        if resolved is None or not isinstance(resolved[0], dict) or resolved[1] in seen:
            return [], set()
        schema, at = resolved
        seen = seen | {at}
        found: list[tuple[str, Any, Location]] = []
        required = required_names(schema)
        if include_all_of:
            for index, part in enumerate(schema.get("allOf") or []):
                part_found, part_required = self._collect_properties(
                    part, at.child("allOf", index), seen
                )
                found += part_found
                required |= part_required
        for prop, prop_schema in (schema.get("properties") or {}).items():
            if prop_schema is False:
                self.diagnostics.warn(
                    "W010",
                    f"property {prop!r} has the schema `false`: it can never be"
                    " present, so the model leaves it out (`additionalProperties:"
                    " false` belongs beside `properties`, not in it)",
                    at.file,
                    at.child("properties", prop).pointer,
                )
                continue
            found.append((prop, prop_schema, at.child("properties", prop)))
        return found, required

    def _nullable_definition(self, schema: Any, at: Location) -> bool:
        if not isinstance(schema, dict) or "$ref" not in schema:
            return False
        resolved = self.loader.deref(schema, at)
        return bool(resolved and ext.x_nullable(resolved[0]))


def _annotations(wrapper: dict[str, Any]) -> dict[str, Any]:
    """What an `allOf` wrapper's untyped parts and its own keys say of its
    values (its own keys first)."""
    merged: dict[str, Any] = {}
    for part in wrapper["allOf"]:
        if isinstance(part, dict) and TYPING_KEYWORDS.isdisjoint(part):
            merged.update(part)
    merged.update((k, v) for k, v in wrapper.items() if k != "allOf")
    return merged


def _numbered(name: str, number: int) -> str:
    """`unique`'s spellings of a name already taken, one name asked for at a
    time: name, name_, name_2, name_3, ... (keep the two in step; unique
    also skips name_ for a repeat within its list, which this never sees)."""
    return name if number == 0 else name + "_" if number == 1 else f"{name}_{number}"
