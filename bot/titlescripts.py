"""A title's <sub>/<sup> the feed escaped, read as plain text ("…Down to M<sub>✶</sub>≃10^5.7 M<sub>⊙</sub>…", an arXiv
title whose "&sext;" made the feed's reader take it for text: set 70b N1): the Unicode subscript or superscript
characters when every character inside has one ("H<sub>2</sub>" → "H₂", as htmltree does for markup), else the tags
go when they hold no letter nor space ("M✶"): a title that names the tags holds words ("The <sup>text</sup> element
explained", "Template Vec<sub>T</sub> in Rust", "Footnote<sup>[1]</sup> styles"), and keeps them (rev70c F8). Only
a closed pair of these two tags around a few characters without a tag. Pure.
"""

from __future__ import annotations

import re

from .htmltree import script_text

# A <sub>…</sub> or <sup>…</sup> pair, its text short and without a "<" (no run to backtrack: linear)
_SCRIPT = re.compile(r"<(su[bp])>([^<>\n]{1,24})</\1>", re.IGNORECASE)


def scripts_shown(title: str) -> str:
    """``title`` with each escaped <sub>/<sup> pair written as what it marks (see above)."""
    if "<su" not in title.lower():
        return title
    return _SCRIPT.sub(_shown, title)


def _shown(found: re.Match[str]) -> str:
    inner = found.group(2)
    if (shown := script_text(inner, found.group(1).lower())) != inner:
        return shown  # (every character has its script's: "H₂", "10⁻³")
    return found.group(0) if any(c.isalpha() or c.isspace() for c in inner) else inner
