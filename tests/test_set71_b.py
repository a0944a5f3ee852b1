"""Set 71, group b (/work/unseen71a/FINDINGS.md F3, F8; /work/unseen71b/FINDINGS.md F1, F10, F11): boilerplate and
what a summary is made of: a greeting or a thanks line kept (bot/leadrows.py, bot/thanks.py), a translator's note over
a rule (bot/frontnotes.py), a video description's shop calls (bot/shopcalls.py, bot/promos.py, bot/showrows.py), a
picture's caption after the story (bot/figures.py, bot/feedcuts.py), a bookmark's context line (bot/postkinds.py).
Made-up text in the feeds' shapes."""

from datetime import UTC, datetime

from bot.normalize import read_feed
from tests.builders import digest_summary, excerpt, read_entries

_STORY_BG = "<p>Оставяме поредната година зад гърба си и мислим какво да си пожелаем за следващата, без да бързаме.</p>"


def test_a_greeting_alone_before_the_text_goes():
    """Set 71a F3 (Zmeyche--zmeyche-blog.xml, repository Zmeyche/zmeyche-blog.github.io; ouluntietoteekkarit--otit-
    uutiset.xml, repository ouluntietoteekkarit/otit.fi; PythonFreeCourse--python-il-forums.xml, repository
    PythonFreeCourse/python-il-forums-archive): "<p>Здравей,</p>", "Moikkelis moi!", "שלום שבוע טוב<br>" opened the
    excerpt. Not a greeting a sentence goes on after, nor French's "Moi" (not taken as Finnish's greeting)."""
    assert excerpt("<p>Здравей,</p>" + _STORY_BG).startswith("Оставяме"), excerpt("<p>Здравей,</p>" + _STORY_BG)
    assert excerpt("<p>Здравейте!</p>" + _STORY_BG).startswith("Оставяме")
    fi = (
        "<p>Moikkelis moi!</p><p>Nyt tulevana perjantaina on kauden päättäjäiset, joten merkkaa päivä kalenteriisi.</p>"
    )
    assert excerpt(fi).startswith("Nyt tulevana"), excerpt(fi)
    he = "<p>שלום שבוע טוב<br>\nאני חדש כאן ויש לי בעיה לגשת להורדה של קבצי הקורס מהאתר.</p>"
    assert excerpt(he).startswith("אני חדש כאן"), excerpt(he)
    fr = "<p>Moi, je pense que la nouvelle version est bien plus rapide que l'ancienne sur mon portable.</p>"
    assert excerpt(fr).startswith("Moi, je pense"), excerpt(fr)
    named = "<p>Здравей, свят е заглавието на първата ми програма и на тази статия за нея.</p>"
    assert excerpt(named).startswith("Здравей, свят"), excerpt(named)


def test_a_thanks_in_advance_between_sentences_goes():
    """Set 71a F3 (PythonFreeCourse--python-il-forums.xml, repository PythonFreeCourse/python-il-forums-archive): a
    post's "<br>" lines run together kept "תודה מראש !" between its question and the next. A sentence's own thanks
    ("תודה מראש על הסבלנות שלכם" goes on: not thanks alone) stays."""
    post = (
        "<p>יש לי בעיה לגשת להורדה של קבצי הקורס.<br>\nאשמח אם אוכל לקבלם ישירות למייל.<br>\nתודה מראש !<br>\n"
        "שאלה נוספת האם אפשר לקבל גם את סרטוני ההדרכה להורדה.</p>"
    )
    [article] = read_entries([{"title": "קבצי הקורס", "link": "/t/1", "text": post}])
    assert "תודה" not in article.excerpt and "שאלה נוספת" in article.excerpt, article.excerpt
    en = "<p>The build fails on Windows. Thanks in advance! Any idea why the linker cannot find the library?</p>"
    [article] = read_entries([{"title": "Build", "link": "/t/2", "text": en}])
    assert "Thanks" not in article.excerpt and "Any idea why" in article.excerpt, article.excerpt
    kept = "<p>The build fails on Windows. Thanks in advance for any hint you can give on the linker error.</p>"
    [article] = read_entries([{"title": "Build", "link": "/t/3", "text": kept}])
    assert "Thanks in advance for any hint" in article.excerpt, article.excerpt


def test_italic_notes_over_a_rule_go():
    """Set 71a F8 (Zmeyche--zmeyche-blog.xml, repository Zmeyche/zmeyche-blog.github.io): a translation's italic
    notes ("Оригиналът на поемата … е <a>тук</a>.") over a "===" paragraph were the whole summary. Italics with no
    rule under them (a story's lead in italics) stay."""
    notes = (
        "<p><em>Оригиналът на поемата е <a href='https://a.example/p'>тук</a>. Редактираният оригинал е "
        "<a href='https://b.example/p'>тук</a>.</em></p><p><em>(форматът на превода е запазен)</em></p><p>===</p>"
    )
    poem = "<p>Седемнадесет неща, които трябва да научиш за себе си, докато навършиш двадесет и пет години.</p>"
    [article] = read_entries([{"title": "Седемнадесет неща", "link": "/p/1", "text": notes + poem}])
    assert article.excerpt.startswith("Седемнадесет неща") and "тук" not in digest_summary(article), article.excerpt
    for rule in ("<p>* * *</p>", "<hr>"):
        assert excerpt(notes.replace("<p>===</p>", rule) + poem).startswith("Седемнадесет"), rule
    lead = "<p><em>Оставяме поредната година зад гърба си, а аз още мисля какво да ти пожелая.</em></p>"
    assert excerpt(lead + poem).startswith("Оставяме"), excerpt(lead + poem)


def _youtube(description: str) -> str:
    """The excerpt of a YouTube channel's Atom entry with this media:description (LTT's shape)."""
    body = (
        '<?xml version="1.0"?><feed xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">'
        "<title>Channel</title><entry><id>yt:video:abc</id><title>My Son Needs a New Laptop</title>"
        '<link rel="alternate" href="https://www.youtube.com/watch?v=abc"/><published>2026-09-21T17:15:51+00:00</published>'
        f"<media:group><media:title>Video</media:title><media:description>{description}</media:description>"
        "</media:group></entry></feed>"
    )
    now = datetime(2026, 12, 1, tzinfo=UTC)
    [article] = read_feed(
        body.encode(), url="https://yt.example/feed", source="f", now=now, excerpt_length=300
    ).articles
    return article.excerpt


_VIDEO = "It's that time of the year where the children must go back to school and need a new laptop for class."


def test_a_shop_call_at_a_video_description_start_goes():
    """Set 71b F1 (moonlitrevery--ltt-youtube.xml, repository moonlitrevery/Leviathan): a sponsor's read opened
    the excerpt, whatever its verb ("Supercharge … using our link:", "Click this link … and use my code LTT…"), a
    product's slogan before "Get 25% off … using our link!", the rows a sponsor's thanks announced ("Check out their
    HA100 and more below:"), and the links' disclosure when the calls were all. A story's own sentence with a link
    or a discount stays."""
    calls = (
        "Supercharge your To-Do List with DeltaHub using our link: https://go.example/LTT and use code LTT15 for 15% off",
        "Click this link https://boot.example/?promo=LTT and use my code LTT to get 25% off your first payment.",
        "Minimal, Functional, and Pocketable AF. Get 25% off Ohsnap accessories using our link! http://oh.example/LTT",
        "Thanks to UGREEN  for sponsoring this video! Check out their HA100 and more below:\n\nUGREEN HomeAgent 100"
        "(Reserve from $50, Save 50%): https://ai.example/vt\nUGREEN on Kickstarter: https://bit.example/4i",
    )
    for call in calls:
        assert _youtube(f"{call}\n\n{_VIDEO}").startswith("It's that time"), _youtube(f"{call}\n\n{_VIDEO}")
    only = f"{calls[0]}\n\nPurchases made through some store links may provide some compensation to Linus Media Group."
    assert _youtube(only) == "", _youtube(only)
    story = "Linus, Luke and Riley take apart the new handheld. The maker says it sells 25% off this week at launch."
    assert _youtube(story).startswith("Linus, Luke and Riley"), _youtube(story)
    slogan = "Linus reviews the phone. Get 25% off cases using our link! http://oh.example/LTT"
    assert _youtube(f"{slogan}\n\n{_VIDEO}").startswith("Linus reviews"), _youtube(f"{slogan}\n\n{_VIDEO}")


def test_a_caption_after_the_story_is_no_summary():
    """Set 71b F10 (akirk--zylstra.rss, repository akirk/friends): "<img><br><em>Generated with Stable Diffusion
    using the prompt …</em>", the content's last paragraph, was the digest's summary (and WordPress's cut excerpt, that
    ran the captions into its sentences, was read instead of the content). An italic sentence under a picture that is
    no caption's ("<em>We walked home in the rain.</em>") stays."""
    content = (
        "<p>The imaging algorithm is now available to everyone to play with. Do realise while the entity providing it "
        "is called open, it is no such thing.</p><p><img src='https://x.example/a.jpg'/></p><p><em>Generated with the "
        "model using the prompt “a green camper van under a night sky”, a single image selected from four.</em></p>"
        "<p>Another model, an open one that can be run on your own hardware at home, produces this with the same prompt"
        "</p><p><img src='https://x.example/b.jpg'/><br /><em>"
        "Generated with another model using the prompt “a green camper van under a night sky with the milky way "
        "running from front to back, as an airliner flies past”, a single image selected from four.</em></p>"
    )
    summary = (
        "The imaging algorithm is now available to everyone to play with. Do realise while the entity providing it "
        "is called open, it is no such thing. Generated with the model using the prompt “a green camper van under a "
        "night sky”, a single image selected from four. Another model, an open one that can be run [&#8230;]"
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Blog</title><item><title>The imaging algorithm is now available</title><link>https://x.example/p</link>"
        f"<description><![CDATA[{summary}]]></description><content:encoded><![CDATA[{content}]]></content:encoded>"
        "</item></channel></rss>"
    )
    now = datetime(2026, 12, 1, tzinfo=UTC)
    [article] = read_feed(body.encode(), url="https://x.example/feed", source="f", now=now, excerpt_length=300).articles
    assert "Generated with" not in article.excerpt + digest_summary(article), (article.excerpt, digest_summary(article))
    walk = "<p>We went out after dinner, and the town was quiet.</p><p><img src='https://x.example/a.jpg'/><br /><em>We walked home in the rain.</em></p>"
    assert "walked home" in excerpt(walk), excerpt(walk)


def test_a_bookmark_line_is_no_summary():
    """Set 71b F11 (akirk--zylstra.rss, repository akirk/friends): "<em>Bookmarked <a class="u-bookmark-of">AI
    Liability Directive (PDF)</a> (by the European Commission)</em>" was the whole excerpt and summary, "…" after it.
    Alone it goes too (the post's title names the page; no excerpt rather than the label again); a sentence that opens
    with "Liked", or a label that ends as a sentence does, stays."""
    label = "<p><em>Bookmarked <a class='u-bookmark-of' href='https://x.example/d.pdf'>AI Liability Directive (PDF)</a> (by the European Commission)</em></p>"
    text = "<p>This should be interesting to compare with the proposed regulation, which sets out when a product is admitted.</p>"
    [article] = read_entries([{"title": "EU Directive", "link": "/b/1", "text": label + text}])
    assert article.excerpt.startswith("This should be") and "Bookmarked" not in digest_summary(article), article.excerpt
    assert excerpt(label) == "", excerpt(label)
    sentence = "<p>Bookmarked it for later, and so should you.</p>" + text
    assert excerpt(sentence).startswith("Bookmarked it for later"), excerpt(sentence)
    liked = "<p>Liked the talk a lot, and the slides are online.</p>" + text
    assert excerpt(liked).startswith("Liked the talk"), excerpt(liked)
