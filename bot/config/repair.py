"""Reporting every settings problem at once: the values that fail validation are
left out (their defaults apply) and the cross-checks (loading.py _cross_check)
run on the rest, without the problems that would only follow from what was left out;
and a key named as the messages name it (``key_name``)."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from .sections import Settings


def key_name(loc: tuple, raw: dict) -> str:
    """('channels', 1, 'timezone') → 'channels[1] (security).timezone'."""
    out = ""
    node: Any = raw
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("name"), str):
                out += f" ({node['name']})"
        elif part in ("function-before[parse_duration(), float]", "function-before[parse_size(), int]"):
            continue
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "(top level)"


def without_bad_values(raw: dict, locs: Iterable[tuple]) -> tuple[Settings, list[tuple]] | None:
    """The settings with every value that failed validation left out (so its default
    applies), and the paths left out: the cross-checks then run on the rest, and every
    problem is reported at once. None when that is not possible (a required key is
    missing, or what is left still fails)."""
    data = copy.deepcopy(raw)
    removed = []
    for loc in locs:
        node: Any = data
        path: tuple = ()
        parent: Any = None
        for part in loc:
            if isinstance(node, dict) and isinstance(part, str):
                if part not in node:
                    return None
                parent, path, node = node, (*path, part), node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                path, node = (*path, part), node[part]
            else:
                break
        if parent is None or not path or not isinstance(path[-1], str):
            return None
        parent.pop(path[-1], None)
        removed.append(path)
    try:
        return Settings.validate(data), removed
    except ValidationError:
        return None


def follows_from(key: str, removed: list[tuple], raw: dict) -> bool:
    """Whether a cross-check problem (at ``key``) may come only from a value that
    failed validation and was left out: a channel whose ``feeds`` was not a list
    does not also "follow nothing"."""
    for path in removed:
        if len(path) == 1 and path[0] in ("feeds", "channels", "alerts"):
            return True  # a whole section: the cross-checks between sections mean nothing
        if path[0] == "feeds" and path[-1] == "tags":
            return True  # the channels' tags are checked against these
        follows_nothing = key.startswith("channels[") and key.endswith(")")
        if path == ("alerts", "channel") and follows_nothing:
            return True  # the alerts channel may follow nothing
        if len(path) == 3:
            entry, field = key_name(path[:2], raw), path[2]
            problem = "" if key == entry else key.removeprefix(entry + ".")
            if key.startswith(entry) and (
                problem == field
                or (field in ("feeds", "tags") and key == entry)
                or (field == "platform" and problem in ("target", "webhook_env"))
            ):
                return True
    return False
