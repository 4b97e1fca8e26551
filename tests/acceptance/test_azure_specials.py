"""Azure conventions (azure-special-properties, subscriptionId-apiVersion):
global path parameters such as subscriptionId are client parameters; the
api-version the client or the method carries; x-ms-skip-url-encoding in path
and query; OData query options; a new x-ms-client-request-id on every request,
overridable per call (or left out with None); custom request-id headers."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from .conftest import Harness

SPEC = "azure-special-properties"
SUBSCRIPTION = "1234-5678-9012-3456"
REQUEST_ID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"


def client(h: Harness) -> Any:
    return h.client(SPEC, SUBSCRIPTION)


@pytest.mark.parametrize(
    "operation",
    ["post_method_global_valid", "post_method_global_not_provided_valid", "post_path_global_valid", "post_swagger_global_valid"],
)
def test_subscription_id_on_the_client(h: Harness, operation: str) -> None:
    h.call(getattr(client(h).subscription_in_credentials, operation)())


@pytest.mark.parametrize(
    "operation", ["post_method_local_valid", "post_path_local_valid", "post_swagger_local_valid"]
)
def test_subscription_id_on_the_method(h: Harness, operation: str) -> None:
    h.call(getattr(client(h).subscription_in_method, operation)(SUBSCRIPTION))


def test_a_missing_subscription_id_is_refused(h: Harness) -> None:
    module = h.module(SPEC)
    h.raises(module.ArgumentError, lambda: client(h).subscription_in_method.post_method_local_null(None))
    h.raises(module.ArgumentError, lambda: h.client(SPEC, None))  # checked when made


def test_api_versions(h: Harness) -> None:
    ops = client(h)
    for operation in ("get_method_global_valid", "get_method_global_not_provided_valid", "get_path_global_valid", "get_swagger_global_valid"):
        h.call(getattr(ops.api_version_default, operation)())
    for operation in ("get_method_local_valid", "get_path_local_valid", "get_swagger_local_valid"):
        h.call(getattr(ops.api_version_local, operation)())
    h.call(ops.api_version_local.get_method_local_null(api_version=None))


def test_skip_url_encoding(h: Harness) -> None:
    ops = client(h).skip_url_encoding
    h.call(ops.get_method_path_valid("path1/path2/path3"))
    h.call(ops.get_path_path_valid("path1/path2/path3"))
    h.call(ops.get_swagger_path_valid())
    h.call(ops.get_method_query_valid(q1="value1&q2=value2&q3=value3"))
    h.call(ops.get_path_query_valid(q1="value1&q2=value2&q3=value3"))
    h.call(ops.get_swagger_query_valid())
    h.call(ops.get_method_query_null(q1=None))


def test_odata_query_options(h: Harness) -> None:
    h.call(client(h).odata.get_with_filter(filter="id gt 5 and name eq 'foo'", top=10, orderby="id"))


def test_client_request_ids(h: Harness) -> None:
    ops = client(h).x_ms_client_request_id
    h.call(ops.get(request_options={"headers": {"x-ms-client-request-id": REQUEST_ID}}))
    h.call(ops.param_get(x_ms_client_request_id=REQUEST_ID))
    h.call(ops.get(request_options={"headers": {"x-ms-client-request-id": None}}))  # none sent
    module = h.module(SPEC)
    error = h.raises(module.BadRequestError, ops.get)  # a fresh id, which this route refuses
    sent = error.response.request.headers["x-ms-client-request-id"]
    assert uuid.UUID(sent).version == 4 and sent != REQUEST_ID


def test_custom_named_request_ids(h: Harness) -> None:
    header = client(h).header
    module = h.module(SPEC)
    raw = (module.async_with_raw_response if h.is_async else module.with_raw_response)
    response = h.call(raw(header.custom_named_request_id)(foo_client_request_id=REQUEST_ID))
    assert response.headers["foo-request-id"] == "123"
    group = h.models(SPEC).HeaderCustomNamedRequestIdParamGroupingParameters(foo_client_request_id=REQUEST_ID)
    h.call(header.custom_named_request_id_param_grouping(
        header_custom_named_request_id_param_grouping_parameters=group
    ))
    assert h.call(header.custom_named_request_id_head(foo_client_request_id=REQUEST_ID)) is True


def test_subscription_and_api_version_of_a_resource_manager_client(h: Harness) -> None:
    ops = h.client("subscriptionId-apiVersion", "test12", api_version="2014-04-01-preview").group
    group = h.call(ops.get_sample_resource_group("testgroup101"))
    assert group.name == "testgroup101" and group.location == "West US"
