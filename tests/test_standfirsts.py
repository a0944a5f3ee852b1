"""Set 66b F2 (rbren--guardian.rss, repository rbren/rss-parser, tests/data/unseen/set66b): a feed that opens every
text with a standfirst (a phrase without a full stop) over the lede. Its standfirsts were shown as if cut ("…") and
the lede dropped. The feed's shape now says they are whole (bot/standfirsts.py); one entry alone never does (the
review of set 66 found cut sentences, datelines and bylines given made-up stops). Made-up text in the feed's shape."""

from bot.standfirsts import whole_standfirst, writes_standfirsts
from tests.builders import read_entries

_STANDFIRSTS = (
    (
        "The mayor’s budget speech drew applause from her party while the opposition sat in silence",
        "The mayor promised a new library and two swimming pools in a budget speech on Tuesday.",
    ),
    (
        "Campaign group launches a report on river pollution and warns that the water company is failing",
        "A campaign group has urged the regulator to fine the region’s water company for sewage spills.",
    ),
    (
        "Researchers have made remarkable finds at a quarry the council wants to fill with houses",
        "The palaeontologist Rob Gay was not expecting to find anything significant in the quarry that day.",
    ),
    (
        "After being overlooked at the awards, the singer thanks fans for believing in her music",
        "The singer has taken out a full-page advert in her home town’s newspaper thanking her readers.",
    ),
    (
        "Killer whales are able to copy words such as hello and bye as well as sounds from other whales",
        "High-pitched, eerie and yet distinct, the sound of a voice calling a name is unmistakable here.",
    ),
)


def _entry(number: int, first: str, lede: str) -> dict[str, str]:
    more = '<p>Related: <a href="https://news.example/x">Another story</a></p> <a href="/a">Continue reading...</a>'
    return {"title": f"Story {number}", "link": f"/story/{number}", "text": f"<p>{first}</p><p>{lede}</p>{more}"}


def test_a_feed_that_opens_its_texts_with_standfirsts_shows_them_whole_and_goes_on_into_the_lede():
    articles = read_entries([_entry(n, first, lede) for n, (first, lede) in enumerate(_STANDFIRSTS)])
    for article, (first, lede) in zip(articles, _STANDFIRSTS, strict=True):
        assert article.excerpt == f"{first}. {lede}", article.excerpt
        assert article.lead == f"{first}.\n{lede}"  # (what the summary reads: the standfirst a sentence)


def test_a_standfirst_feeds_entry_that_opens_with_a_cut_sentence_a_byline_or_a_dateline_keeps_its_mark():
    """In such a feed, a first block without the shape (a clause left open, a byline, a date) is not made whole."""
    odd = (
        ("The council met for four hours on Monday to debate it because", _STANDFIRSTS[0][1]),
        ("By Anna Schmidt and Peter Müller in Berlin and Hamburg", _STANDFIRSTS[1][1]),
        ("Published on Monday 3 March 2025 at the council meeting", _STANDFIRSTS[2][1]),
    )
    entries = [_entry(n, first, lede) for n, (first, lede) in enumerate(_STANDFIRSTS + odd)]
    articles = read_entries(entries)
    assert [a.excerpt for a in articles[len(_STANDFIRSTS) :]] == [first + "…" for first, _ in odd]


def test_one_entry_or_a_feed_of_few_standfirsts_or_of_sentences_split_at_paragraphs_keeps_the_mark():
    """The feed must show the shape OPEN_ENDS times, in half of its two-paragraph texts, with hardly a sentence
    carried on across a paragraph; otherwise a first block without a stop still says more follows ("…")."""
    one = read_entries([_entry(0, *_STANDFIRSTS[0])])
    assert one[0].excerpt == _STANDFIRSTS[0][0] + "…"
    whole = "The council voted on Monday to keep the old railway station open for another ten years."
    few = [_entry(n, *pair) for n, pair in enumerate(_STANDFIRSTS[:3])]
    few += [_entry(10 + n, whole, whole) for n in range(4)]
    assert [a.excerpt for a in read_entries(few)[:3]] == [first + "…" for first, _ in _STANDFIRSTS[:3]]
    carried = [_entry(n, *pair) for n, pair in enumerate(_STANDFIRSTS[:4])]
    carried.append(_entry(9, "The council met for four hours on Monday to debate whether the", "station " + whole))
    assert [a.excerpt for a in read_entries(carried)[:4]] == [first + "…" for first, _ in _STANDFIRSTS[:4]]


def test_writes_standfirsts_reads_only_texts_that_open_with_two_paragraphs():
    texts = [f"<p>{first}</p><p>{lede}</p>" for first, lede in _STANDFIRSTS[:4]]
    assert writes_standfirsts(texts)
    assert not writes_standfirsts(texts[:3])  # (too few)
    assert not writes_standfirsts([t.replace("<p>", "<div>", 1) for t in texts])  # (not opening with a paragraph)
    sentences = [f"<p>{_STANDFIRSTS[n][1]}</p><p>{_STANDFIRSTS[n + 1][1]}</p>" for n in range(4)]
    fifth = f"<p>{_STANDFIRSTS[4][1]}</p><p>{_STANDFIRSTS[0][1]}</p>"
    assert not writes_standfirsts([*texts, *sentences, fifth])  # (fewer than half of them)
    assert writes_standfirsts(texts + sentences)
    assert whole_standfirst(*_STANDFIRSTS[0])
    for first in (
        "Why the old station matters to the people of Leeds",  # (a heading's question)
        "Stiftung Stadtmuseum Berlin | Bewerbungsende im September",  # (a row of fields)
        "Der Stadtrat tagte am Montag vier Stunden lang, weil",  # (a clause left open)
        "Am Montag diskutierte der Rat vier Stunden lang über den",
    ):
        assert not whole_standfirst(first, _STANDFIRSTS[0][1]), first
    assert not whole_standfirst(
        "Am Montag diskutierte der Rat vier Stunden lang über die neue",
        "Stadtbibliothek und beschloss, sie für weitere zehn Jahre offen zu halten.",
    )
