from __future__ import annotations

from collections.abc import Iterator

import pytest

from .harness import Harness


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest) -> Iterator[Harness]:
    harness = Harness(request.param)
    yield harness
    harness.close()
