"""Set 41's summary findings (tests/data/unseen/set41 when committed; /work/unseen41 FINDINGS.md): F7, a form or a
script flattened into the lead is no summary sentence. The feeds have no licence: made-up words in their shape."""

import pytest

from bot.usable import usable


@pytest.mark.parametrize("sentence", [
    # policics "3ra Escuela de Verano": an event's form flattened after the last sentence (values of one word or more)
    "Inscripciones abiertas Fechas: 5 al 16 de enero Horario: por la mañana Modalidad: en línea Lugar: el campus.",
    "Inscripciones abiertas hasta diciembre Información General Fechas: 5 al 16 de enero de 2026 Horario: 08:30 – 16:30 "
    "hrs (lunes a viernes) Modalidad: Presencial Lugar: Campus Norte Dirección: Av.",
    # talavis "SciLifeLab Autoimmunity…": a <script>'s text in the site's summary
    "Grafiken på denna sida är baserad på data senast uppdaterad den var xmlhttp = new XMLHttpRequest(); "
    "xmlhttp.onreadystatechange = function() { if (this.readyState == 4) { var info = 1; } }.",
])  # fmt: skip
def test_a_form_or_a_script_is_no_summary_sentence(sentence):
    assert not usable(sentence)


@pytest.mark.parametrize("sentence", [
    "The release fixes three bugs: a crash, a leak and a typo.",  # one colon, a list after it
    "Kickoff: the summer school opens on Monday with a talk on complexity.",  # one label
    "Call init() before you open the window, as the manual says.",  # a call, no statement
    # (the review's: a sentence about code; a list of titles with colons)
    "In Java, you create a list with names = new ArrayList<>(); and add items to it later.",
    "The fix is to call flush(); before the socket is closed by the server.",
    "Netflix renewed Star Trek: Discovery, Avatar: The Last Airbender and Cobra Kai: Legends for another season.",
    "Vi snackar om Doctor Who, Spider-Man: Into the Spider-Verse, Marvel Rising: Initiation och Star Wars: Resistance.",
])  # fmt: skip
def test_a_sentence_with_a_label_or_a_call_stays_usable(sentence):
    assert usable(sentence)
