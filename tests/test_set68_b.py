"""Set 68 (/work/unseen68a/FINDINGS.md and /work/unseen68b/FINDINGS.md), group b: a Python-Markdown codehilite block
read as prose (68b F3: bot/codeblocks.py), an italic question subheading read as a sentence (68a F3:
bot/questionheads.py, bot/excerpt.py), a list run into the sentence that announces it with two of its four items (68b
F7: bot/runinlists.py), a table's header row and its one row of data read as a sentence (68a F9: bot/datagrids.py).
Made-up text in the feeds' shapes: hermanp's feed has no licence, and dustri's text is the blog's own."""

from bot.blocks import html_blocks
from tests.builders import digest_summary, excerpt, read_entries


def _summary(markup: str, title: str = "Post") -> str:
    [article] = read_entries([{"title": title, "link": "/p", "text": markup}])
    return digest_summary(article)


def _codehilite(code: str) -> str:
    return f'<div class="codehilite"><pre><span></span><code>{code}</code></pre></div>'


def test_a_codehilite_block_is_code():
    """Set 68b, finding 3 (miniflux--dustri-atom.xml, repository miniflux/v2, a Pelican blog's Atom feed, in
    /work/unseen68b/feeds): Pygments' block as Python-Markdown writes it, an empty <span></span> before its <code> in
    a <div class="codehilite">, was read as prose: "…as much as possible: <iframe credentialless allowfullscreen…",
    "…glibc's syslog(): 206 buf = malloc ((bufsize + 1) * sizeof (char)); ...". It is code, with the wrapper's class
    or without it; a <pre> with text of its own beside the <code> (a mail quoting a command) stays text."""
    lead = (
        "<p>Here is a copy-pasteable snippet to embed a video while reducing its tracking and nuisance capabilities "
        "as much as possible:</p>"
    )
    iframe = (
        '<span class="p">&lt;</span><span class="nt">iframe</span>\n    <span class="na">credentialless</span>\n'
        '    <span class="na">allowfullscreen</span>'
    )
    after = "<p>The video then loads without cookies, and the page stays fast for every reader who opens it.</p>"
    shown = excerpt(lead + _codehilite(iframe) + after)
    assert "iframe" not in shown and "allowfullscreen" not in shown, shown
    assert shown.startswith("Here is a copy-pasteable snippet"), shown
    glibc = '<span class="mi">206</span> <span class="n">buf</span> = malloc ((bufsize + 1) * sizeof (char));\n...'
    bare = f"<pre><span></span><code>{glibc}</code></pre>"  # (no wrapper: the empty span alone)
    story = "<p>A research team published a linear heap buffer overflow in the C library's logging function:</p>"
    for block in (_codehilite(glibc), bare):
        text = excerpt(story + block + "<p>The short version is that the size is zero while the length is yours.</p>")
        assert "malloc" not in text and "206" not in text, text
    mail = "<pre>Hi all,\nplease run <code>make check</code> before you push, the build broke twice today.</pre>"
    assert "make check" in excerpt(mail), excerpt(mail)


_INTRO = (
    "<p>Ebben a részben a célom rögzíteni azokat a lépéseket, amik elvezettek a lakóépületek térképi ábrázolásáig: "
    "épületlajstrom, térképek szerkesztése és exportálása, térképi ábrázolás. "
    "És a fő kérdés: ki tervezte ezeket az épületeket?</p>"
)
_ANSWER = (
    "<p>Térképen ábrázolni az <em>épület körvonalat</em>, ahogy az építészek a tervlapokon rajzolták a hetvenes "
    "években. Az interneten sok adat van erről, de nem mind pontos, ezért a levéltárban is kutatok.</p>"
)


def test_an_italic_question_paragraph_is_a_subheading():
    """Set 68a, finding 3 (hermanp--blog-hu.xml, repository hermanp/hermanp.github.io, a Hugo blog, in
    /work/unseen68a/feeds): a paragraph that is only an italic question ("<p><em>Mi a cél?</em></p>") is a Q&A
    subheading: the excerpt ended on it, its answer cut ("…ki tervezte ezeket az épületeket? Mi a cél?"), and the
    summary took its answer after the sentence before, as if it answered "who designed them?". Now the excerpt ends
    before it, and a summary shows the answer after its question ("Mi a cél? Térképen ábrázolni…")."""
    markup = _INTRO + "<p><em>Mi a cél?</em></p>" + _ANSWER
    shown = excerpt(markup)
    assert shown.endswith("ki tervezte ezeket az épületeket?"), shown
    summary = _summary(markup, "Kispest lakótelep, 2. rész")
    assert "Térképen" not in summary or "Mi a cél? Térképen ábrázolni" in summary, summary
    # (the same under a real heading: its answer only after its question, the pair in order)
    summary = _summary(_INTRO + "<h3>Mi a cél?</h3>" + _ANSWER, "Kispest lakótelep, 2. rész")
    assert "Mi a cél? Térképen ábrázolni" in summary, summary


def test_an_italic_question_line_before_its_answer_is_a_subheading():
    """Set 68a, finding 3 (hermanp--blog-hu.xml, the project page): a question on a line of its own, a <br> after it
    ("<p><em>Miért kezdtem el a témával foglalkozni?</em><br>Szerettem volna…"), after the first answer: the excerpt
    never shows the second answer without its question. The text's first question, nothing but a heading before it,
    stays a sentence with its answer ("Miről szól ez a projekt? A kispesti lakótelep…")."""
    markup = (
        "<h2>Összefoglaló</h2><p><em>Miről szól ez a projekt?</em><br>\nA kispesti lakótelep kialakulásáról, a "
        "panelos technológiájú lakóépületekről, a városépítészetről.</p><p><em>Miért kezdtem el a témával "
        "foglalkozni?</em><br>\nSzerettem volna átlátni, hogy miként épült fel a lakótelep, és kik tervezték az "
        "épületeket a hetvenes években, amikor sok szabad időm volt olvasni a levéltárban.</p>"
    )
    shown = excerpt(markup)
    assert shown.startswith("Miről szól ez a projekt? A kispesti"), shown
    assert "Szerettem" not in shown, shown
    blocks = html_blocks(markup)
    assert "Miért kezdtem el a témával foglalkozni?" in blocks.headings
    assert "Miről szól ez a projekt?" not in blocks.headings


def test_an_italic_question_in_running_prose_stays():
    """Set 68a, finding 3, counter-examples: an italic question with its answer on the same line ("<em>Why now?</em>
    Because…"), a long italic question, a bold one (an interview's: bot/boldheads.py), and one that ends a paragraph
    of prose are sentences as before."""
    story = "<p>The council met on Monday and voted to keep the old station open for ten more years at least.</p>"
    inline = story + "<p><em>Why now?</em> Because the money for the new line ran out in the spring budget.</p>"
    assert "Why now? Because the money" in excerpt(inline), excerpt(inline)
    long_question = (
        "<p><em>What would the town look like if the council had closed the old station ten years ago?</em></p>"
    )
    assert not html_blocks(story + long_question + story).headings
    bold = story + "<p><strong>Why now?</strong></p><p>The money for the new line ran out in the spring.</p>"
    assert "Why now?" not in html_blocks(bold).headings
    ending = "<p>The mayor asked the room one thing: <em>who pays?</em></p>" + story
    assert not html_blocks(ending).headings


_VENUES = (
    "<p>The idea of the paper is to use user-controlled data that are by design copied in kernel-land when "
    'exercising syscalls to store a <a href="https://en.wikipedia.org/wiki/ROP">ROP</a>-chain, via 4 main venues:</p>'
    "<ul><li>Valid Data directly copied onto the kernel stack for performance reasons, like when calling "
    "<code>poll</code>;</li><li>Preserved Registers, restored upon returning from kernel-land to userland. </li>"
    "<li>Calling Convention compliant functions will save and restore registers, even in system call handlers.</li>"
    "<li>Uninitialized Memory, since the per-thread kernel stack is reused between syscalls.</li></ul>"
)


def test_a_list_is_run_into_its_sentence_only_whole():
    """Set 68b, finding 7 (miniflux--dustri-atom.xml, repository miniflux/v2): "…via 4 main venues:" and its first two
    items (the first ending with ";", the second with a full stop) were run into one sentence, the digest's summary,
    which stopped after two of the four venues. A list is run into the sentence before it only whole; a list of clauses
    ending the sentence is still run in ("…three components: a button, a dropdown, and a datepicker.")."""
    lines = html_blocks(_VENUES).lines
    assert lines[0].endswith("via 4 main venues:"), lines
    assert lines[1].startswith("• Valid Data") and lines[2].startswith("• Preserved Registers"), lines
    assert "Preserved Registers" not in _summary(_VENUES + _VENUES.replace("4 main venues", "four paths"))
    whole = "<p>The form has three components:</p><ul><li>a button,</li><li>a dropdown, and</li><li>a picker.</li></ul>"
    assert html_blocks(whole).lines == ["The form has three components: a button, a dropdown, and a picker."]


def test_a_table_of_one_data_row_after_the_text_is_no_sentence():
    """Set 68a, finding 9 (hermanp--blog-hu.xml): a table's header row and its one row of data after the text's
    sentences were one line, "Telepítési hely, Építendő, 1976, 1977, … · XIX. Kispest II., 6500, 800, …", a digest's
    summary sentence. Data after the sentences is no text of the post's; a table alone is the text, and so is a table
    of two cells a row (a label and its value)."""
    story = (
        "<p>Ahogy a 2. rész végén olvashattuk, a lakótelep építésének első és második üteme szervesen "
        "összekapcsolódott. Ezt az elhelyezkedésük nagyban magyarázza.</p><p><em>1. sz. táblázat: ütemterv</em></p>"
    )
    table = (
        "<table><thead><tr><th>Telepítési hely</th><th>Építendő</th><th>1976</th><th>1977</th></tr></thead>"
        "<tbody><tr><td>XIX. Kispest II.</td><td>6500</td><td>800</td><td>800</td></tr></tbody></table>"
    )
    after = "<p>A 2. sz. táblázatban a feladatok határidői következnek a második ütem esetén.</p>"
    text = "\n".join(html_blocks(story + table + after).lines)
    assert "Telepítési hely" not in text and "6500" not in text, text
    alone = "\n".join(html_blocks(table).lines)
    assert "Telepítési hely" in alone, alone
    pairs = "<table><tr><td>Version</td><td>5.7-rc4</td></tr><tr><td>Released</td><td>2020-05-03</td></tr></table>"
    assert "5.7-rc4" in "\n".join(html_blocks(story + pairs).lines)


# The review of fix68b (/work/notes/rev68b-findings.md): counter-examples the rules must not touch, made-up text.


def _lead(markup: str, title: str = "Post") -> str:
    [article] = read_entries([{"title": title, "link": "/p", "text": markup}])
    return article.lead


def test_the_first_question_after_a_byline_or_a_blank_paragraph_stays_with_its_answer():
    """Review of fix68b, 1: an interview's first question after an "&nbsp;" paragraph (WordPress) or a byline was an
    <h6>, skipped at the excerpt's start: the excerpt opened with its answer ("Because the rent doubled…"). No sentence
    ends before it: it is the text's first question, a sentence with its answer."""
    interview = (
        "<p><em>Why did you leave Paris?</em><br>Because the rent doubled in two years and the studio I shared with "
        "three painters closed in the spring.</p><p><em>Do you miss it?</em><br>Every day, but not the rent.</p>"
    )
    for before in ("<p>&nbsp;</p>", "<p>By Jane Doe</p>"):
        shown = excerpt(before + interview)
        assert shown.startswith("Why did you leave Paris? Because the rent"), shown
        assert "Why did you leave Paris?" not in html_blocks(before + interview).headings


def test_a_question_after_a_short_opening_is_shown_with_its_answer_cut():
    """Review of fix68b, 2: the excerpt ended before a question heading it could not keep with its answer however
    little it held ("The club is leaving the new stadium after one season.", 53 of 300 characters). Early on, the
    question is shown and its answer cut after it, as before the rule."""
    markup = (
        "<p>The club is leaving the new stadium after one season.</p><p><em>Who could have seen that coming?</em></p>"
        "<p>Everyone who read the lease, it turns out, because page three said in plain words that the club could "
        "leave after one season if the crowds stayed under twenty thousand, and the council signed it anyway, twice, "
        "in 2019 and again in 2021 when the budget doubled. Nobody in the mayor's office has explained why.</p>"
        "<p>The council will debate the matter again on Thursday, when the auditors present their report.</p>"
    )
    shown = excerpt(markup)
    assert "after one season. Who could have seen that coming? Everyone who read the lease" in shown, shown


def test_two_rows_without_a_header_after_the_text_stay_in_the_lead():
    """Review of fix68b, 3: two rows of three cells or more after the text were dropped with no header row over them
    (a score), and an empty spacer row counted as a second row (a price): the stored lead lost them. A header row
    (<th> cells) over one row of data is still dropped (set 68a F9), after another table too."""
    story = (
        "<p>The derby was decided in the last minute, when the substitute striker scored from twenty metres out. "
        "The home fans had already started to leave.</p>"
    )
    score = (
        "<table><tr><td>Rovers</td><td>1</td><td>2</td><td>3</td></tr>"
        "<tr><td>United</td><td>2</td><td>0</td><td>2</td></tr></table>"
    )
    assert "Rovers, 1, 2, 3 · United, 2, 0, 2" in _lead(story + score, "Rovers win the derby")
    price = "<table><tr><td>Nova 5</td><td>128 GB</td><td>$499</td></tr><tr><td></td><td></td><td></td></tr></table>"
    assert "Nova 5, 128 GB, $499" in _lead(story + price)
    header = (
        "<table><tr><th>Model</th><th>Storage</th><th>Price</th></tr>"
        "<tr><td>Nova 6</td><td>256 GB</td><td>$599</td></tr></table>"
    )
    text = "\n".join(html_blocks(story + header + header.replace("Nova 6", "Nova 7")).lines)
    assert "Nova 6" not in text and "Nova 7" not in text, text


def test_a_list_before_another_list_is_still_run_in():
    """Review of fix68b, 4: a list ending its sentence was no longer run in when another list or a sub-list followed
    it ("• Read the docs" read as its fifth item): an item after it that is no clause is not more of it."""
    whole = "<p>The form has three components:</p><ul><li>a button,</li><li>a dropdown, and</li><li>a picker.</li></ul>"
    joined = "The form has three components: a button, a dropdown, and a picker."
    lines = html_blocks(whole + "<ul><li>Read the docs</li><li>Report a bug</li></ul>").lines
    assert lines[0] == joined, lines
    nested = whole.replace("a picker.</li>", "a picker.<ul><li>date only</li></ul></li>")
    assert html_blocks(nested + "<p>More text here follows.</p>").lines[0] == joined
    french = (
        "<p>Le formulaire a trois parties :</p><ul><li>un bouton,</li><li>une liste, et</li><li>un calendrier.</li>"
        "</ul><ol><li>Étape un</li></ol>"
    )
    assert html_blocks(french).lines[0].endswith("un bouton, une liste, et un calendrier."), html_blocks(french).lines


_POEM = (
    "The river keeps no count of days,\nit only keeps the sea in mind;\nand I, who kept my father's ways,\n"
    "have left the counting far behind."
)


def test_a_highlighted_box_or_an_anchor_is_no_code():
    """Review of fix68b, 5: a "hilite" box (a highlighted poem, not a highlighter's) and a <pre> with an empty anchor
    beside its <code> were code, the poem gone from the excerpt. Only "codehilite" names the highlighter, and only
    Pygments' bare empty <span> is skipped. The wrapper's class alone, no empty span, is code."""
    intro = "<p>This week's reader poem comes from a retired ferryman in Rouen, who wrote it on his last crossing.</p>"
    after = "<p>Send us your poems by Friday for next week's page.</p>"
    for block in (
        f'<div class="hilite"><pre>{_POEM}</pre></div>',
        f'<pre class="hilite">{_POEM}</pre>',
        f'<pre><a id="poem"></a><code>{_POEM}</code></pre>',
    ):
        assert "The river keeps no count of days" in excerpt(intro + block + after), block
    story = "<p>A research team published a linear heap buffer overflow in the C library's logging function:</p>"
    code = '<div class="codehilite"><pre>buf = malloc ((bufsize + 1) * sizeof (char));\nmemcpy (buf, msg, len);</pre></div>'
    text = excerpt(story + code + "<p>The short version is that the size is zero while the length is yours.</p>")
    assert "malloc" not in text, text


def test_a_summary_counts_its_questions_and_never_repeats_the_headline():
    """Review of fix68b, 7: the questions a summary shows before their answers were added after its room was counted
    (691 columns of 600), and a question heading the headline asks was shown again ("What is WebAssembly?")."""
    tram = (
        "<p>The city council approved the new tram line on Monday evening after eleven hours of debate, the longest "
        "session in its history, with twenty-nine votes for and twelve against the plan.</p>"
        "<h3>What will the new tram line cost the city and its taxpayers over the next ten years?</h3>"
        "<p>The tram line will cost the city four hundred and twelve million euros over ten years, two thirds of it "
        "paid by the regional government and the rest borrowed at a fixed rate.</p>"
        "<h3>When will the first trams start running between the station and the new hospital?</h3>"
        "<p>The first trams will run between the station and the new hospital in the spring of 2029, after three "
        "years of building work along the river and two months of test runs at night.</p>"
    )
    summary = _summary(tram, "Council approves the new tram line")
    assert len(summary) <= 600, (len(summary), summary)
    assert "The tram line will cost" not in summary or "ten years? The tram line will cost" in summary, summary
    wasm = (
        "<p>WebAssembly has been around for years now, but many developers still do not know what it is for or when "
        "to use it in their own projects.</p><h2>What is WebAssembly?</h2><p>WebAssembly is a binary instruction "
        "format for a stack-based virtual machine. It runs in every major browser.</p><p>It was first announced in "
        "2015 and shipped in all major browsers two years later.</p>"
    )
    summary = _summary(wasm, "What is WebAssembly?")
    assert "What is WebAssembly?" not in summary and "binary instruction format" in summary, summary
