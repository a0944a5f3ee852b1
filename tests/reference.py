"""Straightforward reference implementations that the fast paths in bot/ are
compared with (tests/test_fastparse.py, tests/test_clean.py)."""

import lxml.html

from bot import htmltree, inlineedges, inlinerows, linebreaks

_LXML_HTML_PARSER = lxml.html.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, recover=True, default_doctype=False
)


def reference_strip_markup(markup: str) -> str:
    """htmltree.strip_markup the straightforward way, with lxml.html's element classes
    (a "read more" link goes only where it stands apart, two <br>s in a row end a
    paragraph, <sup>2</sup> is "²": the issue "Digest text a reader trusts")."""
    markup = markup.replace(htmltree._BLOCK, "\n")  # the text's own U+2029: a space, as in htmltree
    root = lxml.html.document_fromstring(markup, parser=_LXML_HTML_PARSER)
    for el in list(root.iter(*htmltree._DROP_TAGS)):
        el.drop_tree()
    for el in list(root.iter("a")):
        href = el.get("href") or ""
        text = el.text_content() or ""
        if "feeds.feedburner.com/~" in href or "feedsportal.com" in href or htmltree._MORE_LINK.match(text) and len(text) < 60 and htmltree._link_stands_apart(el, text):  # fmt: skip
            el.drop_tree()
    for el in list(root.iter(*htmltree._BLOCK_TAGS, *htmltree._HEADING_TAGS, "div")):
        if htmltree._CAPTION_CLASS.search(el.get("class") or "") and len(el.text_content()) < 300:
            el.drop_tree()
    inlinerows.space_touching(root, markup)
    inlineedges.mend_edges(root, markup)
    for el in inlinerows.trailing_label(list(root.iter("a")), root):  # "…a sentence. <a>MP3 link</a>": gone
        el.drop_tree()
    for el in root.iter(*htmltree._BLOCK_TAGS, *htmltree._HEADING_TAGS):
        el.tail = htmltree._BLOCK + (el.tail or "")
        el.text = htmltree._BLOCK + (el.text or "")
    for el in list(root.iter("sup")):
        if len(el) and htmltree._is_footnote_mark(el):
            el.drop_tree()
    for el in root.iter("sup", "sub"):
        if len(el) == 0 and el.text and el.text.strip() and set(el.text.strip()) <= htmltree._SCRIPT_CHARS[el.tag]:
            el.text = el.text.strip().translate(htmltree._SUPERSCRIPTS if el.tag == "sup" else htmltree._SUBSCRIPTS)
    listed = inlinerows.link_row_breaks(list(root.iter("br")))
    verse = linebreaks._verse_breaks(list(root.iter("br")))  # (a poem's lines: " / ", bot/linebreaks.py)
    for el in root.iter("br"):
        nxt = el.getnext()
        while nxt is not None and nxt.tag in linebreaks._INLINE and len(nxt) and not (nxt.text or "").strip():
            nxt = nxt[0]
        apart = el in listed or nxt is not None and nxt.tag == "br" and not (el.tail or "").strip()
        el.tail = (htmltree._BLOCK if apart else " / " if el in verse else " ") + (el.tail or "")
    for el in root.iter("li"):
        el.text = htmltree._BLOCK + "• " + (el.text or "").lstrip(htmltree._BLOCK)
    return root.text_content().replace("\n", " ").replace(htmltree._BLOCK, "\n")
