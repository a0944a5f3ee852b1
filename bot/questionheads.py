"""An italic question set apart as a subheading (set 68a F3): a paragraph that is only an italic question, or such a
question on a line of its own (a <br> after it) before its answer — ``<p><em>Mi a cél?</em></p><p>Térképen ábrázolni
az épület körvonalat…</p>``, ``<p><em>Miért kezdtem el a témával foglalkozni?</em><br>Szerettem volna…`` — is a Q&A
page's heading, not a sentence of the prose: the excerpt ended on it with its answer cut ("…ki tervezte ezeket az
épületeket? 😃 Mi a cél?"), and the summary took its answer without it, as if it answered the sentence before. Made
an <h6> (blocks.html_blocks), so the excerpt treats it as any heading (never its last line), and a summary takes the
answer only after its question, the pair in order (``asked_first``: bot/summary.py).

Not the text's first question (no sentence ended before it, only headings, a byline, an "&nbsp;" paragraph: an
interview's opening question stays a sentence with its answer, "Miről szól ez a projekt? A kispesti lakótelep…",
never the answer opening the excerpt without it, the review of set 68b, 1), nor a question in running
prose ("<p><em>Why now?</em> Because…</p>", the answer on the same line), nor bold (bot/boldheads.py: an interview's
bold question stays), nor a long one (ten words at most), nor one whose phrase holds another sentence's end.
Pure.
"""

from __future__ import annotations

import html
import re

from .sentences import HEADING

# A paragraph's opening italic phrase that ends with a question mark (a closing quote after it), then the paragraph's
# end before another block, or a line break before text. (Each part bounded or one character class: linear.)
_QUESTION = re.compile(
    r"<p(?:\s[^<>]*)?>\s*<(em|i)>([^<>]{1,120}[?？][\"'”’»]?)\s*</\1>\s*"
    r"(?:</p>(?=\s*<(?:p|blockquote|ol|ul|table|figure|div)[\s>])|<br\s*/?>(?=\s*[^<\s]))",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^<>]*>")
_HEADINGS = re.compile(r"<h([1-6])\b[^<>]*>[^<>]*</h\1\s*>", re.IGNORECASE)
_STOP = re.compile(r"[.!?。！？…](?=\s)")  # (another sentence's end inside the phrase: "Kész. Mi a cél?")
_WORDS = 10  # of a question subheading, at most


def question_headings(markup: str) -> str:
    """The markup with its italic question subheadings as <h6> headings."""
    if "?</" not in markup and "？</" not in markup and '?"</' not in markup and "?”</" not in markup:
        return markup  # (most texts: no italic question)
    out: list[str] = []
    pos, first = 0, True
    for m in _QUESTION.finditer(markup):
        phrase = " ".join(html.unescape(m[2]).split())
        if len(phrase.split()) > _WORDS or _STOP.search(phrase) or not phrase[:1].isalpha():
            continue
        if first and not _STOP.search(html.unescape(_TAG.sub(" ", _HEADINGS.sub("", markup[: m.start()]))) + " "):
            first = False  # (the text's first question: an interview's, kept with its answer; after a byline or an
            continue  # "&nbsp;" paragraph too, no sentence ended before it: the review of set 68b, 1)
        first = False
        closed = m[0].rstrip().lower().endswith("</p>")
        out.append(f"{markup[pos : m.start()]}<h6>{html.escape(phrase, quote=False)}</h6>{'' if closed else '<p>'}")
        pos = m.end()
    return "".join(out) + markup[pos:] if out else markup


def asked_first(sentences, j: int, shown=lambda question: False) -> str:
    """Sentence ``j`` as a summary shows it: after its question when it opens the answer to a question heading right
    before it ("## Mi a cél?" / "Térképen ábrázolni…": "Mi a cél? Térképen ábrázolni…"). A summary takes no heading,
    and the answer without its question read as the answer to the sentence before ("…ki tervezte ezeket az
    épületeket? Térképen ábrázolni…", set 68a F3). Not a question ``shown`` says the headline shows ("What is
    WebAssembly?" under that title: the review of set 68b, 7)."""
    before = sentences[j - 1] if j > 0 else ""
    # (without a dash the heading opens with: "## - Что это и зачем?")
    question = before[len(HEADING) :].lstrip("-–—•*· ").rstrip() if before.startswith(HEADING) else ""
    if not question.rstrip("\"'”’»").endswith(("?", "？")) or shown(question):
        return sentences[j]
    return question + ("" if question[-1] == "？" else " ") + sentences[j]
