"""How wire names become Python names."""

from __future__ import annotations

import keyword

import pytest

from generator.ir.names import (
    BUILTIN_CLASSES,
    CLIENT_MEMBERS,
    MODULE_NAMES,
    group_names,
    Vocabulary,
    common_word_prefix,
    group_and_method,
    pascal_case,
    python_identifier,
    snake_case,
    unique,
)


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("fine-tune-id", "fine_tune_id"),
        ("api-version", "api_version"),
        ("fileImport", "file_import"),
        ("HTTPServerError", "http_server_error"),
        ("Operation-Id", "operation_id"),
        ("x-ms-request-id", "x_ms_request_id"),
        ("Size256x256", "size_256x256"),
        ("créé", "cree"),
    ],
)
def test_snake_case(wire: str, expected: str) -> None:
    assert snake_case(wire) == expected


def test_pascal_case() -> None:
    assert pascal_case("fine-tunes:") == "FineTunes"
    assert pascal_case("OperationResponse result") == "OperationResponseResult"


@pytest.mark.parametrize("word", ["import", "class", "from", "None", "match", "type"])
def test_identifiers_never_are_keywords(word: str) -> None:
    name = python_identifier(word)
    assert not keyword.iskeyword(name) and name.isidentifier()


def test_identifiers_for_odd_names() -> None:
    assert python_identifier("") == "value"
    assert python_identifier("1st", "field") == "field_1st"
    assert python_identifier("__init__") == "init_"
    assert python_identifier("self", reserved={"self"}) == "self_"


def test_unique_numbers_later_duplicates_in_order() -> None:
    assert unique(["a", "b", "a", "a"]) == ["a", "b", "a_2", "a_3"]


def test_a_reserved_name_gets_a_trailing_underscore_before_a_number() -> None:
    assert unique(["self", "b", "self", "b_"], reserved={"self", "b"}) == ["self_", "b_", "self_2", "b__2"]


def _vocabulary() -> Vocabulary:
    return Vocabulary(["Files:", "Fine-Tunes:", "operations", "images", "content", "events", "models"])


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("microsoftAzureFilesList", "Files:", ("files", "list")),
        ("microsoftAzureFilesGetcontent", "Files:", ("files", "get_content")),
        ("microsoftAzureFinetunesGetevents", "Fine-Tunes:", ("fine_tunes", "get_events")),
        ("microsoftAzureOperationsimagesGet", "Operations", ("operations_images", "get")),
        ("microsoftAzureImagesGenerate", "Images", ("images", "generate")),
        ("Files_GetContent", "Files:", ("files", "get_content")),
        ("OperationsImages_Get", None, ("operations_images", "get")),
        ("listPets", "pets", ("pets", "list_pets")),
        # a number before the verb is a step of a guide, not a group
        ("2.SendPaymentsPublic", "Transaction Process", ("transaction_process", "send_payments_public")),
        ("3_GetOther", "Steps", ("steps", "get_other")),
        ("10.SendThing", None, ("", "send_thing")),
    ],
)
def test_groups_and_methods_from_operation_ids_and_tags(operation_id: str, tag: str | None, expected: tuple[str, str]) -> None:
    ids = ["microsoftAzureFilesList", "microsoftAzureModelsGet"]
    drop = common_word_prefix(ids) if operation_id.startswith("microsoft") else 0
    assert group_and_method(operation_id, tag, drop, _vocabulary()) == expected


def test_common_prefix_is_only_dropped_when_every_id_shares_it() -> None:
    assert common_word_prefix(["microsoftAzureFilesList", "microsoftAzureModelsGet"]) == 2
    assert common_word_prefix(["Files_List", "Models_Get"]) == 0
    assert common_word_prefix(["getPet", "getStore"]) == 1
    assert common_word_prefix(["getPet", "listPets"]) == 0


def test_vocabulary_splits_only_whole_runs_of_known_words() -> None:
    vocabulary = _vocabulary()
    assert vocabulary.segment("Finetunes") == ["fine", "tunes"]
    assert vocabulary.segment("Filesystem") == ["Filesystem"]
    assert vocabulary.segment("Models") == ["Models"]


def test_group_names_are_identifiers_distinct_even_ignoring_case_and_no_client_member() -> None:
    names = group_names(["close", "2fa", "", "class", "files", "Files", "group2", "group_2"])
    attributes = [a for a, _ in names]
    classes = [c for _, c in names]
    assert attributes == ["close_", "group_2fa", "default", "class_", "files", "files_2", "group2", "group_2"]
    assert classes[:4] == ["CloseOperations", "Group2FaOperations", "DefaultOperations", "ClassOperations"]
    # `group2` and `group_2` are two attributes but one PascalCase name
    assert classes[6:] == ["Group2Operations", "Group2Operations_2"]
    assert all(c.isidentifier() for c in classes)
    assert len({a.lower() for a in attributes}) == len(attributes)
    assert not CLIENT_MEMBERS & set(attributes)


def test_module_names_hold_every_name_the_import_manager_can_bind() -> None:
    """A class of such a name would shadow the import (a schema `Any`)."""
    from generator.emit import imports

    bound = {"annotations", "_models"}  # (__future__; the TYPE_CHECKING block)
    for _, line, _ in imports._KNOWN:
        if line.startswith("import "):
            bound.add(line.removeprefix("import "))
        elif "{" not in line:
            bound |= {n.strip() for n in line.partition(" import ")[2].split(",")}
    bound |= set(imports._TYPING) | set(imports._LOCAL_MODULES)
    bound |= {n for names in imports._FROM_RUNTIME.values() for n in names}
    assert bound <= MODULE_NAMES, bound - MODULE_NAMES


def test_builtin_classes_hold_every_builtin_a_class_could_be_named_like() -> None:
    import builtins

    capitalized = {n for n in dir(builtins) if n[:1].isupper() and not keyword.iskeyword(n)}
    assert capitalized <= BUILTIN_CLASSES, capitalized - BUILTIN_CLASSES


def test_class_names_asked_for_again_and_again_are_numbered_as_unique_numbers_them() -> None:
    """The builder counts on from the last number it gave a name (Microsoft
    Graph asks for some names thousands of times); the names are the ones
    `unique` gives when asked one at a time."""
    from pathlib import Path

    from generator.diagnostics import Diagnostics
    from generator.ir.schemas import SchemaBuilder
    from generator.load import SpecLoader

    diagnostics = Diagnostics()
    builder = SchemaBuilder(SpecLoader(diagnostics, Path(".")), diagnostics, "p")
    taken = set(builder._class_names)
    builder._class_names.add("Value_3")  # taken some other way meanwhile
    taken.add("Value_3")
    expected = []
    for wanted in ["Value", "Value", "Value", "Value", "Value", "List", "List"]:
        (name,) = unique([pascal_case(wanted)], taken)
        taken.add(name)
        expected.append(name)
    got = [builder._class_name(w) for w in ["Value", "Value", "Value", "Value", "Value", "List", "List"]]
    assert got == expected == ["Value", "Value_", "Value_2", "Value_4", "Value_5", "List", "List_"]


def test_a_place_inside_an_operation_is_named_as_the_operation_names_it() -> None:
    """(what a `$ref` into `#/paths/...` names its target, whichever of the
    `$ref` and the operation is built first)"""
    from generator.ir.names import place_hint

    answer = ["responses", "200", "content", "application/json", "schema"]
    assert place_hint("getVehicle", "get", answer) == "GetVehicleResponse"
    assert place_hint("getVehicle", "get", ["responses", "404", "schema"]) == "GetVehicleResponse404"
    assert place_hint("getVehicle", "get", ["responses", "default", "schema"]) == "GetVehicleResponseDefault"
    assert place_hint("getVehicle", "get", [*answer, "properties", "state", "items"]) == "GetVehicleResponseStateItem"
    assert place_hint("updateVehicle", "update", ["requestBody", "content", "application/json", "schema"]) == "UpdateBody"


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("CreateOrReplace", None, ("", "create_or_replace")),
        ("createOrUpdatePet", "pets", ("pets", "create_or_update_pet")),
        ("GetOrCreateUser", "users", ("users", "get_or_create_user")),
        ("uploadSessionsAdd", "files", ("upload_sessions", "add")),
    ],
)
def test_verbs_joined_by_or_are_one_method_not_a_group_and_a_method(
    operation_id: str, tag: str | None, expected: tuple[str, str]
) -> None:
    """TypeSpec's Azure operations `CreateOrReplace` became the group
    `create_or` with the method `replace`: the split point was the first verb
    after the first word, though it is joined to the one before by "Or"."""
    assert group_and_method(operation_id, tag, 0, Vocabulary([])) == expected
