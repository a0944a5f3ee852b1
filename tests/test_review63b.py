"""The review of b143b6d..708a263 (set 62's rules and one of set 61's review), findings 5, 10, 11, 12 and 13: rules that
fired where they should not or missed what they were written for, each with the shape it was written for still read
as before. The feeds the rules were written for have no licence: made-up text in each shape."""

from bot.danglinglabels import without_dangling
from bot.gluedmarks import spaced_marks
from bot.pointers import says_what_follows
from bot.usable import usable_in
from tests.builders import excerpt, read_entries

_PLACES = ("city hall", "the library", "the harbour", "the school", "the market", "the station", "the park", "the mill")
_INSERT = "<p>Support local reporting: become a member of the Gazette today and get every edition at your door.</p>"


def _bus_plan(n: int) -> dict[str, str]:
    text = (
        f"<p>The mayor of Town {n} announced a new plan for the buses of {_PLACES[n]} on Monday morning.</p>"
        f"<p>She told reporters at {_PLACES[n]}:</p>{_INSERT}"
        f"<p>“We will run the number {n} bus every ten minutes from March, and fares stay the same,” she said.</p>"
        f"<p>The council votes on the plan of Town {n} next week, and most members have said they back it.</p>"
    )
    return {"title": f"Bus plan {n}", "link": f"/bus-{n}", "text": text}


def test_a_lead_in_before_a_repeated_insert_still_leads_into_its_quote():
    """Finding 5 (bot/danglinglabels.py, written for set62 F3: pactus-project--pactus-ar.atom, repository
    pactus-project/pactus.org, in /work/unseen62/feeds): a quote's lead-in with a paragraph the feed repeats (a call
    to become a member) between it and the quote went as dangling. It is judged against the quote after the gap."""
    for n, article in enumerate(read_entries([_bus_plan(n) for n in range(8)])):
        assert f"She told reporters at {_PLACES[n]}: “We will run the number {n} bus" in article.excerpt, (
            article.excerpt
        )
        assert "become a member" not in article.excerpt, article.excerpt
    # (near misses: a label the feed repeats went with the paragraph it named; a list item that went was the label's)
    lines = [
        "In episode 4 we talk about caching.",
        "This episode is sponsored by:",
        "Acme runs your servers.",
        "We talk.",
    ]
    kept = [lines[0], lines[1], lines[3]]
    prose = lambda line: line.endswith(".") and line[0] != "•"  # noqa: E731
    assert without_dangling(lines, kept, frozenset(), prose, lambda line: line == lines[1]) == [lines[0], lines[3]]
    lines = ["It ships three apps:", "• Lark GUI: the window.", "The release is named after a river."]
    assert without_dangling(lines, [lines[0], lines[2]], frozenset(), prose, lambda _: False) == [lines[2]]


def test_a_support_line_is_a_question_clause_then_an_invitation_to_contact():
    """Finding 10 (bot/supportlines.py, was usable._NOISE_START, written for set62 F11: davidgumberg--bitcoincore-es.atom,
    repository davidgumberg/bitcoincore.org, in /work/unseen62/feeds): "If you have questions" dropped the sentence
    whatever followed, and other openings of the same line were missed."""
    for line in (
        "If you have any further questions, please contact us.",
        "Should you have any questions, do not hesitate to contact support.",
        "Bei Fragen wenden Sie sich bitte an unser Team.",
        "Si vous avez des questions, n'hésitez pas à nous écrire sur le forum.",
        "Если у вас есть вопросы, пишите нам в чат проекта.",
        "如果您有任何问题，请联系我们的客服团队。",
        # (the shape it was written for)
        "Si tiene alguna pregunta, por favor diríjase a la sala de chat #tool y haremos lo posible por ayudarle.",
        "If you have any questions, please join the #tool channel and we will do our best to help you.",
        "ご不明な点がありましたら、チャットルーム #tool までお気軽にお問い合わせください。",
    ):
        assert not usable_in(line, frozenset()), line
    # (near misses: the question clause answered, not an invitation)
    for near in (
        "If you have questions about eligibility, the answer is simple: everyone who lived here in 2024 qualifies.",
        "Bei Fragen zur Förderung hilft das Amt nicht weiter, sagte der Sprecher der Stadt am Montag.",
        "If you have the receipts, you can claim the refund until the end of May.",
    ):
        assert usable_in(near, frozenset()), near


def test_a_chinese_consequence_word_is_a_word_of_its_own():
    """Finding 11 (pointers._CONSEQUENCE, from the review of set 61, written for set60 F2: chuan-peng-lab--zh-post.xml,
    repository Chuan-Peng-Lab/Chuan-Peng-Lab, in /work/unseen60/feeds): a one-character consequence word matched inside
    a word (不会, 应用, 功能, 成都), so a condition alone read as whole."""
    for condition in (
        "如果你还不会用 Docker。",
        "如果你想了解这个应用的功能。",
        "如果你住在成都。",
        "如果你需要帮助。",
    ):
        assert says_what_follows(condition), condition
    # (near misses: the answer without its comma, led by a word of its own, is a whole sentence)
    for whole in (
        "如果明天下雨比赛不会取消。",
        "如果周末降温运动会将改到室内体育馆举行。",
        "如果文件不存在会自动创建一个新的文件。",
        "如果你会用 Docker 就可以跳过这一步。",
    ):
        assert not says_what_follows(whole), whole


def test_a_latin_or_quote_mark_drop_cap_joins_its_word():
    """Finding 12 (inlineedges.drop_caps_joined, written for set62 F6: hkustmdi--lab-zh.xml, repository
    hkustmdi/hkustmdi.github.io, in /work/unseen62/feeds): a Latin drop cap, or a quote mark as one, in an element of
    its own, then a newline or a space before its word's rest, read "T he city", "“ We"."""
    assert excerpt("<p><span>T</span>\n<span>he</span> city council met on Monday.</p>") == (
        "The city council met on Monday."
    )
    assert excerpt("<p><span>T</span> <span>he</span> city council met on Monday.</p>").startswith("The city")
    assert excerpt('<p><span class="dropcap">W</span>\nhen the rain came, the fair moved.</p>').startswith("When the")
    assert excerpt('<p><span class="dropcap">“</span>\nWe are ready,” she said.</p>') == "“We are ready,” she said."
    assert excerpt("<p><span>“</span> <span>We</span> are ready,” she said.</p>") == "“We are ready,” she said."
    # (near misses: a letter that is a word, a letter and a word after a space, a middle of a paragraph)
    assert excerpt('<div><span class="dropcap">A</span>\nbook of the year, and a fine one.</div>').startswith("A book")
    assert excerpt("<p><b>X</b> marks the spot on the old map.</p>") == "X marks the spot on the old map."
    assert excerpt("<p>The grade was <b>B</b>\nminus, she said.</p>") == "The grade was B minus, she said."


def test_a_hyphen_dialogue_with_a_narrator_s_tag_is_no_list():
    """Finding 13 (bot/gluedmarks.py, written for set58 F1: AgileVentures--agile-book-club-podcast.rss, repository
    AgileVentures/agile-book-club-podcast, in set 58's feeds): a dialogue written with hyphens whose lines neither ask nor exclaim ("-Buenas noches,
    Marta -dijo Juan-.") was read as a list. A line that carries a narrator's tag, a dash glued to a verb of saying,
    makes the lines a dialogue's."""
    for dialogue in (
        "-Buenas noches, Marta -dijo Juan-.\n-Buenas noches. Llegas tarde.\n-El tren se retrasó otra vez.",
        "-Boa noite, Marta -disse o pai.\n-Boa noite.",
    ):
        assert spaced_marks(dialogue) == dialogue
    # (near misses: a release note's items, a flag glued to its dash inside one, are a list's)
    notes = "Changes:\n-Fixed a crash when opening large files.\n-Added the -said flag to the tool for the logs."
    assert spaced_marks(notes) == notes.replace("\n-", "\n- ")
    notes = "Changes:\n-Fixed a crash when opening large files.\n-Added support for the -verbose option."
    assert spaced_marks(notes) == notes.replace("\n-", "\n- ")
