"""Lists in excerpts (the fifth unseen set, /work/unseen5 FINDINGS #1-#3): a list is
content when little or nothing comes before it (a greeting, a label), or when a phrase
announces it; a table of contents is not; an excerpt never ends on a colon that
announces what it does not show. The shapes are those of real feeds."""

from bot.blocks import plain_blocks
from bot.clean import html_to_text
from bot.excerpt import excerpt_with_notes
from tests.builders import excerpt, poll_one

# R Weekly's issues (rweekly.org/atom.xml): a greeting, then headings and lists of links, each
# link in a paragraph of its own inside its <li>.
GREETING = (
    "<p>Hello and welcome to this new issue!</p><h3>Highlight</h3><ul>"
    "<li><p><a href='https://a.example/1'>rOpenSci’s Leadership in #rstats Culture</a></p></li>"
    "<li><p><a href='https://a.example/2'>Debugging: Signals and Subprocesses</a></p></li></ul>"
    "<h3>R in Organizations</h3><ul><li><p><a href='https://a.example/3'>R Community Explorer – Google Summer "
    "of Code Projects</a></p></li></ul>"
)


def test_a_list_item_whose_text_is_a_paragraph_keeps_its_bullet():
    """<li><p>…</p></li>: the bullet stood alone on a line and went; the item, in Title Case,
    was then taken for a heading."""
    assert html_to_text("<ul><li><p>Debugging Signals</p></li><li>\n<p>Leadership</p></li></ul>") == (
        "• Debugging Signals\n• Leadership"
    )
    # (an item that holds only a list: its own bullet goes, its items keep theirs)
    assert html_to_text("<ul><li><ul><li>Inner</li></ul></li></ul>") == "• Inner"


def test_a_greeting_alone_is_followed_by_the_list_it_opens():
    # (the list ends at the next heading: its items are another section's)
    assert excerpt(GREETING) == (
        "Hello and welcome to this new issue! • rOpenSci’s Leadership in #rstats Culture • Debugging: Signals and "
        "Subprocesses…"
    )
    # Near misses: a sentence that says what the post is about (Launched's show notes, its links after
    # it), and a label of its own after the summary (a section: "Show sponsors:").
    links = "<ul><li><a href='/n'>Nighthawk</a></li><li><a href='/s'>Sam Gold</a></li></ul>"
    assert excerpt("<p>Nathan Lawrence and Sam Gold join the show to talk about their new app.</p>" + links) == (
        "Nathan Lawrence and Sam Gold join the show to talk about their new app."
    )
    assert excerpt("<p>We talk about the past of JavaScript.</p><p>Show sponsors:</p>" + links) == (
        "We talk about the past of JavaScript."
    )
    # (and a list of links after a paragraph)
    prose = (
        "<p>Não podíamos deixar de marcar presença na FOSDEM, o segundo melhor evento ligado ao software livre, "
        "logo a seguir à Ubucon Europe em Sintra, onde estivemos todos. Já sabem: oiçam, comentem e partilhem!</p>"
        "<ul><li>https://fosdem.org</li><li>https://ubucon.org</li></ul>"
    )
    assert excerpt(prose).endswith("oiçam, comentem e partilhem!")


def test_a_list_announced_by_a_colon_stays_with_its_announcement():
    """Planet Ubuntu: "…only 3 Malaysia patents left:" then the patents; the excerpt was cut back to
    the sentence before the announcement, or went on to the quotes after the list."""
    markup = (
        "<p>Sometimes I don’t have enough to write a single discrete blog post. Those times result in a miscellany "
        "of brief items. In no particular order:</p><ul><li>My local member held “open office hours” today</li>"
        "<li>The library reopened</li></ul><p>That's all.</p>"
    )
    assert excerpt(markup) == (
        "Sometimes I don’t have enough to write a single discrete blog post. Those times result in a miscellany of "
        "brief items. In no particular order: • My local member held “open office hours” today • The library "
        "reopened…"
    )


def test_a_plain_text_list_under_a_label_reads_as_a_list():
    """Nördigt's "[NY:HETER]" episodes: "VECKANS RUBRIKER:" and "- " lines, text without markup.
    The label went (a short label before the text) and the first headline was the excerpt, with
    its dash."""
    text = (
        "VECKANS RUBRIKER:\n- Christopher Nolan's film Tenet på gång att skjutas fram\n"
        "- Hollywood öppnar upp för film och TV-produktion igen\n- Oklart när Stranger Things S04 återstartar produktion"
    )
    expected = (
        "VECKANS RUBRIKER: • Christopher Nolan's film Tenet på gång att skjutas fram • Hollywood öppnar upp för "
        "film och TV-produktion igen • Oklart när Stranger Things S04 återstartar produktion"
    )
    assert excerpt(text) == expected  # (an RSS description: read as HTML without markup)
    assert excerpt_with_notes(plain_blocks(text), 300).text == expected
    # Near miss: one line that opens with a dash is someone's words, not a list.
    assert excerpt("- Det är klart, sa hon.\nSen gick vi hem.") == "- Det är klart, sa hon. Sen gick vi hem."


def test_a_table_of_contents_is_not_the_text():
    """LinuxFr journals open with "Sommaire" and a list of links to their own headings."""
    markup = (
        '<h2 class="sommaire">Sommaire</h2><ul class="toc"><li><a href="#toc-php-ldap">PHP-LDAP</a></li>'
        '<li><a href="#toc-php-72">PHP 7.2 : les opérations étendues</a><ul><li><a href="#toc-futur">Futur</a></li>'
        "</ul></li></ul><p>PHP 7.3 est sorti le 6 décembre 2018.</p><h2 id='toc-php-ldap'>PHP-LDAP</h2>"
        "<p>Le gestion de LDAP dans PHP est un peu datée.</p>"
    )
    assert excerpt(markup) == "PHP 7.3 est sorti le 6 décembre 2018. Le gestion de LDAP dans PHP est un peu datée."
    # Near misses: links elsewhere, and footnotes (their words are not links) stay.
    assert excerpt("<ul><li><a href='https://a.example/x'>One</a></li><li><a href='/y'>Two</a></li></ul>") == (
        "• One • Two"
    )
    notes = "<ol><li>The report, p. 4. <a href='#ref1'>↩</a></li><li>Ibid. <a href='#ref2'>↩</a></li></ol>"
    assert excerpt(notes) == "• The report, p. 4. ↩ • Ibid. ↩"
    # A list with words of its own beside links into the text (footnote marks) is text, not contents.
    marks = "".join(f"<sup><a href='#fn:{n}'>{n}</a></sup>" for n in (1, 2, 3))
    assert excerpt(f"<ul>Sold out {marks}</ul>") == "Sold out"


def test_a_footnote_mark_after_a_citation_does_not_stop_the_quote():
    """Daring Fireball's JSON Feed: "Mark Gurman, reporting for Bloomberg:*" (the footnote at the
    end), then the quote: the excerpt was the citation alone, "…" after the star."""
    markup = (
        "<p>Mark Gurman, reporting for Bloomberg:*</p><blockquote><p>The technology giant is discussing whether "
        "to let users choose third-party web browser and mail applications.</p></blockquote>"
        "<p>Users have been clamoring for this.</p>"
    )
    assert excerpt(markup) == (
        "Mark Gurman, reporting for Bloomberg: “The technology giant is discussing whether to let users choose "
        "third-party web browser and mail applications.” Users have been clamoring for this."
    )
    # Near misses: Markdown's stars, and a star after a word.
    assert excerpt("<p>It is done *now*.*</p>") == "It is done *now*.*"
    # (a single star's pair with a word on each side is emphasis in HTML too, set56 F6: it goes, and the star left
    # after the sentence is a footnote's mark)
    assert excerpt("<p>It is *really* done.*</p>") == "It is really done."
    assert excerpt("<p>Prices start at $5*</p>") == "Prices start at $5*"


def test_an_excerpt_never_ends_on_an_announcement_of_what_it_does_not_show():
    """rgrinberg.com's Hugo summaries stop at the colon before a list ("…a couple of reasons for
    that:"): the announcement goes when a sentence comes before it; alone, it stays and "…" says
    that what it announces is elsewhere (The Washington Post's "The Latest …(all times local):")."""
    scrap = (
        "<p>ppx has been out for a while but it seems like the community has been taking its time transitioning "
        "away from camlp4. There’s probably a couple of reasons for that:</p>"
    )
    assert excerpt(scrap) == (
        "ppx has been out for a while but it seems like the community has been taking its time transitioning away "
        "from camlp4."
    )
    assert excerpt("<p>The Latest on Russian President Vladimir Putin’s visit to France (all times local):</p>") == (
        "The Latest on Russian President Vladimir Putin’s visit to France (all times local)…"
    )
    assert excerpt("<p>无字无裂5卷x4，电联。 此主题相关图片如下：</p>") == "无字无裂5卷x4，电联。"
    # What it announces is there: the announcement stays (a forum's caption before the text, a quote).
    assert excerpt("<p>此主题相关图片如下：</p><p>银行一手货源，品相好无裂口。</p>") == (
        "此主题相关图片如下：银行一手货源，品相好无裂口。"  # (no space after "：": set32 F8)
    )


# --- end to end: feeds from 127.0.0.1 through the whole pipeline -----------------------------------

RWEEKLY = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>RWeekly.org</title><id>https://rweekly.org</id>
<updated>2020-02-24T00:00:00+00:00</updated>
<entry><title>R Weekly 2020-08 Leadership, Subprocesses</title><link href="https://rweekly.org/2020-08.html"/>
<updated>2020-02-24T00:00:00+00:00</updated><id>https://rweekly.org/2020-08</id>
<content type="html">{GREETING.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</content></entry>
<entry><title>Scrap your Camlp4</title><link href="http://rgrinberg.com/posts/scrap-your-camlp4/"/>
<updated>2015-02-01T00:00:00+00:00</updated><id>http://rgrinberg.com/posts/scrap-your-camlp4/</id>
<summary>ppx has been out for a while but it seems like the community has been taking its time transitioning away
from camlp4. There’s probably a couple of reasons for that:</summary></entry>
</feed>"""


async def test_a_newsletter_and_a_summary_cut_at_a_colon_read_end_to_end(feeds, clock, tmp_path):
    report, stored, _ = await poll_one(feeds, clock, tmp_path, "rweekly", RWEEKLY, content_type="application/atom+xml")
    assert report.summary().startswith("1 feeds polled: 1 ok")
    assert {s.article.title: s.article.excerpt for s in stored} == {
        "R Weekly 2020-08 Leadership, Subprocesses": (
            "Hello and welcome to this new issue! • rOpenSci’s Leadership in #rstats Culture • Debugging: Signals "
            "and Subprocesses…"
        ),
        "Scrap your Camlp4": (
            "ppx has been out for a while but it seems like the community has been taking its time transitioning "
            "away from camlp4."
        ),
    }


def test_a_short_header_with_a_cjk_numeral_over_a_list_goes_on_into_it():
    """set25 F3 (0qinghao--feed.xml in tests/data/unseen/set25, no licence: made-up words in the same shape): a
    travel plan's day in bold ("第一天：…", "day one") over its list of stops; a numeral in Chinese characters names
    the day as "2011.12.14" names a release, and the excerpt was the header alone with "…"."""
    markup = (
        "<hr /><p><strong>第二天：杭州 → 宁波</strong></p><ul><li><strong>上午 9:10</strong> 到达宁波，步行</li>"
        "<li>老街：喝茶</li></ul>"
    )
    assert excerpt(markup) == "第二天：杭州 → 宁波 • 上午 9:10 到达宁波，步行 • 老街：喝茶"
    # (a short header without a numeral is not glued to the list under it)
    assert not excerpt("<p>今天去哪里玩</p><ul><li>老街：喝茶</li><li>公园：散步</li></ul>").startswith(
        "今天去哪里玩 •"
    )
