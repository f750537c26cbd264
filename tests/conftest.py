from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OFFICIAL = ROOT / "tests" / "corpus" / "official"
NEWS = ROOT / "tests" / "corpus" / "news"
SHARED = ROOT.parent / "shared"


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real console entry point in a subprocess."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "armstrack.serve.cli", *args], cwd=cwd, env=full_env,
                          capture_output=True, input=stdin, timeout=300)


@pytest.fixture()
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"
