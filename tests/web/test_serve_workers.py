"""`newsgraph serve --workers 2`: several read-only processes answer from one store file."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_worker_processes_serve_the_store(store_path):
    port = _free_port()
    cli = Path(sys.executable).with_name("newsgraph")
    server = subprocess.Popen([str(cli), "serve", "--db", str(store_path), "--port", str(port),
                               "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/overview", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.3)
        answers = [httpx.get(f"{base}/api/overview", timeout=10) for _ in range(6)]
        assert all(a.status_code == 200 for a in answers)
        assert httpx.get(f"{base}/api/articles/0000000000000000", timeout=10).status_code == 404
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_missing_store_is_one_line_not_a_traceback(tmp_path):
    cli = Path(sys.executable).with_name("newsgraph")
    done = subprocess.run([str(cli), "serve", "--db", str(tmp_path / "none.duckdb"), "--workers", "2"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "none.duckdb" in done.stderr
