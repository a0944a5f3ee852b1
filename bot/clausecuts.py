"""Where an excerpt that must cut inside a sentence stops: at the sentence's last clause boundary near the limit.

A cut at a word ("…podíamos recibir retroalimentación de los…") stops mid-phrase although the sentence had a place to
pause a little earlier: a semicolon ("…de código fuente; al mismo tiempo, …"), and in Arabic-script text the spaced
".." an informal writer stops a sentence with ("…خمس مرات على الأقل .. في المرة الأخيرة…"; a version range "1..5" in
Latin text is no such stop). Set63 F5. Pure.
"""

from __future__ import annotations

import re

# The last fifth of the limit and a little more, where the boundary must lie: further back, too much is left out.
SHARE = 0.6
# A clause's end: a semicolon after a word (not "&amp;", a smiley's ";-)"), a full-width one; an Arabic-script
# writer's ".." with a space after it (and an Arabic letter before it, spaced or not).
_BOUNDARY = re.compile(r"[;；](?<=[^\W\d_].)(?=\s)| \.\.(?<=[\u0600-\u06ff] ..)(?=\s)|\.\.(?<=[\u0600-\u06ff]..)(?=\s)")


def clause_cut(text: str, limit: int) -> int:
    """Where to cut ``text`` (longer than ``limit``; an "…" follows) at a clause boundary in the last 40% of the
    limit, or -1: none there (the caller cuts at a word), or a list of items (cut between them)."""
    if " • " in text[:limit] or text.startswith("• "):
        return -1
    last = -1
    for m in _BOUNDARY.finditer(text, int(limit * SHARE), limit):
        last = m.start()
    return last
