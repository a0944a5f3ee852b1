"""The target a click-tracking proxy spells out in its path with a "0"-escape code.

A proxy of the 2010s (FeedsPortal's, gone since 2016) wrote the article's address
into its own path as one segment after "/l/", each character that is not a letter
or a digit written as "0" and a capital letter ("0L" for "http://", "0B" for ".",
"0C" for "/", a literal "0" as "0A"), and ended the path with a file name of its
own: "…/c/35028/f/647410/s/2ad4f405/l/0Lscience0Bslashdot0Borg0Cstory0C…0Chiggs0Edata…/story01.htm"
(set55 F1: origLink, link and guid all the proxy's; set11's Repubblica links,
set15's). The proxy answers nothing now; the address it carries is the article.

Only the pairs seen in real links of the test data are read; a segment with any
other "0" pair (or a "0" not followed by one) is left as it is: a wrong
character in a decoded address would be worse than the proxy's link.
"""

from __future__ import annotations

import re

# The code's pairs, each checked against a decoded link of the test data (set11, set15, set55).
_PAIRS = {
    "A": "0", "B": ".", "C": "/", "D": "?", "E": "-", "F": "=", "G": "&", "I": "_", "L": "http://", "N": ".com",
    "S": "www.",
}  # fmt: skip
# "/l/" and a segment that opens on "http://" ("0L") and is letters and digits only, then the proxy's own file name.
_SPELLED = re.compile(r"/l/(0L[A-Za-z0-9]+)/[^/]+/?\Z")
_PAIR = re.compile(r"0(.)", re.DOTALL)
_HOSTED = re.compile(r"http://[A-Za-z0-9-]+\.[A-Za-z0-9.-]*[A-Za-z0-9](?:[/?#:]|\Z)")
_KNOWN = re.compile(r"(?:[1-9A-Za-z]|0[" + "".join(_PAIRS) + r"])+")


def may_spell(path: str) -> bool:
    """Whether a path may carry a spelled target (a cheap test before ``spelled_target``)."""
    return "/l/0L" in path


def spelled_target(path: str) -> str | None:
    """The address a proxy's path spells in the "0"-escape code, None when it spells none (or uses a pair
    not known here)."""
    m = _SPELLED.search(path)
    if m is None or not _KNOWN.fullmatch(m[1]):
        return None
    target = _PAIR.sub(lambda pair: _PAIRS[pair[1]], m[1])
    return target if _HOSTED.match(target) else None  # (a host with a dot: "/l/0Lights/" spells no address)
