"""Reading quality: what a reader of the digests would trip over, counted per defect class.

    python -m bench.quality [DIR ...] [--json FILE] [--examples N]

Every file of each directory is served from a real HTTP server on 127.0.0.1
and polled once by a real Tidings (temporary SQLite database, one feed per
file, one channel following them all, a fixed clock): fetch → parse →
normalize → store, as in production. Then every stored article (title,
excerpt, link, date, source) and every item of the channel's digest is
judged against reference data computed here from the raw feed with
feedparser and lxml, never with the bot's own cleaning code (bot.clean):
a detector that shared the bot's code would share its mistakes.

The detectors are general (no site names). Each returns the offending
fragment, so that the examples printed can be checked by eye.
``quality_counts(dirs)`` returns the counts for tests and scripts.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import email.utils
import json
import logging
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

import feedparser
import lxml.etree
import lxml.html

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = (ROOT / "tests" / "data" / "corpus" / "realworld", ROOT / "tests" / "data" / "feeds")
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
EXCERPT_LENGTH = 300


def _spaceless(word: str) -> bool:
    """A run of a script written without spaces (Chinese, Japanese): a "word" only to str.split."""
    return sum(unicodedata.east_asian_width(ch) in ("W", "F") for ch in word) > len(word) * 0.3


# class -> (serious, what it means)
CLASSES: dict[str, tuple[bool, str]] = {
    "date": (True, "undated though the feed gives a date, dated > 1 day off the feed's date, or in the future"),
    "boilerplate": (True, "platform boilerplate in the excerpt (submitted by, Read more, Share:, bylines, ...)"),
    "cut-word": (True, "a word cut off at the excerpt's end, or the feed's cut mark lost"),
    "link": (True, "link empty, a redirector, tracking parameters, feedproxy, or not the feed's origLink"),
    "truncation": (False, "the feed's cut mark kept ([…], ..., Read more), or the teaser used over full content"),
    "run-on": (False, "two blocks of the source glued without a sentence end"),
    "faithful": (False, "excerpt text that is not in the source (words dropped or changed)"),
    "duplicate": (False, "the same story twice in one feed"),
    "title-repeat": (False, "the excerpt's first sentence repeats the title"),
    "damage": (False, "text damage: ZWJ/ZWNJ lost, sup/sub flattened, title misread, heading as a sentence"),
    "empty": (False, "empty excerpt although the source has text"),
    "mojibake": (True, "UTF-8 shown as Windows-1252 or Latin-1 read it: â€™ for ’, Ã© for é, Ñ‡ for ч"),
}
SERIOUS = [name for name, (serious, _) in CLASSES.items() if serious]


# --- reference data from the raw feed -------------------------------------------------------

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "figcaption",
        "figure",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "address",
        "details",
        "summary",
        "main",
        "hr",
        "caption",
        "center",
        "nav",
        "form",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "iframe",
        "object",
        "embed",
        "audio",
        "video",
        "canvas",
    ]
)
_SUP = str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SUB = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_SUP_OK = set("0123456789+-=()ni")
_SUB_OK = set("0123456789+-=()")


@dataclass
class Block:
    text: str
    tag: str  # the block element it came from ("" for loose text, "br" for a <br><br> split)


@dataclass
class SourceText:
    blocks: list[Block] = field(default_factory=list)
    flattened: list[tuple[str, str]] = field(default_factory=list)  # ("ft2", "ft²") for <sup>/<sub>
    struck: list[str] = field(default_factory=list)  # the texts of <del>, <s>, <strike>: a reader may drop them

    @property
    def text(self) -> str:
        return " ".join(b.text for b in self.blocks)


class _Extractor:
    """Block texts of an HTML fragment; <sup>/<sub> digits rendered as ²/₂."""

    def __init__(self):
        self.out = SourceText()
        self.buf: list[str] = []
        self.tag = ""
        self.last_br = False

    def flush(self, tag: str = "") -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.out.blocks.append(Block(unicodedata.normalize("NFC", text), self.tag))
        self.buf = []
        self.tag = tag
        self.last_br = False

    def add(self, text: str | None) -> None:
        if text:
            self.buf.append(text)
            if text.strip():
                self.last_br = False

    def walk(self, el) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            return
        if tag == "br":
            if self.last_br:
                self.flush("br")
            else:
                self.add(" ")
                self.last_br = True
            return
        if tag in ("sup", "sub"):
            inner = " ".join(el.text_content().split())
            ok, table = (_SUP_OK, _SUP) if tag == "sup" else (_SUB_OK, _SUB)
            if inner and set(inner) <= ok:
                rendered = inner.translate(table)
                before = "".join(self.buf).split()
                if before and "".join(self.buf)[-1:].isalnum():
                    self.out.flattened.append((before[-1] + inner, before[-1] + rendered))
                self.add(rendered)
            else:
                self.add(inner)
            return
        if tag in ("del", "s", "strike") and (struck := " ".join(el.text_content().split())):
            self.out.struck.append(struck)
        block = tag in _BLOCKS
        if block:
            self.flush(tag)
        self.add(el.text)
        for child in el:
            self.walk(child)
            self.add(child.tail)
        if block:
            self.flush()


def source_text(markup: str, is_html: bool = True) -> SourceText:
    """Blocks of readable text of an entry's HTML (or plain text: one block per blank-line paragraph),
    as its publisher meant it (mojibake read back: ``meant``)."""
    if not markup:
        return SourceText()
    markup = meant(markup)
    if not is_html or "<" not in markup:
        text = markup if not is_html else _unescape(markup)
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
        return SourceText([Block(unicodedata.normalize("NFC", p), "") for p in paras if p])
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return SourceText([Block(" ".join(_unescape(re.sub(r"<[^>]*>", " ", markup)).split()), "")])
    ex = _Extractor()
    ex.walk(root)
    ex.flush()
    out = ex.out
    # Entity-escaped HTML inside HTML ("&lt;p&gt;"): once more.
    joined = out.text
    if re.search(r"</?(?:p|br|div|a|img|span|strong|em|b|i)\b[^<>]*>", joined, re.I):
        return source_text(joined)
    return out


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


@dataclass
class Reference:
    """What the raw entry says, as computed here (feedparser + lxml)."""

    id: str = ""
    link: str = ""
    origlink: str = ""
    title: str = ""  # readable title (type="text" taken literally)
    title_raw: str = ""
    dates: list[str] = field(default_factory=list)  # raw date strings as the feed wrote them
    summary: SourceText = field(default_factory=SourceText)
    content: SourceText = field(default_factory=SourceText)

    @property
    def body(self) -> SourceText:
        """The fuller text: content if present, else summary."""
        return self.content if len(self.content.text) > len(self.summary.text) else self.summary

    @property
    def all_text(self) -> str:
        return " ".join((self.title, self.summary.text, self.content.text))


def _is_html(detail) -> bool:
    kind = (detail or {}).get("type", "text/html") or "text/html"
    return "html" in kind or "xml" in kind


def _markdown(value: str, detail) -> str:
    """A text the feed declares Markdown (Atom type="markdown"), as the HTML it stands for (markdown-it-py)."""
    if ((detail or {}).get("type") or "").lower() not in ("markdown", "text/markdown", "text/x-markdown"):
        return value
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").render(value)


def _s(value) -> str:
    return value if isinstance(value, str) else ""


def _json_references(doc: dict) -> list[Reference]:
    """JSON Feed 1.x and RSS-in-JSON, read by hand (feedparser does not read JSON)."""
    out = []
    if isinstance(doc.get("rss"), dict):
        items = (doc["rss"].get("channel") or {}).get("item") or []
        for it in items if isinstance(items, list) else [items]:
            if not isinstance(it, dict):
                continue
            guid = it.get("guid")
            guid = _s(guid.get("#value") or guid.get("value")) if isinstance(guid, dict) else _s(guid)
            title = _s(it.get("title"))
            out.append(Reference(id=guid, link=_s(it.get("link")), title=" ".join(source_text(title).text.split()),
                                 title_raw=title, dates=[d for d in [_s(it.get("pubDate"))] if d],
                                 summary=source_text(_s(it.get("description")))))  # fmt: skip
        return out
    for it in doc.get("items") or []:
        if not isinstance(it, dict):
            continue
        # Plain text by the spec, entity-escaped in practice ("&#039;"): a reader wants the character.
        title = _s(it.get("title"))
        title_text = meant(_unescape(title) if re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d?);", title, re.I) else title)
        html = _s(it.get("content_html"))
        content = source_text(html) if html else source_text(_s(it.get("content_text")), False)
        summary = source_text(_s(it.get("summary")), False)
        out.append(Reference(
            id=str(it.get("id", "") or ""), link=_s(it.get("url")) or _s(it.get("external_url")),
            title=" ".join(title_text.split()), title_raw=title,
            dates=[d for d in (_s(it.get("date_published")), _s(it.get("date_modified"))) if d],
            summary=summary if summary.text else content, content=content if summary.text else SourceText(),
        ))  # fmt: skip
    return out


def references(body: bytes) -> list[Reference]:
    """Reference data for every entry of a feed document."""
    if body.lstrip()[:1] in (b"{", b"["):
        try:
            doc = json.loads(body.decode("utf-8-sig"))
        except ValueError:
            return []
        return _json_references(doc) if isinstance(doc, dict) else []
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    out = []
    for entry in parsed.entries:
        title_detail = entry.get("title_detail") or {}
        raw_title = entry.get("title", "") or ""
        title = " ".join(source_text(raw_title, _is_html(title_detail)).text.split()) if raw_title else ""
        summary_detail = entry.get("summary_detail") or {}
        summary_md = _markdown(entry.get("summary", "") or "", summary_detail)
        summary = source_text(summary_md, _is_html(summary_detail) or summary_md is not entry.get("summary"))
        contents = entry.get("content") or []
        content = SourceText()
        for c in contents:
            value = _markdown(c.get("value", "") or "", c)
            st = source_text(value, _is_html(c) or value is not c.get("value"))
            if len(st.text) > len(content.text):
                content = st
        if content.text and content.text == summary.text:
            content = SourceText()
        dates = [entry.get(k) for k in ("published", "updated", "created") if entry.get(k)]
        out.append(Reference(
            id=entry.get("id", "") or "", link=entry.get("link", "") or "",
            origlink=entry.get("feedburner_origlink", "") or "", title=title, title_raw=raw_title, dates=dates,
            summary=summary, content=content,
        ))  # fmt: skip
    return out


# --- independent date parsing -------------------------------------------------------------


def parse_date(raw: str) -> datetime | None:
    """A raw feed date as UTC: RFC 822 and ISO 8601 first, then dateparser (any language; UTC when no zone)."""
    raw = " ".join(raw.split())
    if not raw:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(raw)
        if dt is not None and dt.year > 1900:
            return dt.replace(tzinfo=dt.tzinfo or UTC).astimezone(UTC)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        dt = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        return dt.replace(tzinfo=dt.tzinfo or UTC).astimezone(UTC)
    except ValueError:
        pass
    import dateparser

    try:
        dt = dateparser.parse(raw, settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True,
                                             "TO_TIMEZONE": "UTC", "PREFER_DATES_FROM": "past"})  # fmt: skip
    except Exception:  # dateparser raises a variety of things on garbage
        return None
    return dt.astimezone(UTC) if dt else None


# --- what a reader sees -------------------------------------------------------------------


@dataclass
class Item:
    feed: str  # the file name
    title: str
    excerpt: str
    link: str
    published: datetime
    has_date: bool
    source: str
    uid: str = ""
    in_digest: bool = False


@dataclass
class Finding:
    cls: str
    detail: str


# --- text helpers -------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "\u00a0": " ", "–": "-", "—": "-"})
_END_PUNCT = ".!?…:;。！？：；؟۔।॥"  # (Arabic/Persian ؟, Urdu ۔, Devanagari । ॥: set 65a O2)
_CLOSERS = "\"'”’)]»」』*"


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).translate(_QUOTES).casefold().split())


def loose(text: str) -> str:
    return "".join(ch for ch in norm(text) if ch.isalnum())


_EMOTICON = re.compile(r"(?:[:;=8][-o^']?[()\[\]DPp/\\|3]|<3|\^\^)$")


def ends_sentence(text: str) -> bool:
    """Ends in sentence punctuation, an emoji or other symbol, or an emoticon."""
    t = text.rstrip()
    if _EMOTICON.search(t):
        return True
    t = t.rstrip(_CLOSERS + "\ufe0f\u200d")
    return bool(t) and (t[-1] in _END_PUNCT or unicodedata.category(t[-1]).startswith("S"))


_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def numeric_readings(raw: str) -> list[datetime]:
    """An all-numeric date read day first, month first and (a two-digit year first) year
    first: "18/05/04 00:00" is 18 May 2004 or 4 May 2018; each reading that is a date."""
    m = _NUMERIC_DATE.fullmatch(" ".join(raw.split()))
    if m is None:
        return []
    a, _, b, c, hour, minute, second = m.groups()
    time = (int(hour or 0), int(minute or 0), int(second or 0))

    def year(t: str) -> int:
        return int(t) if len(t) == 4 else int(t) + (2000 if int(t) < 50 else 1900)

    orders = [(year(c), int(b), int(a)), (year(c), int(a), int(b))]
    if len(a) == len(c) == 2:
        orders.append((year(a), int(b), int(c)))
    out = []
    for y, mo, d in orders:
        try:
            out.append(datetime(y, mo, d, *time, tzinfo=UTC))
        except ValueError:
            continue
    return out


def words(text: str) -> list[str]:
    return text.split()


_SENT_SPLIT = re.compile(r"(?<=[.!?…。！？])[\"'”’)\]]*\s+")


def sentences(text: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(text) if s.strip()]


_CUT_MARK = re.compile(r"(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.+|…|\bRead more\W*|\bContinue reading\W*)\s*$",
                       re.I)  # fmt: skip


# --- mojibake: UTF-8 read as Windows-1252 (or Latin-1, for the five bytes it leaves out) ------

# Each character such a reading makes of a byte 0x80-0xFF, and the byte.
_BYTE_OF = {bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0x100)}
_TRAIL = "".join(ch for ch, b in _BYTE_OF.items() if b < 0xC0)
# (or "Â" alone before a space or the end, not after a capital: a no-break space whose 0xA0
# became a space or went with the end)
_MOJIBAKE_RUN = re.compile(
    f"(?:[\u00c2-\u00df][{_TRAIL}]|[\u00e0-\u00ef][{_TRAIL}]{{2}}|[\u00f0-\u00f4][{_TRAIL}]{{3}})+|\u00c2(?= |$)"
)


# The same of UTF-8 read as Mac OS Roman: "√©" for "é", "‚Äô" for "’" (lead bytes 0xC2, 0xC3, 0xE2 0x80).
_MAC_TRAIL = re.escape(bytes(range(0x80, 0xC0)).decode("mac_roman"))
_MAC_RUN = re.compile(f"(?:[\u221a\u00ac][{_MAC_TRAIL}]|\u201a\u00c4[{_MAC_TRAIL}])+")


def mojibake_runs(text: str) -> list[tuple[str, str]]:
    """Every run of text that reads as UTF-8 once its characters are the bytes they were read
    from, and what it reads as: ("â€™", "’"), ("Ã©", "é"), ("√©", "é")."""
    runs = [(m.group(), read) for m in _MOJIBAKE_RUN.finditer(text) if (read := _read(text, m))]
    return runs + [(m.group(), read) for m in _MAC_RUN.finditer(text) if (read := _read_mac(m))]


def _read_mac(m: re.Match) -> str:
    """(only inside a word, "Portugu√™s", "Mourinho‚Äôs": "√π" in a formula is a formula)"""
    text, start, end = m.string, m.start(), m.end()
    if not (text[start - 1 : start].isalpha() or text[end : end + 1].isalpha()):
        return ""
    try:
        return m.group().encode("mac_roman").decode("utf-8")
    except UnicodeError:
        return ""


def _read(text: str, m: re.Match) -> str:
    """What a run reads as in UTF-8 ("" if nothing). Not a word that ends in an accented
    letter, then punctuation or a space: Portuguese "“IRMÃ” disse", French "« doué\u00a0»"."""
    run, before = m.group(), text[m.start() - 1 : m.start()]
    if run == "\u00c2":
        return "" if before.isupper() else "\u00a0"
    if (before.isalpha() and before.isupper() == run[0].isupper() and not text[m.end() : m.end() + 1].isalnum()
            and all(unicodedata.category(ch)[0] in "PZ" for ch in run[1:])):  # fmt: skip
        return ""
    try:
        return bytes(_BYTE_OF[ch] for ch in run).decode("utf-8")
    except UnicodeDecodeError:
        return ""


# A generator's JSON escape of a non-ASCII character left in the text ("We\\u2019ll"), inside a word.
_JSON_ESCAPE = re.compile(
    r"(?<!\\)\\u(?:[dD][89abAB]\w\w\\u[dD][c-fC-F]\w\w|00[89a-fA-F]\w|0[1-9a-fA-F]\w\w|[1-9a-fA-F]\w{3})"
)
_JSON_ESCAPE_IN_WORD = re.compile(rf"[^\W_]{_JSON_ESCAPE.pattern}|{_JSON_ESCAPE.pattern}[^\W_]")


def _json_escape(match: re.Match) -> str:
    try:
        return match.group().encode().decode("unicode_escape").encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return match.group()


def meant(text: str) -> str:
    """``text`` with its mojibake runs read back (twice, for text that was read wrong twice),
    and a generator's JSON escapes when one stands inside a word ("We\\u2019ll")."""
    if "\\u" in text and _JSON_ESCAPE_IN_WORD.search(text):
        text = _JSON_ESCAPE.sub(_json_escape, text)
    for _ in range(2):
        if not text.isascii():
            text = _MOJIBAKE_RUN.sub(lambda m: _read(m.string, m) or m.group(), text)
    if not text.isascii():
        text = _MAC_RUN.sub(lambda m: _read_mac(m) or m.group(), text)
    return text


# --- detectors ----------------------------------------------------------------------------


def detect_date(item: Item, ref: Reference | None, now: datetime = NOW) -> list[Finding]:
    found = []
    if item.has_date and item.published > now + timedelta(days=1):
        found.append(Finding("date", f"dated in the future: {item.published.isoformat()}"))
    if ref is None or not ref.dates:
        return found
    # (an all-numeric date does not write its fields' order: every order that reads it counts)
    parsed = [(raw, dt) for raw in ref.dates for dt in (parse_date(raw), *numeric_readings(raw))]
    good = [(raw, dt) for raw, dt in parsed if dt is not None and dt <= now + timedelta(days=1)]
    if not good:
        return found
    raw = good[0][0]
    if not item.has_date:
        found.append(Finding("date", f"undated (shown at poll time) though the feed says {raw!r}"))
    elif all(abs(item.published - dt) > timedelta(days=1) for _, dt in good):
        found.append(Finding("date", f"{item.published.isoformat()} though the feed says {raw!r} "
                                     f"(= {good[0][1].isoformat()})"))  # fmt: skip
    return found


_BOILERPLATE = [
    # Case-insensitive but for bylines, whose names are capitalised.
    re.compile(p, 0 if p.startswith("^(?i:by)") else re.I)
    for p in [
        r"\bsubmitted by\s+/?u/",
        r"\[(?:link|comments)\]",
        r"\bappeared first on\b",
        r"\bcontinue reading\b",
        r"\bread (?:more|the (?:full|rest of the) (?:article|story|post)|full (?:article|story|post))\b(?!\s+(?:about|than|of|and|books?|widely)\b)",
        r"(?:^|[\s(\[|])(?:share|photo|photos|image|credit|photo credit|image credit|photograph|pictured|foto|bild)\s*:",
        r"^(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s*[,|•·–—-]|\s+(?:and|&)\s|\s+[A-Z][a-z]+\b)",
        r"\boriginally (?:published|posted|appeared) (?:on|at|in)\b",
        r"\bsubscribe (?:now|today|here|to (?:our|the|my|this) (?:newsletter|podcast|channel|feed|blog))\b",
        r"\b(?:listen|watch) (?:to )?(?:the|this) (?:full )?(?:episode|podcast|video) (?:on|at|here)\b",
        r"\bfollow us (?:on|at)\b",
        r"\bclick here\b",
        r"\bview entire post\b",
        r"(?:\b\d+\s+)?\bcomments?\W*$",
        r"\bvia medium\b",
        r"\bsign up (?:for|to) (?:our|the|my)\b",
        r"\b(?:contact us|e-?mail us) (?:at|on)\b",
        r"\bthis (?:article|story|post) (?:was )?(?:originally|first) (?:published|appeared)\b",
        r"\bthe post\b.{1,200}\bappeared\b",
        # Yoast SEO's feed footer ("The post … appeared first on …") as translated in
        # its language packs: the footer's own noun, a title, the translated verb.
        r"(?:der beitrag|l['’]articolo|l['’]article|cet article|la entrada|o post|o conteúdo|het bericht|artykuł"
        r"|inlägget|indlægget|innlegget|artikkeli|článek|сообщение|запис|το άρθρο|artikel|articolul|bài viết) .{1,300}? "
        r"(?:erschien zuerst auf|sembra essere il primo su|proviene da|est apparu en premier sur|se publicó primero en"
        r"|apareceu primeiro em|aparece primeiro em|verscheen eerst op|pochodzi z serwisu|dök först upp på"
        r"|blev først udgivet på|dukket først opp på|julkaistiin ensimmäisen kerran|se nejdříve objevil na"
        r"|появились сначала на|спершу з'явиться на|εμφανίστηκε πρώτα στο|pertama kali tampil pada|apare prima dată în"
        r"|đã xuất hiện đầu tiên)\b",
        r"yazısı ilk önce .{1,100} üzerinde ortaya çıktı|最先出现在|這篇文章最早發佈於|に最初に表示されました"
        r"|에 처음 등장했습니다|bejegyzés először|ظهرت المقالة|הופיע לראשונה ב",
        # "Read more" in other languages, as the link that ends an excerpt ("… Leia mais no Site!")
        r"(?:^|[.!?…:»)\]]\s*)(?:leia mais|continue lendo|lire la suite|weiterlesen|leer más|seguir leyendo|sigue leyendo"
        r"|continua a leggere|leggi tutto|lees verder|lees meer|czytaj dalej|читать далее|читати далі|devamını oku"
        r"|läs mer|les mer|læs mere|lue lisää|続きを読む|阅读更多|继续阅读|더 보기)(?:\s+\S+){0,4}\s*[!.…»→›]*$",
        r"\bview fullsize\b",  # Squarespace's gallery labels
        r"\bthank(?:s| you) for reading (?:this (?:post|article) )?via rss\b",
    ]
]
_BYLINE = _BOILERPLATE[6]


def detect_boilerplate(item: Item, ref: Reference | None = None) -> list[Finding]:
    text = " ".join(item.excerpt.split())
    for pattern in _BOILERPLATE:
        target = text if pattern is not _BYLINE else text.lstrip("•- ")
        m = pattern.search(target)
        if m:
            if pattern is _BYLINE and ref is not None and norm(m.group(0)).startswith(norm(ref.title)[:20] or "\0"):
                continue  # the title itself starts with "By ..."
            return [Finding("boilerplate", _around(target, m.start(), m.end()))]
    return []


def _around(text: str, start: int, end: int, width: int = 40) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


def _tail_words(text: str, n: int) -> str:
    return " ".join(text.split()[-n:])


def _head_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def detect_run_on(item: Item, ref: Reference | None) -> list[Finding]:
    if ref is None or not item.excerpt:
        return []
    excerpt = " " + norm(item.excerpt) + " "
    for source in (ref.summary, ref.content):
        blocks = source.blocks
        for a, b in zip(blocks, blocks[1:], strict=False):
            if ends_sentence(a.text) or not a.text or not b.text:
                continue
            if a.text.rstrip()[-1:] in "-–—,，、；(/&+" or b.text.lstrip()[:1] in ",.;:)!?-–—":
                continue  # a block broken mid-sentence in the source itself (after a comma: in CJK too)
            if a.tag == "li" and b.tag == "li" and a.text.rstrip().endswith((" and", " or")):
                continue  # a list run into its sentence ("…components: a button, a dropdown, and a datepicker.")
            n_a = min(2, len(a.text.split()))
            n_b = min(2, len(b.text.split()))
            joint = norm(_tail_words(a.text, n_a) + " " + _head_words(b.text, n_b))
            if len(joint) >= 8 and (" " + joint) in excerpt:
                # Not a run-on if the source also has the two joined (the same words elsewhere).
                if (" " + joint) in " " + " ".join(norm(x.text) for x in blocks if x is not a and x is not b):
                    continue
                i = excerpt.find(" " + joint)
                return [
                    Finding(
                        "run-on", f"{a.tag or 'text'}|{b.tag or 'text'}: " + _around(excerpt.strip(), i, i + len(joint))
                    )
                ]
    return []


def detect_truncation(item: Item, ref: Reference | None, limit: int = EXCERPT_LENGTH) -> list[Finding]:
    """Kept cut marks and teaser-over-content (class "truncation"); cut words and lost marks ("cut-word")."""
    found = []
    text = " ".join(item.excerpt.split())
    if not text:
        return found
    if ref is None:
        return found
    body = ref.body.text
    # The feed's cut mark at the end ("[…]", "(...)", "Read more"); "..." only where the source
    # stops there too (an author's own "..." inside the text is no cut mark).
    m = re.search(r"(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\bread more\W*|\.\.\.)\s*$", text, re.I)
    if m and m.group(0).strip() == "...":
        tail = norm(_tail_words(text[: m.start()], 4))
        src = norm(body)
        pos = src.rfind(tail)
        rest = src[pos + len(tail) :] if pos >= 0 else "x"
        if not _CUT_MARK.fullmatch(rest.strip() or "x"):
            m = None
    if m:
        found.append(Finding("truncation", "feed's cut mark kept: " + _around(text, m.start(), m.end())))
    stem = re.sub(r"\s*(?:…|\.\.\.)$", "", text)
    last = stem.split()[-1] if stem.split() else ""
    last_core = last.rstrip(_CLOSERS + ",;:.!?")
    marked = stem != text
    # The teaser's cut used although the content has the whole story.
    summary = ref.summary.text
    if (
        marked
        and ref.content.text
        and _CUT_MARK.search(summary)
        and len(loose(ref.content.text)) > len(loose(summary)) + 20
    ):
        s_stem = _CUT_MARK.sub("", summary).rstrip()
        if loose(_tail_words(s_stem, 3)) and loose(stem).endswith(loose(_tail_words(s_stem, 3))):
            found.append(Finding("truncation", "teaser's cut used though the entry has full content: …" + text[-60:]))
    if not marked and not ends_sentence(text):
        # Where does the excerpt end in the source?
        src = norm(body)
        tail = norm(_tail_words(stem, 4))
        pos = src.rfind(tail)
        after = src[pos + len(tail) :].strip() if pos >= 0 else ""
        if pos >= 0 and (not after or _CUT_MARK.fullmatch(after) or after.startswith(("[", "(…", "(..."))):
            if after:
                found.append(Finding("cut-word", f"the feed's cut mark {after!r} lost: …{text[-50:]}"))
        elif pos >= 0 and src[pos + len(tail) : pos + len(tail) + 1].isalnum() and tail[-1:].isalnum():
            found.append(Finding("cut-word", f"cut inside a word (source goes on {after[:15]!r}): …{text[-50:]}"))
        elif pos >= 0 and not _COMMIT_TRAILER.match(after) and not _ends_in_source(ref.body, tail, after):
            found.append(Finding("cut-word", f"ends mid-sentence without a mark: …{text[-60:]}"))
    elif marked and last_core and not _spaceless(last_core):
        # The word before the mark must be a whole word of the fullest text. (Not in a script
        # without spaces: its "word" is a run of characters, which a cut between two leaves whole.)
        src = norm(body)
        w = norm(last_core)
        hits = [m.end() for m in re.finditer(re.escape(w), src)]
        whole = [e for e in hits if e >= len(src) or not src[e].isalnum()]
        if hits and not whole:
            e = hits[-1]
            found.append(Finding("cut-word", f"word cut: {last!r} (source: {src[e - len(w) : e + 12]!r})"))
        elif (whole and all(_CUT_MARK.match(src[e:].lstrip()) and src[e:e + 1] in ".…[" for e in whole)
              and w not in norm(ref.title) and not _word_elsewhere(w, ref)):  # fmt: skip
            # Only ever seen right before the feed's own cut mark, glued to it: a cut word.
            found.append(Finding("cut-word", f"probably cut by the feed: {last!r}…"))
    return found


def _word_elsewhere(w: str, ref: Reference) -> bool:
    return re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)(?!\s*(?:\.\.\.|…|\[))", norm(ref.all_text)) is not None


def detect_faithful(item: Item, ref: Reference | None) -> list[Finding]:
    if ref is None or not item.excerpt:
        return []
    src = norm(ref.all_text)
    src_loose = loose(ref.all_text)
    # (the same text without its struck-through words: an author's correction, "you <s>could</s> will lose…")
    unstruck = ref.all_text
    for struck in ref.summary.struck + ref.content.struck:
        unstruck = unstruck.replace(" " + struck + " ", " ", 1)
    src_unstruck, loose_unstruck = (norm(unstruck), loose(unstruck)) if unstruck != ref.all_text else (src, src_loose)
    for sentence in sentences(" ".join(item.excerpt.split())):
        s = re.sub(r"\s*(?:…|\.\.\.)$", "", sentence).strip().lstrip("• ").strip()
        if (
            len(s) < 4
            or norm(s) in src
            or loose(s) in src_loose
            or norm(s) in src_unstruck
            or loose(s) in loose_unstruck
        ):
            continue
        # Find where it goes wrong: the longest prefix present.
        n = norm(s)
        lo, hi = 0, len(n)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if n[:mid] in src:
                lo = mid
            else:
                hi = mid - 1
        return [Finding("faithful", f"not in the source from here: {n[max(0, lo - 30) : lo]}⟦{n[lo : lo + 40]}⟧")]
    return []


_TRACKING_KEYS = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|igshid|yclid)$", re.I
)
_REDIRECT_KEYS = frozenset(
    [
        "url",
        "u",
        "q",
        "to",
        "target",
        "dest",
        "destination",
        "redirect",
        "redirect_url",
        "redirect_uri",
        "goto",
        "out",
        "link",
        "r",
    ]
)
_RSS_VALUE = re.compile(r"^(?:rss|feed|feeds|rss-?feed|atom|feedburner|rss2?)$", re.I)


def _redirect_target(link: str) -> str:
    for key, value in parse_qsl(urlsplit(link).query, keep_blank_values=True):
        v = unquote(value)
        if key.lower() in _REDIRECT_KEYS and re.match(r"https?://", v, re.I):
            return v
    return ""


def norm_link(link: str) -> str:
    """A link reduced to what identifies the article (for comparisons only)."""
    if not link:
        return ""
    target = _redirect_target(link)
    if target:
        link = target
    parts = urlsplit(link.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING_KEYS.match(k) and not _RSS_VALUE.match(v)]  # fmt: skip
    q = "&".join(f"{k}={v}" for k, v in sorted(query))
    # The fragment stays: microblogs give every post of a day's page its own anchor.
    return urlunsplit(("https", host, parts.path.rstrip("/") or "/", q, parts.fragment))


def detect_link(item: Item, ref: Reference | None) -> list[Finding]:
    link = item.link
    if not link:
        # A defect only where the feed gave one (a link, or a guid that is a web address).
        web = ("http://", "https://")
        given = ref is not None and any(x.startswith(web) for x in (ref.link, ref.origlink, ref.id))
        return [Finding("link", "no link though the feed gives one")] if given else []
    parts = urlsplit(link)
    host = (parts.hostname or "").lower()
    if _redirect_target(link):
        return [Finding("link", f"redirector: {link[:120]}")]
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if _TRACKING_KEYS.match(key) or (
            key.lower() in ("source", "ref", "ref_src", "src", "from", "cmp", "ncid", "ocid", "rss")
            and _RSS_VALUE.match(value)
        ):
            return [Finding("link", f"tracking parameter {key}={value}: {link[:120]}")]
    if "feedproxy" in host or "feedburner" in host or "feedsportal" in host:
        return [Finding("link", f"feed proxy link: {link[:120]}")]
    if ref is not None and ref.origlink and norm_link(ref.origlink) != norm_link(link):
        return [Finding("link", f"{link[:100]} though origLink is {ref.origlink[:100]}")]
    return []


def detect_duplicates(items: list[Item]) -> dict[int, Finding]:
    """Index of each item that repeats an earlier item of its feed."""
    found: dict[int, Finding] = {}
    by_feed: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_feed[item.feed].append(i)
    for indexes in by_feed.values():
        links: dict[str, int] = {}
        for pos, i in enumerate(indexes):
            item = items[i]
            key = norm_link(item.link)
            # The same page under two titles is not a repeat: many feeds point every
            # episode or release at one page (a show's home page, a changelog).
            earlier = items[links[key]] if key in links else None
            if (
                earlier is not None
                and re.findall(r"\d+", earlier.title) == re.findall(r"\d+", item.title)
                and (difflib.SequenceMatcher(None, loose(earlier.title), loose(item.title)).ratio() > 0.8)
            ):
                found[i] = Finding("duplicate", f"same link as {items[links[key]].title!r}: {item.link[:100]}")
                continue
            if key:
                links[key] = i
            for j in indexes[:pos]:
                other = items[j]
                if (loose(other.title) == loose(item.title) and loose(item.title)
                        and difflib.SequenceMatcher(None, norm(other.excerpt), norm(item.excerpt)).quick_ratio() > 0.9
                        and difflib.SequenceMatcher(None, norm(other.excerpt), norm(item.excerpt)).ratio() > 0.9):  # fmt: skip
                    found[i] = Finding(
                        "duplicate", f"same title and excerpt as another item: {item.link[:80]} / {other.link[:80]}"
                    )
                    break
    return found


def detect_title_repeat(item: Item, ref: Reference | None = None) -> list[Finding]:
    first = sentences(" ".join(item.excerpt.split()))[:1]
    if not first or not item.title:
        return []
    a, b = loose(first[0]), loose(item.title)
    if len(b) >= 8 and (a == b or (a.startswith(b) and len(a) - len(b) <= 3)
                        or difflib.SequenceMatcher(None, a, b).ratio() > 0.92):  # fmt: skip
        return [Finding("title-repeat", first[0][:120])]
    return []


_SITE_SUFFIX = re.compile(r"\s(?:[-–—|·»]|::)\s[^\n]{1,40}")


def detect_damage(item: Item, ref: Reference | None) -> list[Finding]:
    if ref is None:
        return []
    shown = item.title + " " + item.excerpt
    shown_n = norm(shown)
    for joiner in ("\u200d", "\u200c"):
        if joiner not in ref.all_text:
            continue
        for w in set(re.findall(r"\S*" + joiner + r"\S*", ref.all_text)):
            w = w.strip(".,;:!?()[]\"'«»“”")
            if joiner in w and w not in shown and w.replace(joiner, "") in shown and len(w) > 2:
                return [Finding("damage", f"U+{ord(joiner):04X} lost in {w.replace(joiner, '')!r}")]
    for flat, rendered in ref.summary.flattened + ref.content.flattened:
        if re.search(r"(?<!\w)" + re.escape(norm(flat)) + r"(?!\w)", shown_n) and norm(rendered) not in shown_n:
            return [Finding("damage", f"{rendered!r} shown as {flat!r}")]
    shown, meant = " ".join(item.title.split()), ref.title
    # (the site's name the feed ends every title with, taken off, is no misreading: "sort data - Upwork")
    site_off = meant.startswith(shown) and _SITE_SUFFIX.fullmatch(meant, len(shown)) is not None
    if (ref.title and item.title and loose(item.title) != loose(ref.title) and not item.title.startswith("(untitled")
            and not site_off):  # fmt: skip
        i = next((k for k, (x, y) in enumerate(zip(shown, meant, strict=False)) if x != y), min(len(shown), len(meant)))
        return [
            Finding(
                "damage",
                f"title reads …{shown[max(0, i - 30) : i + 30]!r} but the feed's title "
                f"…{meant[max(0, i - 30) : i + 30]!r}",
            )
        ]
    for source in (ref.summary, ref.content):
        first = next((b for b in source.blocks if b.text), None)
        if (first is not None and first.tag in _HEADINGS and not ends_sentence(first.text) and item.excerpt
                and norm(item.excerpt).startswith(norm(first.text) + " ") and loose(first.text) != loose(item.title)):  # fmt: skip
            return [Finding("damage", f"heading printed as the first sentence: {first.text[:80]!r}")]
    return []


def detect_mojibake(item: Item, ref: Reference | None = None) -> list[Finding]:
    for text in (item.title, item.excerpt):
        runs = mojibake_runs(text)
        if runs:
            run, read = runs[0]
            i = text.index(run)
            return [Finding("mojibake", f"{_around(text, i, i + len(run), 30)!r}: {run!r} is {read!r}")]
    return []


_HASHTAGS = re.compile(r"(?:#\w+\s*)+")


def _ends_in_source(source: SourceText, tail: str, after: str) -> bool:
    """Whether an excerpt that ends without a sentence end stops where its source stops
    too: at the end of one of the source's blocks (a video's description before its stamp
    line, a list item), or before nothing but hashtags ("…Oak and PostgreSQL #deno #nodejs")."""
    return bool(_HASHTAGS.fullmatch(after)) or any(norm(block.text).endswith(tail) for block in source.blocks)


_COMMIT_TRAILER = re.compile(r"(?:reviewed|signed-off|acked|tested|reported|suggested|co-authored)-by:", re.I)
_CREDIT_REST = re.compile(r"(?:reviewed|signedoff|acked|tested|reported|suggested|coauthored)?by")  # (loose())
_VIMEO_DEFAULT = re.compile(r"\bon Vimeo, the home for high quality videos and the people who love them\b")


def detect_empty(item: Item, ref: Reference | None) -> list[Finding]:
    if item.excerpt.strip() or ref is None:
        return []
    text = ref.body.text
    # A title-less entry whose text became the title has nothing left to show.
    title = loose(re.sub(r"\s*(?:…|\.\.\.)$", "", item.title))
    rest = loose(text)
    rest = rest[len(title) :] if rest.startswith(title) else rest.replace(loose(ref.title), "", 1)
    # A source that is only a platform trailer ("submitted by … [comments]") or a
    # short label without a sentence (a byline) has nothing a reader needs.
    only_trailer = len(text) < 200 and any(p.search(" ".join(text.split())) for p in _BOILERPLATE)
    label = len(text) < 80 and not ends_sentence(text.strip())
    # The title and a credit, nothing more (SoundCloud's "<title> by <uploader>", a commit's "<title>
    # Reviewed-by: …"; Vimeo's 'This is "<title>" by <uploader> on Vimeo, the home for high quality videos…').
    credit = len(rest) < 120 and (
        (_CREDIT_REST.match(rest) is not None and not ends_sentence(text.strip())) or bool(_VIMEO_DEFAULT.search(text))
    )
    if len(rest) >= 20 and not only_trailer and not label and not credit:
        return [Finding("empty", f"source has {len(text)} characters: {text[:60]!r}")]
    return []


def judge(item: Item, ref: Reference | None, now: datetime = NOW, limit: int = EXCERPT_LENGTH) -> list[Finding]:
    """Every per-item finding (duplicates are judged per feed: detect_duplicates)."""
    found = []
    found += detect_date(item, ref, now)
    found += detect_boilerplate(item, ref)
    found += detect_truncation(item, ref, limit)
    found += detect_link(item, ref)
    found += detect_run_on(item, ref)
    found += detect_faithful(item, ref)
    found += detect_title_repeat(item, ref)
    found += detect_damage(item, ref)
    found += detect_empty(item, ref)
    found += detect_mojibake(item, ref)
    return found


# --- matching stored articles to raw entries --------------------------------------------


def match(items: list[Item], refs: list[Reference]) -> list[Reference | None]:
    by_id: dict[str, Reference] = {}
    by_link: dict[str, Reference] = {}
    by_title: dict[str, Reference] = {}
    by_link_title: dict[tuple[str, str], Reference] = {}
    shared: set[str] = set()  # links several entries share (an aggregator's home page, a show's page)
    for r in refs:
        if r.id:
            by_id.setdefault(r.id, r)
        for link in (r.link, r.origlink):
            if link and by_link.setdefault(norm_link(link), r) is not r:
                shared.add(norm_link(link))
        if r.title:
            by_title.setdefault(loose(r.title), r)
            for link in (r.link, r.origlink):
                by_link_title.setdefault((norm_link(link), loose(r.title)), r)
    out = []
    for item in items:
        link, title = norm_link(item.link), loose(item.title)
        ref = by_id.get(item.uid) or (by_link_title.get((link, title)) if link in shared else by_link.get(link))
        out.append(ref or by_title.get(title) or by_link.get(link))
    return out


# --- the run --------------------------------------------------------------------------------

_TYPES = {".json": "application/feed+json", ".atom": "application/atom+xml", ".rdf": "application/rdf+xml",
          ".opml": "text/x-opml"}  # fmt: skip


@dataclass
class DirReport:
    directory: str
    feeds: int = 0
    failed: list[str] = field(default_factory=list)
    items: int = 0
    digest_items: int = 0
    unmatched: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # class -> items with it
    digest_counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[dict]] = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)
    note: str = ""


def _feed_files(directory: Path) -> list[Path]:
    return sorted(
        p
        for p in directory.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in (".md", ".txt")
    )


async def poll_directory(
    directory: Path, *, now: datetime = NOW, excerpt_length: int = EXCERPT_LENGTH, rendered: list[str] | None = None
):
    """Serve, configure, poll once; return (items, digest items, failed feeds, file name -> body).
    ``rendered`` (a list) gets the first digest as the console adapter prints it."""
    from bot.app import Tidings
    from bot.config import settings_from_dict
    from tests.fakes.clock import FakeClock
    from tests.fakes.feed_server import FeedServer

    files = _feed_files(directory)
    bodies = {p.name: p.read_bytes() for p in files}
    async with FeedServer() as server:
        urls = {p.name: server.serve("/" + p.name, bodies[p.name], content_type=_TYPES.get(p.suffix.lower(), "application/rss+xml"))
                for p in files}  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            settings = settings_from_dict({
                "storage": {"url": f"sqlite:///{Path(tmp) / 'quality.db'}"},
                "polling": {"parse_workers": 0, "allow_private_networks": True},
                "digest": {"fetch_articles": False, "excerpt_length": excerpt_length, "first_digest_items": 100},
                "feeds": [{"name": name, "url": url, "tags": ["all"]} for name, url in urls.items()],
                "channels": [{"name": "everything", "platform": "console", "tags": ["all"], "max_items": 200}],
            })  # fmt: skip
            bot = Tidings(settings, clock=FakeClock(now), adapters={}, env={})
            async with bot:
                report = await bot.poll(due_only=False)
                await bot.poller.backlog.read()  # the first polls, read as the first digest reads them
                failed = [f"{o.feed}: {o.error}" for o in report.outcomes if o.status == "failed"]
                names = list(urls)
                stored = await bot.db.latest_articles(names, 10**7)
                digest = await bot.preview_digest("everything")
                if rendered is not None:
                    from bot.plaintext import render_text

                    rendered.append(render_text(digest))
    items = [Item(feed=s.feed, title=s.article.title, excerpt=s.article.excerpt, link=s.article.link,
                  published=s.article.published, has_date=s.article.has_date, source=s.article.source, uid=s.article.uid)
             for s in stored]  # fmt: skip
    items.sort(key=lambda i: (i.feed, i.uid))
    digest_items = [(d.source, d.title, d.link, d.excerpt, d.published) for d in digest.items]
    return items, digest_items, failed, bodies


def evaluate(directory: Path, *, now: datetime = NOW, examples: int = 3) -> DirReport:
    rep = DirReport(str(directory))
    if not directory.is_dir():
        rep.note = "missing: skipped"
        return rep
    items, digest_items, failed, bodies = asyncio.run(poll_directory(directory, now=now))
    rep.feeds, rep.failed, rep.items = len(bodies), failed, len(items)
    refs_by_feed = {name: references(body) for name, body in bodies.items()}
    refs = []
    by_feed: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_feed[item.feed].append(i)
    refs = [None] * len(items)
    for feed, indexes in by_feed.items():
        matched = match([items[i] for i in indexes], refs_by_feed.get(feed, []))
        for i, r in zip(indexes, matched, strict=True):
            refs[i] = r
    rep.unmatched = sum(r is None for r in refs)
    per_item: list[list[Finding]] = [judge(item, ref, now) for item, ref in zip(items, refs, strict=True)]
    for i, f in detect_duplicates(items).items():
        per_item[i].append(f)
    # The digest: its items judged as shown (matched to the stored item for the reference).
    key = {(it.source, it.title, it.link): k for k, it in enumerate(items)}
    digest_found: list[list[Finding]] = []
    for source, title, link, excerpt, published in digest_items:
        k = key.get((source, title, link))
        if k is None:
            digest_found.append([])
            continue
        it = items[k]
        shown = Item(it.feed, title, excerpt, link, published, it.has_date, source, it.uid, True)
        digest_found.append(judge(shown, refs[k], now) + [f for f in per_item[k] if f.cls == "duplicate"])
        it.in_digest = True
    rep.digest_items = len(digest_items)
    counts: Counter[str] = Counter()
    dcounts: Counter[str] = Counter()
    for item, found in zip(items, per_item, strict=True):
        for cls in {f.cls for f in found}:
            counts[cls] += 1
        for f in found:
            rep.findings.append(dict(cls=f.cls, detail=f.detail, feed=item.feed, title=item.title, link=item.link,
                                     excerpt=item.excerpt, published=item.published.isoformat(), has_date=item.has_date))  # fmt: skip
    for found in digest_found:
        for cls in {f.cls for f in found}:
            dcounts[cls] += 1
    rep.counts = {cls: counts.get(cls, 0) for cls in CLASSES}
    rep.digest_counts = {cls: dcounts.get(cls, 0) for cls in CLASSES}
    # Examples: spread over feeds (one per feed first).
    for cls in CLASSES:
        chosen, feeds_seen = [], set()
        hits = [f for f in rep.findings if f["cls"] == cls]
        for f in hits:
            if f["feed"] not in feeds_seen and len(chosen) < examples:
                chosen.append(f)
                feeds_seen.add(f["feed"])
        for f in hits:
            if len(chosen) >= examples:
                break
            if f not in chosen:
                chosen.append(f)
        rep.examples[cls] = chosen
    return rep


def quality_counts(dirs, *, now: datetime = NOW) -> dict[str, dict[str, int]]:
    """directory -> {class: items with that defect, "items": n, "digest:<class>": ...}."""
    out = {}
    for d in dirs:
        rep = evaluate(Path(d), now=now, examples=0)
        out[str(d)] = {"items": rep.items, **rep.counts, **{f"digest:{k}": v for k, v in rep.digest_counts.items()}}
    return out


def render(reports: list[DirReport], examples: int) -> str:
    lines = [f"Tidings reading quality - {NOW:%Y-%m-%d} (fixed clock), excerpt_length {EXCERPT_LENGTH}", ""]
    for rep in reports:
        lines.append(f"== {rep.directory}")
        if rep.note:
            lines += [f"   {rep.note}", ""]
            continue
        lines.append(f"   {rep.feeds} files, {rep.items} stored items ({rep.unmatched} not matched to a raw entry), "
                     f"{rep.digest_items} digest items")  # fmt: skip
        for f in rep.failed:
            lines.append(f"   feed failed: {f[:150]}")
        lines.append(f"   {'class':<14}{'serious':<9}{'items':>7}{'%':>8}{'digest':>8}")
        total = set()
        for f in rep.findings:
            total.add((f["feed"], f["title"], f["link"]))
        for cls, (serious, _) in CLASSES.items():
            n = rep.counts[cls]
            pct = 100 * n / rep.items if rep.items else 0
            lines.append(f"   {cls:<14}{'*' if serious else '':<9}{n:>7}{pct:>7.1f}%{rep.digest_counts[cls]:>8}")
        pct = 100 * len(total) / rep.items if rep.items else 0
        lines.append(f"   {'any':<14}{'':<9}{len(total):>7}{pct:>7.1f}%")
        lines.append("")
        if examples:
            for cls in CLASSES:
                for ex in rep.examples.get(cls, []):
                    lines.append(f"   [{cls}] {ex['feed']} | {ex['title'][:70]}")
                    lines.append(f"       {ex['detail'][:300]}")
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="directories of feed files (default: %(default)s)",
                        default=list(DEFAULT_DIRS))  # fmt: skip
    parser.add_argument("--json", type=Path, help="write everything to this file")
    parser.add_argument("--examples", type=int, default=3, help="examples per class (default 3)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)
    reports = [evaluate(d, examples=args.examples) for d in args.dirs]
    print(render(reports, args.examples))
    if args.json:
        data = {"now": NOW.isoformat(), "classes": {k: {"serious": s, "meaning": m} for k, (s, m) in CLASSES.items()},
                "directories": [asdict(r) for r in reports]}  # fmt: skip
        args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
