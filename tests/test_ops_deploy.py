"""deploy/tidings.service, Dockerfile and compose.yaml against the CLI and the settings.

What this machine can check: the unit with systemd-analyze verify (when present),
every command the files run parses as a `tidings` command, every environment
variable they pass is one Tidings reads, the container's settings file is valid and
its storage, metrics port and health check agree with compose.yaml. Building the
image and starting the containers need a Docker daemon and the network: not here.
"""

import argparse
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from bot.cli import build_parser
from bot.config import load_settings

ROOT = Path(__file__).parent.parent
UNIT = ROOT / "deploy" / "tidings.service"
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "compose.yaml"
DOCKER_SETTINGS = ROOT / "deploy" / "settings.docker.toml"

# Every environment variable Tidings reads: the settings file's location and the secrets
# (bot/chat.py names them), and PostgreSQL's password (libpq/psycopg read it).
KNOWN_ENV = {
    "TIDINGS_CONFIG",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "DISCORD_TOKEN",
    "PGPASSWORD",
}
IMAGE_ENV = {"PATH", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PIP_DISABLE_PIP_VERSION_CHECK", "PIP_NO_CACHE_DIR"}


def test_the_known_environment_is_what_the_code_reads():
    code = (
        "\n".join(p.read_text() for p in (ROOT / "bot").glob("*.py"))
        + (ROOT / "adapters").joinpath("platforms.py").read_text()
    )
    for name in KNOWN_ENV - {"PGPASSWORD"}:
        assert name in code, name


def parses(argv: list[str]) -> argparse.Namespace:
    assert argv and argv[0] == "tidings", argv
    args = build_parser().parse_args(argv[1:])
    assert getattr(args, "handler", None) is not None, argv
    return args


def unit() -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def test_the_systemd_unit_runs_tidings_unprivileged_and_sandboxed():
    u = unit()
    [exec_start] = u["ExecStart"]
    assert Path(exec_start.split()[0]).name == "tidings"
    assert parses(["tidings", *exec_start.split()[1:]]).handler.__name__ == "cmd_run"
    assert u["DynamicUser"] == ["yes"] and "User" not in u  # never root
    assert u["StateDirectory"] == ["tidings"] and u["WorkingDirectory"] == ["/var/lib/tidings"]
    for key, value in {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
                       "PrivateDevices": "yes", "CapabilityBoundingSet": ""}.items():  # fmt: skip
        assert u[key] == [value], key
    assert u["RestartPreventExitStatus"] == ["2"]  # the CLI's exit code for a settings or database problem
    env = dict(e.split("=", 1) for e in u["Environment"])
    assert set(env) <= KNOWN_ENV


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
def test_systemd_analyze_verify(tmp_path):
    # The unit as installed, but ExecStart pointing at this checkout's tidings (verify checks it exists).
    text = UNIT.read_text()
    tidings = shutil.which("tidings") or str(ROOT / ".venv" / "bin" / "tidings")
    text = re.sub(r"^ExecStart=\S+", f"ExecStart={tidings}", text, count=1, flags=re.M)
    (tmp_path / "tidings.service").write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / "tidings.service")], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr  # unknown keys and bad values are warnings


def dockerfile() -> dict[str, list[str]]:
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.setdefault(word.upper(), []).append(rest.strip())
    return out


def test_the_dockerfile_runs_tidings_as_a_user_with_a_health_check():
    d = dockerfile()
    assert all(f.startswith("python:") and "slim" in f for f in d["FROM"][:1]) and d["FROM"][-1] == "python:3.12-slim"
    assert d["USER"] == ["tidings"]
    entry, cmd = json.loads(d["ENTRYPOINT"][-1]), json.loads(d["CMD"][-1])
    assert parses(entry + cmd).handler.__name__ == "cmd_run"
    env = dict(re.findall(r"(\w+)=(\S+)", d["ENV"][-1]))
    assert set(env) <= KNOWN_ENV | IMAGE_ENV
    assert env["TIDINGS_CONFIG"] == "/etc/tidings/settings.toml"
    assert f"deploy/settings.docker.toml {env['TIDINGS_CONFIG']}" in d["COPY"]
    [health] = d["HEALTHCHECK"]
    port = load_settings(DOCKER_SETTINGS).metrics.listen.rpartition(":")[2]
    assert f"http://127.0.0.1:{port}/healthz" in health and d["EXPOSE"] == [port]


def test_compose_runs_the_bot_beside_postgresql():
    compose = yaml.safe_load(COMPOSE.read_text())
    bot, db = compose["services"]["bot"], compose["services"]["db"]
    d = dockerfile()
    assert parses(json.loads(d["ENTRYPOINT"][-1]) + bot["command"]).handler.__name__ == "cmd_run"
    assert set(bot["environment"]) <= KNOWN_ENV
    config = bot["environment"]["TIDINGS_CONFIG"]
    [mount] = [v for v in bot["volumes"] if v.split(":")[1] == config]
    assert (ROOT / mount.split(":")[0]).resolve() == DOCKER_SETTINGS.resolve()
    settings = load_settings(DOCKER_SETTINGS)  # valid (raises ConfigError otherwise)
    from sqlalchemy.engine import make_url

    url = make_url(settings.storage.url)
    assert url.get_backend_name() == "postgresql" and url.password is None  # the password comes from PGPASSWORD
    assert url.host == "db" and url.username == db["environment"]["POSTGRES_USER"]
    assert url.database == db["environment"]["POSTGRES_DB"]
    assert bot["environment"]["PGPASSWORD"] == db["environment"]["POSTGRES_PASSWORD"]
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    port = settings.metrics.listen.rpartition(":")[2]
    assert [p.rpartition(":")[2] for p in bot["ports"]] == [port] and all(
        p.startswith("127.0.0.1:") for p in bot["ports"]
    )
