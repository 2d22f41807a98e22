"""Helpers for the review tests (no tests here): a log built by real `verify check` runs, and a browser.

``Browser`` drives headless Chromium over the DevTools protocol through a
pipe (``--remote-debugging-pipe``: commands on fd 3, replies on fd 4, JSON
terminated by NUL), so no port, no websocket library and no network.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tests.conftest import SEED, SEED_META, DirectoryDatasets
from verify.cli import cli

SEED_DATASETS = Path(__file__).resolve().parent.parent / "seeds" / "datasets"


def invoke(db: Path, *args: Any, plugins=(), env: dict[str, str] | None = None):
    """The CLI as a user runs it, on the log ``db``; ``plugins`` registered inline."""
    return CliRunner().invoke(
        cli,
        [str(a) for a in args],
        obj={"plugins": list(plugins)},
        env={"VERIFY_DB": str(db), **(env or {})},
        catch_exceptions=False,
    )


def check(db: Path, article: Path = SEED, *extra: Any, plugins=(), env: dict[str, str] | None = None) -> dict:
    """``verify check ARTICLE --format json``; the run's document."""
    result = invoke(db, "check", article, "--format", "json", *extra, plugins=plugins, env=env)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def altered_seed(directory: Path, old: str, new: str, name: str = "altered") -> Path:
    """A copy of the seed article with one phrase changed, and its metadata."""
    path = directory / f"{name}.txt"
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    path.with_name(f"{name}.meta.toml").write_text(SEED_META, encoding="utf-8")
    return path


def copy_seed_datasets(directory: Path) -> Path:
    target = directory / "datasets"
    shutil.copytree(SEED_DATASETS, target)
    return target


def set_cell(path: Path, key: str, column: str, value: str) -> None:
    """Change one cell of a CSV dataset, the row picked by its ``key``."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert any(row["key"] == key for row in rows), key
    for row in rows:
        if row["key"] == key:
            row[column] = value
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


ONLY_COPIED_DATASETS = {"VERIFY_DISABLE_PLUGINS": "seed-datasets"}


def changed_dataset_log(directory: Path) -> tuple[Path, str, str]:
    """A log with two runs of the seed article; between them the reference row for the day's
    launch says three missiles, not two. Returns the log and the two run ids."""
    db = directory / "verdicts.db"
    data = copy_seed_datasets(directory)
    plugins = [(DirectoryDatasets(data), "reference-data")]
    first = check(db, SEED, plugins=plugins, env=ONLY_COPIED_DATASETS)["run"]["id"]
    set_cell(data / "missile_launches.csv", "nk-2023-09-13-ballistic", "count", "3")
    second = check(db, SEED, plugins=plugins, env=ONLY_COPIED_DATASETS)["run"]["id"]
    return db, first, second


FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    def __init__(self, profile: Path, width: int = 1280, height: int = 900, timeout: float = 30.0) -> None:
        binary = chromium_path()
        if binary is None:
            raise RuntimeError("chromium is not installed")
        self.timeout = timeout
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()

        def wire() -> None:  # in the child: its fd 3 reads our commands, fd 4 carries its replies
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),  # kept open after ``wire`` has put the pipes there
            preexec_fn=wire,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._out = os.fdopen(to_child_w, "wb", buffering=0)
        self._in = os.fdopen(from_child_r, "rb", buffering=0)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None
        target = self.send("Target.createTarget", url="about:blank", browser=True)["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True, browser=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    def _read_message(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no reply from chromium")
            chunk = self._in.read(65536)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, browser: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self.session and not browser:
            message["sessionId"] = self.session
        self._out.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, event: str) -> dict[str, Any]:
        for seen in self.events:
            if seen.get("method") == event:
                self.events.remove(seen)
                return seen
        while True:
            message = self._read_message()
            if message.get("method") == event:
                return message
            if "method" in message:
                self.events.append(message)

    def open(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads seen so far."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args", []))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def screenshot(self, path: Path, full_page: bool = False) -> None:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.send("Browser.close", browser=True)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._out.close()
        self._in.close()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
