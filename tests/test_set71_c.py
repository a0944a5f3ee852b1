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
    numbered = (  # (a point the colon announces, over a list too: rev71c 7, the clause for it can fail here)
        "<p>There are three problems with this approach to hosting:</p><h3>1. Vendor lock-in</h3>"
        "<ul><li>Your data sits with one vendor</li><li>Moving it costs a lot</li></ul>"
    )
    assert "Vendor lock-in" in excerpt(numbered), excerpt(numbered)
    label = (
        "<p>Підсилювач має два виходи, які відрізняються за рівнем сигналу:</p><h3>Line-Out характеристики:</h3>"
        "<ul><li>Рівень сигналу: вища напруга</li><li>Опір: низький</li></ul>"
    )
    assert "Line-Out характеристики:" in excerpt(label), excerpt(label)
    heading_after_sentence = "<p>Това е първият ред на текста.</p><h3>Какво следва</h3><p>Следва вторият ред.</p>"
    assert "Следва вторият ред." in excerpt(heading_after_sentence)


def test_a_heading_after_a_colon_may_be_its_answer():
    """Rev71c 6 and 7 (the review of set 71a F6's rule): a heading over a paragraph after a colon may be the colon's
    answer (a reader's question, a speech's words, the first of the changes announced): the excerpt reads on, as
    before. Only a heading over a list ends it, in a script without spaces too ("…步骤如下：" is no label)."""
    question = (
        "<p>A reader sent us a question that many of you have asked too:</p><h3>Why does my battery drain overnight?"
        "</h3><p>Usually it is background refresh. Turn it off in settings.</p>"
    )
    assert "Why does my battery drain overnight? Usually it is" in excerpt(question), excerpt(question)
    quoted = (
        "<p>The minister ended his speech with these words:</p><h2>“We will not give up”</h2><p>The crowd cheered "
        "for minutes.</p>"
    )
    assert "“We will not give up”" in excerpt(quoted), excerpt(quoted)
    release = (
        "<p>This release brings several big changes you should know about:</p><h2>Breaking changes</h2><p>The config "
        "format changed; run the migration script before upgrading.</p>"
    )
    assert "The config format changed" in excerpt(release), excerpt(release)
    spaceless = (
        "<p>这道菜做起来非常简单，步骤如下：</p><h3>馅料 - 材料和步骤</h3><ul><li>鸡蛋三个</li><li>白糖200克</li></ul>"
    )
    assert "馅料" not in excerpt(spaceless) and excerpt(spaceless).startswith("这道菜"), excerpt(spaceless)


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


def test_dash_lines_that_are_no_list_stay():
    """Rev71c 1-5 (the review of set 71b F5's rule): <br> dash lines of which one ends a sentence before the last (the
    excerpt would stop after that item: "…a snob!", a podcast's "Les news:" in set23's appload feed), whose last line
    heads the lines after it ("* Méga dossier spécial photo :", the same feed), a dialogue's (an en dash, a question,
    a speech's dash), a negative figure ("- 5 °C") and a poem's glued lower-case lines stay as they were: " - " between
    them, every item shown."""
    snob = _TOOT.replace("a snob<br", "a snob!<br")
    assert "snob! - if you bring beer, you are a barbarian - if you" in excerpt(snob), excerpt(snob)
    news = "<p>Les news:<br>- Le Galaxy S6 se vend très bien !<br>- Le OnePlus One en vente libre<br>- Android Wear</p>"
    assert "très bien ! - Le OnePlus One en vente libre - Android Wear" in excerpt(news), excerpt(news)
    apps = (
        "<p>* iPad, iPhone OS 4.0 et iPhone 4G<br>* Méga dossier spécial photo :<br>[Photos] Gorillacam (Gratuit), "
        "Hipstamatic (1,59€).<br>[Retouches] Best Camera (2,39€), Photogene (1,59€).<br>* PayPal (Gratuit)</p>"
    )
    [entry] = read_entries([{"title": "Appload 1", "link": "/1", "text": apps}])
    assert entry.excerpt.startswith("* iPad, iPhone OS 4.0 et iPhone 4G * Méga dossier"), entry.excerpt
    assert "Méga dossier spécial photo" in digest_summary(entry), digest_summary(entry)
    for dialogue, kept in (
        (
            "<p>Вечером она позвонила.</p><p>– Ты идёшь?<br>– Иду<br>– Ну давай, жду</p><p>Потом мы гуляли.</p>",
            "– Ты идёшь?",
        ),
        ("<p>Он спросил:<br>– Ты идёшь<br>– Иду</p><p>Потом мы ушли.</p>", "– Ты идёшь – Иду"),
        ("<p>Он сказал:<br>- Привет, - и улыбнулся<br>- Пока, - ответил я</p>", "- Привет, - и улыбнулся - Пока"),
        ("<p>Она спросила:<br>- Ну что<br>- Ты идёшь?</p>", "- Ну что - Ты идёшь?"),
        ("<p>Nachttemperaturen:<br>- 5 °C in Berlin<br>- 3 °C in Hamburg</p>", "- 5 °C in Berlin - 3 °C"),
        (
            "<p>-und niemand hört ihn<br>-nur das Laub<br>-und der Regen</p><p>Ein Gedicht.</p>",
            "-und niemand hört ihn -nur",
        ),
    ):
        assert kept in excerpt(dialogue) and "•" not in excerpt(dialogue), excerpt(dialogue)
    assert "Вечером она позвонила. – Ты идёшь?" in digest_summary(
        read_entries(
            [
                {
                    "title": "В",
                    "link": "/2",
                    "text": (
                        "<p>Вечером она позвонила.</p><p>– Ты идёшь?<br>– Иду<br>– Ну давай, жду</p><p>Потом мы гуляли по городу.</p>"
                    ),
                }
            ]
        )[0]
    )


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
