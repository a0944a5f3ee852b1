"""A section's label at the start of a later paragraph, before its sentence: "Palestra na SEMCOMP, dia 01/12/2016,
15:00." / "Resumo: O Interactive Digital Entertainment (Indigente) é um grupo…" (an event's description, indigente in
set 71a F10): the excerpt read "…15:00. Resumo: O Interactive…", the label as a sentence's first word. The first
paragraph's label goes as a boilerplate row ("text-label-start", bot/headingrows.py); a later one goes the same way
when the paragraph before it ends a sentence and is no field of a form ("Category: Studio Pro"), and what follows the
label is a sentence of its own (four words or more, a stop at its end). Never a label a word follows ("Resumo do
evento foi…", the row's pattern needs ":" or a spaced dash), nor kept lines (headings, quotes, code, rows). Pure."""

from __future__ import annotations

import re
from collections.abc import Collection

from .cuts import BLOCK_END
from .headingrows import HEADING_ROWS

_LABEL = next(row.pattern for row in HEADING_ROWS if row.name == "text-label-start")
_FIELD = re.compile(r"[^\W\d_][\w '’/&-]{0,30}:\s")  # (a form's field before: "Category: Studio Pro - Runtime")


def _closed(text: str) -> bool:
    return BLOCK_END.search(text, max(0, len(text) - 8)) is not None


def later_labels_dropped(lines: list[str], kept: Collection[str]) -> list[str]:
    """``lines`` with the label dropped from each later paragraph that opens with one (see above)."""
    out = list(lines)
    for k in range(1, len(lines)):
        line, before = lines[k], lines[k - 1]
        if line in kept or before in kept or (label := _LABEL.match(line)) is None:
            continue
        rest = line[label.end() :]
        if _closed(before) and not _FIELD.match(before) and len(rest.split()) >= 4 and _closed(rest):
            out[k] = rest
    return out
