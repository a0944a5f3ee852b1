"""[logging]: format (text or json), level and a rotated file, through the command;
secrets never reach the file either (test_security.py checks both formats on stderr)."""

import json
import logging

import pytest

from bot.cli import main

SECRETS = [
    "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
    "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "https://discord.com/api/v10/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ_01",
    "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB",
]
TAILS = [s[-12:] for s in SECRETS]


@pytest.fixture
def root_logging():
    """The tests reconfigure logging through the command; pytest's own comes back afterwards."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    yield root
    for handler in root.handlers:
        if handler not in saved[0]:
            handler.close()
    root.handlers[:], level = saved
    root.setLevel(level)


def settings(tmp_path, logging_section: str) -> str:
    path = tmp_path / "settings.toml"
    path.write_text(f"""
[storage]
url = "sqlite:///t.db"

[polling]
parse_workers = 0

{logging_section}

[[feeds]]
name = "Missing"
url = "missing.xml"

[[channels]]
name = "c"
feeds = ["Missing"]
""")
    return str(path)


def test_json_lines_in_a_rotated_file(tmp_path, capsys, root_logging):
    config = settings(tmp_path, '[logging]\nformat = "json"\nlevel = "debug"\nfile = "logs/tidings.log"\n'
                                'max_size = 2000\nbackups = 2\n')  # fmt: skip
    assert main(["poll", "--config", config]) == 1  # its only feed fails
    log = logging.getLogger("tidings")
    for n in range(40):
        log.info("line %d with %s", n, SECRETS[n % len(SECRETS)])
    logging.getLogger().handlers[0].flush()
    out, err = capsys.readouterr()
    assert "failed: Missing: file not found" in err  # the command's own output stays on the terminal
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["tidings.log", "tidings.log.1", "tidings.log.2"]  # rotated at 2000 bytes, two kept
    text = "".join((tmp_path / "logs" / name).read_text() for name in reversed(files))  # oldest first
    records = [json.loads(line) for line in text.splitlines()]
    assert {"time", "level", "logger", "message"} <= set(records[-1])
    assert records[-1]["message"].startswith("line 39 with ") and records[-1]["message"].endswith("…[redacted]")
    for tail in TAILS:
        assert tail not in text


def test_level_warning_keeps_info_out(tmp_path, capsys, root_logging):
    config = settings(tmp_path, '[logging]\nlevel = "warning"\nfile = "t.log"\n')
    main(["poll", "--config", config])
    logging.getLogger("tidings").info("not this")
    logging.getLogger("tidings").warning("but this")
    logging.getLogger().handlers[0].flush()
    text = (tmp_path / "t.log").read_text()
    assert "but this" in text and "not this" not in text and "WARNING tidings: but this" in text


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        ('[logging]\nformat = "xml"', "logging.format: 'xml' is not one of 'text' or 'json'"),
        ('[logging]\nlevle = "debug"', "logging.levle: unknown key (did you mean 'level'?)"),
        ('[logging]\nfile = "no/such/../../settings.toml/x.log"', "logging.file: cannot write "),
    ],
)
def test_logging_mistakes_are_settings_problems(tmp_path, capsys, root_logging, section, problem):
    config = settings(tmp_path, section)
    assert main(["check-config", "--config", config]) == 2
    err = capsys.readouterr().err
    assert f"{config}: {problem}" in err and "Traceback" not in err
