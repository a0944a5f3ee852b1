"""A list that goes on with the sentence before it, run into it (bot/blocks.py): "…three components:" / "• a button," /
"• a dropdown, and" / "• a datepicker." read as "…three components: a button, a dropdown, and a datepicker.". Only
the whole list: "…via 4 main venues:" run on with the first two of its four items, the first ending in ";", the second
in a full stop, read as one sentence that a summary took (set 68b F7); the items stay items. An item after the last
one that reads as another clause (it ends a sentence, or with ";") is more of the list; one that does not ("• Read the
docs", another list's, a sub-list's) is not (the review of set 68b, 4). Pure.
"""

from __future__ import annotations

import re

# A list item that goes on with the next one: "a button,", "a dropdown, and", "select; or".
_GOES_ON = re.compile(r"(?:[,;]|[,;]?\s(?:and|or|und|oder|et|ou|y|o|e))$")
_ITEM_LENGTH = 160  # (a clause: "• Rikaichan, a Japanese dictionary, which adds instant translation popups when…;")


def run_in(lines: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines with a list that goes on with the sentence before it run into it: after a line
    ending in ":", items that each end in "," or ";" (or "and", "or" after one), the last one ending
    the sentence ("…three components:" / "• a button," / "• a dropdown, and" / "• a datepicker.":
    "…three components: a button, a dropdown, and a datepicker."): bullets there would break the
    sentence. Short items, the whole list (never two of four: set 68b F7); ``kept``: lines left as they are."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.endswith(":") or line in kept:
            continue
        end = i
        while end < len(lines) and lines[end].startswith("• ") and len(lines[end]) <= _ITEM_LENGTH:
            if not _GOES_ON.search(lines[end]):
                break
            end += 1
        last, after = (*lines[end : end + 2], "", "")[:2]  # (the list's last item: no item after it, set 68b F7)
        more = after[:2] == "• " and after[-1:] in ".!?;。！？"  # (more clauses: not another list, nor a sub-list)
        if end - i >= 1 and last[:2] == "• " and not more and len(last) <= _ITEM_LENGTH and last[-1:] in ".!?。！？":
            out[-1] = " ".join([line, *(item[2:] for item in lines[i : end + 1])])
            i = end + 1
    return out
