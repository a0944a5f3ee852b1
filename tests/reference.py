"""Straightforward reference implementations that the fast paths in bot/ are
compared with (tests/test_fastparse.py, tests/test_clean.py)."""

import lxml.html

from bot import clean

_LXML_HTML_PARSER = lxml.html.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, recover=True, default_doctype=False
)


def reference_strip_markup(markup: str) -> str:
    """clean._strip_markup as it was, with lxml.html's element classes."""
    root = lxml.html.document_fromstring(markup, parser=_LXML_HTML_PARSER)
    for el in list(root.iter(*clean._DROP_TAGS)):
        el.drop_tree()
    for el in list(root.iter("a")):
        href = el.get("href") or ""
        if "feeds.feedburner.com/~" in href or "feedsportal.com" in href or clean._MORE_LINK.match(el.text_content() or "") and len(el.text_content()) < 60:  # fmt: skip
            el.drop_tree()
    for el in list(root.iter("div")):
        if "feedflare" in (el.get("class") or ""):
            el.drop_tree()
    for el in root.iter(*clean._BLOCK_TAGS):
        el.tail = clean._BLOCK + (el.tail or "")
        el.text = clean._BLOCK + (el.text or "")
    for el in root.iter("br"):
        el.tail = " " + (el.tail or "")
    for el in root.iter("li"):
        el.text = clean._BLOCK + "• " + (el.text or "").lstrip(clean._BLOCK)
    return root.text_content().replace("\n", " ").replace(clean._BLOCK, "\n")
