"""A title's <sub>/<sup> the feed escaped, read as plain text ("…Down to M<sub>✶</sub>≃10^5.7 M<sub>⊙</sub>…", an arXiv
title whose "&sext;" made the feed's reader take it for text: set 70b N1): the Unicode subscript or superscript
characters when every character inside has one ("H<sub>2</sub>" → "H₂", as htmltree does for markup), else the tags
go and their words stay ("M✶"). Only a closed pair of these two tags around a few characters without a tag. Pure.
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
    return _SCRIPT.sub(lambda m: script_text(m.group(2), m.group(1).lower()), title)
