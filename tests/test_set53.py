"""Set 53's findings (/work/unseen53/FINDINGS.md, tests/data/unseen/set53). Its files have no licence: made-up text in
each item's shape."""

from bot.sentences import split_sentences
from tests.builders import excerpt


def test_a_dotted_title_or_a_shortened_rank_before_a_name_ends_no_sentence():
    """set53 F4 (snorresovold--nrk-toppsaker-no.xml, NRK's top stories; ljdursi--rct-jobs.xml, a job board): the excerpt
    ended "…kommunikasjonssjef i Conoco Philips. Adm.dir." (Norwegian "managing director", the next sentence's first
    word), and the summary's segmenter made "The Sr." a sentence of its own and dropped it ("VP for Research… is
    hiring…")."""
    shown = excerpt(
        "<p>Det er sett droner over feltet i Nordsjøen denne uken. – Vi samarbeider med myndighetene, sier Kari Nordmann "
        "som er pressesjef i Oljeselskapet.<br>Adm.dir. Ola Nordmann i Oljeselskapet sier til avisen at dette er første "
        "gang selskapet ser droner rundt sine plattformer, at politiet er varslet og at alle ansatte på feltet har fått "
        "beskjed om å melde fra om alt de ser av fartøy og luftfartøy i nærheten av plattformene fremover.</p>"
    )
    assert shown.endswith("pressesjef i Oljeselskapet."), shown
    assert split_sentences("Det ble sett droner i går. Adm.dir. Ola Nordmann sier dette i dag. Mer her.")[1].startswith(
        "Adm.dir. Ola"
    )
    assert (
        split_sentences("Han er dr.philos. Hans Olsen fra Oslo. Mer her.")[0]
        == "Han er dr.philos. Hans Olsen fra Oslo."
    )
    hiring = "The Sr. VP for Research and Innovation is hiring a Director of Research Security. Apply by May."
    assert split_sentences(hiring)[0].startswith("The Sr. VP for Research"), split_sentences(hiring)
    # (after a name, "Jr." may end the sentence; a name with a dot inside that is no title still ends one)
    assert split_sentences("It was built by John Smith Jr. He later moved to Ohio.")[1] == "He later moved to Ohio."
    assert split_sentences("The site is written in Node.js. The rest is Go.")[1] == "The rest is Go."
