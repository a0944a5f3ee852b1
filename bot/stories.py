"""Stories as a reader sees them: a summary, every source, and why the articles are one story.

The digest builder (bot/digest.py) asks a ``StorySummarizer`` for each chosen
story's summary. ``Summaries`` is the built-in one ([summaries] mode "lede" or
"extractive"); mode "llm" plugs a model client in through ``ModelSummaries``:
the composition root asks it for the chosen stories' summaries first (it may
answer for some, none or all of them, by ``story_key``), and ``with_model``
makes the summarizer that uses those answers and the extractive summary for
every story the model left out. So the digest is never late or empty
because of a model. Pure functions over plain data, but for that protocol.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol
from urllib.parse import urlsplit

from .cluster import LANGUAGE_SEGMENT, Cluster, cluster, story_url
from .gluedtext import unspaced_stops
from .models import StoredArticle
from .paragraphs import paragraph_openers
from .pictured import about_picture
from .scripts import same_script
from .sentences import HEADING, split_sentences
from .summary import DEFAULT_SENTENCES, SourceText, summarize
from .threads import THREAD, joined_threads
from .usable import folded, headline_again
from .wrapping import columns

SourceLine = tuple[str, str, str]  # (feed name, headline, link) of one source of a story


class StorySummarizer(Protocol):
    def __call__(self, story: Cluster) -> str:
        """The story's summary: plain text, the sources' own words (or a checked model answer)."""
        ...


class ModelSummaries(Protocol):
    """What [summaries] mode = "llm" plugs in: the model client (its own module)."""

    async def summaries(self, stories: Sequence[Cluster], fallback: StorySummarizer) -> Mapping[str, str]:
        """Summaries for some of these stories, by ``story_key``: checked, never raising;
        a story left out gets ``fallback(story)``."""
        ...


log = logging.getLogger(__name__)


def stories_of(items: Sequence[StoredArticle], **rules) -> list[Cluster]:
    """``cluster(items, **rules)``; or, when clustering fails (a bug on data no test had: one stored date
    the window's arithmetic could not take stopped every digest, set18 F1), each article its own story and
    the error logged once: the digest goes out unclustered rather than not at all. A forum thread's posts, one
    story (bot/threads.py, set 70b F8)."""
    try:
        return joined_threads(cluster(items, **rules))
    except Exception:
        log.exception("clustering %d articles failed: in this digest each is a story of its own", len(items))
        return [Cluster((s,), "") for s in sorted(items, key=lambda s: (s.article.published, s.id))]


@dataclass(frozen=True)
class Summaries:
    """The built-in summarizer: "lede" (the lead article's excerpt) or "extractive"."""

    mode: str = "extractive"
    max_sentences: int = DEFAULT_SENTENCES

    def __call__(self, story: Cluster) -> str:
        excerpt = story.lead.article.excerpt
        if self.mode == "lede":
            return excerpt
        # What the summary reads, exactly: the same texts give the same summary, made once. Not a translation of the
        # lead's post: its sentences are in another language (in the same script, set43 F7: Indonesian and Turkish).
        members = [
            m for m in story.members if m is story.lead or not _translation(story.lead.article.link, m.article.link)
        ]
        if story.reason == THREAD:  # (many voices: the first post's words alone, set 70b F8)
            members = [story.lead]
        read = tuple((m.article.title, m.article.sentences, m.article.lead or m.article.excerpt) for m in members)
        return _extractive(read, excerpt, self.max_sentences)


def forget_summaries() -> None:
    """Empty the summaries' cache (the benchmark times summaries made, not found again)."""
    _extractive.cache_clear()


@functools.lru_cache(maxsize=512)
def _extractive(read: tuple[tuple[str, tuple[str, ...], str], ...], excerpt: str, max_sentences: int) -> str:
    """The extractive summary of a story whose articles are ``read`` (title, stored
    sentences, lead), or its lead's ``excerpt``. Cached (a pure function of its
    arguments): a digest shown again, another channel's digest of the same stories, a
    preview, ``/news story`` find a story's summary made (and its articles segmented) once."""
    # Each article's stored sentences; segmented now when it has none stored (an article
    # stored before segmenting existed, or on a feed's first poll).
    texts = []
    for title, stored, text in read:
        sentences = stored or tuple(split_sentences(text))
        texts.append(SourceText(title, sentences, paragraph_openers(sentences, text)))
    # A translation of the lead (another script: set27 N2) is a source of the story, not of its summary.
    lead = _gist(texts[0])
    texts = texts[:1] + [t for t in texts[1:] if same_script(lead, _gist(t))]
    # One short article: nothing to choose, its excerpt says it all, when it holds most of the text (not one sentence
    # of three long ones, cut to the excerpt's length: a podcast's notes once their closing went, set47 F4's review).
    short = len(texts) == 1 and len(texts[0].sentences) <= max_sentences
    # ... unless the excerpt shows a sentence about a picture the digest does not ("…hva disse herrene har å gjøre
    # med…": bot/pictured.py, set53 F2): the summary, which never takes one, however short.
    ours = texts[0].sentences
    pictured = len(texts) == 1 and any(about_picture(ours, j) and ours[j] in excerpt for j in range(len(ours)))
    # (The excerpt's length in columns, as its limit counts them, against the text's and the summary's characters:
    # since set62 F13 a Chinese excerpt holds half the characters, and a one-source summary is still chosen over it
    # only where it says as much as before. Against its characters, 160 Chinese and Japanese stories showed a summary
    # instead, as often worse as better: leaning sentences, brackets split.)
    shown = columns(excerpt)
    if short and not pictured and sum(map(len, ours)) < 2 * shown:
        return _finished(excerpt, ours)
    chosen = summarize(texts, max_sentences)
    if short and chosen and chosen[0] != ours[0] and not (len(ours) > 1 and chosen[0] == ours[1] and _again(texts[0])):
        return excerpt  # (nor one without its first line: "The next meeting will be Mon, Jul 14…", no stop; set48's re-read)
    summary = " ".join(chosen)
    # One source whose summary says less than half what its excerpt does (a greeting
    # before a list, the lone sentence among headings): the excerpt.
    if chosen and (len(texts) > 1 or pictured or 2 * len(summary) >= shown):
        return unspaced_stops(summary)  # (no space between two Chinese or Japanese sentences, as in the excerpt)
    return excerpt


_REST_WORDS = 20  # words, at most, of the rest of a sentence the excerpt cut that a short text's summary finishes
# (not more when the whole fits a summary's room: the rest may be a block a <br> glued on, "…the table between them
# all iPhone users can stream…", its lowercase word hiding it; set 67b F8's 600-column rule, taken back: rev67f8 F3)
_STOP = re.compile(r"(?<![.…])[.!?][\"'”’»)\]]*$")  # (not the feed's cut: "…a placebo, a...", "de 500..")


def _finished(excerpt: str, sentences: tuple[str, ...]) -> str:
    """The excerpt of a short text (its sentences: all of them) with the sentence it cut finished, when the rest
    of it is a few words (set 66a F7: "…can bring to Romantic and nineteenth-century studies…" with 14 words to go,
    a summary with room): its sentences up to that one's stop. Not a sentence the feed cut ("…", no stop), nor one
    the excerpt did not cut inside (it ends at a sentence's end: "…" said a block follows, "What you need" / "2 cups
    of flour…", "Что нового" / "— исправлена…": rev66a F5), nor a rest that opens with a capital (a block the
    sentences glued on: "…is phenomenal" / "Happy Xmas in July!")."""
    if excerpt[-1:] != "…" or not (stem := excerpt[:-1].rstrip()):
        return excerpt
    text, at, start = "", -1, 0
    for sentence in (s for s in sentences if not s.startswith(HEADING)):  # (a card's title over it: set 68b F2)
        start, text = len(text) + bool(text), text + (" " if text else "") + sentence
        if len(text) > len(stem):
            at = len(text)
            break
    if at < 0 or start >= len(stem) or not text.startswith(stem) or not _STOP.search(text, at - 6):
        return excerpt
    rest = text[len(stem) :].lstrip()  # (it goes on with the sentence: a capital may be another block's, glued)
    return text if rest[:1] and not rest[0].isupper() and len(rest.split()) <= _REST_WORDS else excerpt


def _again(text: SourceText) -> bool:
    """Whether an article's first sentence is its headline again (under a series' label: "Mesa de … CELE: <headline>?",
    set60 N4): no line its summary leaves out."""
    return headline_again(text.sentences[0], frozenset([folded(text.title)]))


def _translation(lead: str, link: str) -> bool:
    """Whether ``link`` is another language's page of the post at ``lead``: the same page but for the language the
    path opens with ("/id/posts/x", "/tr/posts/x"); not one language's regions ("/en-us/x", "/en-gb/x"), nor a page
    at the root beside one under a code (the site's first language, or an edition: "/politics/x", "/uk/politics/x")."""
    if story_url(lead) != story_url(link) or story_url(lead) == "":
        return False
    ours, theirs = _link_language(lead), _link_language(link)
    return bool(ours and theirs) and ours != theirs


def _link_language(link: str) -> str:
    """The language code a link's path opens with, without its region ("/pt-br/x": "pt"), or ""."""
    try:
        found = LANGUAGE_SEGMENT.match(urlsplit(link).path)
    except ValueError:
        return ""
    return found.group()[1:3].lower() if found else ""


def _gist(text: SourceText) -> str:
    """What a source's script is read from: its headline and first sentences."""
    return " ".join((text.title, *text.sentences[:3]))


@dataclass(frozen=True)
class _WithModel:
    found: Mapping[str, str]
    fallback: StorySummarizer

    def __call__(self, story: Cluster) -> str:
        return self.found.get(story_key(story)) or self.fallback(story)


def with_model(found: Mapping[str, str], fallback: StorySummarizer) -> StorySummarizer:
    """The model's summaries where it gave one (by ``story_key``), ``fallback`` elsewhere."""
    return _WithModel(found, fallback) if found else fallback


ArticleText = tuple[str, tuple[str, ...]]  # (lead, sentences) of a stored article (Store.article_texts)


def with_texts(story: Cluster, texts: Mapping[int, ArticleText]) -> Cluster:
    """The story with its articles' leads and sentences, which the store keeps apart
    (a digest reads them for the stories it shows only)."""
    members = tuple(
        replace(m, article=replace(m.article, lead=texts[m.id][0], sentences=texts[m.id][1])) if m.id in texts else m
        for m in story.members
    )
    return replace(story, members=members)


def story_key(story: Cluster) -> str:
    """A hash of the story's sources' text: the same sources, the same key (a model
    summary is cached under it); a source more, or an edited one, a new key."""
    digest = hashlib.sha256()
    for m in sorted(story.members, key=lambda m: (m.feed, m.article.uid)):
        a = m.article
        for part in (m.feed, a.title, a.lead or a.excerpt):
            digest.update(part.encode("utf-8", "replace") + b"\0")
    return digest.hexdigest()


def source_lines(story: Cluster) -> tuple[SourceLine, ...]:
    """Every source of the story once (its first article), the lead first."""
    seen: set[str] = set()
    out = []
    for m in story.members:
        if m.feed not in seen:
            seen.add(m.feed)
            out.append((m.feed, m.article.title, m.article.link))
    return tuple(out)


def independent_sources(story: Cluster, aggregators: frozenset[str] = frozenset()) -> int:
    """How many independent sources carry the story: its feeds that are not
    aggregators (which republish others' stories), two feeds that carry one page
    (story_url: one site's sections, its translations, "/ja/x" and "/ko/x", set27 F13)
    counted once; at least 1."""
    pages: dict[str, set[str]] = {}
    for m in story.members:
        if m.feed not in aggregators:
            pages.setdefault(m.feed, set()).add(story_url(m.article.link) or m.feed)
    sources: list[set[str]] = []
    for seen in pages.values():  # (feeds that share a page are one source)
        joined = [group for group in sources if group & seen]
        sources = [group for group in sources if not group & seen] + [seen.union(*joined)]
    return max(len(sources), 1)


def shown_sources(sources: Sequence[SourceLine], names: int = 3) -> tuple[tuple[SourceLine, ...], int]:
    """The sources a one-line "Vice · The Verge · +3 more" names, and how many it
    only counts: all of them up to ``names``, else one fewer and "+N more"."""
    if len(sources) <= names:
        return tuple(sources), 0
    return tuple(sources[: names - 1]), len(sources) - (names - 1)


def sources_text(sources: Sequence[SourceLine], names: int = 3) -> str:
    """The sources line as plain text: "Vice · The Verge · +3 more"."""
    shown, more = shown_sources(sources, names)
    return " · ".join([s[0] for s in shown] + ([f"+{more} more"] if more else []))


def grouping_lines(story: Cluster) -> list[str]:
    """Why the story's articles are one story: the rule that joined them and, for
    each join, which two articles, by which rule, with its score (Cluster.matches)."""
    if len(story.members) == 1:
        return ["one article: nothing else was grouped with it"]
    lines = [f"grouped by: {story.reason or 'the clustering rules'}"]
    names = {m.id: f"{m.feed}: “{m.article.title[:60]}”" for m in story.members}
    for match in story.matches:
        detail = f" ({match.detail})" if match.detail else ""
        lines.append(f"  {names.get(match.first, match.first)} + {names.get(match.second, match.second)}: "
                     f"{match.rule}, score {match.score:.2f}{detail}")  # fmt: skip
    return lines
