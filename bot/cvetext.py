"""CVE ids (``CVE-2024-12345``) in clean text: ``cve_ids``.

Apart from bot/cveids.py (ids in markup, read as the cleaning would) so that
the digest's clustering (bot/vulnerabilities.py) reads ids without importing
the cleaning, which only the parse workers load.
"""

from __future__ import annotations

import re

__all__ = ["cve_ids", "has_cve_letters"]

_CVE = re.compile(r"\bCVE[-‐‑–]\s?(\d{4})[-‐‑–](\d{4,7})\b", re.IGNORECASE)


def has_cve_letters(text: str) -> bool:
    """Whether "cve" is in text, in any case. Looked for in its UTF-8 bytes, lowered:
    multibyte characters have no ASCII byte and bytes.lower() only lowers ASCII
    (twice as fast as str.lower(), issue 8); no other character is "c", "v" or
    "e" ignoring case (tests/test_fastparse.py checks)."""
    return b"cve" in text.encode("utf-8", "surrogatepass").lower()


def cve_ids(*texts: str) -> list[str]:
    """CVE ids mentioned in the texts, normalized (``CVE-2024-12345``), first seen first."""
    found: list[str] = []
    for text in texts:
        # Only ASCII letters match C, V and E, even ignoring case: no "cve", no id.
        if not text or not has_cve_letters(text):
            continue
        for year, number in _CVE.findall(text):
            cve = f"CVE-{year}-{number}"
            if cve not in found:
                found.append(cve)
    return found
