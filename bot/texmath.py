"""Simple inline TeX in a title or a text, rendered: a chat shows none of it (arXiv's abstracts, relayed by
theory.report in /work/unseen48, F3: "G\\"odel-Dummett", "a graph $G$", "$\\gamma$-margin", "$1/\\epsilon$",
"Fiam{\\v{c}}ik", "``ticket''").

- a TeX accent on a letter ("\\"o", "{\\v{c}}", "\\'{e}") is the accented letter (ö, č, é);
- ``x'' is “x”, and "--" between two words (in a text with TeX) an en dash;
- a math span "$…$" of one letter, or of letters, digits, operators and known commands (Greek letters, ×, ≥, log…),
  is its symbols ("$G$" → G, "$1/\\epsilon$" → 1/ε, "$(\\Delta + 2)$" → (Δ + 2)); a one-character exponent a
  superscript ("$n^2$" → n²).

Never a price ("$5 and $10": no letter alone, no command between the marks), never a span with a command not known
or a fraction, a root, a group in braces after "^" or "_" ("$\\frac{a}{b}$", "$x^{k+1}$"): those stay as they are
(bot/usable.py's rule for math), nor any span of a sentence of formulas (usable's). Code lines are not passed here."""

from __future__ import annotations

import re
import unicodedata

from .markdowntext import rewritten
from .usable import formulas

_ACCENTS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
    "v": "\u030c", "u": "\u0306", "H": "\u030b", "c": "\u0327", "r": "\u030a", "k": "\u0328",
}  # fmt: skip
# "{\v{c}}", "{\"o}" (braced whole), then "\"{o}", "\v{c}" (the letter braced), then "\"o", "\'e", "\v c" only inside a
# word, a letter on both sides ("G\"odel"; "\'c" may end one, "Dujmovi\'c"; never "it\'s", "we\'re", "\"Hello\"",
# "\.py": an escaped quote, a contraction, a regex), "\.",
# "\=", "\~" only braced; no space after a mark (review of set48, 1)
_ACCENT = re.compile(
    r"\{\\(?:([\"'`^~=.])|([vuHcrk]) |([vuHcrk])(?=\{))(?:\{([A-Za-z])\}|([A-Za-z]))\}"
    r"|\\(?:([\"'`^~=.])|([vuHcrk]))\{([A-Za-z])\}"
    r"|(?<=[A-Za-z])\\(?!'(?:[stdm]|re|ve|ll)\b)(?:([\"'`^])|([vuHcrk]) )([A-Za-z])(?=[A-Za-z]|(?<='[A-Za-z])\b)"
)
_QUOTED = re.compile(r"``([^`'\n]{1,200}?)''")
_DASH = re.compile(r"(?<=[^\W\d_])--(?=[^\W\d_])")
# A math span: "$" not after a word, a "$" or a backslash, up to 60 characters on one line, "$" not before a word
_SPAN = re.compile(r"(?<![\w$\\])\$([^$\n]{1,60})\$(?![\w$])")
_POWER = re.compile(r"[A-Za-z0-9+\-()]{1,10}\^\w")  # ("$n^2$", "$2^n$"; "$2^k$" stays: no superscript k)
_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ", "eta": "η",
    "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
    "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ",
    "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "ell": "ℓ", "infty": "∞", "ldots": "…", "dots": "…",
    "cdots": "⋯", "log": "log", "ln": "ln", "exp": "exp", "min": "min", "max": "max", "poly": "poly", "{": "{",
    "}": "}", "|": "‖", ",": " ", ";": " ", "!": "", " ": " ", "%": "%", "&": "&",
    "times": " × ", "cdot": " · ", "geq": " ≥ ", "ge": " ≥ ", "leq": " ≤ ", "le": " ≤ ", "neq": " ≠ ", "ne": " ≠ ",
    "approx": " ≈ ", "sim": " ~ ", "pm": " ± ", "in": " ∈ ", "notin": " ∉ ", "to": " → ", "rightarrow": " → ",
    "subseteq": " ⊆ ", "subset": " ⊂ ", "cup": " ∪ ", "cap": " ∩ ", "mid": " | ", "equiv": " ≡ ",
}  # fmt: skip
_COMMAND = re.compile(r"\\([A-Za-z]+|[{}|,;! %&])")
_SCRIPT = re.compile(r"\^(?:\{(\w)\}|(\w))")
_SUPERSCRIPT = str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SIMPLE = re.compile(r"[\w\s+\-*/=<>()\[\],.:;'|{}]*")  # (what a rendered span may hold besides symbols)


def _accented(m: re.Match[str]) -> str:
    groups = m.groups()
    mark = next(g for g in groups[:3] + groups[5:7] + groups[8:10] if g)
    letter = next(g for g in groups[3:5] + groups[7:8] + groups[10:] if g)
    return unicodedata.normalize("NFC", letter + _ACCENTS[mark])


def _math(m: re.Match[str]) -> str:
    inner = m[1]
    if inner != inner.strip() or "_" in inner:  # ("$5 and $": a price's; a subscript stays)
        return m[0]
    if "\\" not in inner and not (len(inner) == 1 and inner.isalpha()) and not _POWER.fullmatch(inner):
        return m[0]  # (only a letter alone, a power, or letters with commands: "$5$" is a number anyway)
    known = True

    def command(c: re.Match[str]) -> str:
        nonlocal known
        symbol = _SYMBOLS.get(c[1])
        known = known and symbol is not None
        if symbol and symbol.isascii() and symbol.isalpha() and c.start() and c.string[c.start() - 1].isalnum():
            return " " + symbol  # (an operator's word after a letter: "$O(n\\log n)$" is O(n log n))
        return symbol or ""

    text = _COMMAND.sub(command, inner)
    text = _SCRIPT.sub(lambda s: _superscript(s[1] or s[2]), text)
    if not known or "^" in text or "\\" in text or not _SIMPLE.fullmatch(_plain(text)):
        return m[0]
    return " ".join(text.split()).replace("( ", "(").replace(" )", ")")


def _superscript(char: str) -> str:
    raised = char.translate(_SUPERSCRIPT)
    return raised if raised != char else "^" + char  # (one no superscript has: the span stays)


_RENDERED = "".join(set("".join(_SYMBOLS.values()))) + "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ"


def _plain(text: str) -> str:
    return text.translate({ord(c): " " for c in _RENDERED})


# (not an accent's: no letter on one side, no brace: "{\\"o}", "\\"{o}" are)
_ESCAPED_QUOTE = re.compile(r'(?<![A-Za-z{])\\"(?!\{)|(?<!\{)\\"(?![A-Za-z{])')


def _quoting(line: str) -> bool:
    """Whether a line's \\" are escaped quotes, in pairs ('say\\"hi\\" and G\\"odel'): no accent in it is TeX's."""
    return line.count('\\"') >= 2 and _ESCAPED_QUOTE.search(line) is not None


# A sentence of formulas (bot/usable.py never shows one) keeps its spans raw when rendering some would bring it under
# usable's limit on spans, its raw ones shown (review of set48, 10)
_SENTENCE_END = re.compile(r"((?<=[.!?])\s+(?=[A-Z(]))")


def _math_rendered(part: str) -> str:
    new = _SPAN.sub(_math, part) if "$" in part else part
    return part if new != part and formulas(part) and not formulas(new) else new


def rendered_tex(text: str) -> str:
    """The text with its simple inline TeX rendered (the module's rules); any other text as it is."""
    if "\\" not in text and "$" not in text and "``" not in text:
        return text
    before = text
    if "\\" in text:
        text = "\n".join(_ACCENT.sub(_accented, line) if not _quoting(line) else line for line in text.split("\n"))
    if "$" in text:
        text = "".join(_math_rendered(part) for part in _SENTENCE_END.split(text))
    if "``" in text:
        text = _QUOTED.sub(r"“\1”", text)
    if text != before and "--" in text:
        text = _DASH.sub("–", text)
    return text


def rendered_lines(lines: list[str], code: list[str], *kept: list[str]) -> list[str]:
    """The lines (not code's) with their simple TeX rendered; a line changed is added to each of the ``kept``
    lists (headings, quotes, rows) that hold it as it was."""
    return rewritten(lines, code, rendered_tex, kept)
