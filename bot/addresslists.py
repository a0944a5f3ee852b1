"""An entry's link field that lists several addresses, or words before one, instead of being one: an aggregator's
security feed gives each advisory "https://vendor/advisory ; BOD 26-04: https://www.cisa.gov/… ; https://nvd.nist.gov/
vuln/detail/CVE-…" (or "For more information, please see: https://… ; https://…") as its <link>, which read as one
address, its spaces percent-encoded, named a page that is not there (set 67b F1, Pef97419--netsec-feed.xml). Such a
field is a list: its entry's link is one of its addresses.

A field is a list only in that shape: addresses (http or https, a word each) apart by spaces, with a ";", "," or "|"
between them or after one, a label before one ("BOD 26-04:", "Additional References:") or an item between two
separators ("; N/A ;"), and words before the first that end in a colon or a full stop. Anything else stays one address as it was: "…/my file.pdf" and "…?
utm_source=Job Share&…" (one address with a space in it), "…?text=Look at https://…" (a word that is no label between
two). Pure."""

from __future__ import annotations

import re

_WEB = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#;,|]+")  # (an address's start: its scheme and host)
_SEPARATOR = frozenset(";,|")
LABEL_WORDS = 6  # words of a label before an address, at most ("Forensics Triage Requirements:")


def listed_addresses(field: str) -> list[str]:
    """The addresses of a link field that lists them (the module docstring), in order; [] when it is no list."""
    words = field.split()
    if len(words) < 2 or not any(_WEB.match(word) for word in words[1:]):
        return []  # (most fields: one address, no space)
    addresses: list[str] = []
    between: list[str] = []  # (the words since the last address: separators and a label)
    for word in words:
        if _WEB.match(word):
            if addresses and not _label_between(between) or not addresses and between and not _before_first(between):
                return []
            if addresses and not any(w in _SEPARATOR for w in between) and "=" in addresses[-1].partition("?")[2]:
                return []  # (a query's value that goes on: "?u= https://…", "?text=New Post: https://…", rev67a 2)
            addresses.append(word.rstrip(";,|"))
            between = [word[-1]] if word[-1] in _SEPARATOR else []
        else:
            between.append(word)
    return addresses if not between or all(word in _SEPARATOR for word in between) else []


def _label_between(words: list[str]) -> bool:
    """Whether the words between two addresses are separators, with a label ("; BOD 26-04:") or an item that is no
    address ("; N/A ;") after one, or a label in capitals alone ("Additional References:"): not "Look at: " inside
    "https://a/?text=Look at: https://b", one address."""
    label = [word for word in words if word not in _SEPARATOR]
    if not label:
        return bool(words)  # (a separator between them; a bare space is one address with a space in it: rev67a 1)
    if len(label) > LABEL_WORDS:
        return False
    if words[0] in _SEPARATOR:
        return label[-1].endswith(":") or words[-1] in _SEPARATOR
    return label[-1].endswith(":") and all(word[:1].isupper() or word[:1].isdigit() for word in label)


def _before_first(words: list[str]) -> bool:
    """Whether the words before the first address end in a colon or a full stop (a separator after them aside):
    "For more information, please see:", "…discontinue use of the product. ;"."""
    said = [word for word in words if word not in _SEPARATOR]
    return bool(said) and said[-1].endswith((":", "."))


def listed_note(listed: list[str], picked: str) -> str:
    """The provenance of the address picked from a listing field, worded from what happened: one address after words
    ("See: https://…") is no list, and the address picked need not be the first (canonical_url refused it): rev67a 4."""
    if len(listed) == 1:
        return "link: the address the entry's link names after its words"
    ordinal = "the first" if picked == listed[0] else f"address {listed.index(picked) + 1}"
    return f"link: {ordinal} of the {len(listed)} addresses the entry's link lists"
