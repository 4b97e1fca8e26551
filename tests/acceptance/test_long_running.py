"""Long-running operations (lro.json): every way Azure services poll, as the
test server plays them, with the server's `scenario` cookie kept across polls
and no delay between them. Results are the final resource (or None where the
operation declares none); a failed or canceled operation raises
OperationFailedError; a broken monitor, header or body raises a ClientError."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Harness

SUCCEEDED = "product"  # a Product whose provisioning_state is Succeeded
NONE = "none"
FAILED = "failed"  # OperationFailedError
ERROR = "error"  # any other ClientError

LROS = [
    ("put200_succeeded", SUCCEEDED),
    ("patch200_succeeded_ignore_headers", SUCCEEDED),
    ("patch201_retry_with_async_header", SUCCEEDED),
    ("patch202_retry_with_async_and_location_header", SUCCEEDED),
    ("put201_succeeded", SUCCEEDED),
    ("put200_succeeded_no_state", "nostate"),
    ("put202_retry200", "product-any"),
    ("put201_creating_succeeded200", SUCCEEDED),
    ("put200_updating_succeeded204", SUCCEEDED),
    ("put201_creating_failed200", FAILED),
    ("put200_acceptedcanceled200", FAILED),
    ("put_no_header_in_retry", SUCCEEDED),
    ("put_async_retry_succeeded", SUCCEEDED),
    ("put_async_no_retry_succeeded", SUCCEEDED),
    ("put_async_retry_failed", FAILED),
    ("put_async_no_retry_canceled", FAILED),
    ("put_async_no_header_in_retry", SUCCEEDED),
    ("delete_provisioning202_accepted200_succeeded", SUCCEEDED),
    # Polled through Location: a 200 ends the operation, and its body (a
    # resource whose state is Failed or Canceled) is the result, as azure-core has it.
    ("delete_provisioning202_deleting_failed200", "state:Failed"),
    ("delete_provisioning202_deletingcanceled200", "state:Canceled"),
    ("delete204_succeeded", NONE),
    ("delete202_retry200", NONE),  # the final 200 has no body
    ("delete202_no_retry204", NONE),
    ("delete_no_header_in_retry", NONE),
    ("delete_async_no_header_in_retry", NONE),
    ("delete_async_retry_succeeded", NONE),
    ("delete_async_no_retry_succeeded", NONE),
    ("delete_async_retry_failed", FAILED),
    ("delete_async_retry_canceled", FAILED),
    ("post202_retry200", NONE),
    ("post202_no_retry204", NONE),
    ("post_async_retry_succeeded", SUCCEEDED),
    ("post_async_no_retry_succeeded", SUCCEEDED),
    ("post_async_retry_failed", FAILED),
    ("post_async_retry_canceled", FAILED),
    ("post_double_headers_final_location_get", "product-any"),
    ("post_double_headers_final_azure_header_get", "product-any"),
    ("post_double_headers_final_azure_header_get_default", "product-any"),
]

RETRIES = [
    ("put201_creating_succeeded200", SUCCEEDED),
    ("put_async_relative_retry_succeeded", SUCCEEDED),
    ("delete_provisioning202_accepted200_succeeded", SUCCEEDED),
    ("delete202_retry200", NONE),
    ("delete_async_relative_retry_succeeded", NONE),
    ("post202_retry200", NONE),
    ("post_async_relative_retry_succeeded", NONE),
]

ERRORS = [
    "put_non_retry400",
    "put_non_retry201_creating400",
    "put_non_retry201_creating400_invalid_json",
    "put_async_relative_retry400",
    "delete_non_retry400",
    "delete202_non_retry400",
    "delete_async_relative_retry400",
    "post_non_retry400",
    "post202_non_retry400",
    "post_async_relative_retry400",
    "put_async_relative_retry_no_status",
    "put_async_relative_retry_no_status_payload",
    "delete_async_relative_retry_no_status",
    "put200_invalid_json",
    "put_async_relative_retry_invalid_header",
    "put_async_relative_retry_invalid_json_polling",
    "delete202_retry_invalid_header",
    "delete_async_relative_retry_invalid_header",
    "delete_async_relative_retry_invalid_json_polling",
    "post202_retry_invalid_header",
    "post_async_relative_retry_invalid_header",
    "post_async_relative_retry_invalid_json_polling",
]


def finish(h: Harness, group: Any, operation: str, **kwargs: Any) -> Any:
    poller = h.call(getattr(group, f"begin_{operation}")(**kwargs))
    return h.call(poller.result())


def check(h: Harness, group: Any, name: str, expected: str, **kwargs: Any) -> None:
    module = h.module("lro")
    if expected == FAILED:
        h.raises(module.OperationFailedError, lambda: finish(h, group, name, **kwargs))
        return
    result = finish(h, group, name, **kwargs)
    if expected == NONE:
        assert result is None
    elif expected == "nostate":
        assert result.provisioning_state is None and result.name == "foo"
    elif expected.startswith("state:"):
        assert result.provisioning_state == expected.partition(":")[2]
    elif expected == "product-any":
        assert isinstance(result, h.models("lro").Product)
    else:
        assert isinstance(result, h.models("lro").Product)
        assert result.provisioning_state == "Succeeded"


@pytest.mark.parametrize(("name", "expected"), LROS, ids=[n for n, _ in LROS])
def test_lro(h: Harness, name: str, expected: str) -> None:
    check(h, h.client("lro").lr_os, name, expected)


@pytest.mark.parametrize(("name", "expected"), RETRIES, ids=[n for n, _ in RETRIES])
def test_lro_after_retried_errors(h: Harness, name: str, expected: str) -> None:
    # The server answers the first POST with a 500 and counts the scenario only
    # if it is sent again: a POST is repeated only where the service can
    # recognize a repeat, which an idempotency header tells the client.
    client = h.client("lro", idempotency_header="Idempotency-Key")
    check(h, client.lro_retrys, name, expected)


@pytest.mark.parametrize("name", ERRORS)
def test_lro_errors(h: Harness, name: str) -> None:
    module = h.module("lro")
    h.raises(module.ClientError, lambda: finish(h, h.client("lro").lrosa_ds, name))


def test_lro_without_anything_to_poll(h: Harness) -> None:
    module = h.module("lro")
    group = h.client("lro").lrosa_ds
    # A DELETE answering 204, a POST answering 202 without a header: nothing to
    # poll (azure-core's StatusCheckPolling), so the first answer is the end.
    assert finish(h, group, "delete204_succeeded") is None
    assert finish(h, group, "post202_no_location") is None
    h.raises(module.ClientError, lambda: finish(h, group, "post_async_relative_retry_no_payload"))
    h.raises(module.ClientError, lambda: finish(h, group, "put_error201_no_provisioning_state_payload"))


def test_lro_non_resource_and_sub_resource(h: Harness) -> None:
    group = h.client("lro").lr_os
    models = h.models("lro")
    sku = finish(h, group, "put_non_resource", name="sku", id="100")
    assert isinstance(sku, models.Sku) and sku.name == "sku" and sku.id == "100"
    sku = finish(h, group, "put_async_non_resource", name="sku", id="100")
    assert isinstance(sku, models.Sku) and sku.name == "sku" and sku.id == "100"
    sub = finish(h, group, "put_sub_resource")
    assert sub.id == "100" and sub.provisioning_state == "Succeeded"
    sub = finish(h, group, "put_async_sub_resource")
    assert sub.id == "100" and sub.provisioning_state == "Succeeded"
    payload = finish(h, group, "post200_with_payload")
    assert isinstance(payload, models.Sku) and payload.id == "1"
    products = finish(h, group, "post202_list")
    assert [p.name for p in products] == ["foo"]


CUSTOM_HEADER = {"x-ms-client-request-id": "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("put_async_retry_succeeded", SUCCEEDED),
        ("put201_creating_succeeded200", SUCCEEDED),
        ("post202_retry200", NONE),
        ("post_async_retry_succeeded", NONE),
    ],
)
def test_lro_custom_header_on_every_request(h: Harness, name: str, expected: str) -> None:
    group = h.client("lro").lr_os_custom_header
    check(h, group, name, expected, request_options={"headers": CUSTOM_HEADER})
