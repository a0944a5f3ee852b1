"""Set 53's finding F6 (/work/unseen53/FINDINGS.md): digest sentences that lean on a sentence left out. No file of the
set it names has a licence: made-up words in each item's shape."""

from bot.anaphora import leans_on
from bot.summary import SourceText, summarize


def test_a_connective_of_explanation_or_sequence_or_a_picking_ordinal_leans_on_the_sentence_before():
    """set53 F6: jimishol--website-el.xml (github.com/jimishol/jimishol.github.io) "Θεωρούσα δηλαδή ότι…", "Για
    παράδειγμα, 3 διέσεις = …", "Ο πρώτος ουσιαστικός όρος…" after "…δύο όροι."; byeskille--dustoreallverden-podcast-
    no.xml (github.com/byeskille/dustoreallverden-static) "Hvis ikke, hør om det hos oss."; argian--tylkobezcukru-pl.atom
    (github.com/argian/Lorem-tylkobezcukru.blogspot.com) "Po tym czasie wymieszać…"; dominhhai--blog-vi.xml
    (github.com/dominhhai/dominhhai.github.io) "Với người hỏi là … và người đáp là …"; and the same shapes in the
    languages bot/discourse.py already reads."""
    leaning = [
        "Πίστευα δηλαδή ότι υπάρχει μία σωστή απάντηση σε κάθε θέση.",
        "Για παράδειγμα, 2 υφέσεις = 2 * 5 = 10 λεπτά.",
        "Hvis ikke, les om det i neste episode.",
        "Po tym czasie dodać mąkę i dokładnie wymieszać.",
        "Na przykład, 3 łyżki wystarczą.",
        "Với người viết là các sinh viên của lớp học buổi tối và người đọc là thầy giáo.",
        "Ví dụ, một năm có 12 tháng.",
        "Nếu không, hãy thử lại sau.",
        "Das heißt, die Regel gilt für alle.",
        "Es decir, nadie lo sabía.",
        "Med andre ord, ingen visste det.",
        "Till exempel kan man baka bröd.",
        "Ví dụ như tháng Hai chỉ có 28 ngày.",
        "例如东京昨天下了大雨。",
    ]
    assert [s for s in leaning if not leans_on(["Μια πρόταση πριν.", s], 1)] == []
    two = "Για να οριστεί μια απόσταση, χρειάζονται δύο λέξεις."
    assert leans_on([two, "Η πρώτη λέξη θα δείχνει την απόσταση σε τόνους."], 1)
    assert leans_on(["We need two terms.", "The first term gives the distance."], 1)
    standing = [  # near misses: a clause of its own after "if not" without a comma, "the first time", a name, no count
        (two, "Om ikke lenge kommer neste episode."),
        (two, "Si no hay agua, no hay vida."),
        ("We have two kids.", "The first time I met him he was shy."),
        ("Two amendments passed.", "The First Amendment protects speech."),
        ("Recipes are simple.", "The first step is to wash the fruit."),
        (two, "Với tôi đây là cuốn sách hay và rẻ."),
        (two, "Với bài đầu tiên này ta sẽ bắt đầu bằng bài toán và là bài dễ."),
        (two, "Potemkin ruled the south for two decades."),
    ]
    assert [s for before, s in standing if leans_on([before, s], 1)] == []
    text = (
        "Όλη τη νύχτα έπαιζα παρτίδες εναντίον του υπολογιστή στο σκάκι.",
        "Νόμιζα δηλαδή ότι, ανεξαρτήτως αντιπάλου, υπάρχει βέλτιστη κίνηση στο σκάκι.",
        "Το σκάκι όμως έχει πολλούς δρόμους για τη νίκη στο τέλος.",
    )
    chosen = summarize([SourceText("Σκάκι και υπολογιστής", text)], 2)
    assert text[1] not in chosen or text[0] in chosen
