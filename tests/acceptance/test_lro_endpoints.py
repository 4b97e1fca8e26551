"""Long-running operations on a parameterized host (lro-parameterized-endpoints
.json): the relative Location a service answers with is resolved against the
request it answers, so polling stays on the client's own host."""

from __future__ import annotations

from urllib.parse import urlsplit

from .conftest import Harness

SPEC = "lro-parameterized-endpoints"


def test_parameterized_endpoints(h: Harness) -> None:
    port = urlsplit(h.server.url).port
    client = h.client(SPEC, account_name="http://127.0.0.1", host=f":{port}", base_url=None)
    poller = h.call(client.lro_parameterized_endpoints.begin_parameterized_endpoints())
    assert h.call(poller.result()) == "success"
    poller = h.call(client.lro_constant_parameterized_endpoints.begin_constant_parameterized_endpoints())
    assert h.call(poller.result()) == "success"
