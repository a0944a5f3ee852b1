"""Set 62's F7 (tests/data/unseen/set62/FINDINGS.md; geodes-sms--geodes-fr.atom, a Montréal lab's French news): a
sentence whose subject is "our article" and an English title ("Notre article <em>From two-way to three-way…</em> de …
a été accepté…") lost "Notre article", read as a heading run into an English sentence opening "From two-way to…".
Another language's "our", "your", "their" opens a sentence, not a heading, as English "Our" does. Made-up text."""

from __future__ import annotations

from bot.excerpt import make_excerpt


def test_a_possessive_subject_before_an_english_title_is_no_heading() -> None:
    text = "Notre article From noisy labels to robust models: a study of label repair de Jeanne Roy a été accepté au journal."
    assert make_excerpt(text, 300) == text
    german = "Unser Beitrag The cost of small models in practice von Anna Berg wurde für die Konferenz angenommen."
    assert make_excerpt(german, 300) == german


def test_a_heading_run_into_an_english_sentence_still_goes() -> None:
    text = "Project update Full Time For those who might have missed it, the team moved to a new office in March."
    assert make_excerpt(text, 300) == "For those who might have missed it, the team moved to a new office in March."
