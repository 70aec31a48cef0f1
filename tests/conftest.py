"""Shared fixtures: the replica site over real HTTP, configurations pointed at it, databases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.config import Config, load_config
from monitor.demo import write_demo_config
from monitor.replica import Replica

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = sorted((FIXTURES / "articles").glob("*.json"))


def expected_cases() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) | {"case": p.stem} for p in EXPECTED]


@pytest.fixture
def replica() -> Iterator[Replica]:
    """A fresh replica per test, so injected faults and the request log are the test's own."""
    with Replica() as running:
        yield running


def make_config(replica: Replica, directory: Path, **http: object) -> Config:
    """The demo configuration against `replica`, with HTTP settings overridden for the test."""
    path = write_demo_config(replica, directory)
    text = path.read_text("utf-8")
    settings = {"requests_per_second": 200.0, "backoff_base_s": 0.01, "timeout_s": 2.0} | http
    for key, value in settings.items():
        line = f"{key} = {json.dumps(value)}"
        lines = [ln for ln in text.splitlines() if not ln.startswith(f"{key} ")]
        index = lines.index("[http]") + 1
        lines.insert(index, line)
        text = "\n".join(lines) + "\n"
    path.write_text(text, "utf-8")
    return load_config(path)


@pytest.fixture
def config(replica: Replica, tmp_path: Path) -> Config:
    return make_config(replica, tmp_path)
