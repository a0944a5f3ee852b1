"""set36's findings F1, F3, F7, F8, F2 (/work/unseen36/FINDINGS.md): a site's section pages, a tag the feed glues to
its titles, <br> lines run together, dotted capitals taken for a sentence's end, a bare address ending an excerpt."""

from datetime import UTC, datetime

from bot.abbreviations import capitals_go_on
from bot.cuts import is_abbreviation
from bot.excerpt import make_excerpt
from bot.sentences import split_sentences

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_dotted_capitals_before_a_lower_case_word_end_no_sentence():
    """set36 F8: aupaburgos--aupaburgos.xml #7 (no licence found: made-up words in its shape): "…El Burgos C.F. está
    ya clasificado…" was cut after "C.F.", while split_sentences went on: one rule for both (abbreviations.py)."""
    text = (
        "La liga nueva dará comienzo la próxima temporada con veinte equipos de todo el país, y sustituirá a la "
        "actual categoría de bronce que conocemos desde hace años. Arrancará en septiembre de 2021. El Norte C.F. "
        "está ya clasificado y jugará en esta categoría si no logra subir a la liga de plata en mayo de este año."
    )
    assert is_abbreviation(text, text.index("C.F.") + 3)
    assert not make_excerpt(text).endswith("C.F.")
    assert split_sentences("El Norte C.F. está ya clasificado. Juega en mayo.") == [
        "El Norte C.F. está ya clasificado.",
        "Juega en mayo.",
    ]
    # Before a capital, dotted capitals may still end a sentence; so does a plain word before a lower-case one.
    assert not capitals_go_on("A.I", " The company grew.") and capitals_go_on("A.I", " is here")
    assert not is_abbreviation("We saw it rise. then nothing.", len("We saw it rise"))
