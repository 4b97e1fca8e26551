"""Spec names that are Python keywords or names the runtime uses (reserved-words
.json): a group called `import`, bodies called `content`, `json`, `data`,
`files`, a path parameter `url`, a header enum whose value is `import`."""

from __future__ import annotations

from .conftest import Harness

SPEC = "reserved-words"


def test_reserved_names(h: Harness) -> None:
    client, models = h.client(SPEC), h.models(SPEC)
    assert h.call(client.import_.operation_one(parameter1="foo")) is None  # a free-form object, absent
    words = client.reserved_words
    h.call(words.operation_with_content_param(content=b"hello, world"))
    h.call(words.operation_with_json_param(json={"hello": "world"}))
    h.call(words.operation_with_data_param(data="hello", world="world"))
    h.call(words.operation_with_files_param(files=b"content", file_name="my.txt"))
    h.call(words.operation_with_url("foo", header_parameters="x-ms-header", query_parameters=["one", "two"]))
    h.call(words.reserved_enum(enum_parameter=models.MyEnum.IMPORT))
