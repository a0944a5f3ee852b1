"""What every `tidings` subcommand shares (bot/cli.py, bot/askcli.py,
bot/opscli.py): the exit codes, ``UserError``, the settings named on the
command line and the bot built from them. ``new_bot`` is the one place outside
tests and benchmarks that imports the composition root (bot/app.py)."""

from __future__ import annotations

from pathlib import Path

from .config import Settings, load_settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""


def settings_for(args) -> Settings:
    """The settings file ``--config`` names, with its [logging] applied."""
    from .logs import apply_settings

    settings = load_settings(Path(args.config))
    apply_settings(settings, verbose=args.verbose)  # [logging]: format, level, file
    return settings


def new_bot(settings: Settings):
    """The bot (imported only when a command needs it: `tidings --help` starts quickly)."""
    from .app import Tidings

    return Tidings(settings)
