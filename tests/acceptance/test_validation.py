"""Constants (validation.json): a path constant and a body whose model carries
constant properties at every level are sent by the client itself."""

from __future__ import annotations

from .conftest import Harness

SPEC = "validation"


def test_constants_in_path_and_body(h: Harness) -> None:
    client, models = h.client(SPEC, "subscription", api_version="1.0.0"), h.models(SPEC)
    h.call(client.validation.get_with_constant_in_path())
    product = h.call(client.validation.post_with_constant_in_body(
        child=models.ChildProduct(), const_child=models.ConstantProduct()
    ))
    assert (product.const_string, product.const_int) == ("constant", 0)
    assert product.const_child.const_property2 == "constant2"
