"""HTTP status handling (httpInfrastructure.json): declared answers are
results (a union typed by status where they differ), anything else raises the
typed error with the `default` error model; redirects are followed where a
client may follow them; retryable statuses are retried."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Harness

METHODS_WITH_BODY = ("put", "post", "patch", "delete")


def client(h: Harness) -> Any:
    return h.client("httpInfrastructure")


@pytest.mark.parametrize(
    "operation",
    [
        "put200", "post200", "patch200", "delete200",
        "put201", "post201",
        "put202", "post202", "patch202", "delete202",
        "put204", "post204", "patch204", "delete204",
    ],
)
def test_success_statuses(h: Harness, operation: str) -> None:
    assert h.call(getattr(client(h).http_success, operation)(boolean_value=True)) is None


def test_success_with_bodies_and_heads(h: Harness) -> None:
    success = client(h).http_success
    assert h.call(success.get200()) is True
    # (OPTIONS /http/success/200 has no scenario: express answers it with its
    # own text, so options200 is not called.)
    assert h.call(success.head200()) is True
    assert h.call(success.head204()) is True
    assert h.call(success.head404()) is False


def test_redirects(h: Harness) -> None:
    redirects = client(h).http_redirects
    # 300 is not followed: it is a declared answer, with its body.
    assert h.call(redirects.get300()) == ["/http/success/get/200"]
    assert h.call(redirects.head300()) is True
    # 301/302/307 are followed for GET and HEAD; 303 turns a POST into a GET.
    for operation in ("get301", "get302", "get307"):
        assert h.call(getattr(redirects, operation)()) is None
    for operation in ("head301", "head302", "head307"):
        assert h.call(getattr(redirects, operation)()) is True
    h.call(redirects.post303(boolean_value=True))
    # 307 repeats the same method (and body) at the new place.
    for operation in ("put307", "post307", "patch307", "delete307"):
        h.call(getattr(redirects, operation)(boolean_value=True))
    h.call(redirects.options307())
    # A PUT or PATCH is not repeated elsewhere on 301/302: the answer is returned.
    h.call(redirects.put301(boolean_value=True))
    h.call(redirects.patch302(boolean_value=True))


CLIENT_FAILURES = [
    ("head400", 400), ("get400", 400), ("options400", 400), ("put400", 400), ("post400", 400),
    ("patch400", 400), ("delete400", 400), ("head401", 401), ("get402", 402), ("get403", 403),
    ("options403", 403), ("put404", 404), ("patch405", 405), ("post406", 406), ("delete407", 407),
    ("put409", 409), ("head410", 410), ("get411", 411), ("get412", 412), ("options412", 412),
    ("put413", 413), ("patch414", 414), ("post415", 415), ("get416", 416), ("delete417", 417),
    ("head429", 429),
]


@pytest.mark.parametrize(("operation", "status"), CLIENT_FAILURES, ids=[o for o, _ in CLIENT_FAILURES])
def test_client_failures_raise_the_typed_error(h: Harness, operation: str, status: int) -> None:
    module = h.module("httpInfrastructure")
    method = getattr(client(h).http_client_failure, operation)
    call = (lambda: method(boolean_value=True)) if operation.startswith(METHODS_WITH_BODY) else method
    error = h.raises(module.HttpResponseError, call)
    assert error.status_code == status
    if status == 404:
        assert isinstance(error, module.NotFoundError)


@pytest.mark.parametrize("operation", ["head501", "get501", "post505", "delete505"])
def test_server_failures_raise(h: Harness, operation: str) -> None:
    module = h.module("httpInfrastructure")
    method = getattr(client(h).http_server_failure, operation)
    call = (lambda: method(boolean_value=True)) if operation.startswith(METHODS_WITH_BODY) else method
    error = h.raises(module.InternalServerError, call)
    assert error.status_code in (501, 505)


@pytest.mark.parametrize(
    "operation", ["head408", "put500", "patch500", "get502", "options502", "post503", "delete503", "put504", "patch504"]
)
def test_retryable_statuses_are_retried(h: Harness, operation: str) -> None:
    # POST and PATCH are repeated only where the service can recognize a
    # repeat (see README, "Retries"): the idempotency header says so.
    retried = h.client("httpInfrastructure", idempotency_header="Idempotency-Key")
    method = getattr(retried.http_retry, operation)
    if operation.startswith(METHODS_WITH_BODY):
        h.call(method(boolean_value=True))
    else:
        h.call(method())


def test_failures_with_and_without_error_bodies(h: Harness) -> None:
    module = h.module("httpInfrastructure")
    failure = client(h).http_failure
    for operation in ("get_empty_error", "get_no_model_error", "get_no_model_empty"):
        error = h.raises(module.BadRequestError, getattr(failure, operation))
        assert error.status_code == 400


def test_answers_typed_by_status(h: Harness) -> None:
    module = h.module("httpInfrastructure")
    models = h.models("httpInfrastructure")
    ops = client(h).multiple_responses
    a = h.call(ops.get200_model204_no_model_default_error200_valid())
    assert isinstance(a, models.MyException) and a.status_code == "200"
    assert h.call(ops.get200_model204_no_model_default_error204_valid()) is None
    for operation in (
        "get200_model204_no_model_default_error201_invalid",
        "get200_model204_no_model_default_error202_none",
    ):
        h.raises(module.HttpResponseError, getattr(ops, operation))  # undeclared statuses
    error = h.raises(module.BadRequestError, ops.get200_model204_no_model_default_error400_valid)
    assert isinstance(error.error, models.Error) and error.error.message == "client error"

    assert h.call(ops.get200_model201_model_default_error200_valid()).status_code == "200"
    b = h.call(ops.get200_model201_model_default_error201_valid())
    assert isinstance(b, models.B) and b.text_status_code == "Created"
    h.raises(module.BadRequestError, ops.get200_model201_model_default_error400_valid)

    assert h.call(ops.get200_model_a201_model_c404_model_d_default_error200_valid()).status_code == "200"
    c = h.call(ops.get200_model_a201_model_c404_model_d_default_error201_valid())
    assert isinstance(c, models.C) and c.http_code == "201"
    d = h.call(ops.get200_model_a201_model_c404_model_d_default_error404_valid())
    assert isinstance(d, models.D) and d.http_status_code == "404"  # declared: a result
    h.raises(module.BadRequestError, ops.get200_model_a201_model_c404_model_d_default_error400_valid)


def test_answers_without_bodies(h: Harness) -> None:
    module = h.module("httpInfrastructure")
    ops = client(h).multiple_responses
    assert h.call(ops.get202_none204_none_default_error202_none()) is None
    assert h.call(ops.get202_none204_none_default_error204_none()) is None
    h.raises(module.BadRequestError, ops.get202_none204_none_default_error400_valid)
    assert h.call(ops.get202_none204_none_default_none202_invalid()) is None  # no schema: body ignored
    assert h.call(ops.get202_none204_none_default_none204_none()) is None
    h.raises(module.BadRequestError, ops.get202_none204_none_default_none400_none)
    h.raises(module.BadRequestError, ops.get202_none204_none_default_none400_invalid)


def test_default_and_single_answers(h: Harness) -> None:
    module = h.module("httpInfrastructure")
    ops = client(h).multiple_responses
    assert h.call(ops.get_default_model_a200_valid()).status_code == "200"
    h.raises(module.DeserializationError, ops.get_default_model_a200_none)  # a model was promised
    h.raises(module.BadRequestError, ops.get_default_model_a400_valid)
    h.raises(module.BadRequestError, ops.get_default_model_a400_none)
    assert h.call(ops.get_default_none200_invalid()) is None
    assert h.call(ops.get_default_none200_none()) is None
    h.raises(module.BadRequestError, ops.get_default_none400_invalid)
    h.raises(module.BadRequestError, ops.get_default_none400_none)
    h.raises(module.DeserializationError, ops.get200_model_a200_none)
    assert h.call(ops.get200_model_a200_valid()).status_code == "200"
    invalid = h.call(ops.get200_model_a200_invalid())
    assert invalid.status_code is None and invalid.additional_properties == {"statusCodeInvalid": "200"}
    for operation in ("get200_model_a400_none", "get200_model_a400_valid", "get200_model_a400_invalid"):
        h.raises(module.BadRequestError, getattr(ops, operation))
    h.raises(module.HttpResponseError, ops.get200_model_a202_valid)
