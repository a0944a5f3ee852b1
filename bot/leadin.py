"""What a text may open with before its story: a first block that is no sentence and says nothing the title and the
text after it do not. The excerpt (bot/excerpt.py) skips such a block instead of ending with it (a block that does
not end a sentence is never glued to the next one, so the excerpt was that block alone):

- the title again inside a header or with a credit after it: a podcast's
  header line ('Podcasting 2.0 February 2nd 2024 Episode 166: "Country
  Clever"'), SoundCloud's default description ("<title> by The Neo4j Graph
  Database Community"), a commit whose message is its title ("<title>
  Reviewed-by: dholmes"), a paper's title with its authors and year ("<title>
  Timothy Bourke, Marc Pouzet 2013"). Like the title alone, it goes without a trace: an
  empty excerpt is better than the title again;
- a line of labels and values, a page's metadata ("Changed pages: … Changed
  by: fr33domlover Commit type: git Date: …", ikiwiki's recent changes);
- a notice that points elsewhere, ending in an address ("Please update to our new feed url:
  lincolnloop.com/blog/feed/", "For the full show notes visit: http://…");
- a short label that introduces the text ("Description:", "New comic! Today's News:"), unless a list follows it;
- an epigraph: a quotation and only the name of who said it ("“Give me six hours to chop down a tree…” Abraham
  Lincoln", or after a dash: "…진실만을 말하기 위해 노력한다. - Ray Bradbury", set 64a F5), or one its label names
  ("Эпиграф: «О чем бы вам не говорили – речь идет о деньгах» (принцип Тодда)");
- a page's header, a short block each: who, when, what section ("TBSテレビ" /
  "2026年8月20日(木) 16:02" / "国際"), a date among them, before the story's
  first paragraph (after_header: the excerpt starts there).

Those four are kept as a heading is: when nothing else follows, the excerpt is them. Pure.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from itertools import islice

from .blocks import Blocks
from .cuts import BLOCK_END, MINOR_WORDS, PICTOGRAPHS, SENTENCE_END, is_spaceless
from .headingrows import lead_record
from .leadasides import signed_line
from .photocredits import CAPTION_END
from .publishers import labelled_title
from .storylabels import LEAD_MARKS, series_label

_WORD = re.compile(r"\w+")
# A credit after a title: "by …" (in a few languages), a commit's trailer ("Reviewed-by: …").
_CREDIT = re.compile(r"[^\w\s]*\s*(?:(?:by|von|par|por|di|door)\s|[\w-]+-by:)", re.IGNORECASE)
# A label and its value: a capitalised word or three, a colon, then the value.
# (capitalised, or in a script without capitals, its vowel signs too: "বই: … · লেখক: …", a book review's table, set33 F5)
_CASELESS = "\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\uac00-\ud7af"
_LABEL = re.compile(rf"(?:^|(?<=\s))[A-Z{_CASELESS}][\w'’{_CASELESS}-]*(?:\s[\w'’{_CASELESS}-]+){{0,2}}:\s+(?=\S)")
# An address at the end of a line: with a scheme, "www.", or a host with a path ("example.com/feed/").
_ADDRESS_END = re.compile(r"(?:https?://|www\.)\S+$|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*$", re.IGNORECASE)
# Who is quoted ("jsmorley wrote:", a forum's quote without <blockquote>): never a label to skip.
_QUOTING = re.compile(r"\b(?:wrote|writes|said|says|schrieb|écrit|escribió|scrisse|написал[аи]?)\s*:$", re.IGNORECASE)
# A mail's attribution line: who wrote the mail it answers, with an address or a date ("* W. Trevor King <wking-…<
# at >public.gmane.org> [121113 13:21]:", "On Mon, Nov 12, 2012 at 06:17:50PM +0100, Etienne wrote:").
_ATTRIBUTION = re.compile(r"<[^\s<>]+(?:@|< at >)[^\s<>]+>\s*(?:\[[\d :/.-]{6,20}\])?\s*(?:wrote\s*)?:$|"
                          r"^On\s.*\d.*\s(?:wrote|writes)\s*:$")  # fmt: skip
# An epigraph: words in quotation marks, then only who said them ("“Give me six hours to chop…” Abraham Lincoln").
_EPIGRAPH = re.compile(r"[“\"«„][^“”\"«»„]{12,}[”\"»]\s*[-–—~]?\s*((?:\w[\w.'’-]*\s?){1,4})$")
# ... or with its label and a quote, whoever said it (set47 F9: m1chael's "Эпиграф: «…» (принцип Тодда)"; not "Epígrafe: así…")
_EPIGRAPH_LABEL = re.compile(
    r"(?i:[eé]p[ií]gra(?:phe?|ff?e?)|эпиграф|епіграф)\s?:\s?[“\"«„「『‘']|(?:题记|題記)[:：]\s?[“\"「『‘']"
)
# A post's note added after it was read ("EDIT: For anyone looking, the solution is here", "Edit 2 (solved):", a forum's
# convention, reddit's r/factorio in set14): about the thread, not the post. ("Update:" is not: a story's update is news.)
# A pointer to another post: a short phrase, a verb that sends the reader there, a colon and the post's name
# (the link's label): "关于感知机的相关理论知识请查看：感知机" (quanfita--atom.xml in tests/data/unseen/set20, F6),
# "For the theory, see: Perceptron", "Read part one here: Perceptron". Never a sentence: no end inside it.
_POINTER = re.compile(
    r"[^\n。！？.!?:：]{0,60}?(?:(?:请|可|请您)?(?:查看|参看|参考|参见|详见|阅读)[^\n。！？.!?:：]{0,12}"
    r"|(?i:\bsee|\bread\s+(?:[\w-]+\s+){0,3}here|\bsiehe|\bvoir|\bvéase))\s*[:：]\s*[^\n。！？.!?:：]{1,40}"
)
# A work's card ("用心棒 - Japón, Akira Kurosawa (1961) acción, …", set45 F3): no lead; only its tags after the year.
_CARD = re.compile(r"[^.!?\n]{1,120}?\s[-–—]\s[^\W\d_][^,()\n]{0,40},\s[^,()\n]{2,60}?\s\((?:1[89]|20)\d\d\)"
                   r"(?:\s+[^\W\d_][^,()\n.!?]{0,30}(?:,\s?[^,()\n.!?\s][^,()\n.!?]{0,29}){0,8})?\s*$")  # fmt: skip
_EDIT_NOTE = re.compile(r"(?i:edit(?:ed)?)(?:\s*#?\d{1,2})?(?:\s*\([^()]{1,30}\))?\s*[:：]\s*\S")
# A program's dict or JSON object dumped as a field's value ("AVSS: {'overall_score': 8.9, 'base_score': None}",
# ave-database's advisories, tests/data/unseen/set20 F3): one value of a metadata line, whatever its words.
_DUMPED = re.compile(r"\{\s*(['\"])[^'\"\n]{1,40}\1\s*:[^{}\n]{0,800}\}")
# A news agency's or a site's credit after a sentence: ", сообщает Qaznews24.", ", reports Reuters." (a name's few words)
_REPORTED = re.compile(
    r",\s*(?:сообщает|сообщают|передает|передаёт|пишет|пишут|повідомляє|reports|reported|according to|berichtet|meldet"
    r"|rapporte|informa|riporta|reporta)\s+(?:[\w.&'’-]++\s?){1,4}[.!]?$",  # (possessive: no backtracking, the review)
    re.IGNORECASE,
)
# A link shortener's or an app-install tracker's address, which a sponsor's read before a video's description ends
# with ("Подписывайтесь на канал и смотрите … «Теперь я Босс»: http://bit.ly/2lPNtnC", "…PROFI.RU - 700+ видов
# услуг…: https://profi-client.onelink.me/…", feeder--redakciya.xml in tests/data/unseen/set32, F9). A sentence
# before it at most: a story's own sentences and then its call ("…от страната. Ако и ти си такъв, кандидаствай тук:
# http://goo.gl/forms/…", bg-councilleaders in /work/unseen24) are the story.
_SHORT_LINK = re.compile(
    r"(?i)https?://(?:[\w-]+\.)*(?:bit\.ly|clck\.ru|ya\.cc|vk\.cc|onelink\.me|avs\.io|goo\.gl|tinyurl\.com|ow\.ly|is\.gd"
    r"|buff\.ly|amzn\.to|cutt\.ly|rebrand\.ly)/"
)
_SPONSOR = re.compile(
    r"(?i)subscri|sponsor|promo|discount|coupon|sign up|\bdownload|\bcode\b|% off|скидк|подпис|промокод|бесплатн|переходи"
    r"|заказ|закаж|купи|реклам|спонсор|розыгрыш|записыв|ссылк|подробнее|shared on|check out|more info"
    r"|\b(?:(?<!in )order|buy|join|visit|try)\b"  # (not "In order to…")
)
_AROUND_TITLE = 8  # words a header may put before the title, or a credit after it
_VALUE_WORDS, _NOTICE_WORDS = 6, 10  # the words of a metadata line's value; of a notice before the address it points to


def title_with_label(line: str, title_words: list[str], title_mark: str = "") -> bool:
    """Whether a block that ends no sentence (but the title's own "!" or "?",
    ``title_mark``) is the title with a few words before it (a show's name, a
    date) or a credit after it, or most of the title, and nothing else."""
    count = len(title_words)
    if count < 2:
        return False
    said = _REPORTED.search(line) if "," in line else None  # (the title and who reported it: a sentence,
    if said and _WORD.findall(line[: said.start()].casefold()) == title_words:  # newsqaz's, set30 F19)
        return True
    if BLOCK_END.search(line, max(0, len(line) - 8)) and not (
        title_mark in "!?" and title_mark and line.rstrip("\"'”’»)]").endswith(title_mark)
    ):
        return False
    folded = line.casefold()
    most = count + 2 * _AROUND_TITLE
    # (one word past the most there may be is enough to say no: a long block's words are not all read)
    spans = [(m.group(), m.end()) for m in islice(_WORD.finditer(folded), most + 1)]
    words = [word for word, _ in spans]
    if len(words) > most:
        return False
    if 2 <= len(words) < count and 2 * len(words) >= count and _run_in(words, title_words):
        return True  # a part of the title ('"Vaccine Poverty"' under '1365: "Vaccine Poverty"')
    for part in range(min(count, len(words)) - 1, max(2, (count + 1) // 2) - 1, -1):
        # a part of the title with a credit after it: "Give the Family My Love by A. T. Greenblatt" under
        # "Escape Pod 762: Give the Family My Love" (a plain-text story's first lines, the title and the byline)
        after = spans[part - 1][1]
        if len(words) - part <= _AROUND_TITLE and _CREDIT.match(folded, after) and _run_in(words[:part], title_words):
            return True
    first = title_words[0]
    for start in range(min(_AROUND_TITLE, len(words) - count) + 1):
        if words[start] != first or words[start : start + count] != title_words:
            continue
        after = len(words) - start - count
        # Before the title, a header's name and number or date ("Podcasting 2.0 February 2nd 2024") or a series' label
        # (series_label), never words of a sentence ("Update version to 0.1.3") nor only a name (who speaks: "Dr.
        # Shyan Vijayasekaran: Airway Reconstruction" says more than the title).
        if start and not (_header(line[: spans[start - 1][1]]) or series_label(line, spans[start - 1][1], after)):
            return False
        if not after:
            return True
        # After it, a credit ("by …"), or a paper's authors and year ("Timothy Bourke, Marc Pouzet 2013").
        end = spans[start + count - 1][1]
        return after <= _AROUND_TITLE and (_CREDIT.match(folded, end) is not None or _header(line[end:]))
    return False


# A gloss in brackets after a title's word ("centripetal(求心).": a shop's name of an item, and its meaning)
_GLOSS = re.compile(r"\s?[(（][^()（）\n\d]{1,20}[)）]")  # (not "(part 2)": another part's)
_NEAR_TITLE = 5  # characters of a title, at least, that one other character leaves the title again


def near_title(line: str, title_norm: str) -> bool:
    """Whether a line is the title again but for a gloss in brackets, one other character, not a digit ("6本足の台座."
    under "6本脚の台座.", "centripetal." under "centripetal(求心).": ja-shopfeeds--henshusha.xml in set23, F6), or a
    source's label before it (Google News' "Plane… (My Cariboo Now)" under "[My Cariboo Now] Plane…", set42 F10).
    ``title_norm``: the title casefolded, its end's mark off."""
    if abs(len(line) - len(title_norm)) > 24 or len(title_norm) < _NEAR_TITLE:
        return False
    text, title = (" ".join(_GLOSS.sub("", s).split()).rstrip(".!?…。") for s in (line.casefold(), title_norm))
    if text == title or (title[:1] == "[" and labelled_title(line, title_norm)):
        return True
    if len(text) != len(title) or len(title) < _NEAR_TITLE:
        return False
    odd = [(a, b) for a, b in zip(text, title, strict=True) if a != b]
    return len(odd) == 1 and not (odd[0][0].isdigit() or odd[0][1].isdigit() or odd[0][0].isascii())


def _header(text: str) -> bool:
    """Whether the words of a text are names, numbers and the small words between them, a number or a date among them."""
    words = _WORD.findall(text)
    return any(w[:1].isdigit() for w in words) and _names(words)


def _names(words: list[str]) -> bool:
    """Whether words are names and numbers, with the small words between them."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in MINOR_WORDS for w in words)


def points_elsewhere(line: str) -> bool:
    """Whether a first block is a pointer to another post, by its link's label (a heading may follow it)."""
    return _POINTER.fullmatch(line) is not None


def lead_in(line: str, introduces: bool = False) -> bool:
    """Whether a first block that ends no sentence is metadata, a notice that
    points elsewhere or a short label (``introduces``: a list or a quote follows
    it, which a label names: "Show notes:", "Jane wrote:")."""
    if line.endswith((":", "：")):
        if not introduces and (bare_labels(line) or len(line) <= 160 and _ATTRIBUTION.search(line) is not None):
            return True  # (a mail's "On … wrote:" whose quote is gone: the reply follows; a record's bare labels)
        return (
            len(line) <= (8 if is_spaceless(line) else 30)
            and len(line.split()) <= 4
            and not introduces
            and _QUOTING.search(line) is None
        )
    if len(line) <= 600 and (_EDIT_NOTE.match(line) or _EPIGRAPH_LABEL.match(line)) or signed_line(line):  # (either)
        return True
    # (a cheap test before the regexes; whether or not it ends a sentence: "主演: A / B / 更多...")
    if (line[0] == "◎" or " / " in line[:80]) and _field_rows(line):
        return True
    if BLOCK_END.search(line, max(0, len(line) - 8)) or len(line) > 600:
        return False
    if CAPTION_END.search(line) or (" (" in line and _CARD.match(line)):  # (a caption: "… Credit: Jane Doe/Getty")
        return True
    if ("#" in line or "//" in line) and _tags_and_links(line):  # ("# site.org https://site.org/#Institute …")
        return True
    if (epigraph := _EPIGRAPH.match(line)) is not None:  # (a quotation and who said it, before the text)
        return _names(_WORD.findall(epigraph.group(1)))
    if points_elsewhere(line):
        return True
    address = _ADDRESS_END.search(line)
    if address is not None and _SHORT_LINK.match(address.group()) and len(SENTENCE_END.findall(line)) <= 1:
        # (a sponsor's read, a sentence before its link at most, set32 F9: an app's install link, or a sponsor's words;
        # not a post's own "Our new report on housing costs is out today: https://bit.ly/…", the review)
        return _SPONSOR.search(line) is not None or "onelink.me" in address.group() or "avs.io" in address.group()
    if address is not None:  # (one phrase before it: "Visit: http://…", never a sentence and its link)
        # (a notice is a few words: "Please update to our new feed url: …", never a post's first
        # sentence that ends in its link: "Ui i should have had updated my spf record after … server: …")
        words = len(line[: address.start()].split())
        return words <= _NOTICE_WORDS and SENTENCE_END.search(line, 0, address.start()) is None
    return _labels_only(_DUMPED.sub("{}", line))  # (a dumped structure is one value, whatever its words)


def bare_labels(line: str) -> bool:
    """A record's header, no lead-in: labels, the last without a value ("Location: Worldwide Description:", set40 F4)."""
    line = line.replace("：", ": ").rstrip()  # (a "：" too; other values three words at most; two labels at least)
    return line[-1:] == ":" and len(line) <= 160 and line.count(":") > 1 and _labels_only(line + " ·", empty=True)


def labels_row(line: str) -> bool:
    """A first line of three ": " at least (labels and values, set33 F5) or bare_labels': no lead-in to a heading."""
    return line.count(": ") > 2 or bare_labels(line)


def _labels_only(line: str, empty: bool = False) -> bool:
    """Metadata: labels from the start, each with a value of a few words (two of them), or of a dozen (three or more:
    a list of pages), no sentence among them (``empty``: a label may have none, bare_labels)."""
    labels = list(_LABEL.finditer(line))
    if len(labels) < 2 or labels[0].start() != 0 or SENTENCE_END.search(line) is not None:
        return False
    if len(labels) < 3 and not line[:1].isascii():  # (a script without capitals: any words may read as a label, a
        return False  # quotation's "प्रधानमंत्री ने कहा: …" too; three of them at least, the review)
    ends, least = [label.start() for label in labels[1:]] + [len(line)], 1 - empty
    most = _VALUE_WORDS * (1 if len(labels) == 2 else 2) if not empty else 3  # (a bare label's: a short value, at most)
    return all(least <= len(line[label.end() : end].split()) <= most for label, end in zip(labels, ends, strict=True))


# A release's fields, each after a mark ("◎译　　名　九条命/… ◎片　　名　Nine Lives ◎年　　代　2016 …", the film
# listings of Chinese trackers, pt-rss--hdchina.xml in tests/data/unseen/set32, F2), or a credits list, each label
# over names a slash apart ("导演: A / B 编剧: C / D 主演: E / F / 更多...", Douban's): metadata, never the synopsis.
_MARKED_FIELD = re.compile(r"◎\s*\w")
_CREDIT_LABEL = re.compile(r"(?:^|(?<=\s))[^\W\d_]{1,12}\s?[:：]\s")
_WORD_STOP = re.compile(r"[^\W\d_]{2}[.!?](?=\s|$)")  # a sentence's end (not "J." nor "更多...": a link's)
_FIELD_ROWS = 3  # marked fields, at least; names a slash apart, at least


def _field_rows(line: str) -> bool:
    """Whether a block is a release's marked fields or a credits list, no sentence among them (a name's initial
    and a "more..." link are none)."""
    if "。" in line or "！" in line or "？" in line:
        return False
    if line[0] == "◎":
        return len(_MARKED_FIELD.findall(line)) >= _FIELD_ROWS
    labels = list(_CREDIT_LABEL.finditer(line))
    return (
        len(labels) >= 2
        and labels[0].start() == 0
        and line.count(" / ") >= _FIELD_ROWS
        and _WORD_STOP.search(line) is None
    )


# Hashtags, their marks, addresses and host names: a block made of them, no sentence, is a post's tags and
# links before its text (pittua's "# ukrcatholic.org https://ukrcatholic.org/#Ukrainian Cultural and Humanitarian
# Institute (UCHI)", tests/data/unseen/set19 F10), never its lead.
_TAG_OR_LINK = re.compile(r"(?:https?://|www\.)\S+|#[\w-]*|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/?", re.IGNORECASE)


def _tags_and_links(line: str) -> bool:
    """Whether a block opens with a hashtag or an address, and they are half its characters or more (never a
    sentence that ends in its link: "Participa enviándonos tu comic a … Toda la información en https://…")."""
    found = _TAG_OR_LINK.findall(line)
    return len(found) >= 2 and line.startswith(found[0]) and 2 * sum(map(len, found)) >= len(line.replace(" ", ""))


# A section's label or a subtitle: a pictograph, a lead mark or a dash first ("📍 核心信息", "—— 离线签名、蓝牙交互…").
_MARKED_LABEL, _LABEL_LENGTH = re.compile(rf"(?:[{PICTOGRAPHS}{LEAD_MARKS}]+|[—–]+|-{{2,}})\s*\w"), 40  # (characters)
_LABEL_REACH = 4  # blocks after it read for the text it stands over


def after_label(blocks: Blocks, title: str = "") -> Blocks:
    """The blocks from where the text starts when the first one that is no heading is a section's
    label or a subtitle, a pictograph or a dash first and no sentence ("📍 核心信息" over a job's
    list, "—— 离线签名…" under a paper's title, before its metadata and its "摘要" heading): the
    next block that ends a sentence or is a list's item, within a few; else the blocks as they are
    (the label stays, as a heading does, and when nothing follows it is the excerpt). A page's
    header before them (after_header) goes first; a first sentence over two lines is one (_one_sentence)."""
    blocks = lead_record(_one_sentence(after_header(blocks, title)), bare_labels)  # (a record's rows over its list)
    lines, headings = blocks.lines, blocks.headings
    first = next((i for i, line in enumerate(lines[:_LABEL_REACH]) if line not in headings), -1)
    line = lines[first] if first >= 0 else ""
    if len(line) > _LABEL_LENGTH or _MARKED_LABEL.match(line) is None or BLOCK_END.search(line, len(line) - 8):
        return blocks
    for later in range(first + 1, min(first + 1 + _LABEL_REACH, len(lines))):
        text = lines[later]
        ends = BLOCK_END.search(text, max(0, len(text) - 8)) is not None and text[-1] not in ":："
        if text not in headings and (text[0] == "•" or ends):
            return dataclasses.replace(blocks, lines=lines[later:])
    return blocks


# A plain text's first sentence over two lines, the second a phrase a preposition opens ("On this episode Bryan has
# Howell Dawdy" / "From “Howell Dawdy’s Fast Track”", gnomepodcasts--streetfightradio.xml in set23, F9): the first
# line read as a heading went, and the phrase alone was the excerpt. One sentence (its preposition in lower case).
_GOES_ON = re.compile(r"(?:From|Of|Von|Aus|De|Du|Da|Di|Del|Della|Des)\s(?=\S)")
_SENTENCE_WORDS = 4  # of the first line, at least, one of them after the first in lower case
_OPEN_END = re.compile(r"[.!?…。！？:：;]\W*$")


def _one_sentence(blocks: Blocks) -> Blocks:
    """Text without markup whose first line ends no sentence and whose second is a short phrase that goes on with
    it ("From …", "Of …"): the two lines as one."""
    lines = blocks.lines
    if blocks.structured or len(lines) < 2 or _GOES_ON.match(second := lines[1]) is None:
        return blocks
    words = (first := lines[0]).split()
    if not (_SENTENCE_WORDS <= len(words) <= 10 and any(w[:1].islower() for w in words[1:])):
        return blocks
    if len(first) > 80 or len(second.split()) > 8 or _OPEN_END.search(first) or _OPEN_END.search(second):
        return blocks
    if "@" in second:  # (a show's handle after it: "From “Blink 155” podcast - @155pod", a social row's)
        return blocks
    return dataclasses.replace(blocks, lines=[f"{first} {second[0].lower()}{second[1:]}", *lines[2:]])


# A page's header of short blocks: who, when, what section ("TBSテレビ" / "2026年8月20日(木) 16:02" / "国際",
# TBS NEWS DIG's pages as an aggregator copied them, rb-news-rss-pool--tbs_news_dig_discovery.xml in
# tests/data/unseen/set18, F10): a date among them.
_HEADER_BLOCK = 30  # characters of a header's block, at most
_HEADER_BLOCKS = 4
_DATE = re.compile(
    r"(?:19|20)\d\d\s?(?:年|[-/.])\s?\d{1,2}\s?(?:月|[-/.])\s?\d{1,2}|\b\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?(?:19|20)\d\d\b"
)


def after_header(blocks: Blocks, title: str = "") -> Blocks:
    """The blocks from the story's first paragraph when the text opens (after the title again, at times)
    with a header: two to four short blocks that end no sentence, a date one of them and not all, then a
    paragraph that ends one ("TBSテレビ" / "2026年8月20日(木) 16:02" / "国際" / "中央アフリカ共和国に…しました。")."""
    lines = blocks.lines
    start = 1 if title and lines and "".join(lines[0].split()).casefold() == "".join(title.split()).casefold() else 0
    end = start
    while end < len(lines) and end - start < _HEADER_BLOCKS and _header_block(lines[end]):
        end += 1
    dates = sum(_DATE.search(line) is not None for line in lines[start:end])
    if not (end - start >= 2 and 0 < dates < end - start and end < len(lines)):
        return blocks
    story = lines[end]
    if not BLOCK_END.search(story, max(0, len(story) - 8)) or story[-1] in ":：":
        return blocks
    return dataclasses.replace(blocks, lines=lines[:start] + lines[end:])  # (the title again: the excerpt says it went)


def _header_block(line: str) -> bool:
    return len(line) <= _HEADER_BLOCK and line[:1] != "•" and not BLOCK_END.search(line, max(0, len(line) - 8))


def text_labels(lines: list[str]) -> tuple[Counter[str], int]:
    """A text's short labels, a phrase of four words at most and its colon, without it, each with how often the text
    gives it; and how many are a form's field labels (form_label removes them). Read once per excerpt: labels_sentence
    (bot/blockjoins.py) keeps a repeated label only when it is the text's one label (set39's review)."""
    given = [line for line in lines if line[-1:] in ":：" and len(line.split()) <= 4]
    return Counter(line.rstrip(":： ") for line in given), sum(map(_field_label, given))


def form_label(lines: list[str], index: int, quotes: frozenset[str], fields: int) -> bool:
    """Whether a block between two paragraphs is a form's field label: only a field's name, a word
    or two, and its colon, in a text that has another ("Synopsis :", "Description :", "See also :",
    Nessus's plugin feed), before a paragraph (``fields``: the text's, text_labels). A label over a list or a quote
    names it ("Jane wrote:", "Changes:"), and one alone ("Update:") says what follows is: they stay."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if not following or following[0] == "•" or following[:2] in ("- ", "* ") or {following, lines[index]} & quotes:
        return False
    return fields > 1 and _field_label(lines[index])


def _field_label(line: str) -> bool:
    return len(line) <= 30 and _FIELD.fullmatch(line) is not None and _QUOTING.search(line) is None


_FIELD = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’-]+)?\s?[:：]")


def _run_in(words: list[str], title_words: list[str]) -> bool:
    count = len(words)
    return any(title_words[i : i + count] == words for i in range(len(title_words) - count + 1))
