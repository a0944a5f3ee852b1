"""A Core statement compiled once and run as its driver's SQL: for the poll cycle's hottest statements.

A warm cycle claims feeds and writes them back checked in statements of a few rows each,
thousands a cycle; through ``Connection.execute`` each one went through SQLAlchemy's
execution context again (its cache lookup, the parameters processed by name, the
expanding IN rewritten, a result's metadata), about 50 µs a statement against 13 in the
driver itself (issue 18). ``Prepared`` keeps what Core compiled, per dialect and per
number of values in the expanding IN: the driver's SQL, the order of its parameters and
their bind processors (``UTCDateTime`` and the dialect's own), and the result columns'
processors, so a run is ``exec_driver_sql`` of that SQL with the values processed as Core
would. The statement is written once, in Core: the same SQL on SQLite and on PostgreSQL,
every value bound.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement


class _Plan:
    __slots__ = ("sql", "slots", "positional", "results")

    def __init__(self, sql: str, slots: list, positional: bool, results: list[tuple[int, Callable]]):
        self.sql, self.slots, self.positional, self.results = sql, slots, positional, results


class Prepared:
    """``Prepared(statement, expanding="ids")``; ``rows(conn, params)`` or ``run(conn, params)``.
    ``expanding``: the name of the statement's one expanding bind parameter (a list in ``params``)."""

    def __init__(self, statement: ClauseElement, *, expanding: str | None = None):
        self.statement = statement
        self.expanding = expanding
        self._plans: dict[tuple[str, str, int], _Plan] = {}

    def _plan(self, dialect: sa.Dialect, params: dict[str, Any]) -> _Plan:
        count = len(params[self.expanding]) if self.expanding else 0
        key = (dialect.name, dialect.driver, count)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._make_plan(dialect, params)
        return plan

    def _make_plan(self, dialect: sa.Dialect, params: dict[str, Any]) -> _Plan:
        compiled = cast(SQLCompiler, self.statement.compile(dialect=dialect))
        # Values written into the SQL would make it differ from one run to the next: none here.
        fixed = {p.key for p in (*compiled.literal_execute_params, *compiled.post_compile_params)}
        if fixed - {self.expanding}:
            raise ValueError(f"parameters rendered into the SQL cannot be prepared: {sorted(fixed)}")
        state = compiled.construct_expanded_state(params)
        source: dict[str, tuple[str, int | None]] = {}
        for name, expanded in state.parameter_expansion.items():
            for i, each in enumerate(expanded):
                source[each] = (name, i)
        names = state.positiontup if state.positiontup is not None else list(state.parameters)
        # A slot: (name, origin, index, bind processor, the statement's own value, an earlier slot it repeats)
        slots: list[tuple] = []
        seen: dict[tuple[str, int | None], int] = {}
        for name in names:
            origin, index = source.get(name, (name, None))
            process = state.processors.get(name)  # (an expanded value's: the others' are the binds')
            if process is None and name in compiled.binds:
                process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            if origin not in params:  # a value of the statement's own (``active IS true``): processed once
                value = state.parameters[name]
                value = value if process is None or value is None else process(value)
                slots.append((name, None, None, None, value, None))
            elif (origin, index) in seen and state.positiontup is not None:  # (a value bound twice: processed once)
                slots.append((name, origin, index, None, None, seen[(origin, index)]))
            else:
                seen[(origin, index)] = len(slots)
                slots.append((name, origin, index, process, None, None))
        results = []
        for i, column in enumerate(getattr(self.statement, "exported_columns", ())):
            process = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if process is not None:
                results.append((i, process))
        return _Plan(state.statement, slots, state.positiontup is not None, results)

    def _bound(self, plan: _Plan, params: dict[str, Any]) -> Any:
        values: list[Any] = []
        for _, origin, index, process, constant, same in plan.slots:
            if same is not None:
                values.append(values[same])
            elif origin is None:
                values.append(constant)
            else:
                value = params[origin] if index is None else params[origin][index]
                values.append(process(value) if process is not None and value is not None else value)
        if plan.positional:
            return tuple(values)
        return {name: value for (name, *_), value in zip(plan.slots, values, strict=True)}

    def run(self, conn: sa.Connection, params: dict[str, Any]) -> int:
        """Execute; the number of rows it matched."""
        plan = self._plan(conn.dialect, params)
        return conn.exec_driver_sql(plan.sql, self._bound(plan, params)).rowcount

    def rows(self, conn: sa.Connection, params: dict[str, Any]) -> list[tuple]:
        """Execute; the rows it gives (its RETURNING or its columns), processed as Core would."""
        plan = self._plan(conn.dialect, params)
        result = conn.exec_driver_sql(plan.sql, self._bound(plan, params))
        if not plan.results:
            return [tuple(row) for row in result.fetchall()]
        rows = []
        for row in result.fetchall():  # (all at once: a row at a time is SQLAlchemy's fetchone each; only the columns with a processor: 5 of a claim's 17 on SQLite)
            values = list(row)
            for i, process in plan.results:
                if (value := values[i]) is not None:
                    values[i] = process(value)
            rows.append(tuple(values))
        return rows
