"""How an excerpt is cut out of a text's blocks, on real feed items Tidings had not
seen: where a block goes on in the next one, where a section ends, what a first
block announces, a quote the cut leaves open."""

import pytest

from bot.blocks import html_blocks
from tests.builders import excerpt

# --- a block that goes on in the next one ---------------------------------------------------------


def test_a_block_ending_in_a_spaced_dash_goes_on_in_the_next():
    # rss2email test/data/quiltville/feed.atom (github.com/rss2email/rss2email @46e2b13, GPL-2.0):
    # Blogger, one sentence per <div>, the author's sentence going on in the next one.
    markup = (
        "<div><span>This photo was taken about 9am yesterday on my little 7 mile drive from home on the mountain,"
        " to my Quiltville Post Office studio -</span></div><div><span><br></span></div>"
        "<div><span>The road was completely empty. It was chilly, but that spring feeling was definitely"
        " making itself known.</span></div>"
    )
    assert excerpt(markup) == (
        "This photo was taken about 9am yesterday on my little 7 mile drive from home on the mountain, to my"
        " Quiltville Post Office studio - The road was completely empty. It was chilly, but that spring feeling"
        " was definitely making itself known."
    )
    # (a hyphen against a word is no pause: "…well-" stays cut)
    assert excerpt("<p>The results were well-</p><p>Known to all.</p>") == "The results were well…"


def test_a_block_ending_in_a_clause_mark_goes_on_in_the_next():
    # Fread app/…/UtopiaScreen.kt, a Mastodon feed (@nova@m.cmx.im; github.com/0xZhangKe/Fread @427312c,
    # Apache-2.0): a toot's paragraphs, the second ending in a comma.
    markup = (
        "<p>每天喝一升这样的豆浆，感觉可以把蛋白粉的钱都省了。</p><p>一盒豆浆大约十二块钱，可以获得40g蛋白质，</p>"
        "<p>我喝的蛋白粉500g一罐，差不多两百一罐。每次一勺可以获得20g蛋白质，要两勺才能达到上面一盒豆浆的蛋白质，"
        "也就是二十块的成本。</p>"
    )
    assert excerpt(markup, title="每天喝一升这样的豆浆，感觉可以把蛋白粉的钱都省了。") == (
        "一盒豆浆大约十二块钱，可以获得40g蛋白质，我喝的蛋白粉500g一罐，差不多两百一罐。"  # (no space: set32 F8)
        "每次一勺可以获得20g蛋白质，要两勺才能达到上面一盒豆浆的蛋白质，也就是二十块的成本。"
    )
    # A numbered list of clauses, each ending in "；", after the sentence that announces it.
    markup = (
        "<p>Max Roser 利用婴幼儿死亡率的下降，来说明世界很糟糕：</p><p>1 基于2020年的数据，全球总体的婴幼儿死亡率在4.3%；</p>"
        "<p>2 而在十九世纪前，全球只有一半的婴幼儿能活到成年；</p><p>3 欧盟各国的婴幼儿死亡率已经降至0.45%。</p>"
    )
    assert excerpt(markup).endswith(
        "2 而在十九世纪前，全球只有一半的婴幼儿能活到成年； 3 欧盟各国的婴幼儿死亡率已经降至0.45%。"
    )


# --- a quote the cut leaves open ------------------------------------------------------------------


def test_a_straight_quote_the_cut_leaves_open_is_closed():
    # ROME rome-modules/src/test/resources/xml/slashdot.xml (github.com/rometools/rome @6b4a7e8, Apache-2.0)
    markup = (
        "drizzle writes \"There's an interesting story on the Apache Marketing blog about whether or not Apache"
        " projects come with too much overhead, especially compared with other services or a roll-your-own"
        " approach. The article states, 'It's true that compared with SourceForge, Apache has a more rigorous"
        " management structure. The ASF has formalized processes and procedures that we believe represent best"
        " practices governance.' There is also a follow up article.\""
    )
    # (the submitter's lead-in goes with its quotation marks: bot/submitted.py, set 68b F1; a quote a sentence opens
    # keeps its marks, closed after the cut)
    assert excerpt(markup).startswith("There's an interesting story") and '"' not in excerpt(markup)
    said = markup.replace("drizzle writes", "The editor said")
    assert excerpt(said) == (
        "The editor said \"There's an interesting story on the Apache Marketing blog about whether or not Apache"
        " projects come with too much overhead, especially compared with other services or a roll-your-own"
        ' approach."'
    )
    # (an inch mark is no quote; a quote the text never closes is not closed by the excerpt)
    long = " It weighs less than the last one and lasts a day." * 8
    assert excerpt(f'<p>The new 13" model ships in May.{long}</p>').endswith("lasts a day.")
    assert excerpt(f'<p>He wrote "The new model ships in May.{long}</p>').endswith("lasts a day.")


# --- where a section ends -------------------------------------------------------------------------


def test_a_rule_of_one_repeated_symbol_ends_the_section_and_is_never_text():
    # chardet tests/Big5/sanwenji.blogspot.com.xml (github.com/chardet/chardet @1355907, LGPL-2.1): a rule of
    # stars between the author's note and what it is about, with single <br>s around it.
    markup = (
        "能夠在多管閒事和冷漠中取一個平衡，是一門很深的學問。我在嘗試中。<br />**********************<br />"
        "<blockquote>節錄自【普門】 這個世間常常是本來沒有事，但就因為有一些人多管閒事，因此惹出許多的是非來。</blockquote>"
    )
    assert excerpt(markup) == "能夠在多管閒事和冷漠中取一個平衡，是一門很深的學問。我在嘗試中。"
    assert "**********************" in html_blocks(markup).rows  # (no sentence of the story's)
    # chardet tests/EUC-JP/blog.kabu-navi.com.atom.xml (same repository): a phrase announcing the quote between
    # the rules ("first, from the text") is no excerpt; the quote is.
    markup = (
        "<p>まずは、本文から</p><p>〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜<br />「このビジネスで成功しているのは、"
        "おカネを失うことを<br />いとわない人たちです」とワトソンは語っている。<br />〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜</p>"
        "<p>大きなリターンを生むためには、必ず初期投資がかかる。</p>"
    )
    assert (
        excerpt(markup)
        == "「このビジネスで成功しているのは、おカネを失うことをいとわない人たちです」とワトソンは語っている。"
        # (the <br> inside the sentence, after を, joins with no space: set24 F2)
    )
    # (a rating's stars, a censored word, "--" in prose: no rules)
    assert excerpt("<p>Rating: *** out of five. What the **** was that?</p>") == (
        "Rating: *** out of five. What the **** was that?"
    )


def test_a_first_line_in_lenticular_brackets_is_a_heading():
    # chardet tests/Big5/coolloud.org.tw.xml (github.com/chardet/chardet @1355907, LGPL-2.1): the feed cuts its
    # text ("註2...")
    text = (
        "【德國大選結果說明了什麼？】\n國際關注的德國國會大選於兩個多月前揭曉了，在連串的談判與交易後，新的「基民盟／基社盟－社民黨」"
        "大聯合政府也終於形成，但大選結果對德國政局的撼動才剛開始。德國極富影響力的媒體《明鏡周刊》在選後以「德國保守主義的死亡」"
        "為題評論此次大選，稱「是時候替德國保守主義寫訃聞了」註2..."
    )
    assert excerpt(text).startswith("國際關注的德國國會大選於兩個多月前揭曉了，")


# --- a list that goes on with the sentence ---------------------------------------------------------


def test_a_list_that_goes_on_with_the_sentence_before_it_is_run_in():
    # feed-extractor tests/test-data/json-feed-standard-realworld.json (adactio.com; github.com/extractus/feed-extractor
    # @7bb347b, MIT)
    markup = (
        "<p>I finish by looking at three different components:</p><ol><li>a button,</li><li>a dropdown, and</li>"
        "<li>a datepicker.</li></ol><p>In each case you could use native HTML elements:</p><ol><li>button,</li>"
        '<li>select, and</li><li>input type="date".</li></ol>'
    )
    assert excerpt(markup) == (
        "I finish by looking at three different components: a button, a dropdown, and a datepicker. In each case you"
        ' could use native HTML elements: button, select, and input type="date".'
    )
    # (items of their own keep their bullets)
    markup = "<p>Two changes:</p><ul><li>A faster parser.</li><li>Fewer allocations.</li></ul>"
    assert excerpt(markup) == "Two changes: • A faster parser. • Fewer allocations."


# --- a heading a sentence announces -----------------------------------------------------------------


def test_a_heading_that_a_sentence_announces_is_its_content():
    # rss2email test/data/nodejs/feed2.xml (github.com/rss2email/rss2email @46e2b13, GPL-2.0)
    markup = (
        "<p>Updates are now available for all active Node.js release lines for the following issues.</p>"
        '<h3 id="http">HTTP request smuggling using malformed Transfer-Encoding header (Critical) (CVE-2019-15605)'
        '<a href="#http"></a></h3><p>Affected Node.js versions can be exploited to perform HTTP desync attacks.</p>'
        "<h3>HTTP header values do not have trailing OWS trimmed (High) (CVE-2019-15606)</h3>"
        "<p>Optional whitespace should be trimmed from HTTP header values.</p>"
    )
    assert excerpt(markup) == (
        "Updates are now available for all active Node.js release lines for the following issues. HTTP request"
        " smuggling using malformed Transfer-Encoding header (Critical) (CVE-2019-15605): Affected Node.js versions"
        " can be exploited to perform HTTP desync attacks."
    )
    # (a heading after a sentence that announces nothing is still skipped)
    markup = "<p>Updates are now available.</p><h3>Details</h3><p>Affected versions can be exploited.</p>"
    assert excerpt(markup) == "Updates are now available. Affected versions can be exploited."
    # What a sentence announces in lower case (an address) is no label: no colon after it (gungorbudak--tr-index.xml,
    # set19 F12a, no licence: made-up words; "…ulaşın: gngrbdk [NOKTA] com: Sosyal bağlantılar…")
    markup = "<p>Bana şu adresten ulaşın:</p><h3>plorb [KUYRUKLU A] posta [NOKTA] com</h3><p>Sosyal bağlantılar.</p>"
    assert "com:" not in excerpt(markup)


# --- a label that names the text's role ---------------------------------------------------------


def test_a_synopsis_label_before_the_text_goes():
    # picoFeed tests/fixtures/geekstammtisch.de_episodes.mp3.rss (github.com/barryvdh/picofeed @9ac3990, Unlicense)
    markup = (
        "<p>Unser Gast ist heute: Frank Celler (@fceller, http://triagens.com)</p><p><strong>Synopsis</strong>: Heute"
        " geht es um mruby, C-Hacking und Bytecode-Compiler</p><h3>Errata</h3><ul><li>Neue RubyWiki Seite zum Open"
        " RPG Maker: http://devel.pegasus-alpha.eu/projects/openrubyrmk/boards (danke @qquintilianus)</li></ul>"
    )
    assert excerpt(markup) == "Heute geht es um mruby, C-Hacking und Bytecode-Compiler…"
    # (the word in a sentence stays)
    assert excerpt("<p>Synopsis of the talk: we read the logs.</p>") == "Synopsis of the talk: we read the logs."


# rssfeedsjl--quant-ph.xml (github.com/Klafyvel/RSSFeeds.jl test/quant-ph.xml @fde270b09128, MIT): arXiv's listing
_ARXIV = "Quantum sensor networks (QSNs) have been widely studied for their potential of precise measurements."


@pytest.mark.parametrize(
    "markup",
    [
        f"arXiv:2504.18141v1 Announce Type: new \nAbstract: {_ARXIV}",
        # (one block: a "<" in the abstract's TeX, "$0&lt; \\delta$", makes its line break a space)
        f"arXiv:2504.18135v1 Announce Type: new Abstract: {_ARXIV} Here, $0< \\delta \\ll 1$ holds.",
    ],
)
def test_an_abstract_label_goes_with_the_listings_rows_before_it(markup):
    assert excerpt(markup).startswith(_ARXIV)
    # (the word in a sentence, and a label that names something else, stay)
    assert excerpt("<p>Abstract art: a guide for beginners.</p>") == "Abstract art: a guide for beginners."
    assert excerpt("<p>Status: draft. Abstract: we read the logs.</p>").startswith("Status: draft.")


# --- a form's field labels ----------------------------------------------------------------------


def test_a_forms_field_label_between_paragraphs_goes():
    # clfeedparser--nessus-plugins.xml (github.com/ruricolist/cl-feedparser test/data/guid-mask/nessus.xml
    # @74422b5fefab, LLGPL): every plugin's text is a form, "Synopsis :", "Description :", "Solution :"
    markup = (
        "<br />\nSynopsis :<br />\n<br />\nA web application installed on the remote host is affected by a<br />\n"
        "privilege escalation vulnerability.<br />\n<br />\nDescription :<br />\n<br />\nAccording to it's self"
        " reported version, the installation of HP SiteScope on the remote host is 11.1x prior to 11.13.<br />\n"
        "<br />\nSolution :<br />\n<br />\nUpgrade to 11.24 IP3 or 11.13 apply the appropriate patch.<br />\n"
    )
    assert excerpt(markup) == (
        "A web application installed on the remote host is affected by a privilege escalation vulnerability."
        " According to it's self reported version, the installation of HP SiteScope on the remote host is 11.1x"
        " prior to 11.13. Upgrade to 11.24 IP3 or 11.13 apply the appropriate patch."
    )
    # A label alone in its text says what follows is; one over a list names the list: they stay.
    assert excerpt("<p>Huge news.</p><p>Update:</p><p>The deal is off.</p>") == "Huge news. Update: The deal is off."
    both = "<p>Synopsis :</p><p>The host is missing an update.</p><p>Core :</p><p>- Upgraded crypt_blowfish.</p>"
    assert excerpt(both) == "The host is missing an update. Core : - Upgraded crypt_blowfish."


def test_a_releases_tag_list_is_no_excerpt_its_changes_are():
    # capyreader--atom-feed-content.xml (github.com/jocmp/capyreader rssparser/src/test/resources/
    # atom-feed-content.xml @26d349c3c5cb, GPL-3.0): GrapheneOS's releases, "Tags:" over the tag and its devices
    tags = (
        '<p>Tags:</p><ul><li><a href="https://github.com/GrapheneOS/platform_manifest/releases/tag/2025040400">'
        "2025040400</a> (Pixel 6, Pixel 6 Pro, Pixel 6a, Pixel 9 Pro Fold, emulator, generic, other targets)</li></ul>"
    )
    changes = (
        "<p>Changes since the 2025032500 release:</p><ul><li>Network Location: optimize making requests to the"
        " service for Wi-Fi AP data</li><li>GmsCompatConfig: update to version 156</li></ul>"
    )
    assert excerpt(tags + changes) == (
        "Changes since the 2025032500 release: • Network Location: optimize making requests to the service for"
        " Wi-Fi AP data • GmsCompatConfig: update to version 156"
    )
    assert excerpt(tags) == ""


def test_a_release_named_again_with_its_project_is_the_title_again():
    # rssparserpy--cpython_releases.atom (github.com/dhvcc/rss-parser tests/corpus/atom/cpython_releases/data.xml
    # @13a55c492915, GPL-3.0): GitHub's releases of python/cpython, each text only "Python <version>"
    assert excerpt("<p>Python 3.15.0b4</p>", title="v3.15.0b4") == ""
    assert excerpt("<p>v2.1.0</p>", title="Tidings 2.1.0") == ""
    # (another version, another project's, or words about the release stay)
    assert excerpt("<p>Python 3.15.0b3</p>", title="v3.15.0b4") == "Python 3.15.0b3"
    assert excerpt("<p>Ruby 3.4.1</p>", title="Python 3.4.1") == "Ruby 3.4.1"
    assert excerpt("<p>Bug fixes 3.4.1</p>", title="v3.4.1") == "Bug fixes 3.4.1"
