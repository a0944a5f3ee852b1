"""Set 46's findings (/work/unseen46/FINDINGS.md): made-up texts in the shape of the feeds' items."""

import pytest

from tests.builders import T0, excerpt, read_entries


def test_a_statuspage_stamp_written_with_var_parts_goes():
    """set46 F1: esa--saucelabs-status.xml #0-#9 kept "Nov 14, 14:07 PST Resolved - …": the stamp's date and time
    are in ``<var data-var=…>`` inside the ``<small>`` (the plain ``<small>`` stamp went already, set28 F3)."""
    markup = (
        "<p><small>Nov <var data-var='date'>14</var>, <var data-var='time'>14:07</var> PST</small><br>"
        "<strong>Resolved</strong> - Tunnels are starting again. This incident has been resolved.</p>"
        "<p><small>Nov <var data-var='date'>14</var>, <var data-var='time'>13:51</var> PST</small><br>"
        "<strong>Monitoring</strong> - Tunnels in one region could not start. We are watching the recovery.</p>"
    )
    shown = excerpt(markup, title="Tunnels failing to start")
    assert shown.startswith("Resolved: Tunnels are starting again."), shown
    assert "PST" not in shown and "Nov 14" not in shown, shown


def test_a_small_line_with_a_link_is_no_stamp():
    """set46 F1's risk: a ``<small>`` holding a link is no stamp, and stays."""
    markup = (
        '<p><small>See <a href="/v2">release 2</a></small><br>'
        "<strong>Resolved</strong> - The tunnels are starting again after the fix was deployed.</p>"
    )
    assert "release 2" in excerpt(markup)


def _item(title: str, description: str, content: str) -> str:
    """An RSS item of a description and a content:encoded."""
    return (
        f"<item><title>{title}</title><link>https://site.example/x</link><description>{description}"
        f"</description><content:encoded><![CDATA[{content}]]></content:encoded></item>"
    )


def _read(items: str) -> list:
    """The articles read_feed makes of an RSS document of ``items`` (with the content module's namespace)."""
    from bot.normalize import read_feed

    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Feed</title>{items}</channel></rss>"
    )
    return list(
        read_feed(body.encode(), url="https://site.example/feed", source="f", now=T0, excerpt_length=300).articles
    )


@pytest.mark.parametrize(
    ("description", "links", "expected"),
    [
        # set46 F2: m1stadev--apple-dev-releases.xml #0-#9 ("Xcode 13.2.1 (13C100)", …) kept "View downloadsView
        # release notes": the <description> is the labels of the two links that are all of <content:encoded>, glued.
        ("View downloadsView release notes", " class=more", ""),
        # its near miss: a short description that says more than the links' labels stays
        ("A bug-fix release of the tools.", "", "A bug-fix release of the tools."),
    ],
)
def test_a_description_that_is_only_the_contents_link_labels_is_no_excerpt(description, links, expected):
    """set46 F2: a plain description that is the content's link labels run together is navigation, no excerpt."""
    item = (
        f"<item><title>Xcode 13.2.1 (13C100)</title><link>https://site.example/x</link><description>{description}"
        f"</description><content:encoded><![CDATA[<p><a href=/download{links}>View downloads</a></p>"
        f"<p><a href=/go/?id=xcode-rn{links}>View release notes</a></p>]]></content:encoded></item>"
    )
    (article,) = _read(item)
    assert article.excerpt == expected, article.excerpt


def test_a_merge_commits_generated_subject_goes_and_its_message_stays():
    """set46 F3: chasekb--boost-decimal-tags.xml #1-#9 showed "Merge pull request #1021 from cppalliance/develop…", the
    message under it ("Merge to master for v5.2.0") cut off: git's generated subject is metadata."""
    markup = (
        '<p>Merge pull request <a class="issue-link js-issue-link" href="https://github.com/o/r/pull/1021">#1021</a>'
        " from cppalliance/develop</p>\n\n<p>Merge to master for v5.2.0</p>"
    )
    assert excerpt(markup, title="v5.2.0") == "Merge to master for v5.2.0"
    assert excerpt("<p>Merge branch 'main' into 'release/2.1'</p><p>Fix the parser's handling of tabs.</p>") == (
        "Fix the parser's handling of tabs."
    )


def test_a_merge_subject_with_words_of_its_own_stays():
    """set46 F3's near miss: a line that goes on after the branch is a message."""
    line = "Merge pull request #12 from x/y: adds Unicode support to the parser"
    assert excerpt(f"<p>{line}</p>") == line


def test_a_code_hosts_stock_repository_description_is_no_excerpt():
    """set46 F11: smichard--tech-insights.xml #8 "getcompanion-ai/feynman" showed GitHub's og:description, "Contribute
    to getcompanion-ai/feynman development by creating an account on GitHub." (a placeholder)."""
    text = "Contribute to getcompanion-ai/feynman development by creating an account on GitHub."
    (article,) = read_entries([{"title": "getcompanion-ai/feynman", "link": "/f", "text": text}])
    assert article.excerpt == "", article.excerpt
    miss = "Contribute to the project's development by opening an issue on GitHub."
    (article,) = read_entries([{"title": "How to help", "link": "/h", "text": miss}])
    assert article.excerpt == miss


def test_a_squash_merged_commits_markdown_bullets_read_as_a_list():
    """set46 F5: agsq11--kimi-commits.xml #2 "fix: prevent tui width overflows (#783)" showed "* fix: address tui review
    feedback", its Markdown asterisk kept (the body is a <pre>); #0 showed one of its bullets alone."""
    pre = (
        "<pre style='white-space:pre-wrap'>fix: keep the status bar in its width (#783)\n\n"
        "* fix: keep the status bar in its width\n\n* fix: address the review's notes\n\n* test: cover narrow panes</pre>"
    )
    shown = excerpt(pre, title="fix: keep the status bar in its width (#783)")
    assert shown == "• fix: address the review's notes • test: cover narrow panes", shown


def test_a_lone_bullet_over_the_commits_prose_gives_way_to_it():
    """set46 F5: agsq11--kimi-commits.xml #7 "feat: polish system prompt context (#780)" showed "* feat(agent-core):
    collapse hidden dirs in prompt…", the prose under that bullet (what #9, the same body, showed) cut off."""
    prose = (
        "Keep hidden directory entries visible in the snapshot while omitting their contents to reduce the noise, "
        "and document the tools models should use to inspect hidden paths."
    )
    pre = (
        f"<pre>feat: polish the prompt's context (#780)\n\n* feat(core): collapse hidden dirs in prompt\n\n{prose}\n\n"
        "* chore: add changesets\n\n* fix: prompt a brief status</pre>"
    )
    assert excerpt(pre, title="feat: polish the prompt's context (#780)") == prose


def test_one_line_opening_with_a_dash_in_preformatted_text_is_no_list():
    """set46 F5's near miss: a lone line that opens with a dash stays as written (a list needs two items)."""
    pre = "<pre>Forecast for the week ahead.\n- 5 degrees tonight, and frost on the hills by the morning.</pre>"
    assert "•" not in excerpt(pre)


# The review of set46's rules (the merged fix46a): each test fails without its mend.

_PARAGRAPH = (
    "Air defence units were active over six regions through the night, the air force said on Sunday morning, and "
    "debris fell on two villages without causing injuries, according to the regional governors."
)


def test_a_lone_html_list_item_over_a_paragraph_stays():
    """The review of set46, 1: the lone-bullet rule dropped any short HTML list item over a long paragraph (a news
    feed's "<ul><li>Ukraine says…</li></ul>"): only a commit's typed subject ("• feat(core): …") is a label."""
    for item in ("Ukraine says it shot down 40 drones overnight", "Fixed a crash when opening very large PDF files"):
        shown = excerpt(f"<ul><li>{item}</li></ul><p>{_PARAGRAPH}</p>")
        assert shown.startswith(f"• {item}"), shown


def test_code_and_dialogue_in_preformatted_text_are_no_list():
    """The review of set46, 2: a <pre>'s diff, a C comment, lines of dialogue apart, a dash before a number: no list."""
    diff = "<pre>Fixed the parser.\n\n- old_value = parse(x)\n- other = 1\n+ new_value = parse(x, strict=True)</pre>"
    assert "old_value" not in excerpt(diff) and "•" not in excerpt(diff), excerpt(diff)
    comment = "<pre>/*\n * Return the larger of two values.\n * Both must be finite.\n */\ndouble max(double a);</pre>"
    assert "•" not in excerpt(comment), excerpt(comment)
    apart = "<pre>- Bonjour, dit-il.\nElle ne répondit pas et regarda la mer.\n- Vous venez souvent ici ?</pre>"
    assert "•" not in excerpt(apart), excerpt(apart)
    cold = "<pre>Forecast for the night.\n- 5 °C tonight in the valleys\n- 2 °C on the hills</pre>"
    assert "- 5 °C" in excerpt(cold) and "•" not in excerpt(cold), excerpt(cold)
    code = "<pre><code>* fix: keep the status bar in its width\n* fix: address the review's notes</code></pre>"
    assert "•" not in excerpt(code)


def test_a_plain_texts_list_and_a_pres_follow_one_rule():
    """The review of set46, 3: two items in a row, in a plain text as in a <pre> (items apart: no list)."""
    from bot.blocks import plain_blocks

    text = "* fix the parser\n\nThe parser had a bug in it for a long time.\n\n* fix the tests"
    assert not any(line.startswith("•") for line in plain_blocks(text).lines)
    pre = f"<pre>{text}</pre>"
    assert "•" not in excerpt(pre), excerpt(pre)


def test_a_pres_list_items_after_a_link_are_bullets_too():
    """The review of set46, 4: the items after a link in the <pre> (in its tails) kept their Markdown star."""
    pre = (
        "<pre>fix: keep the status bar in its width (#783)\n\n"
        "* fix: keep the bar in its width (<a href=/o/r/pull/1>#1</a>)\n\n"
        "* fix: address the review's notes (<a href=/o/r/pull/2>#2</a>)\n\n* test: cover narrow panes</pre>"
    )
    shown = excerpt(pre, title="fix: keep the status bar in its width (#783)")
    assert "*" not in shown and shown.count("•") >= 2, shown


def test_a_code_hosts_stock_description_after_the_repositorys_own_goes():
    """The review of set46, 5: GitHub appends its stock sentence after a repository's own description."""
    own = "A fast JSON parser for embedded systems."
    text = f"{own} Contribute to acme/jsonlite development by creating an account on GitHub."
    (article,) = read_entries([{"title": "acme/jsonlite", "link": "/j", "text": text}])
    assert article.excerpt == own, article.excerpt


def test_the_merge_rows_longest_is_the_longest_block_tried():
    """The review of set46, 6: no block over boilerstrip.MAX_BLOCK is tried: a longer longest is a mistake."""
    from bot.boilerstrip import MAX_BLOCK
    from bot.gitrefs import GIT_ROWS

    assert all(0 < row.longest <= MAX_BLOCK for row in GIT_ROWS if row.where == "block")


def test_a_description_that_is_one_links_label_stays():
    """The review of set46, 7: links_only needs two links: one link's label is no row of links run together (a
    description that says what its content's one link gives stays)."""
    item = (
        "<item><title>Xcode 13.2.1</title><link>https://site.example/x</link>"
        "<description>View downloads</description>"
        "<content:encoded><![CDATA[<p><a href=/download class=more>View downloads</a></p>]]></content:encoded>"
        "</item>"
    )
    (article,) = _read(item)
    assert article.excerpt == "View downloads", article.excerpt


def test_a_lone_commit_item_over_a_cjk_paragraph_gives_way_to_it():
    """The review of set46, 7: the lone commit item's rule wanted an upper-case letter after it (never in Chinese)."""
    prose = "在快照中保留隐藏目录的条目但省略其内容以减少噪音，并记录模型应使用哪些工具来检查隐藏路径。" * 3
    pre = (
        f"<pre>feat: polish the prompt (#780)\n\n* feat(core): collapse hidden dirs in prompt\n\n{prose}\n\n"
        "* chore: add changesets\n\n* fix: prompt a brief status</pre>"
    )
    assert excerpt(pre, title="feat: polish the prompt (#780)").startswith(prose[:20])


def test_a_resolved_incident_summary_opens_on_its_newest_update():
    """set46 N2 (AFTER.md): esa--saucelabs-status.xml "2020-November-13 Service Incident": the digest dropped the
    newest update ("Resolved: This incident has been resolved.": few words) and ended on the oldest update's "We are
    investigating…": a resolved incident read as ongoing. The updates read in order, newest first."""
    from bot.summary import SourceText, summarize

    updates = (
        "Resolved: This incident has been resolved.",
        "Monitoring: Build tunnels were not starting and the REST API was not responding.",
        "We have taken corrective action and these services are now available again.",
        "We will continue to monitor the situation.",
        "Investigating: The dashboard is currently not responding.",
        "We are investigating and evaluating whether any other services are affected.",
    )
    summary = summarize([SourceText("2020-November-13 Service Incident", updates)])
    assert summary[0] == updates[0], summary
    assert summary == list(updates[: len(summary)]), summary


@pytest.mark.parametrize(
    ("credit", "gone"),
    [
        ("이 포스트는 보안팀의 ‘홍길동’ 선임 연구원님이 정성스럽게 작성 해 주셨습니다.", True),
        ("This post was written by Jane Doe of our research team.", True),
        ("This film was made by Jane Doe of our research team.", False),  # (a quote that is no credit stays)
    ],
)
def test_a_quote_opening_with_the_posts_credit_goes(credit, gone):
    """set46 F9: stealien--ufo-tech.xml #7 "뉴비들의 하드웨어 해킹 입문기" showed its opening <blockquote> (a credit for
    the post's authors, their team's promotion, the team lead's sign-off) as the whole excerpt."""
    markup = (
        f"<h1>하드웨어 해킹 입문기</h1><blockquote><p>{credit}</p>"
        "<p>보안팀(Team Example)은 IoT 장비의 취약점 분석과 다양한 소프트웨어에 대한 펜테스팅 서비스를 제공하고 있습니다.</p>"
        "<p>by 보안팀 팀장 김철수</p></blockquote>"
        "<h2>1. 인트로</h2><p>UART는 두 하드웨어 기기가 서로 Serial 통신할 때 사용하는 프로토콜입니다. 주로 하드웨어 개발자들이 "
        "디버깅 용도로 사용합니다.</p>"
    )
    shown = excerpt(markup, title="하드웨어 해킹 입문기")
    assert ("펜테스팅" not in shown and shown.startswith("UART는")) is gone, shown


def test_a_jekyll_excerpt_that_is_the_contents_markup_stripped_gives_way_to_the_content():
    """set46 F6: stealien--ufo-tech.xml #1 "… 2부" and #2 "… 1부" showed Jekyll's <summary> (the first blocks' text,
    the markup stripped): a table of contents ("목차 올림픽 게임 작전: … 작전 배경 …") and headings ("감사의 말씀 …
    개요 …") glued into the text. The content, whose blocks set them apart, is read."""
    content = (
        "<h2>목차</h2><ul><li><a href='#a'>올림픽 게임 작전: 나탄즈 핵시설</a><ul><li><a href='#b'>작전 배경</a></li>"
        "<li><a href='#c'>공격 대상 및 환경</a></li></ul></li><li><a href='#d'>종합 분석 및 시사점</a></li></ul>"
        "<h2 id='a'>올림픽 게임 작전: 나탄즈 핵시설</h2><h3 id='b'>작전 배경</h3>"
        "<p>2000년대 중반, 미국과 이스라엘은 이란의 핵 프로그램이 군사적 위협으로 발전할 가능성이 높다고 판단했다. "
        "특히 나탄즈 핵시설에서 진행되던 우라늄 농축 활동은 핵무기 개발과 직접적으로 연결될 수 있는 단계로 평가되었다.</p>"
    )
    summary = "목차 올림픽 게임 작전: 나탄즈 핵시설 작전 배경 공격 대상 및 환경 종합 분석 및 시사점 올림픽 게임 작전: 나탄즈 핵시설 "
    summary += "작전 배경 2000년대 중반, 미국과 이스라엘은 이란의 핵 프로그램이 군사적 위협으로 발전할 가능성이 높다고 판단했다."
    (article,) = _read(_item("사이버전의 양상 2부", summary, content))
    assert article.excerpt.startswith("2000년대 중반"), article.excerpt


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # set46 F10: the description starts mid-sentence: the content's lead, after its contributor box
        ("founders must confront a key question: Are there too many accelerators now, and is joining one needed?",
         "Unparalleled contrasts"),
        # its near miss: a description that starts a sentence stays
        ("Founders must confront a key question: Are there too many accelerators now, and is joining one needed?",
         "Founders must"),
    ],
)  # fmt: skip
def test_a_description_starting_mid_sentence_gives_way_to_the_contents_lead(description, expected):
    """set46 F10: mfukano--techcrunch.xml #5 "The startup landscape has shifted dramatically: …" showed its
    description, the feed's cut "founders must confront a key question: …", over the content; and the content's
    contributor box ('<div class="contributor-byline__bio">… is the managing director …</div>') is no lead."""
    content = (
        '<div class="article__contributor-byline"><span class="byline__author-name">Jane Roe</span>'
        '<span class="byline__author-title">Contributor</span><div class="contributor-byline__bio">'
        '<a href="https://x.example/in/jr">Jane Roe</a> is the managing partner at Example VC.</div></div>'
        "<p>Unparalleled contrasts have marked the last decade and a half, from a housing crash to a long bull market "
        "and a global pandemic. Amid these turbulent times, the accelerator industry has emerged as a stalwart.</p>"
        "<p>However, as we look into the future, founders must confront a key question: Are there too many "
        "accelerators now, and is joining one needed?</p>"
    )
    (article,) = _read(_item("Accelerators must adapt", description, content))
    assert article.excerpt.startswith(expected), article.excerpt


@pytest.mark.parametrize("brk", ["\n", "<br>"])
def test_a_pictographs_label_line_in_a_paragraph_goes(brk):
    """set46 F8: stealien--ufo-tech.xml #0 "CVE-2026-20840 …" glued a label line, set off from the sentence under it
    only by a line break inside the <p>, into the text: "…취약점입니다. 🔍 이 글을 처음 보시는 분들께 Microsoft는 …"."""
    markup = (
        "<p>2026년 1월, 파일 시스템 드라이버인 ntfs.sys에서 취약점이 패치되었습니다.</p>"
        f"<p>🔍 이 글을 처음 보시는 분들께{brk}Microsoft는 보안 패치를 공개할 때 무엇을 고쳤는지만 알려줄 뿐입니다.</p>"
        f"<p>🌹 Roses are red,{brk}violets are blue, the verse stays as it was written.</p>"
    )
    shown = excerpt(markup)
    assert "분들께" not in shown and "패치되었습니다. Microsoft는" in shown, shown
    assert "Roses are red," in shown, shown


def test_a_summary_does_not_open_on_think_of_it_as():
    """set46 F14: sentientwaffle--techcrunch.xml "Sexy IPOs Versus SaaS-y IPOs": the digest opened on "Think of it as
    the Sexy IPOs versus the SaaS-y IPOs.", whose "it" is what the sentence left out named."""
    from bot.discourse import leans_back
    from bot.summary import SourceText, summarize

    sentences = (
        "IPOs are hot again.",
        "Naturally, the press is focused on high-profile offerings like Facebook's.",
        "But, I think there is a more important group of companies going public: smaller, less sexy SaaS startups.",
        "Think of it as the Sexy IPOs versus the SaaS-y IPOs.",
        "They aren't household names, but the recent SaaS IPOs are doing better in the public markets, on average.",
        "Investors reward the SaaS IPOs for recurring revenue, while the sexy IPOs trade on hype.",
    )
    summary = summarize([SourceText("Sexy IPOs Versus SaaS-y IPOs", sentences)])
    assert summary == [sentences[-1]], summary  # (the rest lean back on what came before, unchosen)
    assert not leans_back("Think of the children when you build a playground.")
    # (set46 F6's content: "とすると、…" after a command the summary leaves out, set17's articles-hs--hatena-atom.xml)
    assert leans_back("とすると、👇のように端末に画像が表示されます。")


# The review of set46's rules (the merged fix46c): each test fails without its mend.


@pytest.mark.parametrize(
    ("markup", "kept"),
    [
        ("<p>🔥 Hot take: most engineering teams\ndo not need Kubernetes at all, and the ones that do know it.</p>",
         "Hot take: most engineering teams do not"),
        ("<p>🎉 Version 2.0 of Foo is out now<br>It adds plugins and a new configuration format for the tool.</p>",
         "Version 2.0 of Foo is out now It adds"),
        ("<p>⚠️ Breaking change in 3.0<br>The config file moved to a new place in the home directory of the user.</p>",
         "Breaking change in 3.0 The config"),
        ("<p>♪ Never gonna give you up\nNever gonna let you down, never gonna run around and desert you.</p>",
         "Never gonna give you up Never gonna let"),
        ("<p>🚀 We shipped the new dashboard\nIt loads twice as fast and shows every region on one page for you.</p>",
         "We shipped the new dashboard It loads"),
    ],
)  # fmt: skip
def test_a_pictographs_first_line_of_wrapped_prose_stays(markup, kept):
    """The review of set46 (fix46c), 1: F8's rule dropped a real sentence's first line (wrapped prose, a sentence
    without its stop, verse): only a heading's line, its last word not lower-case and a word, goes."""
    shown = excerpt(markup)
    assert kept in shown, shown


@pytest.mark.parametrize(
    ("title", "description", "content", "expected"),
    [
        ("curl speaks HTTP/3", "curl now speaks HTTP/3 by default, and the old flag is gone for good in this release.",
         "<p>Daniel Stenberg, the maintainer, shared that curl now speaks HTTP/3 by default in the new release.</p>"
         "<p>curl is the tool that moves data for billions of devices, and its HTTP/3 support took years.</p>",
         "curl now speaks"),
        ("htmx: a new maintainer", "htmx gets a new maintainer as the project turns five, and the old one steps back.",
         "<p>The project announced on Monday that htmx gets a new maintainer, who takes over the releases.</p>",
         "htmx gets"),
        ("Homelab notes, part 3", "i finally moved my homelab to a rack in the basement, and the house is quiet at last.",
         "<p>Homelab notes, part 3: the rack, the cables and the noise, and what I would do again next time.</p>",
         "i finally moved"),
    ],
)  # fmt: skip
def test_a_summary_opening_in_lower_case_that_no_sentence_of_the_content_ends_stays(
    title, description, content, expected
):
    """The review of set46 (fix46c), 2: F10's rule took any summary opening with two lower-case words for a
    sentence's tail: a name written small ("curl", "htmx": lower case where the title or a sentence starts), and a
    summary the content does not go on from, stay."""
    (article,) = _read(_item(title, description, content))
    assert article.excerpt.startswith(expected), article.excerpt


def test_a_guest_post_inside_its_credits_quote_stays():
    """The review of set46 (fix46c), 3: F9's rule dropped a credit's whole quote however long: a syndicated guest
    post all inside it showed only the author's bio. Its credit only goes."""
    text = "Kubernetes clusters grow in ways nobody plans for, and the bills grow with them, month after month."
    markup = (
        "<blockquote><p>This article was written by Jane Doe and first appeared on her blog.</p>"
        f"<p>{text} {text}</p><p>{text} {text}</p><p>{text}</p></blockquote>"
        "<p>Jane Doe is a staff engineer at Example Corp, where she works on the platform team and writes.</p>"
    )
    shown = excerpt(markup)
    assert "Kubernetes clusters grow" in shown and "written by" not in shown, shown


@pytest.mark.parametrize(
    "credit",
    [
        "Este artículo fue escrito por Ana García, de nuestro equipo de investigación.",
        "이 글은 보안팀의 홍길동 연구원이 작성했습니다.",
        "이 글은 보안팀의 홍길동 연구원이 작성하였습니다.",
        "この記事は研究チームの山田さんが執筆してくださいました。",
        "Dieser Beitrag wurde von Max Muster aus unserem Team geschrieben.",
    ],
)
def test_a_quote_opening_with_the_posts_credit_in_other_languages_goes(credit):
    """The review of set46 (fix46c), 4: F9's credit (one pattern with creditrows' closing credit) in Spanish, Korean
    without the honorific, Japanese and German."""
    markup = (
        f"<blockquote><p>{credit}</p><p>보안팀은 다양한 소프트웨어에 대한 펜테스팅 서비스를 제공하고 있습니다.</p></blockquote>"
        "<p>UART는 두 하드웨어 기기가 서로 Serial 통신할 때 사용하는 프로토콜입니다. 주로 하드웨어 개발자들이 디버깅 용도로 "
        "사용합니다.</p>"
    )
    shown = excerpt(markup)
    assert shown.startswith("UART는"), shown


def test_think_of_it_pointing_forward_does_not_lean_back():
    """The review of set46 (fix46c), 5: F14's "Think of it/these…" leaned back when it points forward."""
    from bot.discourse import leans_back

    assert not leans_back("Think of it this way: a database index is like the index at the back of a book.")
    assert not leans_back("Think of these five rules as your checklist before every deploy.")
    assert leans_back("Think of them like the Sexy IPOs versus the SaaS-y IPOs.")
