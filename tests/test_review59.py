"""The review of 4f2dc31..802cf6d (sets 58 and 59's fixes): each rule kept off text it misread. Made-up text."""

from bot.framedlines import framed_joined
from bot.gluedmarks import spaced_marks
from bot.usable import usable_in
from tests.builders import excerpt


def test_a_list_of_names_with_capitals_is_no_reference():
    """usable._AUTHORS read "Vitamin A, vitamin C, …", "Apple TV, Android TV, …" as authors: a reference's list is four
    names or more, the last with its full stop (or six with their commas)."""
    for lede in (
        "Vitamin A, vitamin C, vitamin E, and zinc all help the immune system in the cold months.",
        "Apple TV, Android TV, Fire TV, Roku and smart TVs from LG now get the new app this week.",
        "Austin TX, Denver CO, Boise ID, and Raleigh NC saw the fastest rent growth of the year.",
    ):
        assert usable_in(lede, frozenset(), True, True), lede
    assert not usable_in("Kim K, Giga H, Lee K, Shime N, Park H, Ota T, Microglial protein and stress.", frozenset())


def test_notes_about_the_post_leave_the_story_s_own_sentences():
    """postnotes: "Cette publication a été publiée dans la revue Nature…" (a paper) is no cross-post's notice, which
    says where the post was first ("…publiée initialement le … sur …"); creditrows._MADE_BY without a full stop ends
    at the block's end only when no sentence ends before it."""
    paper = "Cette publication a été publiée dans la revue Nature en 2019 et montre que la dopamine règle le sommeil."
    assert excerpt(f"<p>{paper}</p><p>Les chercheurs ont suivi 40 souris pendant deux mois.</p>").startswith(paper)
    notice = "<p>Cette publication a été publiée initialement le 10/07/2026 sur blog.example.fr.</p>"
    assert excerpt(notice + "<p>Le vélo est une passion qui ne me quitte pas.</p>").startswith("Le vélo")
    session = (
        "La sesión fue organizada por el ayuntamiento para explicar el presupuesto de 2027. ¿Subirán los impuestos?"
    )
    assert excerpt(f"<p>{session}</p><p>El alcalde dijo que no.</p>").startswith("La sesión")


def test_a_framed_heading_and_a_release_note_s_list():
    """framedlines: a heading in its frame ("The Cup Final") is not run into the lead-in, the story after it stays;
    a blank line is no crash. gluedmarks: a release note's items ending with full stops are a list; a dialogue's,
    asking, is not."""
    text = excerpt(
        "<p>Weekly notes from the club. Here is what happened:</p><p>~*~*~*~</p><p>The Cup Final</p><p>~*~*~*~</p>"
        "<p>Our team won 3-1 after extra time. Everyone came to the party.</p>"
    )
    assert "Our team won 3-1" in text
    assert framed_joined(["", ".~.~.", "x", ".~.~."]) == ["", ".~.~.", "x", ".~.~."]
    notes = "Changes:\n-Fixed a crash when opening large files.\n-Added a dark mode for the settings page."
    assert spaced_marks(notes).splitlines()[1:] == [
        "- Fixed a crash when opening large files.",
        "- Added a dark mode for the settings page.",
    ]
    dialogue = "Le dije:\n-Hola Juan, ¿vienes mañana?\n-Claro que sí, nos vemos allí"
    assert spaced_marks(dialogue) == dialogue
