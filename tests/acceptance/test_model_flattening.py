"""x-ms-client-flatten (model-flattening.json): flattened properties read and
written through their nesting (`properties.p.name` is `p_name`), a flattened
property named like another takes its container as a prefix
(`properties_type`), flattened body parameters are keyword arguments."""

from __future__ import annotations

from typing import Any

from .conftest import Harness

SPEC = "model-flattening"


def ops(h: Harness) -> Any:
    return h.client(SPEC).model_flatten


def check_first(product: Any) -> None:
    assert (product.id, product.name, product.location) == ("1", "Resource1", "Building 44")
    assert (product.p_name, product.properties_type) == ("Product1", "Flat")
    assert (product.provisioning_state_values, product.provisioning_state) == ("OK", "Succeeded")
    assert product.type == "Microsoft.Web/sites" and product.tags == {"tag1": "value1", "tag2": "value3"}


def test_arrays_and_maps_of_flattened_models(h: Harness) -> None:
    flatten, models = ops(h), h.models(SPEC)
    products = h.call(flatten.get_array())
    check_first(products[0])
    assert [p.id for p in products] == ["1", "2", "3"]
    h.call(flatten.put_array(resource_array=[
        models.Resource(location="West US", tags={"tag1": "value1", "tag2": "value3"}),
        models.Resource(location="Building 44"),
    ]))
    by_name = h.call(flatten.get_dictionary())
    check_first(by_name["Product1"])
    h.call(flatten.put_dictionary(resource_dictionary={
        "Resource1": models.FlattenedProduct(
            location="West US", tags={"tag1": "value1", "tag2": "value3"}, p_name="Product1", properties_type="Flat"
        ),
        "Resource2": models.FlattenedProduct(location="Building 44", p_name="Product2", properties_type="Flat"),
    }))


def test_a_collection_of_flattened_models(h: Harness) -> None:
    flatten, models = ops(h), h.models(SPEC)
    collection = h.call(flatten.get_resource_collection())
    check_first(collection.dictionaryofresources["Product1"])
    assert [p.id for p in collection.arrayofresources] == ["4", "5", "6"]
    assert collection.productresource.id == "7"
    product = models.FlattenedProduct
    h.call(flatten.put_resource_collection(
        dictionaryofresources={
            "Resource1": product(
                location="West US", tags={"tag1": "value1", "tag2": "value3"}, p_name="Product1", properties_type="Flat"
            ),
            "Resource2": product(location="Building 44", p_name="Product2", properties_type="Flat"),
        },
        arrayofresources=[
            product(location="West US", tags={"tag1": "value1", "tag2": "value3"}, p_name="Product1", properties_type="Flat"),
            product(location="East US", p_name="Product2", properties_type="Flat"),
        ],
        productresource=product(location="India", p_name="Azure", properties_type="Flat"),
    ))


def test_flattened_bodies(h: Harness) -> None:
    flatten = ops(h)
    arguments = {
        "product_id": "123",
        "description": "product description",
        "max_product_display_name": "max name",
        "odata_value": "http://foo",
    }
    got = h.call(flatten.put_simple_product(**arguments, generic_value="https://generic"))
    assert (got.product_id, got.max_product_display_name, got.capacity) == ("123", "max name", "Large")
    got = h.call(flatten.post_flattened_simple_product(**arguments))
    assert got.odata_value == "http://foo"
    got = h.call(flatten.put_simple_product_with_grouping("groupproduct", **arguments))
    assert got.description == "product description"
