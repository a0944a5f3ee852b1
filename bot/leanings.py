"""What a summary's sentence leans on before or after it, read sentence by sentence (moved out of bot/summary.py, at
its 400 lines: the review of set 67 d, rev67d F6). Pure.

A sentence leans on the one before when it points back (bot/discourse.py, bot/anaphora.py, bot/sectionopeners.py's
copula, "Other … also": bot/othersalso.py) or gives words whose speaker a sentence before named; it leans on the one
after when that one names its speaker or it announces the quotation (bot/speakers.py).
"""

from collections.abc import Sequence

from .anaphora import leans_on
from .discourse import leans_back
from .itemledes import names_itself
from .othersalso import others_also
from .priorsentence import counted_row, names_what_came_before
from .sectionopeners import copula_only
from .sequenceopeners import later_step_label, leans_by_opener
from .speakers import quote_ahead, unnamed_speaker


def leans_before(sentences: Sequence[str], j: int, title: str, considered: int) -> bool:
    """Whether sentence ``j`` points back (not "This mod…" under the entry's headings alone: bot/itemledes.py, set 67b
    F9, an exemption from ``leans_back``'s "This <noun>" only: rev67d F5), or gives words whose speaker a sentence
    before named ('"…", he said.'), unless the one before is those words' first part (``said_ahead``: taken with it)."""
    text = sentences[j]
    # (bot/anaphora.py: set51 F4; set60 N1; "Other goods … are also…", bot/othersalso.py: set 67b F10)
    if leans_back(text) and not names_itself(sentences, j, title):
        return True
    if leans_on(sentences, j) or copula_only(sentences, j) or others_also(text):
        return True
    if leans_by_opener(text):  # ("The last step is…", "Je to…", "egy ilyen…": set 68a F8; 68b F6)
        return True
    if later_step_label(sentences, j):  # ("Langkah 4: …" after "Langkah 3: …": set 68a F2; rev68d F8)
        return True
    # ("L'altra versió…", a list's row: set 70a F8)
    if names_what_came_before(sentences, j, title) or counted_row(sentences, j):
        return True
    return unnamed_speaker(text) and not said_ahead(sentences, j - 1, considered)


def said_ahead(sentences: Sequence[str], j: int, considered: int) -> bool:
    """Whether sentence ``j``, of the first ``considered``, gives words whose speaker the next one names, or announces
    the quotation after it (bot/speakers.py quote_ahead)."""
    return j + 1 < min(len(sentences), considered) and quote_ahead(sentences[j], sentences[j + 1])
