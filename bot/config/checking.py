"""Validating settings: pydantic over the sections' dataclasses (bot/config/sections.py).

Imported only when something is validated — a settings file read (bot/config/loading.py),
a channel added from chat (bot/catalog.py) — never for settings taken from the cache."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}  # one validator per section, built at its first use


def validate(cls: type[T], data: Any) -> T:
    """``data`` checked and converted to ``cls``; raises pydantic's ValidationError."""
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    result: T = adapter.validate_python(data)
    return result
