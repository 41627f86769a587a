"""Headless Chromium driven over the DevTools protocol: open a page, run script, take screenshots.

Debian's chromium is started by the test itself (no browser download, no driver): it listens on
a port it picks and writes into its profile folder; we talk to it over one WebSocket.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import websocket

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def chromium_binary() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian's chromium is not installed: run scripts/bootstrap.sh"
    return found


class Browser:
    def __init__(self, profile: Path) -> None:
        self.process = subprocess.Popen(
            [
                chromium_binary(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and len(port_file.read_text().split()) >= 2):
            assert self.process.poll() is None, "chromium exited before it listened"
            assert time.monotonic() < deadline, "chromium did not start within 60 s"
            time.sleep(0.1)
        port, path = port_file.read_text().split()[:2]
        self.socket = websocket.create_connection(
            f"ws://127.0.0.1:{port}{path}", timeout=120, suppress_origin=True
        )
        self._ids = itertools.count(1)

    def call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        message: dict[str, Any] = {"id": next(self._ids), "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        while True:
            answer = json.loads(self.socket.recv())
            if answer.get("id") == message["id"]:
                assert "error" not in answer, f"{method}: {answer['error']}"
                return answer["result"]  # type: ignore[no-any-return]

    def open(self, url: str, width: int = 1280, height: int = 900, scale: float = 1.0) -> str:
        """A new tab showing `url` once loaded; returns its session."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False},
            session,
        )
        self.call("Page.navigate", {"url": url}, session)
        deadline = time.monotonic() + 60
        while self.evaluate("document.readyState", session) != "complete":
            assert time.monotonic() < deadline, f"{url} did not load"
            time.sleep(0.05)
        return session

    def evaluate(self, expression: str, session: str) -> Any:
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
            session,
        )
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def axe_violations(self, session: str) -> list[dict[str, Any]]:
        assert AXE.exists(), "axe-core is not installed: run scripts/bootstrap.sh (npm ci)"
        self.evaluate(AXE.read_text(encoding="utf-8"), session)
        options = json.dumps({"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        found = self.evaluate(
            f"axe.run(document, {options}).then(r => JSON.stringify("
            "{violations: r.violations, passes: r.passes.length}))",
            session,
        )
        result = json.loads(found)
        assert result["passes"] > 0, "axe ran no rules"
        return result["violations"]  # type: ignore[no-any-return]

    def screenshot(self, session: str, path: Path) -> None:
        shot = self.call("Page.captureScreenshot", {"format": "png"}, session)
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def browser(profile: Path) -> Iterator[Browser]:
    started = Browser(profile)
    try:
        yield started
    finally:
        started.close()
