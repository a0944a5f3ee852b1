"""Set 64 (/work/unseen64b/FINDINGS.md F2, F5; /work/unseen64a/FINDINGS.md F20): a last sentence that points to
further reading or at a list not shown (bot/furtherreading.py, bot/pointers.py, read by bot/cuts.py's
``without_announcement``), a summary sentence that opens on a phrase leaning on the one before (bot/pointsback.py,
read by bot/anaphora.py's ``leans_on``), and one that only announces the quotation after it (bot/speakers.py's
``announces_quote``, read by bot/summary.py). Made-up text in the feeds' shapes: most of the feeds the rules were
written for have no licence."""

from bot.anaphora import leans_on
from bot.speakers import announces_quote
from bot.summary import SourceText, summarize
from tests.builders import excerpt

_UPDATE = "This update fixes a few crashes and adds new entries to the window menu on Linux."


def test_a_pointer_to_a_list_not_shown_ends_no_excerpt():
    """Set 64b F2 (1by--helios-releases.atom, repository 1by/prismarine-schematics, a capture of a launcher's GitHub
    releases feed): "The following options are included." ended the excerpt, the menu's list it announces dropped.
    It goes when a sentence comes before it; alone, its list is shown after it; a sentence that says what the
    following is, or a noun that is more than there ("The following week is busy."), stays."""
    menu = "<ul><li>Window<ul><li>Minimize</li><li>Zoom</li></ul></li><li>Help<ul><li>About</li></ul></li></ul>"
    shown = excerpt(f"<p>{_UPDATE} The following entries are included.</p>{menu}")
    assert shown == _UPDATE, shown
    assert excerpt(f"<p>{_UPDATE} The following entries are listed.</p>") == _UPDATE
    alone = excerpt("<p>The following entries are included.</p><ul><li>Minimize</li><li>Zoom</li></ul>")
    assert alone.startswith("The following entries are included. • Minimize"), alone
    week = f"<p>{_UPDATE} The following week is busy for the whole team.</p>"
    assert excerpt(week).endswith("The following week is busy for the whole team."), excerpt(week)
    paid = f"<p>{_UPDATE} The following entries are included in the paid plan only.</p>"
    assert excerpt(paid).endswith("included in the paid plan only."), excerpt(paid)


def test_a_last_sentence_pointing_to_further_reading_goes_from_the_excerpt():
    """Set 64b F2 (1by--helios-releases.atom as above; yusuke-k-tb--xai-security.rss, repository
    yusuke-k-tb/xai_rss_feed, Japanese advisories in plain text): "For more information, see the information below or
    check the wiki.", "詳細は記事参照。", "新脅威ブリーフ参照。", "詳細: breachnews.com" ended the excerpt (and the digest
    entries that show it): a summary already drops them. They go from the excerpt's end when a sentence comes before;
    alone they stay, and a sentence that reports stays."""
    wiki = f'<p>{_UPDATE} For more information, see the notes below or check the <a href="/w">wiki</a>.</p>'
    assert excerpt(wiki) == _UPDATE, excerpt(wiki)
    leak = "ある病院グループが患者の診療記録と請求書を公開したと主張。"
    assert excerpt(f"<p>{leak}詳細は記事参照。</p>") == leak
    assert excerpt(f"<p>{leak}新脅威レポート参照。</p>") == leak
    assert excerpt(f"<p>{leak}詳細: leaknews.example</p>") == leak, excerpt(f"<p>{leak}詳細: leaknews.example</p>")
    assert excerpt("<p>詳細は記事参照。</p>") == "詳細は記事参照。"
    # near misses: a sentence that says what happened, a reference inside a longer sentence
    said = f"<p>{_UPDATE} Researchers hope to learn more about the crash next week.</p>"
    assert excerpt(said).endswith("learn more about the crash next week."), excerpt(said)
    cited = f"<p>{leak}警察は病院の発表した報告書と第三者機関の調査結果を参照して捜査を進めている。</p>"
    assert excerpt(cited).endswith("捜査を進めている。"), excerpt(cited)


def test_a_phrase_that_leans_on_the_sentence_before_is_read_so():
    """Set 64b F5 (freeipa--planet-rss20.xml, repository freeipa/freeipa-planet, a planet of engineers' blogs): a digest
    took "What triggered it is that I started…", "As a consequence, the EST client fails…", "One option is to
    compose…" (its question left out) and "Now, if you see a record that is missing…" without the sentence each leans
    on. Each is taken only after it; the same words that lean on nothing stay free."""
    before = "The service sends a header the client does not expect."
    for leaning in (
        "As a consequence, the client fails to read the response.",
        "What prompted it is that I began a new side project last spring.",
        "The reason for this is a missing space in the header.",
        "Now, if you see a line without a date, you know where it came from.",
        "Having said that, the server still answers every request.",
    ):
        assert leans_on([before, leaning], 1), leaning
    assert leans_on(["So how do I try my patch on a real cluster?", "One option is to build an image."], 1)
    assert leans_on(["It should be simple... or is it?", "Well of course it isn't, the library is finicky."], 1)
    assert not leans_on(["It should be simple.", "Well, the library is finicky."], 1)
    for free in (
        "As a consequence of the outage, the client now retries each request.",
        "Now available for every user of the service.",
        "What happens if this is the last copy?",
        "The reason we moved is the rent.",
    ):
        assert not leans_on([before, free], 1), free
    assert not leans_on(["The team met in May.", "One option is to build an image."], 1)
    back = "After a long hiatus I am back with a new blog post."
    triggered = "What triggered it is that I started a new proxy project in Rust because the old proxy kept failing."
    rest = ("The Rust proxy now handles thousands of connections per second on a small machine.", "More on it soon.")
    chosen = summarize([SourceText("Building a proxy in Rust", (back, triggered, *rest))], 2)
    assert triggered not in chosen or back in chosen, chosen


def test_a_sentence_announcing_a_quotation_is_not_shown_without_it():
    """Set 64a F20 (kangminsukdotcom--blog-ko.xml, repository kangminsukdotcom/blog, a Korean essay): "지구 멸망 하루 전
    정부는 공식으로 발표한다." ("…the government officially announces.") opened a summary without the quotation it
    announces. A short sentence whose last word is a verb of saying, followed by a quotation, is taken only with it;
    a speech tag after the words ("He resigned, the company said.") and a sentence before no quotation stay free."""
    announcing = "세상이 끝나기 전날 시장은 공식으로 발표한다."
    quotation = "“내일 아침 배를 타고 떠날 사람 열 명을 뽑겠습니다."
    assert announces_quote(announcing, quotation)
    assert announces_quote("Then the mayor announced.", "“We will pick ten people tomorrow.”")
    assert not announces_quote(announcing, "우선 무엇이 필요한지 알아야 한다.")
    assert not announces_quote("He resigned on Monday, the company said.", "“We thank him for his work.”")
    assert not announces_quote("The mayor met the council on Monday and answered.", "Then she left.")
    story = SourceText(
        "배를 타는 사람",
        (
            announcing,
            quotation,
            "모든 시민에게는 자기 능력을 말할 수 있는 삼십 초가 주어집니다.”",
            "우선 새 도시를 세우는 데 실제로 도움이 될 기술이 무엇인지 알아야 한다.",
            "나는 작은 빵집을 운영한 경험밖에 없다.",
        ),
    )
    assert announcing not in summarize([story], 3), summarize([story], 3)


def _wrote(post: str) -> str:
    """A Discourse post as its category's feed quotes it."""
    return f"<p>@seller wrote:</p><blockquote>{post}</blockquote><p>Posts: 1</p><p>Participants: 1</p>"


def test_a_for_sale_posts_price_and_terms_lines_stay_in_the_excerpt():
    """Set 64b F3 (sebiik--axoloti-lounge.rss, repository sebiik/community.axoloti.com.backup, a Discourse forum's
    for-sale posts): "Selling … Already assembled. £90" ended the excerpt with "…", the rest of the post lost; "Will
    only ship to the UK" and "£75 + postage" were read as headings and dropped. A short line that holds a price or opens
    on a modal without a subject is a line of the text: run in, " / " after a line without a stop. A real heading
    ("Known behavior") is still skipped, and a known one stays out."""
    first = (
        "<p>Selling a synth core and its control board. Already assembled. £90</p>"
        "<p>I have a good record of sales on two other forums, but feel free to ask me anything.</p>"
        "<p>Pm for pictures, UK only.</p>"
    )
    shown = excerpt(_wrote(first))
    assert shown == (
        "Selling a synth core and its control board. Already assembled. £90 / I have a good record of sales on two "
        "other forums, but feel free to ask me anything. Pm for pictures, UK only."
    ), shown
    terms = "<p>Lightly used and in mint condition.</p><p>Will only ship to the UK</p><p>€75 + postage</p>"
    shown = excerpt(_wrote(terms))
    assert shown == "Lightly used and in mint condition. Will only ship to the UK / €75 + postage", shown
    known = "<p>The new release fixes a crash at start.</p><p>Known behavior</p><p>The window may flicker once.</p>"
    assert excerpt(known) == "The new release fixes a crash at start. The window may flicker once.", excerpt(known)
    heading = "<p>The plan covers the whole team for a year.</p><h2>$20 a month</h2><p>It is billed yearly.</p>"
    assert "$20" not in excerpt(heading), excerpt(heading)
    name = "<p>The band played for two hours.</p><p>Will Smith on stage</p><p>The crowd sang along.</p>"
    assert "Will Smith" not in excerpt(name), excerpt(name)


def test_a_report_that_opens_like_a_pointer_stays_at_the_excerpts_end():
    """Review rev64d, 1 (of set 64b F2's rule): a last sentence that only opens like a pointer to further reading
    ("More details emerged…", "To learn more, the team…", "Plus d'informations seront…", "Weitere Informationen … gab
    die Polizei bekannt", "Подробнее о причинах рассказал…") reports what happened: it stays. One that sends the reader
    elsewhere (a word that points, a link, a label's colon, an imperative) still goes."""
    for kept in (
        "<p>Police said two people were hurt in the blast on Monday. More details emerged on Tuesday, when the police "
        "named the suspect as a former worker.</p>",
        "<p>Scientists found a new gene linked to migraine. To learn more, the team sequenced the genomes of 3,000 "
        "patients in Finland.</p>",
        "<p>La ville a fermé trois écoles lundi après une fuite de gaz. Plus d'informations seront communiquées jeudi "
        "par le préfet.</p>",
        "<p>Bei dem Brand in Köln wurden zwei Menschen verletzt. Weitere Informationen zur Brandursache gab die Polizei "
        "am Abend bekannt: ein defekter Akku.</p>",
        "<p>Die Bahn streicht ab Montag 200 Verbindungen. Mehr dazu sagte ein Sprecher nicht.</p>",
        "<p>Компания закрыла завод в Туле. Подробнее о причинах рассказал директор на пресс-конференции.</p>",
        "<p>I ricercatori hanno trovato un nuovo gene. Per saperne di più, il gruppo ha sequenziato 3.000 genomi.</p>",
    ):
        text = kept[3:-4]
        assert excerpt(kept) == text, excerpt(kept)
    news = "The city council approved the budget on Monday."
    for pointer in (
        "For more information, visit the council's website.",
        "Read more on our blog.",
        "More details: council.example/budget",
        "Please view the complete report.",
        "For more info on how the help.",  # (its link on a line of its own: set23's streetfightradio podcast feed)
    ):
        assert excerpt(f"<p>{news} {pointer}</p>") == news, pointer
    bahn = "Die Bahn streicht ab Montag 200 Verbindungen."
    assert excerpt(f"<p>{bahn} Weitere Informationen finden Sie auf bahn.example.</p>") == bahn
    plant = "Компания закрыла завод в Туле."
    assert excerpt(f"<p>{plant} Подробнее читайте на сайте компании.</p>") == plant


def test_a_chinese_sentence_ending_on_its_reference_stays():
    """Review rev64d, 2 (of set 64b F2's "…参照。"): Chinese "以…为参照" ("takes … as its reference") ends an ordinary
    sentence; a Japanese "新脅威レポート参照。" still goes (test above)."""
    for kept in (
        "<p>国家标准委员会周一发布了新的电动汽车电池安全标准。新标准以欧盟现行法规为参照。</p>",
        "<p>新规定将于明年一月一日起实施。各地可以此为参照。</p>",
    ):
        assert excerpt(kept) == kept[3:-4], excerpt(kept)


def test_the_following_time_is_no_pointer():
    """Review rev64d, 6 (of set 64b F2's "The following options are included."): "The following year Spotify is
    listed." says when, not what follows."""
    founded = "<p>The company was founded in 2015 in Berlin. The following year Spotify is listed.</p>"
    assert excerpt(founded) == founded[3:-4], excerpt(founded)
    day = "<p>The company was founded in 2015 in Berlin. The following day is listed.</p>"
    assert excerpt(day) == day[3:-4], excerpt(day)


def test_a_lede_that_reports_what_was_said_is_no_announcement():
    """Review rev64d, 3 (of set 64a F20's rule): a Korean lede quotes what was said before its verb ("…늘었다고
    밝혔다."), and "objects", "une annonce" are nouns: such a sentence says what, and a summary may lead with it."""
    lede = "삼성전자는 올해 2분기 영업이익이 10조원으로 작년보다 25% 늘었다고 밝혔다."
    quote = "“반도체 수요가 빠르게 회복되고 있다”고 회사 관계자는 설명했다."
    assert not announces_quote(lede, quote)
    story = SourceText("실적", (lede, quote, "주가는 이날 3% 올랐다.", "업계는 하반기 실적도 좋을 것으로 내다봤다."))
    assert summarize([story], 1) == [lede], summarize([story], 1)
    frozen = "Python 3.14 adds support for frozen dataclass objects."
    assert not announces_quote(frozen, '"Frozen objects are hashable by default" is how the notes put it.')
    assert not announces_quote("Les salariés attendent une annonce.", "« Nous voulons des réponses. »")
    assert announces_quote("정부는 공식으로 발표한다.", "“새로운 행성을 향해 떠날 사람을 뽑겠습니다.")


def test_a_news_now_leans_on_nothing():
    """Review rev64d, 4 (of set 64b F5's "Now, …"): "Now, a five-year study shows…" opens news that stands alone; only
    "Now, if/when/you/let's…" (an instruction going on from the sentence before) leans."""
    assert not leans_on(["We covered this drug here back in 2019.", "Now, a study of 12,000 patients shows it."], 1)
    assert leans_on(["Run the import first.", "Now, when the import is done, open the report."], 1)
    assert leans_on(["A max is a monoid.", "Now, given a total order on a set, we get a monoid."], 1)
    drug = SourceText(
        "Asthma drug halves hospital stays, five-year study shows",
        (
            "We covered this drug here back in 2019.",
            "Now, a five-year study of 12,000 patients shows the asthma drug halves hospital stays.",
            "The study ran in 14 countries and was paid for by a public fund.",
        ),
    )
    bridge = SourceText("Bridge reopens", ("The Elm Street bridge reopened on Monday after two years of repairs.",))
    chosen = summarize([drug, bridge], 2)
    assert "We covered this drug here back in 2019." not in chosen, chosen


def test_a_heading_or_question_with_a_price_or_a_modal_is_no_term_line():
    """Review rev64d, 5 (of set 64b F3's rule): a title with a price in it ("Why $5 coffee is worth it", "The $399
    question"), a question without its mark ("Can you trust a chatbot…") and a feature list's "Can export…" in a post
    with no price line stay headings; a line that is a price only and its terms still run in (test above)."""
    for markup, shown in (
        (
            "<p>Coffee prices rose again this year across Europe.</p><p>Why $5 coffee is worth it</p>"
            "<p>A good cup takes skill, care and time.</p>",
            "Coffee prices rose again this year across Europe.",
        ),
        (
            "<p>Valve shipped its new handheld this week.</p><p>The $399 question</p><p>Is it worth it? Mostly yes.</p>",
            "Valve shipped its new handheld this week. Is it worth it? Mostly yes.",
        ),
        (
            "<p>Chatbots now answer a third of support tickets at large banks.</p>"
            "<p>Can you trust a chatbot with your money</p><p>Regulators are not sure yet.</p>",
            "Chatbots now answer a third of support tickets at large banks.",
        ),
        (
            "<p>The museum reopens on Saturday after two years of works.</p><p>Open to the public from 10am</p>"
            "<p>Tickets cost 12 euros.</p>",
            "The museum reopens on Saturday after two years of works.",
        ),
        (
            "<p>The app is now out on Android.</p><p>Can export notes to PDF</p><p>Will sync across devices</p>"
            "<p>Download it from the store.</p>",
            "The app is now out on Android.",
        ),
    ):
        assert excerpt(markup) == shown, excerpt(markup)
    sale = "<p>Selling a synth core. Great condition! £90</p><p>Pm for pictures, UK only.</p>"
    assert excerpt(_wrote(sale)) == "Selling a synth core. Great condition! £90 / Pm for pictures, UK only."
