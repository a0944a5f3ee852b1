"""An entry whose link is a share button's: a messaging or social site's share or intent endpoint with another page's
address in its query ("https://web.whatsapp.com/send?text=https://www.rtve.es/play/audios/de-nit/", a scraper's feed
that took the page's WhatsApp button for an item, titled by WhatsApp's own "Browser not supported": set 65a F10). No
story of the feed's: left out (bot/sitepages.py). Told by the link's shape alone, any host: its path ends in a share
endpoint's ("/send", "/share", "/sharer.php", "/intent/tweet", "/shareArticle", "/submit", "/pin/create/button"), and a
query parameter a share takes ("text", "url", "u", "body") holds an http(s) address. An article's own link never has
both (a page at "/share" of its own, a search's "?url=" elsewhere: kept). Pure.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

_ENDPOINTS = (
    "/send", "/share", "/sharer", "/sharer.php", "/share.php", "/intent/tweet", "/intent/post", "/sharearticle",
    "/submit", "/share/url", "/sharing/share-offsite", "/pin/create/button", "/compose/tweet", "/share/offsite",
)  # fmt: skip
_PARAMETERS = frozenset(("text", "url", "u", "body", "link", "href"))


def share_link(link: str) -> bool:
    """Whether ``link`` is a share or intent endpoint's, another address in its query (the module docstring)."""
    if "?" not in link or "http" not in link[link.index("?") :]:
        return False
    parts = urlsplit(link)
    if not parts.path.rstrip("/").lower().endswith(_ENDPOINTS):
        return False
    return any(
        key.lower() in _PARAMETERS and ("http://" in value or "https://" in value)
        for key, value in parse_qsl(parts.query)
    )
