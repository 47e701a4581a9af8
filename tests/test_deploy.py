"""The service recipes: Dockerfile, compose.yaml and the systemd unit in deploy/.

Static checks always run; the image is built where a Docker engine answers, and the unit goes
through `systemd-analyze` where it is installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import tomllib
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import yaml

from bot.hosting.startup import EXIT_CONFIG

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "garder-contact.service"


def _dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    instructions, pending = [], ""
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        pending += line.rstrip().removesuffix("\\") + " " if line.endswith("\\") else line
        if not line.endswith("\\"):
            keyword, _, rest = pending.strip().partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
            pending = ""
    return instructions


def _final_stage() -> list[tuple[str, str]]:
    instructions = _dockerfile()
    start = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    return instructions[start:]


def _healthcheck_command() -> list[str]:
    (check,) = [rest for keyword, rest in _final_stage() if keyword == "HEALTHCHECK"]
    command: list[str] = json.loads(check[check.index("CMD") + 3 :])
    return command


def test_the_image_is_slim_unprivileged_and_keeps_its_data_in_a_volume() -> None:
    stage = _final_stage()
    keywords = [keyword for keyword, _ in stage]
    assert "slim" in stage[0][1]
    (user,) = [rest for keyword, rest in stage if keyword == "USER"]
    assert user.split(":")[0] not in ("", "root", "0")
    assert keywords.index("USER") < keywords.index("CMD")
    assert ("VOLUME", "/data") in stage
    envs = " ".join(rest for keyword, rest in stage if keyword == "ENV")
    assert "DATA_DIR=/data" in envs
    assert ("STOPSIGNAL", "SIGTERM") in stage
    (command,) = [rest for keyword, rest in stage if keyword == "CMD"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert json.loads(command) == ["garder-contact"]
    assert "garder-contact" in scripts
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    for secret_or_bulk in (".env", ".venv", ".git", "data", "try-data"):
        assert secret_or_bulk in ignored


def test_what_the_build_stage_copies_is_enough_to_build_the_package(tmp_path: Path) -> None:
    """The COPY lines of the build stage, replayed: the wheel has every package and catalog."""
    instructions = _dockerfile()
    build_end = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    context = tmp_path / "context"
    context.mkdir()
    for keyword, rest in instructions[:build_end]:
        if keyword == "COPY":
            *sources, _ = rest.split()
            for source in sources:
                origin = ROOT / source
                if origin.is_dir():
                    shutil.copytree(
                        origin, context / source, ignore=shutil.ignore_patterns("*.pyc")
                    )
                else:
                    shutil.copy(origin, context / source)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), "."],
        cwd=context,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = tmp_path.glob("garder_contact-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    catalogs = {str(p.relative_to(ROOT)) for p in (ROOT / "bot" / "i18n").rglob("*.ftl")}
    assert catalogs <= names
    for package in ("bot", "core", "services", "storage"):
        assert f"{package}/__init__.py" in names


class _Health(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status if self.path == "/healthz" else 404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[HTTPServer]:
    server = HTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _run_healthcheck(port: int) -> int:
    command = _healthcheck_command()
    assert command[0] == "python"  # slim images have no curl
    result = subprocess.run(
        [sys.executable, *command[1:]],
        env={"HEALTH_LISTEN": f"0.0.0.0:{port}"},
        capture_output=True,
        timeout=30,
        check=False,
    )
    return result.returncode


def test_the_healthcheck_asks_healthz_on_health_listen(health_server: HTTPServer) -> None:
    port = health_server.server_address[1]
    assert _run_healthcheck(port) == 0
    _Health.status = 503
    try:
        assert _run_healthcheck(port) != 0
    finally:
        _Health.status = 200
    health_server.shutdown()
    health_server.server_close()
    assert _run_healthcheck(port) != 0  # nobody listening


def test_compose_runs_the_image_with_its_env_file_volumes_and_a_restart_policy() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    bot = compose["services"]["bot"]
    assert bot["build"] == "."
    assert bot["env_file"] == ".env"
    assert bot["restart"] == "unless-stopped"
    assert bot["environment"]["DATA_DIR"] == "/data"
    mounts = dict(volume.split(":")[::-1] for volume in bot["volumes"])
    assert mounts["/data"] in compose["volumes"]
    assert mounts[bot["environment"]["BACKUP_DIR"]] in compose["volumes"]
    assert bot["stop_signal"] == "SIGTERM"


def _docker_engine() -> str | None:
    """Why the image cannot be built here, or None when it can."""
    if shutil.which("docker") is None:
        return "no docker command"
    info = subprocess.run(["docker", "info"], capture_output=True, text=True, check=False)
    if info.returncode != 0:
        return "no Docker engine answers `docker info`"
    return None


def test_the_image_builds() -> None:
    reason = _docker_engine()
    if reason is not None:
        pytest.skip(reason)
    tag = "garder-contact:test"
    build = subprocess.run(
        ["docker", "build", "-t", tag, str(ROOT)], capture_output=True, text=True, check=False
    )
    assert build.returncode == 0, build.stderr[-3000:]
    inspect = subprocess.run(
        ["docker", "image", "inspect", "-f", "{{.Config.User}} {{json .Config.Volumes}}", tag],
        capture_output=True,
        text=True,
        check=True,
    )
    user, volumes = inspect.stdout.split(" ", 1)
    assert user.split(":")[0] not in ("", "root", "0")
    assert "/data" in json.loads(volumes)
    run = subprocess.run(
        ["docker", "run", "--rm", tag, "garder-contact", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "restore" in run.stdout


def _unit() -> dict[str, dict[str, list[str]]]:
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in UNIT.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key, []).append(value)
    return sections


def test_the_unit_restarts_on_failure_but_not_on_a_bad_setting() -> None:
    service = _unit()["Service"]
    assert service["Restart"] == ["on-failure"]
    assert str(EXIT_CONFIG) in service["RestartPreventExitStatus"][0].split()
    assert service["EnvironmentFile"][0].startswith("/etc/")
    state = service["StateDirectory"][0].split()[0]
    assert f"DATA_DIR=/var/lib/{state}" in " ".join(service["Environment"])
    assert service["KillSignal"] == ["SIGTERM"]
    assert _unit()["Install"]["WantedBy"] == ["multi-user.target"]


def test_the_unit_is_sandboxed() -> None:
    service = _unit()["Service"]
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "DynamicUser": "yes",
        "RestrictNamespaces": "yes",
        "CapabilityBoundingSet": "",
    }.items():
        assert service.get(key) == [value], key
    assert set(service["RestrictAddressFamilies"][0].split()) == {"AF_INET", "AF_INET6", "AF_UNIX"}
    assert "@system-service" in service["SystemCallFilter"]


def _analyzable_unit(tmp_path: Path) -> Path:
    """The unit with ExecStart at this checkout's entry point: verify wants one that exists."""
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    script = Path(sys.executable).parent / "garder-contact"
    assert script.exists(), "install the package (pip install -e .) to get the entry point"
    text = UNIT.read_text().replace("/opt/garder-contact/bin/garder-contact", str(script))
    copy = tmp_path / UNIT.name
    copy.write_text(text)
    return copy


def test_systemd_analyze_verify_finds_nothing_to_say(tmp_path: Path) -> None:
    unit = _analyzable_unit(tmp_path)
    result = subprocess.run(
        ["systemd-analyze", "verify", unit.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    # Unknown keys and bad values are only warnings (exit 0): any output is a failure here.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_systemd_rates_the_sandbox_exposure_low(tmp_path: Path) -> None:
    unit = _analyzable_unit(tmp_path)
    result = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--threshold=20", unit.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]  # exposure 2.0 or less out of 10
