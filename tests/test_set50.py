"""Set 50's findings (/work/unseen50/FINDINGS.md). No file of the set has a licence (SOURCES.md): made-up text in
each item's shape."""

from bot.mastheads import label_end
from tests.builders import excerpt, read_entries


def test_a_job_boards_label_value_rows_read_as_a_record():
    """set50 F1: moj--hmpps-jobs.xml's entries were "Vacancy Title:13801 - Band 2 … Vacancy Id:13801 Role Type:…"
    (the masthead rule took "Vacancy " off, the rows ran together, the title and its id again)."""
    entries = [
        {
            "title": f"{n} - Band {n % 3 + 2} Night Porter",
            "link": f"/jobs/{n}",
            "text": f"Vacancy Title:{n} - Band {n % 3 + 2} Night Porter<br/>\nVacancy Id:{n}<br/>\nRole Type:Estates"
            f"<br/>\nSalary:£{n % 7 + 15},009 - £{n % 7 + 16},075<br/>\nLocation:Town {n % 5} <br/>\n"
            "Closing Date:25 Oct 2017 23:55 BST<br/>",
        }
        for n in range(4100, 4110)
    ]
    articles = read_entries(entries)
    first = articles[0].excerpt
    assert first.startswith("Role Type: Estates · Salary: £"), first
    assert "Title" not in first and "4100" not in first and first.endswith("Closing Date: 25 Oct 2017 23:55 BST")
    assert label_end("Vacancy Title:4100 - Band 2 Night Porter") == 0
    assert label_end("Abstract EnvHarness rigs environments.") > 0  # (a bare masthead's word still is one)


def test_a_preface_before_a_rule_an_authors_note_and_a_first_published_notice_are_no_lead():
    """set50 F2: kawhicurry--sspai.xml #5/#7/#8 opened on the site's note on its writers' community before an <hr>
    (#0 on a series' intro), #6 on "作者注：…" before the text (a player's "Audio" label between); echosoar--zhihu-
    hot.xml's answer on "本文首发我的微信公众号「…」（ID: …)" (made-up words in their shape)."""
    story = (
        "<p>" + "北京时间凌晨一点，发布会准时开始，一共公布了十九款新的游戏作品，其中有不少令人眼前一亮。" * 3 + "</p>"
    )
    preface = (
        "<p><strong>社区推荐</strong></p><p><a>Quill</a> 是一个写作社区，我们主张分享真实的体验。</p>"
        "<p>文章代表作者个人观点。</p><hr>"
    )
    assert excerpt(preface + story).startswith("北京时间凌晨一点"), excerpt(preface + story)
    note = '<p>作者注：本文基于播客内容改编，删减了大量内容。</p><div class="player">Audio</div>' + story
    assert excerpt(note).startswith("北京时间凌晨一点"), excerpt(note)
    notice = "<p>本文首发我的微信公众号「某某的专栏」（ID: mouzhuanlan)<br>这是一个我们经常感到困惑的问题。</p>"
    assert excerpt(notice).startswith("这是一个我们"), excerpt(notice)
    # Near misses: a standfirst before the rule that is no site's voice; a preface as long as the story
    standfirst = "<p>发布会只有四十分钟，却公布了十九款作品。</p><hr>" + story
    assert excerpt(standfirst).startswith("发布会只有四十分钟"), excerpt(standfirst)
    long_preface = "<p>" + "我们希望通过这个系列带你领略城市风光。" * 8 + "</p><hr>" + story
    assert excerpt(long_preface).startswith("我们希望"), excerpt(long_preface)


def test_a_shows_chapter_stamps_go_and_their_sentences_stay():
    """set50 F4: andr3carvalh0--nos-makkelijke-taal.xml's items opened "00:38 Het koppen van de bal…" (a stamp before
    each paragraph, "00:00 Begin van de uitzending…" the show's opening chapter), javaswag--soundcloud-podcast.xml
    #0 ran "…времени в Java 00:01:22 О себе 00:03:37 Коннектор…" (plain text, its chapters' list). Made-up words."""
    news = (
        "<p>00:00 Begin van het programma en een overzicht van alle onderwerpen.</p><br>"
        "<p>00:41  De trein rijdt vanaf morgen weer naar het noorden. Dat zegt het spoorbedrijf.</p><br>"
        "<p>03:05  Veel mensen gaan dit jaar op vakantie in eigen land. Dat blijkt uit onderzoek.</p><br>"
        "<p>06:10 Weer en samenvatting</p>"
    )
    assert excerpt(news).startswith("De trein rijdt vanaf morgen weer naar het noorden. Dat zegt"), excerpt(news)
    assert ":" not in excerpt(news)
    show = (
        "В 12 выпуске подкаста поговорили с гостем о базах данных и очередях сообщений\n00:01:10 О себе\n"
        "00:04:02 Первая работа\n00:09:45 Очереди, брокеры, логи\n00:15:30 Зачем нужен Kafka\n"
    )
    articles = read_entries([{"title": "#12 - Гость", "link": "/e12", "text": show}])
    assert "00:" not in articles[0].excerpt and articles[0].excerpt.startswith("В 12 выпуске"), articles[0].excerpt
    # Near miss: a programme's clock, no stamp from the show's start
    programme = "<p>19:30 Doors open and the bar serves drinks until the show starts.</p><p>20:00 The band plays.</p>"
    assert excerpt(programme).startswith("19:30 Doors open"), excerpt(programme)


def test_a_listings_terms_on_its_last_line_stay():
    """set50 F9: cronomst--craigslist-orlando.xml #6, "READ: cases/manuals only! NO games! \\n$5 each or make offer",
    lost its terms (a last line without a stop, taken for a heading and cut back) without a note. Made-up words."""
    articles = read_entries(
        [{"title": "Empty boxes for consoles", "link": "/a", "text": "Boxes only! No discs! \n$3 each or best offer"}]
    )
    assert articles[0].excerpt == "Boxes only! No discs! $3 each or best offer", articles[0].excerpt
    # Near miss: a last line that is no listing's terms still goes as before
    other = read_entries(
        [{"title": "Boxes", "link": "/b", "text": "Boxes only! No discs! \nCall me any time you like"}]
    )
    assert other[0].excerpt == "Boxes only! No discs!", other[0].excerpt


def test_a_dashed_rule_with_a_label_is_a_rule():
    """set50 F10 (part): echosoar--zhihu-hot.xml #4 kept "----------------------part 1-----------------------------"
    inside its text (a rule that carries a section's label). Made-up words."""
    markup = (
        "<p>读到这句话，就会有一种迷蒙感。<br>--------------part 1--------------<br>《某书》的作者有这样一段话。</p>"
    )
    assert "part" not in excerpt(markup) and "--" not in excerpt(markup), excerpt(markup)
    assert "a-----b" in excerpt("<p>The key is a-----b in the table, as before.</p>")  # (no rule inside a word)


def test_review_of_set50_times_ids_rules_and_prefaces_that_are_the_story_stay():
    """The review of 36e445a: a race's finishing times ("2:08:15 Kipchoge won…") are no chapter stamps (a show's
    stamps start at 00:…); "Year: 2024" under "2024 Budget" is no id row; "10:30" and "John 3:16" are no label's
    colon; "------verbose------" is a flag, no rule; a bracket that is no account id ends no first-published notice;
    a story's first paragraph in "we" before an <hr> is no preface."""
    race = (
        "<p>Race results.</p><p>2:08:15 Kipchoge won the race in a course record, ahead of the field.</p>"
        "<p>2:09:40 Bekele was second, forty seconds behind the winner.</p>"
        "<p>2:10:02 Kipruto was third after a late sprint for the line.</p>"
    )
    assert "2:08:15 Kipchoge" in excerpt(race)
    assert "10:30" in excerpt("<p>Meeting at 10:30<br>Room:B12<br>Speaker:Ann Lee<br>Topic:Budget review</p>")
    assert "John 3:16" in excerpt("<p>John 3:16 is the verse<br>Book:John<br>Chapter:3<br>Verse:16</p>")
    flag = "Use the flag ------verbose------ when you need more output, as shown."
    assert excerpt(f"<p>{flag}</p>") == flag
    notice = "本文首发于2018年的论坛（当时叫做旧论坛） 后来被很多人转载，这是原文。"
    assert excerpt(f"<p>{notice}</p>") == notice
    kyoto = "We spent three weeks in Kyoto last spring and this is what we found."
    assert excerpt(
        f"<p>{kyoto}</p><hr><p>The city is quiet in the morning. {'More about the city. ' * 8}</p>"
    ).startswith(kyoto)
    # A record's rows that hold a number of the title but under no id's label stay ("Year: 2024" under "2024 Budget";
    # an id's row goes, "Ref: 77")
    from bot.blocks import Blocks
    from bot.headline import without_title_parts

    rows = "Title: 2024 Budget · Year: 2024 · Ref: 77 · Spent: £12m · Owner: Town council"
    blocks, _ = without_title_parts(Blocks([rows]), "2024 Budget")
    assert blocks.lines[0] == "Year: 2024 · Spent: £12m · Owner: Town council"
