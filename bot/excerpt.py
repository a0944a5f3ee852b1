"""Excerpts: the start of a story, in whole sentences, from its blocks.

What an excerpt is (issue "Digest text a reader trusts"):
- whole sentences from the first real paragraph(s): leading bylines, date lines, image credits, "Share:" lines, headings
  and the title again (a first sentence that equals it too) are skipped (the boilerplate table, bot/boilerplate.py);
- never two blocks glued without a sentence end between them: when a paragraph does not end a sentence, the excerpt ends
  with it (but consecutive list items, each with its bullet; a first line, a subtitle, gets a stop: bot/subtitles.py);
- within ``limit`` columns (a wide character two): cut at the last sentence end near the limit (a list's " …": more
  items), else at a clause or a word with "…" (anywhere in scripts without spaces), or whole if just over (just_over);
- when the feed cut the text itself ("…", "...", "[…]", "[...] Read more"), or cuts its texts at a fixed length
  without a mark, the excerpt says so with one "…" at a word: the feed's mark goes, and a word it may have cut too.
Each removal is a note ("removed: …", "text: …") for Article.provenance.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from . import changelabels, codeblocks, contactpages, cuts, headingrows, leadin, listrows, sectionheads, titlewords
from .belowitems import item_below, items_below, kept_list
from .blockjoins import announced_address, carried_on, joined, joins, labels_sentence
from .blocks import Blocks, mentions_listed, reads_as_heading, text_blocks
from .boilerstrip import block_row, strip_start
from .clausecuts import clause_cut, undangled
from .cuts import CUT_PUNCTUATION, SENTENCE_END, is_abbreviation, is_heading, last_sentence_end
from .excerptends import allowance, ended, more_follows, sentence_end
from .feedcuts import LastBlock, casefolded_words, cut_word, without_dangling_word
from .leadin import after_label, form_label, lead_in, near_title, points_elsewhere, text_labels, title_with_label
from .leadquestions import before_question
from .linelists import marked_lists
from .quoteboxes import attributed, speakers, unboxed
from .quotes import AFTER, CLOSE, EDGE, QUOTED, Quotes, closed_quote, cut_mid_sentence, quoted_post
from .scripts import cluster_start, unspaced
from .selfcite import cites_itself_before, without_label
from .storylabels import label_before_story, title_reworded, without_title_kicker
from .subtitles import subtitled
from .supportends import without_support_paragraphs
from .termlines import run_in_terms
from .wrapping import characters_in

DEFAULT_EXCERPT_LENGTH = 300


@dataclass(frozen=True, slots=True)
class Excerpt:
    text: str
    notes: tuple[str, ...] = ()
    whole: bool = False  # a whole text (or a list's whole items and " …") up to overshoot(limit) over the limit


_WORDS = re.compile(r"\w+")
_ELISION = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))$")  # "[…]", "(...)"
_PAUSES = frozenset(("..", "...", "....", ".....", "……"))  # (six dots or three "…" are a rule: cuts.is_rule)
_ENDS = re.compile(rf"(?:[.!?…](?:[\"'”’»)\]]*)|{cuts.WIDE_STOP}(?:[」』”’)]*))$")


def make_excerpt(text: str, limit: int = DEFAULT_EXCERPT_LENGTH, title: str = "") -> str:
    """The excerpt of a text that is already clean (html_to_text's: a line per block)."""
    return excerpt_with_notes(text_blocks(text), limit, title).text


def excerpt_with_notes(blocks: Blocks, limit: int = DEFAULT_EXCERPT_LENGTH, title: str = "") -> Excerpt:
    blocks = after_label(quoted_post(codeblocks.without_code(codeblocks.code_first(blocks))), title)  # (no code…)
    blocks = unboxed(blocks) if blocks.quotes else blocks  # (a notice box under a heading: no quotation, set 65b F3)
    blocks = without_support_paragraphs(blocks)  # ("If you need help, please email…": no excerpt's, set 66b F4)
    blocks = marked_lists(blocks) if blocks.structured else blocks  # ("Vote for:" and one-line items: set 67b F4)
    limit = characters_in("".join(blocks.lines[:12]), limit)  # (the limit counts columns: set62 F13)
    excerpt = _excerpt(blocks, limit, title)
    if blocks.quotes and (text := attributed(excerpt.text, speakers(blocks))) != excerpt.text:  # (set 65b F13)
        excerpt = replace(excerpt, text=text)
    # ". <br/>", "~~": nothing to read; a letter, a digit or a pictograph ("🎉", "✓") says something
    if excerpt.text and not any(c.isalnum() or unicodedata.category(c) == "So" for c in excerpt.text):
        return Excerpt(
            "", (*excerpt.notes, f'removed: a text without a letter, a digit or a pictograph ("{excerpt.text[:20]}")')
        )
    if codeblocks.reads_as_code(excerpt.text):  # ("for(vector<T>::iterator iter = v.begin(); …": no sentence to show)
        return Excerpt("", (*excerpt.notes, "removed: code, not sentences: no excerpt"))
    if len(excerpt.text) > limit and not excerpt.whole:  # a tiny limit, and the "…" that says the feed cut the text
        cut = cuts.at_word(excerpt.text[: max(limit - 1, 0)]).rstrip(CUT_PUNCTUATION + ".…")
        return Excerpt(cut + "…" if limit > 1 else excerpt.text[:limit], excerpt.notes)
    return excerpt


def _excerpt(blocks: Blocks, limit: int, title: str) -> Excerpt:
    notes: list[str] = []
    blocks = run_in_terms(blocks) if blocks.structured else blocks  # (a for-sale post's price and terms: set64b F3)
    lines = blocks.lines
    # The last block without its boilerplate and the feed's cut mark, cleaned only if the excerpt gets to it (issue 8).
    last = LastBlock("\n" * (len(lines) > 1) + lines[-1], blocks, notes) if lines and not blocks.cut else None
    headings = blocks.headings
    # In HTML a short line without a stop is a heading only when it reads like one; in plain text any such line is.
    looks_like_heading = reads_as_heading if blocks.structured else is_heading
    the_title = _Title(title) if title else None
    quotes = Quotes(lines, blocks.quotes, limit, notes, headings, title) if blocks.quotes else None
    parts: list[str] = []
    fallback: list[str] = []  # headings-only texts are still better than nothing
    seen: set[str] = set()
    last_index, end_index, reached_end = len(lines) - 1, len(lines) - 1, False
    length = last_used = after_lead_in = cited = -1
    labels, fields = text_labels(lines)  # (the text's short labels, read once)
    for index, line in enumerate(lines):
        if last is not None and index >= last_index - 1:
            if not last.text():  # the last block was only boilerplate: this one ends the text
                end_index = last_index - 1
            if index == last_index:
                line = last.text()
                if not line:
                    continue
        if line[0] in cuts.RULE_MARKS and (cuts.is_rule(line) or line in _PAUSES):  # a rule ("*****", "〜〜〜〜")
            if line in _PAUSES:  # (or a few dots alone, "……", "...": a pause in a story, no section's end)
                continue
            if len(parts) == 1 and len(parts[0]) <= 80 and not _ENDS.search(parts[0], len(parts[0]) - 8):
                fallback.append(parts.pop())  # (a phrase that announces the section after it: "まずは、本文から")
                notes.append("removed: a phrase before a rule, announcing what follows it")
                length = -1
            elif parts and (length >= 80 or not cuts.is_dinkus(line)):
                break  # (not after a short line, under 80 characters, a dinkus follows: it opens the story, set63 F7)
            continue
        # (a footnote's mark: "…reporting for Bloomberg:*", the footnote elsewhere)
        line = cuts.without_footnote_mark(line) if line[-1] in "*†‡" else line
        role = quotes.role(index) if quotes is not None else 0
        if quotes is not None and quotes.skips(index, role):
            continue  # the rest of a quote shortened for the post's answer, a quote left out with its attribution
        if line in seen and not role & EDGE:  # (a quote's edge: who is quoted again, another answer)
            continue
        seen.add(line)
        if (row := block_row(line)) is not None and not contactpages.contact_line(line, title, row):
            notes.append(f"removed: {row.what}")
            # (alone, it is the post: "<p>Friends!</p>"; so is a row of emoji that is all the text: "🎉 🎉 🎉")
            fallback += [line] if row.name == "vocative" or (row.name == "icon-row" and len(lines) == 1) else []
            if row.footer or parts and mentions_listed(lines, index):  # (the footer's, the list's: the text ends)
                lines, last = lines[:index], None
                break
            if line[0] == "•" and parts and parts[-1][-1] in ":：" and parts[-1][0] != "•":
                length -= 1 + len(parts.pop())  # (the label of a list of metadata: "Tags:" over a release's)
            continue
        if parts and line[:3] in ("• h", "• w") and announced_address(parts[-1], line):
            notes.append("removed: a list item that is only an address, which the sentence before it announces")
            continue
        if parts and line[-1] in ":：" and form_label(lines, index, blocks.quotes, fields):
            notes.append(f'removed: a form\'s field label between paragraphs ("{line}")')
            continue
        if the_title is not None and _same_as_title(line, the_title):
            notes.extend(() if parts else ("removed: a repeat of the title",))
            continue
        if not parts and not role & QUOTED:  # a first block that is no sentence, before the story (bot/leadin.py)
            if the_title is not None and title_with_label(line, the_title.words, title[-1:]):
                notes.append("removed: the title again, in a header or with a credit")
                continue
            following = "" if index >= last_index else lines[index + 1]
            if last is not None and index + 1 == last_index:
                following = last.text()  # (cleaned: "Read more…" is no text that follows)
            if the_title and cites_itself_before(line, following, the_title.norm):
                notes.append("removed: the entry's own citation (authors, title, venue) before its text")  # (set66a F1)
                cited = index + 1  # (the abstract's label after it goes too: "Abstrakti Suomalaisen…")
                continue
            if (
                following  # (the excerpt when nothing follows: "Time: … · Depth: …", an earthquake's data)
                and (following not in headings or points_elsewhere(line) or leadin.labels_row(line))
                and lead_in(line, following.startswith("•") or following in blocks.quotes)
                and not labels_sentence(line, following, labels, headings, blocks.quotes)  # (set39 F7)
            ):
                fallback.append(line)
                after_lead_in = -1 if line.endswith((":", "：")) else index + 1  # (a label names a heading, at times)
                continue
        # (a sentence carried on from the block before, an ellipsis at both ends: "…doesn't have …" / "…the APIs")
        carried = bool(parts) and line[0] in "…." and (pair := carried_on(parts[-1], line))[1] is not line
        if carried:
            parts[-1], line = pair
        if (not carried and line in headings) or (
            not carried
            and not role & QUOTED  # someone's words, and a short answer to them ("no", "Agreed"): never a heading
            and not (role & AFTER and quotes is not None and quotes.answers(index))
            and (looks_like_heading(line) or item_below(parts, line))  # (a link "Below you'll find…" says: set63 F8)
            and not contactpages.contact_line(line, title)  # (a contact page's: its text, set60 F5)
            and not (index == end_index and (last is not None and last.truncated or cuts.listing_terms(line)))
            and (index != after_lead_in or index < end_index)  # (after metadata: "news: break" alone; "About You")
        ):
            below = line not in headings and items_below(parts, 2)  # (the links "Below you'll find…" says: set63 F8)
            if not parts:
                fallback += [] if headingrows.no_fallback(line) else [line]  # (an address: set49 F4)
            elif not below and (
                parts[-1][0] == "•" or sectionheads.ends_excerpt(line, headings, parts, lines[index + 1 :])
            ):
                break  # (a list ends at a heading: what follows is another section's; a how-to's steps are no story)
            apart = bool(parts) and line in headings and sectionheads.answer_apart(line, lines[index + 1 :])
            kept = sectionheads.kept(line, lines[index + 1 :], limit - length) if parts and line in headings else ""
            if apart and not kept and length < limit // 2:
                kept = line  # (a question early on: shown, its answer cut after it, review of set 68b, 2)
            if not (kept or below or parts and cuts.announces(parts[-1]) and parts[-1][:-1] not in headings):
                if apart:
                    break  # (a question not kept for room: its answer never without it, set 68a F3)
                continue
            line = "• " + line if below else kept or line + ("" if line[-1] in ".!?:…" or line[0].islower() else ":")
        if line[-1] in "])" and _ELISION.search(line, len(line) - 12):
            line = _elided(line)  # "[…]" in a quote: the text goes on after it
        if role & QUOTED and quotes is not None:
            introduced = len(parts) == 1 and parts[0][-1].islower()  # (a quote a sentence runs into: "…stumbled on")
            if parts and not quotes.open and not (introduced or quotes.follows(parts) or joins(parts, line)):
                break
            line = quotes.quote(parts, line, index)
            if not line:
                continue
        elif quotes is not None and quotes.follows(parts):
            pass  # after a quote, or an answer without a full stop: the marks say where each ends
        elif not parts:
            line, row = strip_start(without_label(line) if index == cited else line, None if index else lines[1:])
            if row is not None:
                notes.append(f"removed: {row.what}")
            if the_title is not None and the_title.first:
                line, dropped = _drop_title_sentence(line, the_title)
                if dropped:
                    notes.append("removed: a first sentence that repeats the title")
                elif title.endswith("…"):
                    line, dropped = titlewords.after_cut_title(line, title)
                    if dropped:
                        notes.append("removed: the words the title already shows (it was made from the text)")
            if not line:
                continue
        elif not (carried or joins(parts, line)):
            if len(parts) == 1 and label_before_story(parts[0], line, title, lines[index + 1 : index + 4]):
                fallback.append(parts.pop())  # (a label or heading before the story's first paragraph: "写在前面")
                notes.append("removed: a short first line before the story (a label or heading)")
                length = -1
            elif len(parts) == 1 and index == last_used + 1 and (deck := subtitled(parts[0], line, limit, blocks)):
                parts[0] = deck  # (a first line without a stop over the text's sentences, its subtitle: set 70a F7)
            else:
                break  # never glue a block to one that does not end a sentence
        parts.extend(() if parts or index < 1 else changelabels.label_of_list(fallback, lines[index - 1 : index + 2]))
        parts.append(line)
        if quotes is not None:
            quotes.took(role, line, index)
        reached_end = index == end_index and not blocks.cut
        last_used = index
        length += 1 + len(line)
        # Performance (issue 8): what follows cannot change the first limit + 1 characters.
        if length > limit + 1:
            break
    complete = quotes is not None and quotes.finish(parts)  # ends with a quote or an answer: not cut back
    text = _collapsed(joined(parts) if parts else listrows.as_items(fallback, leadin.bare_labels), limit)
    text = cuts.without_credit_end(text) if len(parts) == 1 and last_used < last_index else text  # (set63 F4)
    # (the last block was cleaned when the excerpt reached the end: whether the feed cut it is known)
    truncated = reached_end and last is not None and last.truncated
    if (
        len(parts) > 1 and not parts[0].startswith("•") and len(text) <= limit and not listrows.time_rows(parts)
        and not truncated and not complete and not _ENDS.search(text, len(text) - 8)
    ):  # fmt: skip
        # Blocks after the first that end without a sentence end (a list, a quote's link, "Listen on …"): cut back
        end = cuts.last_end(text, parts)
        if end > 0 and not kept_list(text, end, parts, limit):  # (a list, announced, below: set63 F8)
            text, reached_end = closed_quote(text[:end], text), False
    # A last phrase that announces what is not shown ("…reasons for that:"): it goes, or "…" says so (alone).
    alone = bool(parts) and not truncated and not blocks.clipped and len(text) <= limit
    text, alone = cuts.without_announcement(text, parts) if alone else (text, False)
    # A feed that cuts its texts at a fixed length without a mark ("…fried chicke"): as if it had one.
    clipped = reached_end and blocks.clipped and parts and not truncated and text[-1:].isalnum()
    if clipped and len(text) <= limit:
        text, word = cut_word(text, clipped=True)
        text = without_dangling_word(text)
        notes.append("text: cut by the feed at a fixed length, cut at a word with …" + (
            f' (its last word "{word}" dropped: it may be cut)' if word else ""))  # fmt: skip
    if len(text) <= limit:
        if parts and (
            alone  # (an announcement, and nothing before it: what it announces is elsewhere)
            # (cut after a comma: "…Farm Rd.," leaves an abbreviation's dot, no sentence end)
            or (truncated and last is not None and last.open_end)
            or (
                (not _ENDS.search(text, max(0, len(text) - 8)) or cuts.ends_at_abbreviation(text))
                and (
                    truncated
                    or clipped
                    or (not reached_end and more_follows(lines, last_used, last, headings, blocks.cut))
                    or (reached_end and cuts.looks_cut(parts[-1], blocks.open_ends))
                )
            )
        ):
            # Stopped mid-sentence: before more of the story (the next block does not go on from this), or at the feed's cut.
            shown = ended(text, limit, truncated and last is not None and last.spaced)  # (its sentences: F9)
            shown = shown if shown[-1:] == "…" or len(shown) == len(text) else cuts.without_announcement(shown)[0]
            text = closed_quote(shown, text, cut_by_feed=truncated)
        return Excerpt(text, tuple(notes))
    short = _cut(text, parts, limit)
    if reached_end and not (truncated or clipped or blocks.cut or complete) and cuts.just_over(text, short, limit):
        notes.append(f"text: {len(text) - limit} characters over the limit, shown whole (it ends there)")
        return Excerpt(text, tuple(notes), whole=True)
    cut_in_sentence = cut_mid_sentence(short) and not text.startswith(short)  # (not "…Read more…")
    over = sentence_end(text, parts, limit + allowance(text, parts, limit), limit) if cut_in_sentence else -1  # 70a F4
    if over > limit and "•" not in text[:over]:  # (a sentence a little past the limit is whole: "…zu besetzen.")
        return Excerpt(closed_quote(text[:over], text), (*notes, "text: a sentence just past the limit"), whole=True)
    if len(short) > limit and short[-2:] != " …":  # (a quote the cut leaves open is closed: its mark takes a character)
        shorter, room = _cut(text, parts, limit - 1), limit - 1  # (a sentence's end rather than the marks)
        while len(shorter) > limit and room > limit // 2:  # (the marks may be two, "…’”": rev68c F3)
            room -= len(shorter) - limit
            shorter = _cut(text, parts, room)
        short = short[:-1] if shorter.endswith("…" + CLOSE) and not short.endswith("…" + CLOSE) else shorter
    return Excerpt(short, tuple(notes), whole=short[-2:] == " …")  # (a list's " …" past the limit: its items whole)


def _cut(text: str, parts: list[str], limit: int) -> str:
    """A text longer than ``limit`` cut to it: at the last sentence end near it, else at a word with "…"."""
    end = before_question(text, last_sentence_end(text, limit, least := int(limit * cuts.WHOLE_SHARE)), parts, least)
    if end >= limit * cuts.WHOLE_SHARE and not cuts.list_follows(text, end, parts, limit * 3 // 4):  # (a list's room)
        # (its last sentence may point at the rest: "If you’re interested in knowing more, continue reading.")
        shown = closed_quote(_elided(cuts.without_announcement(text[:end])[0]), text)
        # A list cut after some of its items (set27 F9: "…rules. • Each row …" read as the only rule).
        more = "•" in shown and text[end:].lstrip().startswith("•") and len(shown) + 2 <= limit + cuts.overshoot(limit)
        return shown + " …" if more else shown
    # (a clause's end near the limit: "; ", Arabic " .. ", set63 F5; else a word, not after an article or a conjunction)
    cut = at if (at := clause_cut(text, limit)) >= 0 else undangled(text, cuts.word_cut(text, limit), limit // 2)
    if cut < limit * 0.5:  # (no usable space: scripts without word spaces can be cut between any two characters)
        cut = cluster_start(text, limit - 1) if unspaced(text[:limit]) else max(cut, 0) or limit - 1  # (Thai: set54 F6)
    return closed_quote(text[:cut].rstrip(CUT_PUNCTUATION) + "…", text)


def _collapsed(text: str, limit: int) -> str:
    """The text with each run of spaces one " ": all of it, or at least its first ``limit`` + 1 characters when it is
    longer (the excerpt is cut from those: collapsing the rest of a long article cost more than cutting it)."""
    if "  " not in text and text.isprintable():  # (most: lines are collapsed, " " the only space printable text has)
        return text.strip()
    if len(text) > 2 * limit + 64 and len(start := " ".join(text[: 2 * limit + 64].split())) > limit + 1:
        return start
    return " ".join(text.split())


def _elided(text: str) -> str:
    """A text without a final "[…]" or "(...)" (an elision: "…", when what is left does not end a sentence)."""
    m = _ELISION.search(text, max(0, len(text) - 12)) if text.endswith(("]", ")")) else None
    if m is None:
        return text
    rest = text[: m.start()].rstrip()
    return rest if _ENDS.search(rest, max(0, len(rest) - 8)) else rest.rstrip(CUT_PUNCTUATION) + "…"


class _Title:
    """A title as the excerpt compares lines with it: casefolded, its words (found
    when first needed: most lines do not start like the title)."""

    __slots__ = ("norm", "first", "_words")

    def __init__(self, title: str):
        self.norm = titlewords.title_norm(title)
        first = _WORDS.search(self.norm)
        self.first = first.group()[: max(4, len(first.group()) - 2)] if first else ""  # (its stem: title_again's)
        self._words: list[str] | None = None

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = _WORDS.findall(self.norm)  # (casefolded_words(title): the same words)
        return self._words


def _same_as_title(line: str, title: _Title) -> bool:
    if (len(line) <= 40 and cuts.same_release(line, title.norm)) or near_title(line, title.norm):
        return True
    if title.first and title.first not in line[: len(title.first) + 8].casefold():
        # (performance: most lines do not start like the title; a short one may, after a show's markers)
        return (
            len(line) <= 2 * len(title.norm) + 10
            and cuts.marked_start(line) is not None
            and cuts.title_again_unmarked(line, title.norm)
        ) or title_reworded(line, title)  # (set49 F11)
    title_norm, title_words = title.norm, title.words
    stem = _collapsed(line, len(line)).rstrip(".!?…")
    if len(stem) <= len(title_norm) and stem.casefold() == title_norm:
        return True
    if len(line) > 2 * len(title_norm) + 10:
        return False
    # (the same words, or reworded, or with a show's markers: "[NÖRD:IGT] EP02 – …" under "2. DEL 1 – …")
    return titlewords.title_again(casefolded_words(line), title_words) or cuts.title_again_unmarked(line, title_norm)


# A title's lead before its headline: a word or three and a dash ("День 6 — США потопили…", "Day 6 – …")
_TITLE_LEAD = re.compile(r"(?:[^\W_]+\s){0,2}[^\W_]+\s[—–]\s")


def _drop_title_sentence(line: str, title: _Title) -> tuple[str, bool]:
    """The line without a first sentence that is the title again (a list's first item's too), or the headline
    after the title's lead ("День 6 — США потопили…" and "• ВМС США потопили….": one or two words more before
    it, the subject named in full; warchronicle--ru-index.xml in set25, F8)."""
    title_norm, bullet = title.norm, "• " if line.startswith("• ") else ""
    line = line[len(bullet) :]
    lead = _TITLE_LEAD.match(title_norm)
    if line[:1].casefold() != title_norm[:1] and lead is None and not title_norm[:1].isdigit():  # ("1er": set61)
        return bullet + headingrows.without_run_in_heading(line, title_norm), False  # (a heading said again: set32 F6)
    headline = casefolded_words(title_norm[lead.end() :]) if lead is not None else []
    for m in SENTENCE_END.finditer(line, 0, len(title_norm) + 12):
        if m.group(0).startswith(".") and is_abbreviation(line, m.start()):
            continue
        words = casefolded_words(re.sub(r"\s\(via\b[^()]{0,40}\)", "", line[: m.end()]))  # ("Title (via).")
        extra = _WORDS.findall(line[: m.end()])[: len(words) - len(headline)]  # (names before it: "ВМС", not "denies")
        named = len(headline) >= 5 and words[-len(headline) :] == headline and len(extra) <= 2
        if titlewords.restated(words, title_norm) or (named and all(w[:1].isupper() or w[:1].isdigit() for w in extra)):
            rest = line[m.end() :].strip()
            return (bullet + rest if any(ch.isalnum() for ch in rest) else ""), True
        break
    return bullet + headingrows.without_run_in_heading(without_title_kicker(line, title_norm), title_norm), False
