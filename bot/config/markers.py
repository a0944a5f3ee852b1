"""The checks a settings value's type carries, as ``Annotated`` metadata that
does not import pydantic (issue 18): the sections are plain frozen dataclasses,
so settings taken from the cache (bot/config/cache.py) are used without pydantic
ever being imported — about 60 ms of every `tidings status` or `search`. Pydantic
reads these markers when a file is validated (bot/config/checking.py): each
builds its part of the validator then, importing pydantic_core only there.

- ``Before(fn)``: ``fn`` turns the raw value into one of the type ("30m" → 1800.0).
- ``After(fn)``: ``fn`` checks (or normalises) a value of the type.
- ``Limits(ge=…, le=…, gt=…, min_length=…, max_length=…)``: bounds, refused with
  pydantic's own errors ("Input should be greater than or equal to 1").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Before:
    fn: Callable[[Any], Any]

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(self.fn, handler(source))


@dataclass(frozen=True)
class After:
    fn: Callable[[Any], Any]

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.fn, handler(source))


@dataclass(frozen=True)
class Limits:
    ge: float | None = None
    le: float | None = None
    gt: float | None = None
    min_length: int | None = None
    max_length: int | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def _check(self, value: Any) -> Any:
        from pydantic_core import PydanticKnownError

        if value is None:
            return value
        if isinstance(value, str):
            if self.min_length is not None and len(value) < self.min_length:
                raise PydanticKnownError("string_too_short", {"min_length": self.min_length})
            if self.max_length is not None and len(value) > self.max_length:
                raise PydanticKnownError("string_too_long", {"max_length": self.max_length})
            return value
        if self.gt is not None and not value > self.gt:
            raise PydanticKnownError("greater_than", {"gt": self.gt})
        if self.ge is not None and not value >= self.ge:
            raise PydanticKnownError("greater_than_equal", {"ge": self.ge})
        if self.le is not None and not value <= self.le:
            raise PydanticKnownError("less_than_equal", {"le": self.le})
        return value
