"""Set 71 (/work/unseen71a/FINDINGS.md, /work/unseen71b/FINDINGS.md), group c, structure: a heading glued after a
colon (71a F6, bot/sectionheads.py), a toot's dash lines laid out with <br> run together (71b F5, bot/dashitems.py,
bot/linebreaks.py), code lines pasted with <br>s over a question that went with them (71a F7, bot/codelines.py). Made-up
text in the feeds' shapes."""

import lxml.html

from bot.codelines import code_lines_apart
from tests.builders import digest_summary, excerpt, read_entries


def test_a_heading_after_a_colon_is_no_answer_to_it():
    """Set 71a F6 (Zmeyche--zmeyche-blog.xml, repository Zmeyche/zmeyche.com, in /work/unseen71a/feeds): a recipe's
    "…лесен за правене:" then an <h3> of the filling's section ("пълнеж - съставки и инструкции") and its checklist:
    the heading was glued on as the colon's answer. The excerpt ends at the heading (the colon's "…" says more
    follows). A numbered point the colon announces, and a label heading over a list, stay."""
    recipe = (
        "<p>Най-хубавото на тази торта е, че се прави много бързо:</p><h3>крем - съставки и стъпки</h3>"
        "<ul><li><input disabled='' type='checkbox'> 3 яйца</li><li><input disabled='' type='checkbox'> 200г захар</li>"
        "</ul><p>(аз слагам и малко ванилия)</p>"
    )
    text = excerpt(recipe)
    assert "крем" not in text and text.startswith("Най-хубавото на тази торта"), text
    numbered = "<p>这种方案有几个局限性：</p><h3>1. 供应商锁定</h3><p>当你的数据都在一家供应商那里时，迁移的成本会变得非常高。</p>"
    assert "供应商锁定" in excerpt(numbered), excerpt(numbered)
    label = (
        "<p>Підсилювач має два виходи, які відрізняються за рівнем сигналу:</p><h3>Line-Out характеристики:</h3>"
        "<ul><li>Рівень сигналу: вища напруга</li><li>Опір: низький</li></ul>"
    )
    assert "Line-Out характеристики:" in excerpt(label), excerpt(label)
    heading_after_sentence = "<p>Това е първият ред на текста.</p><h3>Какво следва</h3><p>Следва вторият ред.</p>"
    assert "Следва вторият ред." in excerpt(heading_after_sentence)


_TOOT = (
    "<p>Dinner parties in 2025:</p><p>- if you bring wine, you are a snob<br />- if you bring beer, you are a "
    "barbarian<br />- if you bring nothing, everyone notices and you are rude </p><p>There is no winning anymore. No "
    "gift is safe, no host is pleased. Bring flowers next time!</p>"
)


def test_dash_lines_with_breaks_are_a_lists_items():
    """Set 71b F5 (jbfriedrich--mastodon.xml, repository jbfriedrich/jbfriedrich.github.io's toots, in
    /work/unseen71b/feeds): a toot's "- if you…<br />- if you…<br />- if you…" ran together as one sentence ("…a
    snob - if you bring beer…"). Each line is a list's item ("• if you bring beer…"), as when each is a block of its
    own (the paragraph after the list still goes: see the report of fix71c). A dialogue's dash lines, lines that
    each end a sentence, and an item whose words go on in the next line in lower case stay as they were."""
    [toot] = read_entries([{"title": "Dinner parties in 2025", "link": "/9", "text": _TOOT}])
    assert "• if you bring beer, you are a barbarian •" in toot.excerpt, toot.excerpt
    assert toot.excerpt.startswith("• if you bring wine, you are a snob • if you") and " - " not in toot.excerpt
    assert " - if you" not in digest_summary(toot), digest_summary(toot)
    dialogue = "<p>Вечером она позвонила.</p><p>– Как дела?<br>– Хорошо, а у тебя?<br>– Тоже.</p>"
    assert "•" not in excerpt(dialogue) and "– Как дела?" in excerpt(dialogue), excerpt(dialogue)
    changelog = "<p>Version 2.1 is out.</p><p>- Fixed the login page.<br>- Added a dark theme.</p>"
    assert "•" not in excerpt(changelog), excerpt(changelog)
    wrapped = "<p>We packed:</p><p>- a tent<br>- two sleeping bags and<br>a stove for the mornings</p>"
    assert "•" not in excerpt(wrapped), excerpt(wrapped)


def test_code_lines_over_a_question_leave_the_question():
    """Set 71a F7 (PythonFreeCourse--python-il-forums.xml, repository PythonFreeCourse/forum's Discourse feed, in
    /work/unseen71a/feeds): a post pasted three lines of code with <br>s and asked about them in the next lines of
    the same paragraph; read as one block it was code, and the excerpt and the summary were empty. The code lines go
    as code; the question is the excerpt. A paragraph that names code in its sentences, and one that is all code,
    stay as they were."""
    post = (
        "<p>print('shopping list:')<br>\nfor item, price in basket.items():<br>\nprint(f\"{item:12} -----> {price}.\")"
        "<br>\nלמה צריך את ה:12 בשורה האחרונה? (בהדפסה)<br>\nתודה רבה!</p><p><small>2 פוסטים - 2 משתתפים</small></p>"
    )
    [entry] = read_entries([{"title": "שאלה על הקוד", "link": "/t/1", "text": post}])
    assert entry.excerpt.startswith("למה צריך את ה:12 בשורה האחרונה?"), entry.excerpt
    assert "print" not in entry.excerpt and "print" not in digest_summary(entry), digest_summary(entry)
    assert "למה צריך" in digest_summary(entry)
    prose = "<p>I call len(items) in the loop;<br>it returns {} for an empty dict.<br>Why is that?</p>"
    assert excerpt(prose).startswith("I call len(items)"), excerpt(prose)
    for markup in ('<p>int main() {<br>  printf("hi");<br>  return 0; }</p>', "<p>a = {}<br>Then it <b>fails</b>.</p>"):
        root = lxml.html.fromstring(markup)  # (all code, or a line with an element: left alone)
        code_lines_apart(root, markup)
        assert root.find(".//pre") is None
