"""wordllama's static word embeddings, loaded once per process (bot/similarity.py).

Its weights ship inside the wordllama wheel; ``WordVectors`` loads them from
there with downloads disabled, so nothing is fetched at run time. numpy and
wordllama are imported only when a vector is first needed, so ``import bot.cli``
(and ``tidings --help``) never loads them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np


class WordVectors:
    """wordllama's static embeddings, loaded on first use and kept.

    Loading reads 16 MB of weights shipped in the wheel (0.2-0.6 s on a small
    machine). The vectors of the last ``cache_size`` texts are kept too: a digest
    re-clusters the articles since the last one, so most texts come back, and a
    text copied by several feeds is embedded once.
    """

    def __init__(self, dimensions: int = 256, cache_size: int = 8192) -> None:
        self.dimensions = dimensions
        self.cache_size = cache_size
        self._model: Any = None
        self._cache: dict[str, Any] = {}  # text -> unit vector, oldest first
        self._words: dict[str, Any] = {}  # word -> unit vector, oldest first
        self._word_lists: dict[tuple[str, ...], Any] = {}  # Text.content -> its rows

    def _load(self) -> Any:
        if self._model is None:
            from pathlib import Path

            import wordllama

            # The wheel ships weights/ and tokenizers/ beside the code; pointing the
            # cache there (with downloads off) finds both without any network.
            # (WordLlama.load() alone would look for the tokenizer in ~/.cache and
            # fetch it from Hugging Face.)
            package = Path(wordllama.__file__).parent
            self._model = wordllama.WordLlama.load(cache_dir=package, disable_download=True, dim=self.dimensions)
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length row per text (float32)."""
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, row in zip(missing, self._load().embed(missing, norm=True), strict=True):
                self._cache[text] = row
            for old in list(self._cache)[: max(0, len(self._cache) - max(self.cache_size, len(texts)))]:
                del self._cache[old]
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def words(self, words: tuple[str, ...]) -> np.ndarray:
        """One unit-length row per word (``Text.content``), for ``align``."""
        return self.word_rows([words])[0]

    def word_rows(self, lists: Sequence[tuple[str, ...]]) -> list[np.ndarray]:
        """``words`` for several word lists, the words not seen yet embedded in one
        batch. The vectors of the last 4 * ``cache_size`` words and ``cache_size``
        word lists are kept."""
        import numpy as np

        missing = list(dict.fromkeys(w for words in lists if words not in self._word_lists for w in words
                                     if w not in self._words))  # fmt: skip
        if missing:
            for word, row in zip(missing, self._load().embed(missing, norm=True), strict=True):
                self._words[word] = row
        out = []
        for words in lists:
            rows = self._word_lists.get(words)
            if rows is None:
                rows = (np.stack([self._words[w] for w in words]) if words
                        else np.zeros((0, self.dimensions), dtype=np.float32))  # fmt: skip
                self._word_lists[words] = rows
            out.append(rows)
        _forget_oldest(self._words, max(self.cache_size * 4, len(missing)))
        _forget_oldest(self._word_lists, max(self.cache_size, len(lists)))
        return out


def _forget_oldest(cache: dict[Any, Any], size: int) -> None:
    for old in list(cache)[: max(0, len(cache) - size)]:
        del cache[old]


@functools.lru_cache(maxsize=1)
def default_vectors() -> WordVectors:
    """The one WordVectors of this process.

    Cached rather than built at the composition root because it is read-only
    data, the same for every caller (the digest, explain, the watchlist, the
    benchmark): one lazily loaded copy per process is what each of them wants,
    and no caller can change what another sees. It is still passed in wherever a
    caller wants its own (tests, or a process that never clusters by meaning).
    """
    return WordVectors()
