"""Set 43's findings (branch fix43a): F1, F5, F6, F11, F13, F10, F9 (/work/unseen43/FINDINGS.md)."""

from bot.blocks import plain_blocks, unwrapped
from bot.storylabels import unmarked
from tests.builders import excerpt, read_entries

_TERMINALS = (
    "Today I found myself with 13 open terminals, more than half of them running Pi or Claude Code. 13!! This is not "
    "a matter of pride."
)


def test_a_decorative_mark_a_blog_opens_every_post_with_goes():
    """thiagowfx--thiagowfx.github.io-en.xml #5 (and the -pt feed's #0-#9), F1: every post opens "<p>♠ Today I found
    myself…"; the excerpt kept the "♠". A lone symbol, a space and a word at a text's start is a decoration."""
    assert excerpt(f"<p>♠ {_TERMINALS}</p>") == _TERMINALS
    assert excerpt("<p>♠ 08 de março. Você sabe que dia é hoje.</p>") == "08 de março. Você sabe que dia é hoje."
    assert excerpt("<p>■ <strong>TIL</strong>: The radar is out.</p>") == "TIL: The radar is out."
    assert plain_blocks(f"♠ {_TERMINALS}").lines == [_TERMINALS]


def test_a_mark_that_means_something_stays():
    """The risks of F1: a rating, a sign before a number, a suit glued to its card, a frame around a
    heading (set38 F1's: the same symbol again in the line)."""
    for text in ("★ 5 stars for this one.", "− 5 degrees at dawn.", "♠A ♠K are the cards.",
                 "⚽ Bayern 2-1 Dortmund ⚽ Ein Tor in der Nachspielzeit entschied."):  # fmt: skip
        assert excerpt(f"<p>{text}</p>") == text


def test_a_sign_that_says_something_stays():
    """The review of F1 (mend43a): a section's sign, a tick or a cross, a phone's sign before its number, "about"'s
    sign are words; only a decoration (a shape, a suit, an ornament, an arrow before a word) goes."""
    for text in ("§ 219a StGB wurde gestrichen.", "§ 5 of the contract applies.", "☎ 0800 123 456 ist die Nummer.",
                 "✓ Works offline.", "✗ Not supported on Windows.", "≈ half of the residents left.",
                 "→ 5 degrees at dawn.", "⚠ Do not run this as root."):  # fmt: skip
        assert excerpt(f"<p>{text}</p>") == text
    assert excerpt("<p>❖ The radar is out.</p>") == "The radar is out."


def test_a_quoted_mails_header_at_the_start_goes():
    """thiagowfx--thiagowfx.github.io-en.xml "Google notice of content restriction" (mend43a, finding 0): the post
    opens with the mail it quotes, "♠ From: removals@google.com" / "To: me" / "Subject: …"; once the ♠ went the
    excerpt opened "Subject: Google notice of content restriction". A mail's header at a text's start goes."""
    header = (
        '<p>♠ From: <a href="mailto:removals@google.com">removals@google.com</a></p>\n<p>To: me</p>\n'
        "<p>Subject: Google notice of content restriction</p>\n"
    )
    body = "<blockquote><p>Your review isn’t posted.</p></blockquote><p>It was a blank review. I wrote nothing.</p>"
    assert excerpt(header + body) == "“Your review isn’t posted.” It was a blank review. I wrote nothing."
    run_in = "<p>From: removals@google.com To: me Subject: Google notice</p><blockquote><p>Your review isn’t posted."
    assert excerpt(run_in + "</p></blockquote><p>It was blank.</p>").startswith("“Your review")


def test_a_line_that_only_looks_like_a_header_stays():
    """The risk of the mail's header: one "From:" line, or a timetable's "From"/"To" without a subject or an address."""
    text = "From: the editors. We read every letter you send and answer most of them."
    assert excerpt(f"<p>{text}</p><p>Write to us.</p>") == f"{text} Write to us."
    lines = ["From: 9am on Monday", "To: 5pm on Friday", "The shop is open all week."]
    unmarked("", lines)
    assert lines == ["From: 9am on Monday", "To: 5pm on Friday", "The shop is open all week."]
    lines = ["From: Ana <ana@a.example>", "To: me", "The shop is open all week."]
    unmarked("", lines)
    assert lines == ["The shop is open all week."]


def test_a_crumb_to_the_previous_post_is_not_the_excerpt():
    """thiagowfx--thiagowfx.github.io-en.xml #3 (and #0, #2, #9), F5: the first paragraph is
    '♠ <a href="…/thoughtworks-technology-radar/">Previously</a>.'; the excerpt was "♠ Previously." alone (#3) or
    opened with it. A first paragraph that is only a link's label of a few words is a crumb, not text."""
    crumb = '<p>♠ <a href="https://perrotta.dev/2026/08/thoughtworks-technology-radar/">Previously</a>.</p>\n'
    problem = "Problem statement: post connections showed only direct links. I added a second kind of edge."
    assert excerpt(f"{crumb}<p>{problem}</p>") == problem
    lead_in = "Thanks to the Radar I finally adopted mise, so I migrated my dotfiles for every runtime:"
    items = "<ul><li><code>rbenv</code> (ruby)</li><li><code>tfenv</code> (terraform)</li></ul>"
    assert excerpt(f"{crumb}<p>{lead_in}</p>\n{items}").startswith(lead_in)


def test_a_first_paragraph_that_is_a_link_with_words_around_it_stays():
    """The risk of F5: a sentence that holds a link, and a link post's whole text, are text."""
    text = '<p>Read <a href="https://a.example/x">the report</a>.</p><p>It is long.</p>'
    assert excerpt(text) == "Read the report. It is long."
    headline = '<p><a href="https://a.example/x">Tidings 2.0 released</a>!</p><p>Grab it from PyPI today.</p>'
    assert excerpt(headline) == "Tidings 2.0 released! Grab it from PyPI today."  # (three words: no crumb's)
    assert excerpt('<p><a href="https://a.example/x">Guardian</a>.</p><p>Yes, it is.</p>') == "Guardian. Yes, it is."


def test_a_footnote_mark_linked_with_the_pages_address_goes():
    """thiagowfx--thiagowfx.github.io-en.xml #6 (and 5 more, -pt #4), F11: Hugo's footnote mark in a feed links with
    the page's full address, '<sup id="fnref:1"><a href="https://perrotta.dev/…/radar/#fn:1" class="footnote-ref"
    role="doc-noteref">1</a></sup>'; it was read as a superscript digit and shown "an yearly1 opinionated report"."""
    mark = (
        '<sup id="fnref:1"><a href="https://perrotta.dev/2026/08/thoughtworks-technology-radar/#fn:1" '
        'class="footnote-ref" role="doc-noteref">1</a></sup>'
    )
    text = f"<p>The Radar publishes an yearly{mark} opinionated report about the technology landscape today.</p>"
    assert excerpt(text) == "The Radar publishes an yearly opinionated report about the technology landscape today."
    assert excerpt('<p>Novo grupo<sup><a href="https://a.example/p/#footnote-2">2</a></sup>.</p>') == "Novo grupo."


def test_a_linked_exponent_stays():
    """The risk of F11: an exponent, or a link in a <sup> to another page, is no footnote's mark."""
    assert excerpt("<p>The flat has 40 m<sup>2</sup> of floor.</p>") == "The flat has 40 m² of floor."
    assert excerpt('<p>Area 40 m<sup><a href="https://a.example/units">2</a></sup> of floor.</p>') == (
        "Area 40 m2 of floor."  # (as before: a link's digit is not turned into a superscript)
    )


_NOTICE_BOX = (
    '<div class="flex px-4 py-3 rounded-md"><span class="icon"><svg viewBox="0 0 512 512"><path d="M506 417z"/></svg>'
    '</span><span class="dark:text-neutral-300"><strong>WARN!</strong> 아직 작성 중인 글입니다. 중도에 내용이 변경될 수 '
    "있습니다.</span></div>"
)


def test_a_notice_that_the_post_is_still_being_written_is_not_its_excerpt():
    """pmnxis--pmnxis.github.io-ko.xml #2, #3, #4, #5, F6: a callout "WARN! 아직 작성 중인 글입니다. 중도에 내용이 변경될 수
    있습니다." ("still being written, may change"), or the same in a blockquote, was the whole excerpt. A block that
    says the post is unfinished goes; nothing else: no excerpt."""
    story = "러스트로 임베디드 제품을 양산하면서 빌드 스크립트를 활용한 방법을 정리한다."
    assert excerpt(f"{_NOTICE_BOX}<p>{story}</p>") == story
    assert (
        excerpt(_NOTICE_BOX + '<p><figure><img src="https://a.example/feature.jpg" alt="constcat"></figure></p>') == ""
    )
    quoted = "<blockquote><p>아직 작성 중인 글입니다. 중도에 내용이 변경 될 수 있습니다.</p></blockquote>"
    assert excerpt(f"{quoted}<p>{story}</p>") == story
    assert excerpt(f"<p>Note: This post is a work in progress.</p><p>{_TERMINALS}</p>") == _TERMINALS


def test_a_warning_about_something_else_stays():
    """The risk of F6: a warning whose subject is not the post itself is the story."""
    text = "Warning: the exploit is being written into malware kits, researchers said."
    assert excerpt(f"<p>{text}</p><p>Patch now.</p>") == f"{text} Patch now."
    text = "This article is a draft of the law the council will vote on. It is long."
    assert excerpt(f"<p>{text}</p>") == text


def test_a_sentence_about_another_text_being_written_stays():
    """The review of F6 (mend43a): the notice names the post ("this/dieser/este/이 글…") and ends its sentence with
    it; a book or a document being written, a guide someone calls incomplete, a draft budget are the story."""
    for text in ("현재 새로운 책을 작성 중입니다. 곧 공개할 예정이니 기대해 주세요.", "팀에서 작성 중인 문서를 공유합니다. 의견을 주세요.",
                 "The government's guide is incomplete, critics said. More follows.",
                 "Wikipedia's article is incomplete and often wrong about the war.",
                 "Este texto es un borrador del presupuesto. Sigue.", "Este artigo é um rascunho da proposta.",
                 "Dieser Artikel ist ein Entwurf der EU-Kommission."):  # fmt: skip
        assert excerpt(f"<p>{text}</p><p>Mehr.</p>") == f"{text} Mehr."
    for notice in ("이 글은 아직 작성 중입니다.", "Dieser Artikel ist noch in Arbeit!", "Este texto es un borrador."):
        assert excerpt(f"<p>{notice}</p><p>{_TERMINALS}</p>") == _TERMINALS


def test_tex_ends_the_excerpt():
    """pmnxis--pmnxis.github.io-ko.xml #7, F13: "계수 유도 문제는 주기 신호와 함께 출제됩니다.: \\(x(t) \\rightarrow a_k\\)",
    MathJax's inline TeX, was kept. Inline TeX with a command in it ends the line, its colon with it."""
    heading = "<h2>1. 연속 신호의 푸리에 급수 계수</h2>"
    markup = f"{heading}<p>계수 유도 문제는 주기 신호와 함께 출제됩니다.: \\(x(t) \\rightarrow a_k\\)</p>"
    assert excerpt(markup) == "계수 유도 문제는 주기 신호와 함께 출제됩니다."
    assert excerpt("<p>The sum is small. $\\alpha + \\beta < 1$</p>") == "The sum is small."
    assert excerpt("<p>The bound holds. \\[ \\sum_k a_k \\le 1 \\]</p>") == "The bound holds."  # (display TeX too)


def test_tex_that_opens_a_sentence_is_its_own():
    """The review of F13 (mend43a): an arXiv abstract's sentence may open with TeX ("$\\mathcal{H}$ denotes…"); only
    TeX with nothing after it to the line's end goes."""
    text = "We study channels. $\\mathcal{H}$ denotes a Hilbert space, and we prove a bound on its rate."
    assert excerpt(f"<p>{text}</p>") == text
    text = "We study channels. \\(\\alpha\\) is small, and we prove a bound on its rate."
    assert excerpt(f"<p>{text}</p>") == text


def test_dollars_are_no_tex_and_tex_in_a_sentence_is_its_own():
    """The risks of F13: prices with "$" and a backslash elsewhere stay; TeX inside a sentence is its words
    (rssfeedsjl--quant-ph.xml in set13: "We investigate $n$-partite … ($\\text{GHZ}_n$) entanglement…"). Rewritten on
    purpose for set48 F3 (the review of set48, 9): simple TeX is rendered now, "$n$-partite" is "n-partite"."""
    text = "It costs $5 and $10 now. $5 and C:\\Program Files $10 more."  # ("$…$" with no command in it)
    assert excerpt(f"<p>{text}</p>") == text
    text = "We investigate $n$-partite Greenberger-Horne-Zeilinger ($\\text{GHZ}_n$) entanglement in circuits."
    # (set48 F3: a letter alone between "$"s is rendered, bot/texmath.py; the rest stays as it is)
    assert excerpt(f"<p>{text}</p>") == text.replace("$n$", "n")


def test_a_hard_wrap_after_a_korean_connective_ending_goes_on():
    """noizbuster--noiz-blog-ko.xml #0, F9: a plain-text summary wraps one sentence, "…간단하게 알아보고" / "사용해보면서
    겪은 시행착오나 느낌에 대해 이야기 해보려고 합니다."; the first line was read as a block, the excerpt cut with "…" and the
    digest opened mid-sentence. A long line ending in a connective ending ("-고", "-면서", "-지만") goes on."""
    first = "React.js 앱에 차트 표현을 위해 Billboard.js 를 사용하는방법을 간단하게 알아보고"
    second = "사용해보면서 겪은 시행착오나 느낌에 대해 이야기 해보려고 합니다."
    assert unwrapped([first, second]) == [f"{first} {second}"]
    (article,) = read_entries([{"title": "Billboardjs With React", "link": "/p/1", "text": f"{first}\n{second}"}])
    assert article.excerpt == f"{first} {second}"


def test_a_korean_heading_or_a_noun_ending_a_line_stays_a_block():
    """The risk of F9: a short line, or one ending in a noun ("…문서를 참고", "설정 화면"), ends its block."""
    assert unwrapped(["설치 방법", "사용해보면서 겪은 시행착오"]) == ["설치 방법", "사용해보면서 겪은 시행착오"]
    for line in (
        "설치 방법과 설정에 대한 자세한 내용은 문서를 참고",
        "설치 방법과 설정에 대한 자세한 내용은 설정 화면",
    ):
        assert unwrapped([line, "사용해보면서 겪은 시행착오"]) == [line, "사용해보면서 겪은 시행착오"]


def test_a_korean_noun_ending_in_go_ends_its_line():
    """The review of F9 (mend43a): "-고" goes on only after a verb's stem; a heading that ends in a noun of "고"
    ("교통사고", "공고", "경고", "보고") is its own block."""
    after = "어제 오후 시내에서 버스와 트럭이 충돌했다."
    for noun in ("교통사고", "모집 공고", "긴급 경고", "정기 보고"):
        line = f"서울 도심에서 어제 오후 발생한 대형 {noun}"
        assert unwrapped([line, after]) == [line, after]
    line = "이번 글에서는 설치 과정과 설정 방법을 자세히 설명하고"
    assert unwrapped([line, after]) == [f"{line} {after}"]
