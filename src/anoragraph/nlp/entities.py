"""Mentions -> typed entities: spaCy NER, ontology vocabularies and contextual typing rules.

The `anoragraph_entities` component finds and types the mentions of one document and keeps
them in `doc.spans["anoragraph"]` (label: entity type; `kb_id_`: the normalised name; `id_`:
the rule that typed it). `find_mentions` turns that span group into `Mention` records.

Sources, strongest first: award, ceremony and outlet vocabularies; film titles read from
their syntactic context ("X is a 2019 film", "X was directed by", "the film X", quoted
titles, "X (2019)"); then spaCy's named entities, re-typed by context (a PERSON in a
character slot is a character, a PERSON in the outlet list or with outlet cues is an
organisation, a name that the document uses as a film title is a film).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..errors import OntologyError
from ..records import EntityRef, EntityType, Mention
from . import announcements, credits
from .lexicon import Lexicon, load_lexicon
from .spans import (
    alternatives,
    closes_citation,
    doc_text,
    sentence_index,
    sentence_starts,
    tokens_among,
    word_pattern,
    words_in,
)

SPANS_KEY = "anoragraph"
GENRES_KEY = "anoragraph_genres"

# where the component notes that it failed on a text (`Doc.user_data`)
FAILURE_KEY = "anoragraph_failure"
_NER_TYPES = {
    "PERSON": (EntityType.PERSON, "ner:person"),
    "ORG": (EntityType.ORGANIZATION, "ner:organization"),
    "GPE": (EntityType.PLACE, "ner:place"),
    "LOC": (EntityType.PLACE, "ner:place"),
    "FAC": (EntityType.PLACE, "ner:place"),
    "WORK_OF_ART": (EntityType.FILM, "ner:work"),
    "EVENT": (EntityType.CEREMONY, "ner:event"),
}
_APOSTROPHES = ("'s", "’s", "'", "’")
# what labels a number: "Cat. no. NOC-031", "ref. ABC-12", "#"
_NUMBER_LABEL = re.compile(r"(?:\b(?:no|nr|ref|cat)\.?|#)[ \t]*$", re.I)
# what a home-video review reviews: "Blu-ray review", "4K UHD review", "DVD review"
_FORMAT_WORDS = frozenset(
    {"blu", "-", "ray", "blu-ray", "dvd", "4k", "uhd", "hd", "disc", "box", "set", "vhs",
     "laserdisc"}
)  # fmt: skip
# a numbered line holding only a title and, after a dash, a bracket or "on", where it is shown
_HEADING = re.compile(
    r"^[ \t]*(?:#?\d{1,2}[.)]|#\d{1,2}|\d{1,2}[:.]\d{2})[ \t]+(?P<title>[^\n()–—|]{2,80}?)"
    r"(?:[ \t]*\([^\n)]{1,40}\))?(?:[ \t]*\[[^\]\n]{1,12}\])?"
    r"(?:[ \t]*(?:[–—|-][ \t]*[^\n]{1,40}|,[ \t]+on[ \t]+[^\n]{1,40}))?"
    r"[ \t]*$",
    re.M,
)
# "Film two: Goodnight, Ilse.", "First up is The Copper Widow, from 2023"
_SPOKEN_ENTRY = re.compile(
    r"(?i:\b(?:film|movie|pick|entry)[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|#?\d{1,2})[ \t]*[:.][ \t]*|\b(?:first|next)[ \t]+up[ \t]*(?:is|:|,)[ \t]+"
    r"|\b(?:moving|moving[ \t]+right)[ \t]+on[ \t]*[.,:!—–][ \t]*(?:to[ \t]+)?)"
    r"(?P<title>[A-Z][^\n.!?;]{0,60}?)"
    r"(?=[ \t]*(?:[.!?;\n]|,[ \t]+(?:from|which|a|an|the)\b)|[ \t]+(?:which|that)\b)"
)
# a title said on its own between full stops, in talk: ". Glass Harbor. the documentary"
_BARE_TITLE = re.compile(
    r"(?<=[.!?] )(?P<title>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and|in|a|at|on)){0,5})"
    r"(?=\.(?:\s|$))"
)
_CLOCK = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}[ \t]")
# a line holding a title and its year in brackets, whatever follows ("IRONBARK (2016) ★★★★")
_DATED_LINE = re.compile(r"[^\n]{1,80}\((?:18|19|20)\d\d\)")
_NUMBERED_LINE = re.compile(r"[ \t]*(?:#?\d{1,2}[.)]|#\d{1,2})[ \t]")
# a rated or numbered line opening with a lower-case title and its year in brackets
_LOWER_CITATION = re.compile(
    r"^[ \t]*(?:[★☆✩✭½*•·-]+|\d{1,2}[.)])[ \t]*(?P<title>[a-z][a-z'’&-]*(?:[ \t]+[a-z'’&-]+){0,5})"
    r"[ \t]*\((?:19|20)\d\d(?:,[^)\n]{1,40})?\)",
    re.M,
)
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "‣", "▪"})
_QUANTITY_NOUNS = frozenset({"part", "half", "rest", "most", "much", "end", "start", "remainder"})
# other languages' "of", "and" and articles inside a title: "Le Renard et la Lanterne",
# "Los Hijos del Viento", which no English name of a person or a company holds
_FOREIGN_INNER = frozenset(
    {"de", "del", "della", "di", "du", "des", "da", "do", "dos", "et", "la", "le", "les", "y"}
    | {"el", "los", "las", "und", "och", "en", "das", "dei", "delle", "degli", "dello", "al"}
    | {"alla", "nel", "nella", "au", "aux", "à"}
    # "Kaagaz ki Nao", "Clara e o Mar", "Mig og Dig", "Léto s Irmou", "Vlak z Kolína"
    | {"ki", "ka", "ke", "aur", "e", "og", "på", "av", "ve", "din", "s", "z", "ze", "v", "w"}
)
_INNER_WORDS = frozenset(
    # (and the Romance languages' "of": "Los Hijos del Viento", "La Notte di San Lorenzo")
    {"at", "of", "in", "on", "the", "and", "to", "for", "a"} | _FOREIGN_INNER
)
# articles a title may open with: "Lee's The Ward", "Fontaine's Les Heures Blanches"
_TITLE_ARTICLES = frozenset(
    {"the", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "der", "die", "das"}
    | {"els", "het", "ein", "eine"}
)
# capitalised articles that open titles in languages which capitalise only a title's first
# word ("La règle du jeu"); not "Die" or "Lo", which open English phrases too
_FOREIGN_ARTICLES = frozenset(
    {a.capitalize() for a in _TITLE_ARTICLES - {"the", "die", "lo"}} | {"L'", "Une", "Un"}
)
_OPEN = {"(", "[", "{"}
_OPEN_BRACKET = re.compile(r"\(")
# articles a title may open with after its maker's possessive: "Marqués's The Plain of Dogs"
_LEAD_ARTICLES = frozenset({"The", "A", "An"}) | _FOREIGN_ARTICLES
_EVENT_HEADS = re.compile(r"\b(?:Festival|Awards?|Ceremony|Biennale|Prize|Trophy)\b")
# particles inside a company's name: "Les Films du Goeland", "Les Films de l'Aube"
_NAME_LINKS = frozenset({"du", "de", "des", "del", "della", "di", "l'", "la", "le"})
_SUBJECT_TITLE_RULES = frozenset(
    {
        "title:opening-subject",
        "title:sentence-subject",
        "title:copula-subject",
        "title:clause-subject",
        "title:possessive-subject",
    }
)
# words after which a lower-case "best ..." names a prize category
_CATEGORY_CUES = frozenset({"won", "wins", "win", "took", "takes", "named", "for", "as"})
_QUOTES = {'"', "“", "”", "‘", "’", "'"}
_SAYING = frozenset(
    {"say", "call", "write", "note", "describe", "praise", "criticize", "criticise", "argue"}
    | {"report", "tell", "add", "state", "claim", "review", "rate", "give", "find", "think"}
)
_PLAY_LEMMAS = frozenset({"play", "portray", "voice", "embody", "incarnate"})
# mentions of a lone first name that make it a character's in a text about a film
_RECURRING = 3
# the document's text, built once for the rules that search it
# a speaker's label opening a line: "MAYA: ...", "Okafor: ..."
_SPEAKER_LABEL = re.compile(r"^[ \t]*([A-Z][\w'’-]+):[ \t]+\S", re.M)
# a line in capitals, as catalogues print titles: "THE SALT WIDOWS", "EKO AFTER DARK"
# a run of words in capitals: "THE WEIGHT OF SMALL BIRDS", "ASHGROVE"
_CAPS_RUN = re.compile(
    r"(?<![\w'’])[A-Z][A-Z0-9À-ÖØ-Þ'’&-]+"
    r"(?:[ \t]+(?:&[ \t]+)?[A-Z0-9À-ÖØ-Þ][A-Z0-9À-ÖØ-Þ'’&-]*)*(?![\w'’])"
)
_FOR_CAPS_TITLE = re.compile(
    r"\bfor[ \t]+([A-Z0-9][A-Z0-9À-ÖØ-Þ'’&:-]*(?:[ \t]+[A-Z0-9À-ÖØ-Þ'’&:-]+)*)\b"
)
_CAPS_AFTER_COMMA = re.compile(
    r",[ \t]+[A-Z][A-Z0-9À-ÖØ-Þ'’&-]+(?:[ \t]+[A-Z0-9À-ÖØ-Þ][A-Z0-9À-ÖØ-Þ'’&-]*)*(?![\w'’])"
)
_NOT_A_CAPS_TITLE = re.compile(
    r"[ \t]*(?::|[—–]|-[ \t]|\((?:AP|Reuters|AFP|PA)\)|[ \t]+[A-Z][a-z]"
    r"|,[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*"
    r"[ \t]+\d))"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z][\w'’-]*[ \t]$")
# the prepositions a place follows in a description: "a forger in Marseille"
_PLACE_PREPOSITIONS = frozenset({"in", "of", "from", "to", "near", "outside", "across", "around"})
_BOARDED = re.compile(r"\bboard(?:s|ed|ing)?\b")
# what follows a name in capitals that opens a press kit's biography: its role or its part
# in brackets, and nothing else on the line ("ILSE VARNABY (Writer/Director)")
_BIO_HEADING = re.compile(
    r"[ \t]*\((?P<part>(?!(?:18|19|20)\d\d)[A-Z][^()\n]*[a-z][^()\n]*)\)[ \t]*(?:\n|$)"
)
_BIO = "context:bio-heading"


@functools.cache
@functools.lru_cache(maxsize=4)
def _described_publications(text: str, nouns: tuple[str, ...]) -> tuple[str, ...]:
    """The words, lower-cased, before each apposition in `text` that calls something a
    podcast, a newsletter or the like ("SPLICE & DICE — a podcast about ...")."""
    pattern = re.compile(
        rf"[ \t]*[—–,:-][ \t]*(?:a|an|the|our)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}"
        rf"(?:{alternatives(nouns)})\b",
        re.IGNORECASE,
    )
    found = []
    for match in pattern.finditer(text):
        start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
        found.append(" ".join(text[start : match.start()].split()).casefold())
    return tuple(found)


def _column_nouns(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """What follows a publication's own name when the text names its column or desk."""
    return re.compile(rf"[ \t]+(?:{alternatives(nouns)})\b")


# rules that type a name as a person's from what the text says they did
_CREDITED_PERSON = frozenset({"context:credit-name", "context:person-role", "context:maker"})
# a line that holds a title and its year and nothing else, as a round-up opens an entry with
# ("Low Orbit (1996)"), after any blank lines
_YEAR_ENTRY = re.compile(
    r"^(?:[ \t]*\n)*[ \t]*(?!\d{1,3}[.)][ \t])(?:(?:={2,6}|#{1,6})[ \t]*)?"
    r"(?P<title>[A-Z0-9][^\n()–—|:=]{1,80}?)[ \t]*"
    r"\((?:18|19|20)\d\d\)[ \t]*(?:={2,6}[ \t]*|[★☆½]+[ \t]*)?$",
    re.M,
)
# a reference list's entry, as encyclopedias print them ("1. ^ Ferraz, Marta (2014). ..."),
# or as a bibliography does, author first: "Hartley, J. (2004) The Cold Frame. London: ..."
_REFERENCE_LINE = re.compile(
    r"^[ \t]*(?:(?:\d{1,3}\.[ \t]*)?\^|[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?,[ \t]+"
    r"(?:(?:[A-Z]\.[ \t]?)+|[A-Z][\w'’-]+)(?:,?[ \t]+(?:and|&)[ \t]+[^\n(]{2,60})?[ \t]*"
    r"\((?:18|19|20)\d\d[a-z]?\)\.?[ \t])[^\n]*$",
    re.M,
)
# an entry's title line with a label in brackets: "Northbound (Verso Original)"
# a label that introduces people or companies: "Portrayed by:", "Distributed by ....."
_BY_LABEL = re.compile(r"[ \t]*[A-Z][\w ]{0,30}[ \t]by[ \t]*(?::|\.{2,}|…)")
_LABELLED_ENTRY = re.compile(
    r"^[ \t]*(?!\d{1,3}[.)][ \t])(?P<title>[A-Z0-9][^\n()–—|:.]{1,80}?)[ \t]*"
    r"\((?P<label>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})\)[ \t]*$",
    re.M,
)
_CAPS_LINE = re.compile(
    r"^[ \t]*([A-Z0-9][A-Z0-9À-ÖØ-Þ'’&\-,.!? ]{1,60}[A-Z0-9À-ÖØ-Þ!?])[ \t]*$", re.M
)
# "for Best Director": a prize named with its category (the words are the vocabulary's
# category_words, checked again on the tokens)
_FOR_CATEGORY = re.compile(r"(?i)\bfor(?=\s+[A-Z]\w*)")
# a credit clause after a comma: "Marienbad, directed by Jane Smith"
_CREDIT_CLAUSE = re.compile(
    r",\s+(?:(?:written|produced|co-written|co-directed|written and directed) by|directed by|"
    r"starring|co-starring)\s+[A-Z]"
)
_STARRING = re.compile(r"\b(?:co-?)?star(?:s|ring|red)\b", re.IGNORECASE)
_INITIALISM = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
# a site's navigation bar: "News | Sport | Culture | Obituaries" (words only, four or more)
_NAV_ITEM = r"[^\W\d][\w&'’-]*(?: [^\W\d][\w&'’-]*)?"
_NAVIGATION = re.compile(rf"\s*(?:{_NAV_ITEM}\s*[|·•]\s*){{3,}}{_NAV_ITEM}\s*")
# a word whose final g the spelling drops ("Ribbin'", "Rockin'"), closing a name
_CLIPPED_G = re.compile(r"[A-Za-z]{2,}in['’]$")
# a person named as an award's winner or nominee
_WINNER = "context:award-person"
# "Garfield : A Tail", "Squatter 's Rights": punctuation a tokenised text set apart
_SPACED_PUNCT = re.compile(r"(?<=[\w!?]) (?=[:,!?]|['’]s\b)")


@dataclass
class _Candidate:
    start: int  # token offsets
    end: int
    type: EntityType
    name: str
    rule: str
    priority: int


_NAMED = re.compile(r"(?<![\w-])(?:named|called)(?![\w-])")

# an author-date citation, as scholarship gives its sources: "Hartley (2004: 112) claims",
# "(Pokorny 2011: 45-49)", "(e.g. Sallis 1987; Weiss 1996: 14)"
_YEAR_PAGES = r"(?:18|19|20)\d\d[a-z]?(?::[ \t]*\d+(?:[-–]\d+)?|,[ \t]*pp?\.[ \t]*\d+(?:[-–]\d+)?)"
_CITED_AUTHOR = re.compile(
    rf"(?P<out>\b[A-Z][\w'’-]+)[ \t]+\({_YEAR_PAGES}\)"
    rf"|(?:\(|;[ \t]*|e\.g\.[ \t]+|cf\.[ \t]+|see[ \t]+)(?P<in>[A-Z][\w'’-]+)[ \t]+"
    rf"(?:{_YEAR_PAGES}|(?:18|19|20)\d\d[a-z]?(?=[;)]))"
)


# a track list's line: a number, the title (and performer), leaders, the running time
_TRACK_LINE = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[^\n]+?[ \t.…]+\d{1,2}:\d{2}[ \t*]*$", re.M)


def _tracks_as_works(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """The titles a soundtrack's track list prints ("4. Hush, the Tide – Ottilie Brandvold
    ....... 2:58") are songs, not films, there and wherever the text names them again."""
    text = doc_text(doc)
    if ":" not in text:
        return candidates
    tracks = [m.span() for m in _TRACK_LINE.finditer(text)]
    if len(tracks) < 3:
        return candidates
    songs = {
        c.name.casefold()
        for c in candidates
        if c.type is EntityType.FILM and any(lo <= doc[c.start].idx < hi for lo, hi in tracks)
    }
    for c in candidates:
        if c.type is EntityType.FILM and c.name.casefold() in songs:
            c.type = EntityType.WORK
    return candidates


_SAYING = frozenset({"say", "tell", "add", "explain", "recall", "joke", "laugh", "insist", "reply"})


def _said(doc: Doc, end: int) -> bool:
    """Whether a quotation that ends at token `end` is what someone says: a comma inside or
    after it, then a speaker and a verb of saying ('"That's Ezra," Kessler says')."""
    k = end
    while k < len(doc) and (doc[k].is_quote or doc[k].text in (",", "...", "…")):
        k += 1
    if k == end or not any(t.text == "," for t in doc[end - 1 : k]):
        return False
    return any(t.lemma_.casefold() in _SAYING for t in doc[k : min(len(doc), k + 5)])


def _after_inner_article(doc: Doc, run: tuple[int, int]) -> tuple[int, int]:
    """A run that joined a phrase to the title after it ("stood in for Sicily 1941 in The
    Salt Pilgrims (1994)"): the title starts at the capitalised article after the inner
    preposition, which no title writes in capitals mid-title."""
    for k in range(run[0] + 1, run[1] - 1):
        if doc[k].lower_ in ("in", "at", "on", "from", "for") and doc[k + 1].text in (
            "The",
            "A",
            "An",
        ):
            return k + 1, run[1]
    return run


# how a guide's entry points at the place its heading names: "built a town here", "this
# village"
_PLACE_DEIXIS = re.compile(
    r"\b(?:here|these\s+(?:badlands|streets|hills|walls|ravines|dunes)|this\s+(?:village|town|"
    r"city|beach|bay|coast|valley|island|desert|fortress|castle|street|square|spot|stretch))\b",
    re.IGNORECASE,
)


_WORD_RUN = re.compile(r"[^\W_]+")


def _initials(title: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", title)).casefold()


def _abbreviated_titles(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A fan's initials for a film the text names in full ("SJW" for "Saint Jude's Weather",
    "CoT" for "Carousel of Teeth", "TOM" for "The Orchard Men"): the film, its initials an
    alias; written with two capitals at least, and the initials of one film only."""
    films: dict[str, set[str]] = {}
    for cand in chosen:
        if cand.type is EntityType.FILM and len(cand.name.split()) >= 2:
            films.setdefault(_initials(cand.name.split(" (")[0]), set()).add(cand.name)
    if not films:
        return chosen
    keys = [k for k in films if 2 <= len(k) <= 5]
    if not keys:
        return chosen
    # (only the words that are some film's initials, not every short word of the text)
    pattern = re.compile(rf"(?<![\w'’])(?:{alternatives(keys)})(?![\w'’])", re.IGNORECASE)
    taken = {i: c for c in chosen for i in range(c.start, c.end)}
    added: list[_Candidate] = []
    for match in pattern.finditer(doc_text(doc)):
        word = match.group()
        names = films.get(word.casefold())
        if names is None or len(names) != 1 or sum(c.isupper() for c in word) < 2:
            continue
        span = doc.char_span(*match.span())
        if span is None or len(span) != 1:
            continue
        name = next(iter(names))
        held = taken.get(span.start)
        if held is None:
            added.append(
                _Candidate(span.start, span.end, EntityType.FILM, name, "title:initials", 6)
            )
        elif held.type is EntityType.FILM and held.name == word:
            # "TOM (2002)", read as a title of its own: the film it abbreviates
            held.name = name
    return chosen + added


def _bare_category(name: str) -> str:
    """A category's name without the award family a text gave it ("Academy Award for Best
    Actor" is "Best Actor")."""
    if name.split()[0] in ("Best", "Outstanding"):
        return name
    return name.partition(" for ")[2] or name


def _prize_categories(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A festival prize and the category after its "for" are one award: "the Silver Bear for
    Best Leading Performance"."""
    starts = {c.start: c for c in chosen}
    dropped: set[int] = set()
    for cand in chosen:
        category = starts.get(cand.end + 1)
        if (
            cand.type is EntityType.AWARD
            and cand.rule == "vocab:award"
            and " for " not in cand.name
            and cand.end < len(doc)
            and doc[cand.end].lower_ == "for"
            and category is not None
            and category.type is EntityType.AWARD
            and category.rule == "vocab:award-category"
            and _bare_category(category.name).split()[0] in ("Best", "Outstanding")
        ):
            cand.name = f"{cand.name} for {_bare_category(category.name)}"
            cand.end = category.end
            dropped.add(id(category))
    return [c for c in chosen if id(c) not in dropped]


_CREDIT_QUOTE = re.compile(
    r"(?:[A-Za-z-]+ed|screenplay|script|story|music|a film|un film)[ \t]+(?:by|de|von)\b", re.I
)
_YEAR_AFTER = re.compile(r"[ \t]*\((?P<year>(?:18|19|20)\d\d)\)")


def _dated_namesakes(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """Films of one title the text tells apart by their years ("The Widow of Ashcombe Fell
    (2016)" and "The Widow of Ashcombe Fell (1938)", two adaptations of one novel) are
    named with their years, as reference works name them, so they stay two films."""
    text = doc_text(doc)
    dated: list[tuple[_Candidate, str]] = []
    for cand in chosen:
        if cand.type is not EntityType.FILM:
            continue
        after = _YEAR_AFTER.match(text, doc[cand.end - 1].idx + len(doc[cand.end - 1].text))
        if after is not None:
            dated.append((cand, after.group("year")))
    years: dict[str, set[str]] = {}
    for cand, year in dated:
        years.setdefault(cand.name.casefold(), set()).add(year)
    for cand, year in dated:
        if len(years[cand.name.casefold()]) > 1:
            cand.name = f"{cand.name} ({year})"
    return chosen


# "A Parallax Original", "a Verso Original Film": the streaming service that made it
_SERVICE_ORIGINAL = re.compile(
    r"\b[Aa]n?[ \t]+(?P<name>[A-Z][\w+]*(?:[ \t][A-Z][\w+]*)?)[ \t]+Original\b"
)


def _services(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """A name the text calls "a X Original" is a streaming service's, wherever the text
    names it (its name in capitals above the page is no film)."""
    text = doc_text(doc)
    if "Original" not in text:
        return candidates
    names = {m.group("name").casefold() for m in _SERVICE_ORIGINAL.finditer(text)}
    for cand in candidates:
        if cand.type is EntityType.FILM and cand.name.casefold() in names:
            cand.type = EntityType.ORGANIZATION
    for match in _SERVICE_ORIGINAL.finditer(text):
        span = doc.char_span(*match.span("name"), alignment_mode="contract")
        if span is not None and len(span):
            candidates.append(
                _Candidate(
                    span.start, span.end, EntityType.ORGANIZATION, span.text, "context:service", 8
                )
            )
    return candidates


_FOR_TITLE = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,3})[ \t]+for[ \t]+(?P<title>[A-Z0-9\"“].*)$"
)


def _named_in_full(names: Span, surname: list[str]) -> bool:
    """Whether the text names someone elsewhere than `names` with a given name before
    `surname` ("Inés del Valle" for "Del Valle"), whatever the case of its particles."""
    pattern = re.compile(
        r"(?<![\w'’-])(?-i:[A-Z])[\w'’-]*[ \t]+"
        + r"[ \t]+".join(map(re.escape, surname))
        + r"(?![\w-])",
        re.IGNORECASE,
    )
    lo, hi = names.start_char, names.end_char
    return any(not lo <= m.start() < hi for m in pattern.finditer(doc_text(names.doc)))


def _judged_as(token: Token) -> bool:
    """Whether `token` is the "as" of an actor judged in a part: "is great as the forger",
    "is magnificent as the matriarch", however the parse attached it."""
    return token.lower_ == "as" and (
        token.head.pos_ == "ADJ" or (token.i > 0 and token.doc[token.i - 1].pos_ == "ADJ")
    )


def _up_for(words: Span) -> bool:
    """Whether `words` after a copula open "up for", past adverbs: "is (also) up for"."""
    return [t.lower_ for t in words if t.lower_ == "up" or t.pos_ != "ADV"][:2] == ["up", "for"]


def personal_name(name: str, lex: Lexicon) -> bool:
    """Whether a name has a person's shape: two or three capitalised words, none a studio
    word or a company suffix, none in capitals."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(
            w[:1].isupper() and w[1:].replace("-", "").isalpha() and not w.isupper() for w in words
        )
        and not any(w in lex.studio_words or w in lex.org_suffixes for w in words)
    )


# what a publication says of its own reporting ("The Call Sheet can reveal", "told The
# Call Sheet", "More from The Long View")
_OUTLET_SUBJECT = re.compile(
    r"(?P<name>(?:The[ \t]+)?[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3})[ \t]+"
    r"(?:can[ \t]+(?:reveal|confirm|report)|has[ \t]+(?:learned|learnt)|understands[ \t]*[,.])"
)
_OUTLET_OBJECT = re.compile(
    r"\b(?:told|More[ \t]+from|Subscribe[ \t]+to|speaking[ \t]+to"
    r"|in[ \t]+an[ \t]+interview[ \t]+with)"
    r"[ \t]+(?P<name>The[ \t]+[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})"
)
# the line under a masthead: an issue's ("Essays on cinema · Issue 14 · Autumn 2025")
_ISSUE_LINE = re.compile(r"(?i)\b(?:issue|vol\.?|volume|no\.|edition)[ \t]*\d")


def past_people_word(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a name from token `start` to `end` begins past the word for a country's people
    before it, and its article ("the Icelander Sunna Hrafnsdóttir"); else `start`."""
    k = start + (doc[start].lower_ in ("the", "a", "an"))
    return k + 1 if k < end - 1 and doc[k].lower_ in lex.demonym_nouns else start


@functools.lru_cache(maxsize=64)
def page_outlets(text: str) -> frozenset[str]:
    """The publication a page is printed by, casefolded: its masthead, the first line above
    its section links or its issue line ("THE LONG VIEW" over "Essays on cinema · Issue 14"),
    and a name that says it reports ("The Call Sheet can reveal", "told The Call Sheet",
    "More from The Long View")."""
    lex = load_lexicon()
    names = {m.group("name") for m in _OUTLET_SUBJECT.finditer(text)}
    names |= {m.group("name") for m in _OUTLET_OBJECT.finditer(text)}
    lines = [line.strip() for line in text[:1000].splitlines() if line.strip()]
    if len(lines) >= 2:
        first, second = lines[0], lines[1]
        words = first.split()
        if (
            1 <= len(words) <= 5
            and first[-1] not in ".!?:,"
            and all(w[:1].isupper() for w in words)
            and (_NAVIGATION.fullmatch(second) or _ISSUE_LINE.search(second))
        ):
            names.add(first)
    found = set()
    for name in names:
        words = name.split()
        if words[0] in ("The", "THE") and len(words) == 1:
            continue
        if name in lex.outlets or (
            (words[0].casefold() == "the" or len(words) > 1) and not personal_name(name, lex)
        ):
            # (one word after "told" is a person's name, "told Marsh")
            found.add(re.sub(r"[ \t]+", " ", name).casefold())
    return frozenset(found)


def _cited_authors(doc: Doc) -> Iterator[_Candidate]:
    """The authors an essay cites by name and date: people, not films or characters
    ("Sallis (1987: 203) attributes its screenplay to ...")."""
    text = doc_text(doc)
    if "(" not in text:
        return
    for match in _CITED_AUTHOR.finditer(text):
        group = "out" if match.group("out") else "in"
        span = doc.char_span(*match.span(group), alignment_mode="contract")
        if span is not None and len(span) == 1:
            yield _Candidate(
                span.start, span.end, EntityType.PERSON, span.text, "context:cited-author", 9
            )


def character_name(name: str, lex: Lexicon) -> str:
    """A character's name without the title before it: "Dr. Helen Marsh" is the character
    Helen Marsh, as the plot names her after; "Detective Inspector Frank Doyle" is Frank
    Doyle (a rank alone, "Captain Nemo", stays a name)."""
    first, _, rest = name.partition(" ")
    if rest and first.casefold() in lex.opening["honorifics"]:
        return rest
    words = name.split()
    ranks = lex.opening["ranks"]
    k = 0
    while k < len(words) - 1 and words[k].casefold().rstrip(".") in ranks:
        k += 1
    return " ".join(words[k:]) if k and len(words) - k >= 2 else name


def normalise_name(text: str) -> str:
    """The name a surface form stands for: possessive and edge punctuation removed."""
    name = _SPACED_PUNCT.sub("", " ".join(text.split()))
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    initialism = _INITIALISM.search(name.rstrip(" \"“”‘’',;:()[]")) is not None
    clipped = _CLIPPED_G.search(name) is not None and name.lstrip(' "“”')[:1] not in "‘'"
    name = name.strip(" \"“”‘’'.,;:()[]")
    if clipped:
        # "Hare Ribbin'", "Truckin'": the apostrophe stands for a dropped letter
        name += "'"
    if initialism:
        # "L.A.", "U.S.": the last full stop belongs to the name
        name += "."
    if name.endswith("s'") or name.endswith("s’"):
        name = name[:-1]
    for article in ("the ", "an ", "a "):
        if name.startswith(article) and name[len(article) : len(article) + 1].isupper():
            # "the Triangle Film Corporation", "an Adélie Penguin": a lower-case article is
            # not part of the name
            name = name[len(article) :]
    return name


def is_capitalised(token: Token) -> bool:
    return bool(token.text[:1].isupper() or token.text[:1].isdigit())


def is_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1870 <= int(token.text) <= 2100


def is_ordinal(token: Token) -> bool:
    text = token.lower_
    return text[:-2].isdigit() and text[-2:] in ("st", "nd", "rd", "th")


def _counts(token: Token) -> bool:
    """A number word counting things ("five", "3", "several"), not an ordinal or a year."""
    return (token.like_num and not is_year(token) and not is_ordinal(token)) or token.lower_ in (
        "several",
        "multiple",
        "many",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    )


_SUPERSCRIPT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def title_extent(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Trim `doc[start:end]` to a plausible title: no leading determiner-only words, no
    trailing function words or punctuation, cut at the first parenthesis or dash-quote."""
    while start < end and (
        (doc[start].is_punct and doc[start].text not in ("!", "?"))
        # "(1983).¹ Das leise Zimmer was ...": a footnote's superscript number
        or _SUPERSCRIPT.fullmatch(doc[start].text)
    ):
        start += 1
    for i in range(start, end):
        if doc[i].text in _OPEN or doc[i].text in ("—", "–", ";") or "\n" in doc[i].text:
            end = i
            break
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text not in ("!", "?"))
        or doc[end - 1].lower_ in lex.title_words
        or doc[end - 1].is_space
    ):
        end -= 1
    if end <= start or not is_capitalised(doc[start]):
        return None
    if not any(is_capitalised(t) and t.lower_ not in lex.title_words for t in doc[start:end]) and (
        doc[start].text not in _FOREIGN_ARTICLES or end - start < 2
    ):
        return None
    return start, end


def _foreign_title_start(doc: Doc, start: int, stop: int) -> int:
    """Where a title ending in the capitalised run at `start` begins, when the words
    before it are a foreign article and the lower-case words after it: "Das stille Haus
    (1983)", "La dolce Vita"; else `start`."""
    k = start
    while k > stop and start - k < 3 and doc[k - 1].is_alpha and doc[k - 1].text.islower():
        k -= 1
    if (
        stop <= k < start
        and k > 0
        and doc[k - 1].text in _FOREIGN_ARTICLES
        and not any(t.is_stop for t in doc[k:start])
    ):
        return k - 1
    return start


_MEMBER_HEADS = frozenset(
    {"one", "some", "each", "first", "last", "best", "worst", "all", "most", "many", "few"}
    | {"another", "none", "part", "any"}
)


def _member_of(noun: Token) -> bool:
    """Whether a noun after a preposition names a group its phrase belongs to: "one of the
    best films", "among the first films"."""
    prep = noun.head
    if prep.lower_ == "among":
        return True
    owner = prep.head
    return prep.lower_ == "of" and (
        owner.lower_ in _MEMBER_HEADS or owner.tag_ in ("JJS", "CD") or owner.pos_ == "NUM"
    )


def _plays_named_part(verb: Token) -> bool:
    """Whether a verb plays a part the text names: "plays the matriarch Bimala"."""
    if verb.lemma_.casefold() not in _PLAY_LEMMAS:
        return False
    return any(
        c.dep_ == "dobj" and any(t.pos_ == "PROPN" and is_capitalised(t) for t in c.subtree)
        for c in verb.children
    )


def _inside_brackets(doc: Doc, i: int) -> bool:
    """Whether token `i` sits inside a bracket opened earlier in its sentence: "Title
    (Japanese: ..., Hepburn: Other Name) is ..." makes "Other Name" an aside, whatever the
    parse says."""
    depth = 0
    for token in doc[doc[i].sent.start : i]:
        if token.text in _OPEN:
            depth += 1
        elif token.text in (")", "]", "}"):
            depth = max(0, depth - 1)
    return depth > 0


def _next_comma(doc: Doc, start: int, stop: int) -> int | None:
    """The index of the first comma in `doc[start:stop]` outside brackets."""
    depth = 0
    for token in doc[start:stop]:
        if token.text in _OPEN:
            depth += 1
        elif token.text in (")", "]", "}"):
            depth = max(0, depth - 1)
        elif token.text == "," and depth == 0:
            return token.i
    return None


def _names_after(doc: Doc, i: int, hi: int) -> bool:
    """Whether a person's name starts at token `i`: a tagged person, or two or more proper
    nouns in a row ("Black Alibi by Cornell Woolrich", but "Death by Chocolate")."""
    if doc[i].ent_type_ == "PERSON":
        return True
    j = i
    while j < hi and doc[j].pos_ == "PROPN" and is_capitalised(doc[j]):
        j += 1
    return j - i >= 2


def _first_word(sent: Span, marks: frozenset[str] = frozenset()) -> int:
    """The index of a sentence's first word: past spaces, quotes and `marks` (bullets)."""
    doc = sent.doc
    start = sent.start
    while start < sent.end and (
        doc[start].is_space or doc[start].text in _QUOTES or doc[start].text in marks
    ):
        start += 1
    label = start
    while label < min(sent.end, start + 4) and doc[label].is_upper and doc[label].is_alpha:
        label += 1
    if label > start and label + 1 < sent.end and doc[label].text == ":":
        # "MODERATOR: The Surveyor's Son is ...": a speaker's label opens the line
        return label + 1
    return start


def tokens_text(doc: Doc, span: tuple[int, int]) -> str:
    return doc[span[0] : span[1]].text


_SHOUTED_LINKS = frozenset({"AND", "OR", "NOR", "BUT", "VS", "VS."})


def _speaker_turns(text: str) -> Counter[str]:
    """How many turns each speaker label ("MAYA: ...") opens, by the label in capitals."""
    return Counter(label.upper() for label in _SPEAKER_LABEL.findall(text))


def _entity_start(doc: Doc, i: int) -> Token:
    """The first token of the named entity token `i` is in."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return doc[i]


_SURNAMES_KEY = "anoragraph.surnames"


def _person_surnames(doc: Doc) -> tuple[str, ...]:
    """The last words of the names the tagger reads as people's in two words or more (kept
    with the `Doc` as a tuple, which its serialisation carries)."""
    found = doc.user_data.get(_SURNAMES_KEY)
    if found is None:
        found = tuple(
            {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
        )
        doc.user_data[_SURNAMES_KEY] = found
    return tuple(found)


def capitalised_run(
    doc: Doc, i: int, lo: int, hi: int, lex: Lexicon, articles: bool = False
) -> tuple[int, int] | None:
    """The title-cased run of tokens around token `i` (inner function words allowed; with
    `articles`, where what follows is known to be a title, a function word and an article
    too: "the novel From the Earth to the Moon")."""
    if not is_capitalised(doc[i]):
        return None
    start = i
    while start > lo:
        if (
            is_capitalised(doc[start - 1])
            and (
                not doc[start - 1].is_sent_start
                # "Gulls Over Hadley (2016) is moving": a title may open its line, unlike
                # "In", "After", "Much"
                or (
                    (
                        doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM")
                        # "Hollowing Moon", not a diary's "Loved Copper Moth"
                        or doc[start - 1].tag_ == "VBG"
                        or doc[start - 1].lower_ == "the"
                    )
                    and doc[start - 1].lower_ not in lex.opening["openers"]
                    # a diary's "Loved Copper Moth (1991)"
                    and doc[start - 1].lower_ not in lex.opening["diary_verbs"]
                    and doc[start - 1].lower_ not in lex.opening["never_openers"]
                    and doc[start - 1].lower_ not in _QUANTITY_NOUNS
                )
            )
            and doc[start - 1].text not in _QUOTES
        ):
            start -= 1
            continue
        if (
            # "Wendell Achebe-Morrow": a hyphenated name
            doc[start - 1].text in ("-", "‐")
            and start - 2 >= lo
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
            and is_capitalised(doc[start - 2])
        ):
            start -= 2
            continue
        opening = start - 2
        while (
            opening > max(lo, start - 5)
            and is_capitalised(doc[opening - 1])
            and doc[opening - 1].lower_ != "the"
        ):
            # "The Orchard Keeper's Wife": up to three words between "The" and "'s"
            opening -= 1
        if (
            # "The Brinemaker's Wife": a possessive inside a title that opens with "The"
            doc[start - 1].lower_ in ("'s", "’s")
            and start - 3 >= lo
            and doc[start].lower_ not in _TITLE_ARTICLES
            and is_capitalised(doc[start - 2])
            and doc[opening - 1].lower_ == "the"
            and opening - 1 >= lo
            and not any(doc[k].ent_type_ == "ORG" for k in range(opening, start - 1))
        ):
            start = opening - 1
            continue
        # "Low Tide at Saltmarsh", "Hour of the Lynx": inner function words between
        # capitalised words
        inner = 0
        while (
            inner < 2
            and start - inner - 1 > lo
            and doc[start - inner - 1].lower_ in _INNER_WORDS
            and (inner == 0 or doc[start - inner - 1].lower_ != doc[start - inner].lower_)
        ):
            inner += 1
        before = start - inner - 1
        if (
            inner
            and before >= lo
            and is_capitalised(doc[before])
            # (not "reunited with Mendenhall for Halcyon Street": a person the text names,
            # then the film)
            and not (doc[start - 1].lower_ == "for" and doc[before].text in _person_surnames(doc))
            and (
                not doc[before].is_sent_start
                # "Hour of the Lynx (2025) ...", not "Much of The Long Quiet's story"
                or (
                    doc[before].pos_ in ("PROPN", "NOUN", "ADJ")
                    and doc[before].lower_ not in _QUANTITY_NOUNS
                    and doc[before].lower_ not in lex.opening["openers"]
                    and doc[before].lower_ not in lex.opening["never_openers"]
                )
            )
            and doc[before].text not in _QUOTES
            and (
                doc[before].ent_type_ not in ("PERSON", "ORG")
                # "Le Renard et la Lanterne", whatever the tagger made of "Le Renard"
                or any(
                    doc[k].lower_ in _FOREIGN_INNER - {"de", "da"} for k in range(before + 1, start)
                )
                # "Hall of Mirrors", which the tagger reads as one name
                or (
                    doc[before].ent_iob_ == "B"
                    and all(doc[k].ent_iob_ == "I" for k in range(before + 1, start + 1))
                )
                # "Los Hijos del Viento", whose article the tagger took for a name's start
                or _entity_start(doc, before).lower_ in _TITLE_ARTICLES - {"the"}
            )
        ):
            start = before
            continue
        break
    end = i + 1
    while end < hi:
        token = doc[end]
        if "\n" in token.text or token.text in _OPEN or token.text in _QUOTES:
            break
        if is_capitalised(token):
            end += 1
            continue
        if (
            # "Yoon Da-eun": a hyphen joining a lower-case syllable to a name
            token.text in ("-", "‐")
            and end + 1 < hi
            and not doc[end - 1].whitespace_
            and not token.whitespace_
            and doc[end + 1].is_alpha
            and doc[end + 1].text.islower()
            and is_capitalised(doc[end - 1])
        ):
            end += 2
            continue
        if (
            token.lower_ in ("'s", "’s")
            and doc[start].lower_ in _TITLE_ARTICLES
            and end + 1 < hi
            and is_capitalised(doc[end + 1])
        ):
            # "The Cartographer's Winter": a possessive inside a title that opens with "The"
            end += 2
            continue
        # an inner function word, or "of" and an article ("The Phantom of the Opera"); but
        # "the novel X by Author": the author is not part of the title
        if (
            token.lower_ in lex.title_words
            and token.text != ","
            and not (
                token.lower_ == "by"
                and end + 1 < hi
                and (
                    _names_after(doc, end + 1, hi)
                    or doc[end + 1].ent_type_ == "NORP"
                    # "based on the play Tartuffe by Moliere": the agent of a verb before
                    # the title
                    or (token.head.i < start and token.head.pos_ == "VERB")
                )
            )
        ):
            k = end + 1
            if k < hi and (
                ((token.lower_ == "of" or articles) and doc[k].lower_ in ("the", "a", "an"))
                # "Le Loup et la Lanterne", "El Laberinto del Fauno y la Luna"
                or (token.lower_ in _FOREIGN_INNER and doc[k].lower_ in _TITLE_ARTICLES - {"the"})
            ):
                k += 1
            if k < hi and is_capitalised(doc[k]):
                end = k
                continue
        break
    for k in range(start, end):
        if (
            doc[k].text in _SHOUTED_LINKS
            and not (k > 0 and doc[k - 1].text.isupper())
            and not (k + 1 < len(doc) and doc[k + 1].text.isupper())
        ):
            # "directed both Dust of Kerala AND Monsoon Ledger": two titles, the link shouted
            if k > i:
                end = k
                break
            start = k + 1
    return title_extent(doc, start, end, lex)


_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z .'-]{2,})(?:,[^\n—–]{1,40})?[ \t]*(?:—|–|--)", re.M
)


# a reference book's headword: "VONDRÁČKOVÁ, Tereza (1961– )", "DE WIT, Saskia (b. 1978)"
_HEADWORD = re.compile(
    r"^[ \t]*(?P<surname>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})"
    r",[ \t]+(?P<given>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})"
    r"[ \t]*\((?:b\.[ \t]*|born[ \t]+)?(?:1[6-9]|20)\d\d",
    re.M,
)


def _headwords(doc: Doc) -> Iterator[_Candidate]:
    """A reference book's entry opens with its subject's name, surname first and in
    capitals, and their dates: "VONDRÁČKOVÁ, Tereza (1961– )" is Tereza Vondráčková."""
    for match in _HEADWORD.finditer(doc_text(doc)):
        surname, given = match.group("surname"), match.group("given")
        if not surname.isupper() or not all(w[:1].isupper() for w in given.split()):
            continue
        span = doc.char_span(match.start("surname"), match.end("given"), alignment_mode="contract")
        if span is None:
            continue
        surname = " ".join(w[:1] + w[1:].lower() for w in surname.split())
        name = normalise_name(f"{given} {surname}")
        yield _Candidate(span.start, span.end, EntityType.PERSON, name, "pattern:headword", 9)


# a headline that quotes a person after their name: 'Saskia de Wit: "I light for the face
# you'll remember"'
_SPEAKER_HEADLINE = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_a-z][\w'’-]+(?:[ \t]+(?:(?:de|da|di|del|van|von|der|den|la|le|"
    r"du|ter|ten|bin|al)[ \t]+){0,2}[^\W\d_a-z][\w'’-]+){1,3}):[ \t]*[\"“‘']",
    re.M,
)


def _quoted_speakers(doc: Doc, lex: Lexicon) -> Iterator[_Candidate]:
    """The person a headline quotes after their name and a colon: 'Saskia de Wit: "I light
    for ..."' (not a title: 'The Quiet Coast: "a marvel"')."""
    for match in _SPEAKER_HEADLINE.finditer(doc_text(doc)):
        words = match.group("name").split()
        capitalised = [w for w in words if w[:1].isupper()]
        if (
            len(capitalised) < 2
            or words[0] in _LEAD_ARTICLES
            or any(w.isupper() or w.casefold() in lex.title_words for w in capitalised)
            or any(w in lex.studio_words or w in lex.org_suffixes for w in words)
        ):
            continue
        span = doc.char_span(*match.span("name"), alignment_mode="contract")
        if span is None or any(t.ent_type_ in ("GPE", "ORG", "NORP", "WORK_OF_ART") for t in span):
            continue
        yield _Candidate(
            span.start,
            span.end,
            EntityType.PERSON,
            normalise_name(span.text),
            "pattern:quoted-speaker",
            6,
        )


# a headline: a line of a few words, not closed by a full stop
_HEADLINE_LINE = re.compile(r"^[^\n]{3,160}(?<![.!?])$", re.MULTILINE)
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])'([A-Z0-9][^'\n]{0,70}?[\w!?])'(?![\w’])")
# what a banner says of its film after the dash: "— a British independent feature film"
_BANNER_AFTER = re.compile(
    r"[ \t]*an?[ \t]+[^\n]{0,60}?\b(?:film|feature|documentary|movie|short)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _closes_line(doc: Doc, bracket: Token) -> bool:
    """Whether the bracket opened at `bracket` closes its line."""
    for token in doc[bracket.i + 1 : min(len(doc), bracket.i + 12)]:
        if token.text == ")":
            return token.i + 1 >= len(doc) or "\n" in token.whitespace_ or doc[token.i + 1].is_space
    return False


def _datelines(doc: Doc, lex: Lexicon) -> Iterator[_Candidate]:
    """ "SPLIT, Croatia — ...", "CANNES — ...": a news story's dateline, a place in capitals
    before a dash at the start of a line, never a title."""
    text = doc_text(doc)
    editions = frozenset(lex.relations["edition_words"]["words"])
    for match in _DATELINE.finditer(text):
        span = doc.char_span(*match.span("place"), alignment_mode="contract")
        if span is None or len(span) > 4:
            continue
        name = span.text.title()
        line_end = text.find("\n", match.end())
        rest = text[match.end() : len(text) if line_end < 0 else line_end]
        if "," not in match.group(0) and (
            _BANNER_AFTER.match(text, match.end())
            # "SHORT NOTICE — 10th Anniversary Edition (DVD)": a disc's film, and its edition
            or any(w.casefold().strip("()") in editions for w in rest.split())
        ):
            # "PIGEON SUMMER — a British independent feature film": a page's film, named in
            # its banner
            yield _Candidate(span.start, span.end, EntityType.FILM, name, "title:banner", 9)
        else:
            yield _Candidate(span.start, span.end, EntityType.PLACE, name, "pattern:dateline", 9)


def _clause_stop(after: Span, words: tuple[str, ...], default: int) -> int:
    """Where the description after a copula ends: at one of `words` ("than", "like"), or
    where another clause joins ("X is her husband, Felix, and Y plays Z")."""
    doc = after.doc
    return next(
        (
            t.i
            for t in after
            if t.lower_ in words or (t.lower_ in ("and", "but") and doc[t.i - 1].text == ",")
        ),
        default,
    )


def _trim_title_lead(doc: Doc, cand: _Candidate) -> None:
    """Cut what a title candidate took in before the title proper: a maker's possessive
    ("Esteban Marqués's The Plain of Dogs") or a co-star before "in" ("opposite Gideon
    Marsh in Paper Lanterns")."""
    for k in range(cand.start + 1, cand.end - 1):
        word = doc[k]
        if (
            word.lower_ in ("'s", "’s")
            and (k - cand.start >= 2 or doc[k + 1].text in ("The", "A", "An"))
            and (
                doc[k + 1].text in _LEAD_ARTICLES
                # "Ketevan Abashmadze's Nine Parables of the Kiln": a person's full name, in
                # a title named in passing ("Dead Man's Treasure is a 1959 comedy" keeps its)
                or (
                    cand.rule not in _SUBJECT_TITLE_RULES
                    and all(doc[m].ent_type_ == "PERSON" for m in range(cand.start, k))
                )
            )
        ) or (
            word.lower_ == "in"
            # a full name ("Alice in Wonderland" is a title)
            and k - cand.start >= 2
            and doc[cand.start].pos_ == "PROPN"
            and doc[cand.start].ent_iob_ == "B"
            and doc[cand.start].ent_type_ == "PERSON"
            and all(doc[m].ent_iob_ == "I" for m in range(cand.start + 1, k))
            and doc[k + 1].ent_type_ != "PERSON"
        ):
            cand.start = k + 1
            cand.name = doc[cand.start : cand.end].text
            return


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token, where its sentence starts and ends (`Token.sent` finds them by
    walking the sentence again on every call)."""
    starts = [0] * len(doc)
    ends = [0] * len(doc)
    for sent in doc.sents:
        width = sent.end - sent.start
        starts[sent.start : sent.end] = [sent.start] * width
        ends[sent.start : sent.end] = [sent.end] * width
    return starts, ends


def title_case(name: str, lex: Lexicon) -> str:
    """A name printed in capitals, in title case: "THE SALT WIDOWS" -> "The Salt Widows",
    "ROSA FENWICK-ADDO" -> "Rosa Fenwick-Addo", "MERIDIAN: THE LAST CARTOGRAPHER" ->
    "Meridian: The Last Cartographer"."""
    words = name.split()
    return " ".join(
        w.lower()
        if 0 < k < len(words) - 1
        and w.lower() in lex.title_words
        and not words[k - 1].endswith((":", "—", "–"))
        else "-".join(part.capitalize() for part in w.split("-"))
        for k, w in enumerate(words)
    )


def _after_fronted_date(doc: Doc, start: int, stop: int) -> int:
    """Where the clause starts after a fronted date, place or comparison ("In 1947, Title
    was nominated", "On 3 May 2001, Title premiered", "In Canada, Title was named best
    short", "Like her first film, Title ..."): after its comma, or `start`."""
    if start + 2 >= stop:
        return start
    first = doc[start].lower_
    if first not in ("in", "on", "by", "like", "unlike"):
        return start
    # "Like Yosha's previous two films, Title represented Israel at Cannes"
    compared = first in ("like", "unlike")
    for i in range(start + 1, min(stop - 1, start + (9 if compared else 6))):
        if doc[i].text == ",":
            return i + 1 if i > start + 1 else start
        if not compared and doc[i].ent_type_ not in ("DATE", "GPE", "LOC"):
            return start
    return start


def _year_bracket_at(doc: Doc, k: int, stop: int) -> bool:
    """Whether a year in brackets opens at token `k`: "(1981)"."""
    return k + 2 < stop and doc[k].text == "(" and is_year(doc[k + 1])


def _year_after_name(doc: Doc, start: int, stop: int) -> bool:
    """Whether the words from `start` run straight into a year in brackets: "Dopo la neve
    (1981)"."""
    k = start
    while k < stop and k - start < 6 and doc[k].is_alpha:
        k += 1
    return k > start and _year_bracket_at(doc, k, stop)


def _sentence_case_title(doc: Doc, run: tuple[int, int], stop: int) -> tuple[int, int]:
    """A title run carried through the lower-case words of a title in sentence case up to
    its year: "the Italian thriller Dopo la neve (1981)"."""
    k = run[1]
    while k < stop and k - run[1] < 4 and doc[k].is_alpha and doc[k].is_lower:
        k += 1
    return (run[0], k) if k > run[1] and _year_bracket_at(doc, k, stop) else run


def _sentence_case_before(doc: Doc, end: int, start: int) -> tuple[int, int] | None:
    """A title in sentence case that ends at token `end`, a year's bracket: a capitalised
    word, then up to four lower-case words ("Río abajo", "La casa de los vientos"); not
    English prose ("Smith argues (2004)", "In those days (1950)"): the first word is a
    foreign article or no function word, and no later word is a verb, or a function word
    but a foreign title's."""
    k = end - 1
    while k > start and end - k <= 4 and doc[k].is_alpha and doc[k].is_lower:
        k -= 1
    if k == end - 1 or not is_capitalised(doc[k]) or not doc[k].is_alpha:
        return None
    if k > start and doc[k - 1].text in _FOREIGN_ARTICLES:
        # "Les Heures blanches"
        k -= 1
    first, words = doc[k], doc[k + 1 : end]
    if first.text not in _FOREIGN_ARTICLES and (
        first.is_stop
        or first.pos_ in ("PRON", "DET", "ADP", "VERB", "AUX")
        or first.ent_type_ in ("PERSON", "DATE", "GPE", "NORP")
        or any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") for w in words)
    ):
        return None
    if any(w.is_stop and w.lower_ not in _FOREIGN_INNER for w in words):
        return None
    return k, end


def _english_words(nlp: Language) -> frozenset[str]:
    """The English words the pipeline's lemmatizer knows (its index of nouns, verbs,
    adjectives and adverbs), which tell an English phrase from a title in another language
    written in sentence case ("La hija del farero", "Zimní zahrada")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))


def _sentence_case_after(
    doc: Doc, start: int, stop: int, english: frozenset[str]
) -> tuple[int, int] | None:
    """A title in another language, written in sentence case, that opens at token `start`:
    a foreign article or a word no English dictionary has, then words that are no English
    ("La hija del farero", "El peso del aire", "Zimní zahrada", "Léto s Irmou"), ending on
    a word of its own; not English prose ("La Paz was quiet", "Marta sat down")."""
    if not english:
        return None

    def foreign(token: Token) -> bool:
        return not (
            token.is_stop
            or token.lower_ in english
            or token.lemma_.casefold() in english
            or (not token.is_lower and token.ent_type_ in ("PERSON", "GPE", "DATE", "NORP"))
        )

    first = doc[start]
    if not (is_capitalised(first) and first.is_alpha):
        return None
    article = first.text in _FOREIGN_ARTICLES
    # (the tagger's reading of a foreign word as a place or a name is no evidence here:
    # "Dlouhá zima")
    if not article and (first.is_stop or first.lower_ in english):
        return None
    end = start + 1
    own = 0
    while end < stop and end - start <= 6:
        token = doc[end]
        if not token.is_alpha:
            break
        if token.lower_ in _FOREIGN_INNER:
            end += 1
            continue
        if not (
            foreign(token)
            # "El peso del aire": after a foreign article, any word but English grammar's
            or (article and token.is_lower and not token.is_stop and token.pos_ != "VERB")
            # "Poslední vlak z Kolína": a name after a small word
            or (is_capitalised(token) and doc[end - 1].lower_ in _FOREIGN_INNER)
        ):
            break
        own += token.is_lower
        end += 1
    while end > start + 1 and doc[end - 1].lower_ in _FOREIGN_INNER:
        end -= 1
    if own == 0 or end - start < 2:
        return None
    return start, end


def _person_aside(doc: Doc, end: int, stop: int) -> bool:
    """Whether a name ending at `end` is followed by an aside about a person: ", who",
    "– her statuette", "(his first)"."""
    return (
        end + 1 < stop
        and doc[end].text in (",", "–", "—", "(", "-")
        and doc[end + 1].lower_ in ("who", "whose", "her", "his", "she", "he")
    )


_COPULAS = frozenset({"be", "become", "remain"})
# four words in capitals in a row: a headline set in capitals may be near
_SHOUTING = re.compile(r"\b[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’,:-]*){3,}")
# studio words that also end film titles ("A Serbian Film", "Cinema Paradiso")
_TITLE_ENDINGS = frozenset({"Film", "Studio", "Cinema", "Animation", "Maison"})
# title rules that read a name off the sentence's grammar
_GRAMMATICAL_TITLES = frozenset(
    {
        "title:clause-subject",
        "title:sentence-subject",
        "title:opening-subject",
        "title:award-adjective",
        "title:passive-subject",
        "title:copula-subject",
        "title:possessive-subject",
        "title:after-participle",
        "title:box-office-subject",
    }
)


def _relative_subject(doc: Doc, run: tuple[int, int] | None, noun: Token) -> bool:
    """Whether the name after a film noun is the subject of a relative clause on it, not
    its title: "the first film Almodovar made", "the only film Kessler directed"."""
    if run is None or run[1] >= len(doc):
        return False
    verb = doc[run[1]]
    if (
        verb.pos_ in ("AUX", "VERB")
        and verb.text.islower()
        and verb.tag_ != "VBG"
        and all(t.ent_type_ == "PERSON" for t in doc[run[0] : run[1]])
    ):
        # "the Western thriller Sunniva Tveit is set to direct": a person's name and the
        # verb of the clause they are the subject of
        return True
    return (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.dep_ in ("acl", "relcl")
        and verb.head.i == noun.i
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


_GENDERED = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})


def _gendered_subject(doc: Doc, span: tuple[int, int], sent: Span) -> bool:
    """Whether a one-word subject is a person's name because the sentence refers back to
    it as "he" or "she" before naming anyone else: "Stapleton was nominated for Best
    Supporting Actress for her performance in X"."""
    start, end = span
    if end - start != 1 or doc[start].dep_ not in ("nsubj", "nsubjpass"):
        return False
    for token in doc[end : sent.end]:
        if token.ent_type_ == "PERSON":
            return False
        if token.lower_ in _GENDERED and token.pos_ == "PRON":
            return True
    return False


def _fronted_participle(doc: Doc, found: _Candidate | None) -> bool:
    """Whether a title candidate is a fronted participle clause and what follows it:
    "Promoted by X, Title depicts ..." ("Gone with the Wind" has no comma)."""
    if found is None or found.rule == "title:after-participle" or found.end - found.start < 3:
        return False
    first = doc[found.start]
    return (
        first.tag_ in ("VBN", "VBD")
        and doc[found.start + 1].pos_ == "ADP"
        and any(t.text == "," for t in doc[found.start : found.end])
    )


class EntityFinder:
    """The `anoragraph_entities` pipeline component."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lex = load_lexicon()
        lex = self.lex
        self.film_verbs = self._film_verbs_of(lex)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.genre_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.make_doc

        def add(label: str, phrases: Iterable[str]) -> None:
            self.matcher.add(label, [make(p) for p in phrases])

        family_phrases = set(lex.families)
        add("FAMILY", family_phrases | {f"{p}s" for p in family_phrases})
        add("PRIZE", lex.prizes)
        add("CEREMONY", lex.ceremonies)
        add("AWARD_ORG", lex.award_organizations)
        add("OUTLET", [o for o in lex.outlets if len(o) > 2 or o.isupper()])
        self.genre_matcher.add("GENRE", [make(p) for p in lex.genres])
        self.ceremony_awards = {f.ceremony: f.award for f in lex.families.values()}
        self.english = _english_words(nlp)
        rel = lex.relations
        self.prize_verbs = frozenset(rel["win_verbs"]) | frozenset(rel["nominate_verbs"])

    # -- the component ---------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._annotate(doc)
        except OntologyError:
            # (a vocabulary that does not load fails every text: the build stops)
            raise
        except Exception as exc:  # one text's failure is not the batch's
            # `extract_doc` reports it and gives the document no records; the other
            # documents in the batch are read as usual
            doc.user_data[FAILURE_KEY] = f"{type(exc).__name__}: {exc}"
            return doc

    def _annotate(self, doc: Doc) -> Doc:
        lex = self.lex
        candidates: list[_Candidate] = []
        candidates.extend(self._vocabulary(doc))
        known = {i for c in candidates for i in range(c.start, c.end)}
        candidates.extend(self._prizes_with_category(doc, known))
        candidates.extend(self._titles(doc))
        candidates.extend(self._ner(doc))
        candidates.extend(self._studio_names(doc))
        candidates.extend(self._described_people(doc))
        candidates.extend(self._missed_people(doc))
        candidates.extend(_cited_authors(doc))
        candidates.extend(self._article_title(doc))
        candidates.extend(self._actors_in_brackets(doc))
        candidates.extend(self._cast_list(doc))
        candidates.extend(self._named_characters(doc))
        candidates.extend(self._credit_headings(doc))
        candidates.extend(self._own_outlets(doc))
        candidates.extend(self._capitals_titles(doc))
        candidates.extend(self._boarded_titles(doc))
        candidates.extend(self._award_results(doc))
        candidates.extend(self._before_credit_clause(doc))
        candidates.extend(_datelines(doc, self.lex))
        candidates.extend(_headwords(doc))
        candidates.extend(_quoted_speakers(doc, self.lex))
        candidates.extend(self._headline_quotes(doc))
        for c in candidates:
            if (
                c.type is EntityType.FILM
                and c.end < len(doc)
                and doc[c.end].is_lower
                and doc[c.end].is_alpha
                and self.english
                and doc[c.end].lower_ not in self.english
            ):
                self._cased_title(doc, c)
        candidates = self._without_shouted_titles(doc, candidates)
        candidates = _tracks_as_works(doc, candidates)
        candidates = _services(doc, candidates)
        labels = lex.opening["news_labels"]
        for c in candidates:
            if (
                c.type in (EntityType.FILM, EntityType.PERSON)
                and c.end - c.start > 2
                and doc[c.start].lower_ in labels
                and doc[c.start + 1].text == ":"
            ):
                # "EXCLUSIVE: Hollis Vantreight (Glass Harbour) is set to star ...": a news
                # label, no part of the name after it
                c.start += 2
                c.name = doc[c.start : c.end].text
                if c.type is EntityType.FILM and personal_name(c.name, lex):
                    c.type = EntityType.PERSON
        never = lex.opening["never_openers"]
        # "Interiors were filmed at ...": a word that never opens a title is no title alone
        candidates = [
            c
            for c in candidates
            if not (
                c.type is EntityType.FILM and c.end - c.start == 1 and doc[c.start].lower_ in never
            )
        ]
        references = [m.span() for m in _REFERENCE_LINE.finditer(doc_text(doc))]
        if references:
            # "4. ^ Guia do Cinema Português (1985). Lisbon: Cinemateca. p. 88.": a
            # reference list's sources name authors and books, no films
            candidates = [
                c
                for c in candidates
                if c.type is not EntityType.FILM
                or not any(lo <= doc[c.start].idx < hi for lo, hi in references)
            ]
        chosen = self._select(doc, candidates)
        self._retype(doc, chosen)
        chosen = self._team_members(doc, chosen)
        chosen = self._titles_named_again(doc, chosen)
        chosen = self._translated_titles(doc, chosen)
        chosen = _dated_namesakes(doc, chosen)
        chosen = _abbreviated_titles(doc, chosen)
        chosen = _prize_categories(doc, chosen)
        for cand in chosen:
            if (
                cand.type is EntityType.FILM
                and cand.end - cand.start > 2
                and doc[cand.start + 1].lower_ in ("'s", "’s")
                and lex.country(doc[cand.start].text) is not None
            ):
                # "Denmark's Rookhaven": the country's film, not part of its title
                cand.start += 2
                cand.name = doc[cand.start : cand.end].text
        for cand in chosen:
            if cand.type is EntityType.AWARD and cand.name.isupper():
                # "BEST DIRECTOR", as a results page prints its categories
                cand.name = title_case(cand.name, lex)
            if (
                cand.type is EntityType.CHARACTER
                and cand.start >= 2
                and doc[cand.start - 1].lower_ in ("in", "at", "near")
                and doc[cand.start - 2].lower_ in ("born", "raised", "grew", "died")
                and doc[cand.start].ent_type_ in ("GPE", "LOC")
            ):
                # "Sárközi was born in Pécs, the daughter of ...": where someone was born
                cand.type, cand.rule = EntityType.PLACE, "ner:place"
        ranks = set(lex.opening["ranks"])
        for cand in chosen:
            if (
                cand.type is EntityType.FILM
                and cand.rule == "title:opening-subject"
                and cand.end - cand.start == 2
                and doc[cand.start].lower_ in ranks
                and doc[cand.start + 1].pos_ == "PROPN"
            ):
                # "Brother Anselmo, who keeps the monastery's archive, shows him ...": a
                # person named with a rank or a title of address, opening a plot's sentence
                cand.type, cand.rule = EntityType.CHARACTER, "context:character"
        chosen = self._ranks_before_names(doc, chosen)
        chosen = [
            c
            for c in chosen
            if not (
                c.type is EntityType.FILM
                and c.rule in _GRAMMATICAL_TITLES
                and (
                    # "Bae Min-seol directs Callum Reddick and Yoon Da-bin": a clause, no
                    # title (a title's verbs are capitalised)
                    any(
                        t.pos_ == "VERB" and t.text.islower() and t.lower_ not in lex.title_words
                        for t in doc[c.start : c.end]
                    )
                    # "Letters may be edited for length": a page's section
                    or lex.section_heading(c.name)
                )
            )
            # 'passed "X" by the censor': one letter is no title
            and not (c.type is EntityType.FILM and c.rule == "title:quoted" and len(c.name) < 2)
            # '"That's Ezra," Wade Kessler says': a quoted remark
            and not (c.type is EntityType.FILM and c.rule == "title:quoted" and _said(doc, c.end))
            # "MISLEADING. The film is adapted ...": a fact-check's verdict
            and not (
                c.type is EntityType.FILM
                and c.name.isupper()
                and c.name.casefold() in lex.verdict_words
            )
        ]
        chosen = self._split_paired_titles(doc, chosen)
        surnames = {
            c.name.split()[-1] for c in chosen if c.type is EntityType.PERSON and " " in c.name
        }
        for cand in chosen:
            if cand.type is EntityType.FILM and cand.rule in _GRAMMATICAL_TITLES:
                last = cand.name.split()[-1]
                if _EVENT_HEADS.fullmatch(last):
                    # "The Bellhaven International Film Festival opens with X": an event
                    cand.type, cand.rule = EntityType.CEREMONY, "context:event"
                elif last in lex.org_suffixes:
                    # "Tinderbox Distribution has picked up UK rights": a company
                    cand.type, cand.rule = EntityType.ORGANIZATION, "cue:organization"
                elif (
                    cand.name.split()[0].casefold() in lex.opening["honorifics"]
                    and len(cand.name.split()) == 2
                    and (
                        cand.name.split()[-1] in surnames
                        or re.search(
                            rf"\b(?!{re.escape(cand.name.split()[0])}\b)[A-Z][a-z]+[ \t]+"
                            rf"{re.escape(cand.name.split()[-1])}\b",
                            doc_text(doc),
                        )
                    )
                ):
                    # "Toby Greaves's piece ... Mr Greaves was right about the rest": a
                    # person the text names, addressed by title (not "Mr. Vampire")
                    cand.type, cand.rule = EntityType.PERSON, "context:person-name"
        for cand in chosen:
            if cand.type is EntityType.CHARACTER and lex.country(cand.name) is not None:
                # "born in Split, in what was then Yugoslavia": a country, no part
                cand.type, cand.rule = EntityType.PLACE, "context:place"
            if (
                cand.type in (EntityType.FILM, EntityType.WORK)
                and cand.end < len(doc)
                and doc[cand.end].text in ("'", "’")
                and not doc[cand.end - 1].whitespace_
                and _CLIPPED_G.search(doc[cand.start : cand.end + 1].text) is not None
                and not cand.name.endswith(doc[cand.end].text)
            ):
                # "Hare Ribbin' is a 1944 short", which the tokenizer cut before the apostrophe
                cand.end += 1
                cand.name += doc[cand.end - 1].text
            if cand.type is EntityType.CHARACTER:
                cand.name = character_name(cand.name, lex)
            elif (
                cand.type in (EntityType.FILM, EntityType.WORK)
                and cand.name.isupper()
                and sum(1 for w in cand.name.split() if len(w) >= 3) >= 2
            ):
                # a title a headline prints in capitals ("THE SURVEYOR'S NIECE") is the
                # title the text writes in running prose ("JFK" stays as it is)
                cand.name = title_case(cand.name, lex)
        doc.spans[SPANS_KEY] = [
            Span(doc, c.start, c.end, label=c.type.value, kb_id=c.name, span_id=c.rule)
            for c in chosen
        ]
        genres = []
        for _, start, end in self._longest(self.genre_matcher(doc), rightmost=True):
            if (
                end + 1 < len(doc)
                and doc[end].text == "-"
                and doc[end + 1].lower_ in lex.genre_hedges
            ):
                # "a documentary-inflected drama": a drama
                continue
            label = lex.genres[doc[start:end].text.casefold()]
            genres.append(Span(doc, start, end, label="Genre", kb_id=label))
        doc.spans[GENRES_KEY] = genres
        return doc

    def _titles_named_again(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """A title the text marks once ("1. Copperline (Meridian Pictures)", "'Copperline'")
        names the film wherever the text writes it again, case for case, where the tagger
        found nothing or guessed a person, place or company ("Copperline, which opened
        Friday, led the frame"). Not a name the text also types as someone or somewhere on
        its own evidence, nor part of a longer name. A one-word title must come from the
        text's layout or punctuation rather than its grammar, be no common word (the text
        never writes it in lower case, and a sentence may not open with it unless the tagger
        reads a proper noun there), and no country or genre."""
        lex = self.lex
        other = {
            c.name.casefold()
            for c in chosen
            if c.type is not EntityType.FILM and not c.rule.startswith("ner:")
        }
        # (the words the text writes in lower case, read from the text: walking the tokens
        # costs a Python object each)
        lowered = {w for w in _WORD_RUN.findall(doc_text(doc)) if w.islower()}
        titles: dict[tuple[str, ...], str] = {}
        exact: set[tuple[str, ...]] = set()
        for cand in chosen:
            if cand.type is not EntityType.FILM or not cand.rule.startswith("title:"):
                continue
            words = tuple(t.lower_ for t in doc[cand.start : cand.end])
            if cand.name.casefold() in other or words[-1] in ("'s", "’s"):
                continue
            if self._no_title_to_spread(doc_text(doc), cand):
                continue
            if len(words) == 1 and (
                cand.rule in _GRAMMATICAL_TITLES
                or len(words[0]) < 4
                or not is_capitalised(doc[cand.start])
                or doc[cand.start].is_stop
                or words[0] in lowered
                or lex.country(words[0]) is not None
                or words[0] in lex.genres
                # (a part's first or last name the text uses on its own)
                or self._names_a_part(chosen, words[0])
            ):
                continue
            titles.setdefault(words, cand.name)
            if len(words) > 1 and any(
                t.is_alpha and t.text.islower() and t.lower_ not in lex.title_words
                for t in doc[cand.start + 1 : cand.end]
            ):
                # "Il ponte di cenere": a title in sentence case is matched as written
                exact.add(tuple(t.text for t in doc[cand.start : cand.end]))
        if not titles:
            return chosen
        owner: list[_Candidate | None] = [None] * len(doc)
        for cand in chosen:
            for i in range(cand.start, cand.end):
                owner[i] = cand
        added: list[_Candidate] = []
        replaced: set[int] = set()
        firsts = {words[0] for words in titles}
        at: dict[str, list[Token]] = {}
        for token in doc:
            if token.lower_ in firsts and is_capitalised(token):
                at.setdefault(token.lower_, []).append(token)
        for words, name in titles.items():
            size = len(words)
            for token in at.get(words[0], ()):
                start, end = token.i, token.i + size
                if end > len(doc):
                    continue
                found = doc[start:end]
                if tuple(t.lower_ for t in found) != words:
                    continue
                if tuple(t.text for t in found) not in exact and not all(
                    is_capitalised(t) or not t.is_alpha or t.lower_ in lex.title_words
                    for t in found
                ):
                    continue
                held = {id(c): c for i in range(start, end) if (c := owner[i]) is not None}
                if any(
                    c.start < start
                    or c.end > end
                    or not (
                        c.rule.startswith("ner:")
                        # "Das stille Haus poses ...", "Haus" guessed a character: a word of
                        # the title the text has named whole
                        or (size > 1 and c.end - c.start < size and c.rule.startswith("context:"))
                    )
                    for c in held.values()
                ):
                    continue
                before = doc[start - 1] if start > 0 else None
                after = doc[end] if end < len(doc) else None
                if (before is not None and before.pos_ == "PROPN" and is_capitalised(before)) or (
                    after is not None and after.pos_ == "PROPN" and is_capitalised(after)
                ):
                    continue
                if size == 1 and token.is_sent_start and token.pos_ != "PROPN":
                    continue
                replaced.update(held)
                added.append(_Candidate(start, end, EntityType.FILM, name, "context:film-title", 0))
                for i in range(start, end):
                    owner[i] = added[-1]
        if not added:
            return chosen
        kept = [c for c in chosen if id(c) not in replaced]
        return sorted(kept + added, key=lambda c: c.start)

    def _ranks_before_names(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """'as Detective Inspector Frank Doyle', of which the tagger read the rank as one
        name and the person as another: one part, its rank and its name."""
        ranks = self.lex.opening["ranks"]
        merged: list[_Candidate] = []
        for cand in chosen:
            last = merged[-1] if merged else None
            if (
                last is not None
                and last.type is EntityType.CHARACTER
                and last.end == cand.start
                and cand.rule.startswith("ner:")
                and all(w.casefold().rstrip(".") in ranks for w in last.name.split())
            ):
                last.end = cand.end
                last.name = doc[last.start : last.end].text
                continue
            merged.append(cand)
        return merged

    def _team_members(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """'Ellis Fenwick (Composer) scored ...', 'Magda Kowal (Director of Photography)':
        a person and their jobs, not a part and the player in brackets."""
        dropped: set[int] = set()
        for cand in chosen:
            if cand.end + 2 >= len(doc) or doc[cand.end].text != "(":
                continue
            shut = next((t.i for t in doc[cand.end + 1 : cand.end + 8] if t.text == ")"), None)
            if shut is None or shut == cand.end + 1:
                continue
            if credits.job_roles(doc[cand.end + 1 : shut].text, self.lex) is None:
                continue
            if cand.type is EntityType.CHARACTER:
                cand.type, cand.rule = EntityType.PERSON, "context:person-role"
            dropped.update(id(c) for c in chosen if cand.end < c.start < shut)
        return [c for c in chosen if id(c) not in dropped] if dropped else chosen

    def _headline_quotes(self, doc: Doc) -> Iterator[_Candidate]:
        """'The Lantern Keepers' Review: ...", "'Copperline' Strikes Gold": the titles a
        headline sets in single quotes, as the trade press does."""
        text = doc_text(doc)
        if "'" not in text:
            return
        for line in _HEADLINE_LINE.finditer(text):
            for quoted in _SINGLE_QUOTED.finditer(line.group(), 0):
                lo = line.start() + quoted.start(1)
                span = doc.char_span(lo, lo + len(quoted.group(1)), alignment_mode="contract")
                if span is None or not len(span):
                    continue
                if all(
                    is_capitalised(t) or t.lower_ in self.lex.title_words or not t.is_alpha
                    for t in span
                ):
                    yield _Candidate(
                        span.start, span.end, EntityType.FILM, span.text, "title:quoted", 7
                    )

    def _translated_titles(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "«Les Chiens de Mars» (The Dogs of March, 2018)": the title in brackets after a
        film's or a work's is its translation, another name of the same thing (not a
        maker's name, a country or a year), and so a mention of it."""
        at = {c.start: c for c in chosen}
        added: list[_Candidate] = []
        for cand in chosen:
            if cand.type not in (EntityType.FILM, EntityType.WORK):
                continue
            open_at = cand.end + (1 if cand.end < len(doc) and doc[cand.end].text == "»" else 0)
            if open_at + 2 >= len(doc) or doc[open_at].text != "(":
                continue
            close = next(
                (t.i for t in doc[open_at + 1 : open_at + 14] if t.text in (")", ",")), None
            )
            # "GLASS HARBOUR (Glashafen)" over a programme's metadata line: the heading's
            # original title, closing its line
            heading = (
                close is not None
                and cand.rule == "title:credits-heading"
                and doc[close].text == ")"
                and (
                    "\n" in doc[close].whitespace_
                    or close + 1 >= len(doc)
                    or doc[close + 1].is_space
                )
            )
            if close is None or close < open_at + (2 if heading else 3):
                continue
            words = doc[open_at + 1 : close]
            if (
                not is_capitalised(words[0])
                or (
                    all(t.ent_type_ == "PERSON" for t in words)
                    and not (heading and len(words) == 1)
                )
                or any(t.ent_type_ in ("GPE", "NORP", "DATE") for t in words)
                or not all(is_capitalised(t) or t.lower_ in self.lex.title_words for t in words)
                or not (
                    heading
                    or words[0].lower_ in self.lex.title_words
                    or any(t.is_lower for t in words)
                )
                # "(Anouk de Vries, 2010)": a name whose only small words are its particles
                or (
                    not heading
                    and words[0].lower_ not in self.lex.title_words
                    and all(
                        t.lower_ in self.lex.opening["name_particles"] for t in words if t.is_lower
                    )
                )
                # "(A-Frame Distribution)": a company's name
                or any(
                    t.text in self.lex.org_suffixes or t.text in self.lex.studio_words
                    for t in words
                )
                # "(Out of Competition, world premiere)": a festival's section
                or self.lex.section_heading(words.text)
            ):
                # a name ("Via Appia (Sofia Marchetti)") or a place, not a title
                continue
            inner = at.get(words.start)
            if inner is not None and inner.end != close and doc[close].text != ",":
                continue
            alias = _Candidate(words.start, close, cand.type, cand.name, "title:translation", 9)
            if inner is not None:
                chosen[chosen.index(inner)] = alias
            else:
                added.append(alias)
        return sorted(chosen + added, key=lambda c: c.start) if added else chosen

    def _boarded_titles(self, doc: Doc) -> Iterator[_Candidate]:
        """ "Noor Halabi and Felix Aramburu have boarded Ironweed Crossing": what people
        board, in the trade press's words, is a film project, whatever the tagger made of
        its name."""
        for verb in words_in(doc, _BOARDED):
            if verb.lemma_ != "board" or verb.pos_ != "VERB":
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.ent_type_ != "PERSON":
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or not is_capitalised(obj) or obj.ent_type_ in ("ORG", "GPE"):
                continue
            run = capitalised_run(doc, obj.i, verb.i + 1, obj.sent.end, self.lex)
            if run is not None and run[0] == verb.i + 1:
                name = doc[run[0] : run[1]].text
                yield _Candidate(*run, EntityType.FILM, name, "title:boarded", 8)

    def _capitals_titles(self, doc: Doc) -> Iterator[_Candidate]:
        """Titles a results page, a listing or a press release prints in capitals inside a
        line of running text ("Petra Hallberg for ASHGROVE (Sweden)", "TIN SKY by Rafaela
        Ostrowski"): a run of capitalised words in a line that has lower-case words too,
        not a label before a colon, a place, an outlet, a known prize or an acronym."""
        text = doc_text(doc)
        if _CAPS_RUN.search(text) is None:
            return
        lex = self.lex
        for match in _CAPS_RUN.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : len(text) if line_end < 0 else line_end]
            words = match.group().split()
            letters = sum(len(w) for w in words)
            after = text[match.end() : match.end() + 40]
            before = text[line_start : match.start()].rstrip()
            opening = not before or before[-1] in ".!?:"
            if (
                not any(c.islower() for c in line)
                or (len(words) == 1 and len(words[0]) < 5)
                # "MISLEADING means it ...": one word opening a sentence is an emphasis
                or (len(words) == 1 and opening and re.match(r"[ \t]+[a-z]", after))
                or letters < 6
                # a newsletter item's section label ("BOX OFFICE | Gravel Kings holds on")
                or (not before and re.match(r"[ \t]*\|", after))
                # a label ("UPDATE:"), a dateline ("GLASGOW, 3 June 2025 —", "LONDON (AP)
                # —"), a show's heading ("SECOND REEL — Episode 112"), or part of a longer
                # name ("FIPRESCI Prize", "the BBC Films slate")
                or _NOT_A_CAPS_TITLE.match(after)
                or (
                    match.start() > 0
                    and text[match.start() - 1] == " "
                    and _CAPITALISED_BEFORE.search(text, max(0, match.start() - 40), match.start())
                    is not None
                )
            ):
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is None or not len(span):
                continue
            if (
                len(words) == 1
                and span.start > 0
                and doc[span.start - 1].pos_ == "NOUN"
                and doc[span.start - 1].text.islower()
            ):
                # "use code SPLICE for 15% off", "the hashtag FREEFILM": a word a noun labels
                continue
            if _NUMBER_LABEL.search(text, max(0, match.start() - 12), match.start()):
                # "Cat. no. NOC-031": a catalogue's number
                continue
            # (one word keeps its capitals: it may be an acronym, "WALL-E")
            name = title_case(match.group(), lex) if len(words) > 1 else match.group()
            bio = _BIO_HEADING.match(after)
            if bio is not None and all(
                lex.country(w) is not None
                for w in re.split(r"\s*[/,&]\s*|\s+and\s+", bio.group("part"))
            ):
                # "GRANITE HYMN (United States)": a film and its countries, not a person
                bio = None
            if (
                not before
                and bio is not None
                and 1 < len(words) <= 4
                and not any(w.casefold() in lex.title_words for w in words)
            ):
                # "ILSE VARNABY (Writer/Director)", "AISLING DUNMORE (Nora Kelleher)": a press
                # kit's biography opens with the person's name in capitals, then their role
                # or the part they play
                yield _Candidate(span.start, span.end, EntityType.PERSON, name, _BIO, 9)
                part = bio.group("part")
                inner = doc.char_span(
                    match.end() + bio.start("part"),
                    match.end() + bio.end("part"),
                    alignment_mode="contract",
                )
                roles = {w.casefold() for w in re.split(r"[\W_]+", part)}
                if (
                    inner is not None
                    and len(inner)
                    and not roles & lex.person_roles
                    and all(w[:1].isupper() for w in part.split())
                ):
                    yield _Candidate(
                        inner.start, inner.end, EntityType.CHARACTER, part, "context:character", 8
                    )
                continue
            if (
                lex.country(name) is not None
                or name in lex.outlets
                or name.casefold() in lex.prizes
                or any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME") for t in span)
                or all(t.is_stop for t in span)
                or not any(t.pos_ in ("PROPN", "NOUN", "NUM") for t in span)
                # "PRESS RELEASE · For immediate release": a section's label
                or lex.section_heading(name)
            ):
                continue
            yield _Candidate(span.start, span.end, EntityType.FILM, name, "title:capitals", 8)

    def _without_shouted_titles(self, doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """Drop the titles read off the grammar of a headline set in capitals ("KESTREL
        VALE FILMS BEGINS PRINCIPAL PHOTOGRAPHY ON ..."), where the tagger cannot tell a
        name from a word; a quoted title in it still counts. So does a title whose last
        word names a company ("Kestrel Vale Films begins ...")."""
        shouted = (
            [
                (sent.start, sent.end)
                for sent in doc.sents
                if len(sent) >= 4
                and sum(c.isupper() for c in sent.text) >= 0.8 * sum(c.isalpha() for c in sent.text)
            ]
            if _SHOUTING.search(doc_text(doc))
            else []
        )
        kept = []
        for cand in candidates:
            grammatical = cand.type in (EntityType.FILM, EntityType.WORK) and cand.rule in (
                _GRAMMATICAL_TITLES
            )
            if grammatical and any(lo <= cand.start < hi for lo, hi in shouted):
                continue
            last = cand.name.split()[-1].title()
            if grammatical and last in self.lex.studio_words and last not in _TITLE_ENDINGS:
                # "Kestrel Vale Films begins principal photography": a company
                continue
            kept.append(cand)
        return kept

    @staticmethod
    def _longest(
        matches: Iterable[tuple[int, int, int]], rightmost: bool = False
    ) -> list[tuple[int, int, int]]:
        """Non-overlapping matches, longest first; among equals the leftmost, or the rightmost
        (English compounds are right-headed: "dark comedy horror" is a comedy horror)."""
        taken: set[int] = set()
        kept: list[tuple[int, int, int]] = []
        order = -1 if rightmost else 1
        for match in sorted(matches, key=lambda m: (m[1] - m[2], order * m[1])):
            if any(i in taken for i in range(match[1], match[2])):
                continue
            taken.update(range(match[1], match[2]))
            kept.append(match)
        return sorted(kept, key=lambda m: m[1])

    # -- vocabularies: awards, ceremonies, outlets ----------------------------------------

    def _vocabulary(self, doc: Doc) -> Iterator[_Candidate]:
        lex = self.lex
        strings = doc.vocab.strings
        matches = self._longest(self.matcher(doc))
        covered: set[int] = set()
        families_in_sentence: dict[int, list[tuple[int, str]]] = {}
        for match_id, start, end in matches:
            label = strings[match_id]
            text = doc[start:end].text.casefold()
            if label in ("FAMILY", "CEREMONY") and self._inside_longer_name(doc, start):
                # "the Meridian Academy Awards": another ceremony, whose name ends with
                # a known one's
                continue
            covered.update(range(start, end))
            if label == "FAMILY":
                cand = self._family(doc, start, end, text)
                covered.update(range(cand.start, cand.end))
                families_in_sentence.setdefault(doc[start].sent.start, []).append(
                    (start, lex.families[text if text in lex.families else text[:-1]].award)
                )
                yield cand
            elif label == "PRIZE":
                if (
                    end - start == 1
                    and doc[start].ent_type_ == "PERSON"
                    and not (self._award_context(doc, start))
                ):
                    # "said Lola": a one-word prize name that is also a given name
                    continue
                yield _Candidate(start, end, EntityType.AWARD, lex.prizes[text], "vocab:award", 9)
            elif label == "CEREMONY":
                name = lex.ceremonies[text]
                family_award = self.ceremony_awards.get(name)
                if family_award is not None:
                    families_in_sentence.setdefault(doc[start].sent.start, []).append(
                        (start, family_award)
                    )
                    if start > 0 and _counts(doc[start - 1]):
                        # "won five Academy Awards": awards counted, not the ceremony
                        yield _Candidate(
                            start, end, EntityType.AWARD, family_award, "vocab:award", 9
                        )
                        continue
                s = (
                    start - 1
                    if start > 0 and (is_year(doc[start - 1]) or is_ordinal(doc[start - 1]))
                    else start
                )
                if s < start:
                    name = f"{doc[s].text} {name}"
                yield _Candidate(s, end, EntityType.CEREMONY, name, "vocab:ceremony", 9)
            elif label == "AWARD_ORG":
                if text == "the academy" and not doc[start + 1].text[:1].isupper():
                    continue
                name = lex.award_organizations[text]
                given = next(
                    (f.award for f in lex.families.values() if f.organization == name), None
                )
                if given is not None:
                    # "The Academy of Motion Picture Arts and Sciences gave it five
                    # nominations: Best Picture, ...": the categories of the body's awards
                    families_in_sentence.setdefault(doc[start].sent.start, []).append(
                        (start, given)
                    )
                yield _Candidate(start, end, EntityType.ORGANIZATION, name, "vocab:organization", 8)
            elif label == "OUTLET":
                if not doc[start].text[:1].isupper() and not doc[start].text[:1].isdigit():
                    # "time", "fox", "medium": common nouns, not the outlets they spell
                    continue
                first = start
                while (
                    first > 0
                    and doc[first - 1].dep_ in ("compound", "amod", "nmod")
                    and doc[first - 1].head.i >= start
                    and (doc[first - 1].pos_ == "PROPN" or is_ordinal(doc[first - 1]))
                    and is_capitalised(doc[first - 1])
                ):
                    # "20th Century Fox": a longer name that ends with an outlet's
                    first -= 1
                if first < start and not any(is_ordinal(t) or t.like_num for t in doc[first:start]):
                    # "In Good Time (1974)", "Golden Empire": a name that only ends with an
                    # outlet's word, no outlet
                    continue
                yield _Candidate(
                    first,
                    end,
                    EntityType.ORGANIZATION,
                    doc[first:end].text,
                    "vocab:organization",
                    6 if first == start else 8,
                )
        yield from self._categories(doc, covered, families_in_sentence)
        yield from self._event_patterns(doc, covered)

    def _inside_longer_name(self, doc: Doc, start: int) -> bool:
        """Whether a known award or ceremony name at `start` ends a longer proper name:
        "Meridian Academy Awards", not "Best Actress Oscar" or "2024 Academy Awards"."""
        if start == 0:
            return False
        before = doc[start - 1]
        first = start - 1
        while first > 0 and is_capitalised(doc[first - 1]) and not doc[first].is_sent_start:
            first -= 1
        return (
            before.pos_ == "PROPN"
            and is_capitalised(before)
            and not before.is_sent_start
            # "the Best Actress Oscar": a category before the award
            and doc[first].lower_ not in self.lex.category_words
            and not (is_ordinal(before) or is_year(before))
            and before.ent_type_ not in ("GPE", "PERSON", "NORP")
            and "\n" not in doc[start - 1].whitespace_
        )

    def _award_context(self, doc: Doc, i: int) -> bool:
        """Whether token `i` reads as a prize: "the Lola", "won a Lola", "Lola nominee"."""
        rel = self.lex.relations
        if i > 0 and doc[i - 1].lower_ in ("the", "a", "an", "two", "three"):
            return True
        verbs = set(rel["win_verbs"]) | set(rel["nominate_verbs"])
        return any(t.lemma_.casefold() in verbs for t in doc[i].sent) or any(
            t.lemma_.casefold() in ("award", "prize", "nomination", "ceremony") for t in doc[i].sent
        )

    def _family(self, doc: Doc, start: int, end: int, text: str) -> _Candidate:
        lex = self.lex
        plural = text not in lex.families
        family = lex.families[text if not plural else text[:-1]]
        s, e = start, end
        if e < len(doc) and doc[e].lower_ in ("award", "awards", "prize", "prizes"):
            plural = plural or doc[e].lower_.endswith("s")
            e += 1
        ordinal = s > 0 and (is_ordinal(doc[s - 1]) or is_year(doc[s - 1]))
        if ordinal:
            s -= 1
        elif plural and s > 0 and _counts(doc[s - 1]):
            return _Candidate(s, e, EntityType.AWARD, family.award, "vocab:award", 9)
        if plural or (ordinal and not (e < len(doc) and doc[e].lower_ == "for")):
            name = family.ceremony
            if ordinal:
                name = f"{doc[s].text} {name}"
            return _Candidate(s, e, EntityType.CEREMONY, name, "vocab:ceremony", 9)
        s = start
        # "the Academy Award for Best Picture", "an Oscar for Best Director"
        if e + 1 < len(doc) and doc[e].lower_ == "for" and doc[e + 1].lower_ in lex.category_words:
            cat = self._category_end(doc, e + 1)
            if cat > e + 2:
                return _Candidate(
                    s,
                    cat,
                    EntityType.AWARD,
                    f"{family.award} for {doc[e + 1 : cat].text}",
                    "vocab:award",
                    9,
                )
        # "the Best Actress Oscar"
        cs = s
        while (
            cs > 0 and is_capitalised(doc[cs - 1]) and doc[cs - 1].lower_ not in ("the", "a", "an")
        ):
            cs -= 1
        if cs < s and doc[cs].lower_ in lex.category_words:
            return _Candidate(
                cs, e, EntityType.AWARD, f"{family.award} for {doc[cs:s].text}", "vocab:award", 9
            )
        return _Candidate(s, e, EntityType.AWARD, family.award, "vocab:award", 9)

    def _category_end(self, doc: Doc, i: int) -> int:
        """End of a category name starting at token `i` ("Best Actress in a Leading Role")."""
        end = i + 1
        sent_end = doc[i].sent.end
        if doc[i].is_upper and sent_end < len(doc) and "\n" not in doc[sent_end - 1].text_with_ws:
            # "BEST | DIRECTOR: ...", capitals the parse may break in two
            sent_end = doc[sent_end].sent.end
        if doc[i].text.islower():
            # "best supporting actress": the nouns and adjectives after a lower-case "best"
            while (
                end < min(sent_end, i + 4)
                and doc[end].is_alpha
                and doc[end].text.islower()
                and (doc[end].pos_ in ("NOUN", "ADJ", "PROPN") or doc[end].tag_ == "VBG")
            ):
                end += 1
            return end
        while end < sent_end:
            token = doc[end]
            if (
                token.text[:1].isupper()
                or token.text in ("-", "&")
                or (
                    # not "for": "Best Actor for Title" names the work after the category
                    token.lower_ in ("in", "a", "and", "of", "by", "an", "or", "-", "the", "on")
                    and end + 1 < sent_end
                    and doc[end + 1].text[:1].isupper()
                    and doc[end + 1].lower_ not in ("the",)
                    and doc[end + 1].ent_type_ not in ("DATE", "TIME")
                    # "Best Film and Best Director": two categories, not one; "took Best
                    # Director and Judit Kovács was named ...": a category and a person
                    and not (
                        token.lower_ in ("and", "or")
                        and (
                            doc[end + 1].lower_ in self.lex.category_words
                            or (
                                token.lower_ == "and"
                                and end + 2 < sent_end
                                and doc[end + 1].ent_type_ == "PERSON"
                                and doc[end + 2].ent_type_ == "PERSON"
                            )
                        )
                    )
                )
                or (
                    token.text == ","
                    and end + 1 < sent_end
                    and doc[end + 1].text in ("Short", "Long")
                )
            ):
                end += 1
            elif (
                # "Best Actor in a Leading Role"
                token.lower_ == "in"
                and end + 2 < sent_end
                and doc[end + 1].lower_ in ("a", "an")
                and doc[end + 2].text[:1].isupper()
            ):
                end += 2
            else:
                break
        while end > i + 1 and not doc[end - 1].text[:1].isupper():
            end -= 1
        return end

    def _categories(
        self, doc: Doc, covered: set[int], families: dict[int, list[tuple[int, str]]]
    ) -> Iterator[_Candidate]:
        """Award categories named on their own: "Best Picture", "won Best Director"."""
        lex = self.lex
        only = {award for named in families.values() for _, award in named}
        for token in tokens_among(doc, lex.category_words):
            if (
                token.i in covered
                or token.lower_ not in lex.category_words
                or not (
                    token.text[:1].isupper()
                    # "took best actor", "was named best actress": a category in lower case
                    # where only a prize can stand
                    or (
                        token.lower_ == "best"
                        and token.i > 0
                        and doc[token.i - 1].lower_ in _CATEGORY_CUES
                    )
                )
            ):
                continue
            if (
                token.i >= 2
                and doc[token.i - 1].lower_ == "for"
                and doc[token.i - 2].lower_ in ("award", "prize", "trophy")
                # not "won the award for Best Cinematography": a category after a common noun
                and doc[token.i - 2].text[:1].isupper()
                and token.i - 2 not in covered
            ):
                # "the Kerala State Film Award for Best Actor": an award this vocabulary
                # does not know, named in full; the award pattern reads it
                continue
            end = self._category_end(doc, token.i)
            if end <= token.i + 1 or any(i in covered for i in range(token.i, end)):
                continue
            if doc[end - 1].lower_ in lex.award_heads or (
                end < len(doc) and doc[end].lower_ in lex.award_heads and is_capitalised(doc[end])
            ):
                # "the Rogers Best Canadian Film Award": a prize's own name, with the name
                # of its sponsor before it, in no family's series
                stop = end if doc[end - 1].lower_ in lex.award_heads else end + 1
                start = token.i
                while (
                    start > token.sent.start + 1
                    and doc[start - 1].pos_ == "PROPN"
                    and is_capitalised(doc[start - 1])
                    and start - 1 not in covered
                ):
                    start -= 1
                covered.update(range(start, stop))
                name = doc[start:stop].text
                yield _Candidate(start, stop, EntityType.AWARD, name, "vocab:award-named", 8)
                continue
            covered.update(range(token.i, end))
            category = doc[token.i : end].text
            if category.isupper():
                # "BEST ACTOR goes to ...": a results page's capitals
                category = title_case(category, lex)
            elif not token.text[:1].isupper():
                category = " ".join(
                    w if w in lex.title_words else w[:1].upper() + w[1:] for w in category.split()
                )
            # the family named last before the category, else the first after it ("Best
            # Actress at the Academy Awards")
            named = families.get(token.sent.start, [])
            before = [award for at, award in named if at < token.i]
            family = before[-1] if before else (named[0][1] if named else None)
            if (
                family is None
                and len(only) == 1
                and not self._place_after(doc, end)
                # (not "At the Hungarian Film Awards it won Best Film": a ceremony no family
                # holds, named in the category's sentence)
                and not any(
                    t.lower_ == "at" and self._unknown_ceremony_after(doc, t.i) for t in token.sent
                )
            ):
                # a live blog or a results page headed "European Film Awards": its bare
                # categories are the one award family the whole text names
                family = next(iter(only))
            if family and self._unknown_ceremony_after(doc, end):
                # "Best Foreign Language Film at the Orvieto Academy Awards": the ceremony
                # named with it is not the family's the sentence names elsewhere
                family = None
            name = f"{family} for {category}" if family else category
            yield _Candidate(token.i, end, EntityType.AWARD, name, "vocab:award-category", 8)

    @staticmethod
    def _place_after(doc: Doc, end: int) -> bool:
        """Whether "at" or "in" and a name follow a category ("Best Director at Cannes"): a
        prize of the place's festival, whatever award family the text names elsewhere."""
        return (
            end + 1 < len(doc)
            and doc[end].lower_ in ("at", "in")
            and (
                is_capitalised(doc[end + 1])
                or (doc[end + 1].lower_ == "the" and end + 2 < len(doc))
            )
        )

    def _unknown_ceremony_after(self, doc: Doc, end: int) -> bool:
        """Whether "at (the) Name ..." after a category names a ceremony no known award
        family holds."""
        if end + 2 >= len(doc) or doc[end].lower_ != "at":
            return False
        i = end + 1 + (doc[end + 1].lower_ == "the")
        while i < len(doc) and (is_ordinal(doc[i]) or is_year(doc[i])):
            i += 1
        stop = i
        while stop < len(doc) and is_capitalised(doc[stop]):
            stop += 1
        name = doc[i:stop].text.casefold()
        if not name.endswith(("awards", "festival", "prizes")):
            return False
        known = {c.casefold() for c in self.ceremony_awards}
        return name not in known and name not in self.lex.ceremonies

    def _event_patterns(self, doc: Doc, covered: set[int]) -> Iterator[_Candidate]:
        """Capitalised names ending in Festival/Awards (ceremonies) or Award/Prize (awards)."""
        lex = self.lex
        # (the heads' names only where the text has one; the metal prizes wherever)
        for token in doc if _EVENT_HEADS.search(doc_text(doc)) else ():
            if token.i in covered or not token.text[:1].isupper():
                continue
            lower = token.lower_
            if lower in ("festival", "awards", "ceremony", "biennale"):
                kind, rule = EntityType.CEREMONY, "pattern:ceremony"
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if after is not None and after.is_title and after.pos_ in ("PROPN", "NOUN"):
                    # "the Royal Festival Hall": a name that goes on past the word is a
                    # venue's, not a ceremony's
                    continue
            elif lower in ("award", "prize", "trophy"):
                kind, rule = EntityType.AWARD, "pattern:award"
            else:
                continue
            start = token.i
            lo = token.sent.start
            while start > lo and (
                (is_capitalised(doc[start - 1]) and doc[start - 1].lower_ not in ("the", "a", "an"))
                or (
                    doc[start - 1].lower_ in ("of", "for", "de", "du", "and", "'s")
                    and start - 2 >= lo
                    and is_capitalised(doc[start - 2])
                )
            ):
                start -= 1
            if start == token.i or any(i in covered for i in range(start, token.i + 1)):
                continue
            end = token.i + 1
            if (
                kind is EntityType.AWARD
                and end + 1 < len(doc)
                and doc[end].lower_ == "for"
                and doc[end + 1].lower_ in lex.category_words
            ):
                end = self._category_end(doc, end + 1)
            covered.update(range(start, end))
            name = doc[start:end].text
            yield _Candidate(start, end, kind, name, rule, 7)
        yield from self._metal_prizes(doc, covered)

    def _metal_prizes(self, doc: Doc, covered: set[int]) -> Iterator[_Candidate]:
        """ "won the Golden Thistle at the X Festival", "competed for the Crystal Stag": a
        festival prize named by its metal or material and an emblem, where a prize is won,
        competed for or awarded, or is given at a ceremony."""
        materials = self.lex.prize_materials
        for token in tokens_among(doc, materials):
            if not token.text[:1].isupper():
                continue
            end = token.i + 1
            while end < min(len(doc), token.i + 3) and is_capitalised(doc[end]):
                end += 1
            if end == token.i + 1 or any(i in covered for i in range(token.i, end)):
                continue
            start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "the" else token.i
            after = doc[end] if end < len(doc) else None
            # "won the", "competed for the", "winner of last year's", "went home with the"
            won = any(
                (
                    t.lemma_.casefold() in self.prize_verbs
                    or t.lemma_.casefold() in ("winner", "recipient", "nominee", "compete")
                    or (t.lower_ == "with" and doc[t.i - 1].lower_ in ("home", "away"))
                )
                # not "The Oscar-winning Silver Orchard"
                and not (t.i > 0 and doc[t.i - 1].text in ("-", "–"))
                for t in doc[max(token.sent.start, start - 5) : start]
            )
            at_ceremony = (
                after is not None
                and after.lower_ in ("at", "for")
                and any(
                    t.lower_ in self.lex.ceremony_heads for t in doc[end : min(len(doc), end + 8)]
                )
            )
            # "Golden Caldera: The Weight of Herons": a results list's line
            listed = (
                after is not None
                and after.text == ":"
                and (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws)
            )
            if not (won or at_ceremony or listed):
                continue
            covered.update(range(token.i, end))
            name = doc[token.i : end].text
            yield _Candidate(token.i, end, EntityType.AWARD, name, "pattern:prize-material", 7)

    # -- film titles from their syntactic context -----------------------------------------

    @staticmethod
    def _maker_clause(doc: Doc, run: tuple[int, int] | None) -> bool:
        """ "the first film Kerr made": a person named as the subject of a clause on the
        film noun, not the film's title."""
        if run is None or run[1] >= len(doc):
            return False
        verb = doc[run[1]]
        if doc[run[1] - 1].ent_type_ != "PERSON":
            return False
        on_name = verb.dep_ in ("acl", "relcl") and run[0] <= verb.head.i < run[1]
        name_is_subject = doc[run[1] - 1].head.i == verb.i
        return verb.tag_ in ("VBD", "VBN") and (on_name or name_is_subject)

    def _is_work_noun(self, token: Token) -> bool:
        lemma = token.lemma_.casefold()
        return (
            lemma in self.lex.film_nouns or lemma in self.lex.work_nouns or lemma in self.lex.forms
        ) and token.tag_ not in ("VB", "VBD", "VBP", "VBZ")  # (not "plays", "features")

    def _split_paired_titles(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "Dust Parade and KTL were edited by Leonard Pask": two films the text names
        apart elsewhere, not one title a grammatical rule read across the "and"."""
        known = {
            c.name.casefold()
            for c in chosen
            if c.type is EntityType.FILM or c.rule in ("context:alias", "title:initials")
        }
        # and their initials, as fans abbreviate them ("KTL" for Kill the Lamps)
        initials: dict[str, set[str]] = {}
        for c in chosen:
            if c.type is EntityType.FILM and len(c.name.split()) >= 2:
                initials.setdefault(_initials(c.name), set()).add(c.name)
        known |= set(initials)
        out: list[_Candidate] = []
        for cand in chosen:
            split = None
            if cand.type is EntityType.FILM and cand.rule in _GRAMMATICAL_TITLES:
                for t in doc[cand.start + 1 : cand.end - 1]:
                    left = normalise_name(doc[cand.start : t.i].text).casefold()
                    right = normalise_name(doc[t.i + 1 : cand.end].text).casefold()
                    if t.lower_ in ("and", "&") and left in known and right in known:
                        split = t.i
                        break
            if split is None:
                out.append(cand)
                continue
            for lo, hi in ((cand.start, split), (split + 1, cand.end)):
                name = normalise_name(doc[lo:hi].text)
                full = initials.get(name.casefold(), set())
                if len(full) == 1 and name.isupper():
                    name = next(iter(full))
                out.append(_Candidate(lo, hi, EntityType.FILM, name, cand.rule, cand.priority))
        return out

    def _possessive_inside(self, doc: Doc, run: tuple[int, int], lo: int) -> tuple[int, int]:
        """A title run that a possessive cut short: "Dead Man's Wage (1968)", "Saladin's
        Gate (1961)" (not a maker's "Lorna Fiske's Rust Belt Hymn (2009)", a person's name
        before the possessive)."""
        k = run[0]
        if k - 2 < lo or doc[k - 1].lower_ not in ("'s", "’s") or doc[k - 2].whitespace_:
            return run
        if any(
            t.is_lower and t.is_alpha and t.lower_ not in self.lex.title_words
            for t in doc[run[0] : run[1]]
        ):
            # a title in another language's sentence case has no English possessive:
            # "Holubová's Tichý dvůr" is its maker's
            return run
        before = capitalised_run(doc, k - 2, lo, k - 1, self.lex)
        if before is None or before[1] != k - 1:
            return run
        owner = doc[before[0] : before[1]]
        # (a name the tagger reads through the possessive is one name: "Dead Man's Wage")
        inside = doc[k - 1].ent_iob_ == "I" and doc[k].ent_iob_ == "I"
        if (
            (
                not inside
                and (
                    any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in owner)
                    or personal_name(owner.text, self.lex)
                )
            )
            or doc[before[0]].is_sent_start
            or len(owner) > 3
        ):
            return run
        return before[0], run[1]

    def _described_as(self, doc: Doc, end: int) -> Token | None:
        """The noun an apposition after token `end` heads: "X, a stage play by Y" -> play."""
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
            return None
        for token in doc[end + 2 : min(len(doc), end + 7)]:
            if token.pos_ == "NOUN" and token.dep_ != "compound":
                return token
            if token.pos_ not in ("ADJ", "NOUN", "NUM", "PROPN", "PUNCT", "ADV", "VERB"):
                return None
        return None

    def _person_noun(self, token: Token) -> bool:
        """Whether a common noun names a person by trade or by part in a story ("editor",
        "film critic", "widow")."""
        lemma = token.lemma_.casefold()
        opening = self.lex.opening
        return (
            lemma in self.lex.person_roles
            or lemma in self.lex.relations["role_nouns"]
            or lemma in opening["film_person_heads"]
            or lemma in opening["occupation_nouns"]
            or lemma in opening["story_people"]
        )

    def _heads_its_phrase(self, token: Token) -> bool:
        """Whether a work noun names what its noun phrase is: not "film" in "an independent
        film and television production company"."""
        head = token
        while head.dep_ in ("compound", "nmod", "amod", "conj") and head.head.i != head.i:
            head = head.head
        lemma = head.lemma_.casefold()
        return not (
            head is not token
            # "a film and television production company", "a film festival", "a film editor"
            and (
                lemma in self.lex.relations["company_nouns"]
                or lemma in self.lex.relations["institution_nouns"]
                or (token.dep_ == "compound" and head.i == token.head.i and self._person_noun(head))
            )
        )

    def _work_type(self, token: Token) -> EntityType:
        lemma = token.lemma_.casefold()
        if lemma in self.lex.film_nouns or lemma in self.lex.forms or lemma == "work":
            # "his work X" in writing about film names a film
            return EntityType.FILM
        if token.lower_ in self.lex.genres and lemma not in self.lex.work_nouns:
            # "a gothic mystery": a film genre
            return EntityType.FILM
        if token.i > 0 and f"{token.doc[token.i - 1].lower_} {token.lower_}" in self.lex.genres:
            # "a Swedish ghost story Skuggan": a genre named with a work noun
            return EntityType.FILM
        return EntityType.WORK

    def _subject_span(self, doc: Doc, subj: Token) -> tuple[int, int] | None:
        start = subj.left_edge.i
        end = subj.right_edge.i + 1
        sent_start = subj.sent.start
        if start == sent_start:
            # "Title (Japanese: ...) is a ..." : up to the first bracket, or a comma that
            # does not go on with a capitalised word ("Paris, Texas" is one title)
            for i in range(start, end):
                if doc[i].text in _OPEN or (
                    doc[i].text == ","
                    and i > start
                    and not (i + 1 < end and is_capitalised(doc[i + 1]))
                ):
                    end = i
                    break
        else:
            for i in range(start, end):
                if doc[i].text in _OPEN or doc[i].text == ",":
                    end = i
                    break
        rel = self.lex.relations
        fronted = (
            set(rel["filming_verbs"])
            | set(rel["setting_verbs"])
            | set(rel["role_verbs"])
            | set(rel["based_verbs"])
        )
        if (
            start == sent_start
            and (doc[start].tag_ in ("VBN", "VBG") or doc[start].lower_ in fronted)
            and start + 1 < end
            and doc[start + 1].pos_ == "ADP"
        ):
            # "Shot at Leavesden and in Wadi Rum, Iron Meridian is ...": the subject after
            # the fronted participle clause
            comma = max((i for i in range(start, end) if doc[i].text == ","), default=None)
            if comma is None:
                return None
            start = comma + 1
        if end - start > 14 or end <= start:
            return None
        # "Le tartuffe is a 1984 French comedy": a title in a language that capitalises only
        # its first word
        foreign = doc[start].text in _FOREIGN_ARTICLES and start + 1 < end
        if not foreign and doc[end - 1].pos_ == "NOUN" and doc[end - 1].text.islower():
            # "The Korean thriller was helmed by ...": a description, not a title
            return None
        if doc[start].lower_ in self.lex.anaphors or doc[start].pos_ == "PRON":
            return None
        if (
            doc[start].pos_ == "DET"
            and not foreign
            and start + 1 < end
            and (
                doc[start + 1].lemma_.casefold() in self.lex.anaphors
                # "This article was written", "The studio was founded"
                or (doc[start + 1].pos_ in ("NOUN", "ADJ") and doc[start + 1].text.islower())
            )
        ):
            return None
        return title_extent(doc, start, end, self.lex)

    def _prizes_with_category(self, doc: Doc, known: set[int]) -> Iterator[_Candidate]:
        """ "The Silver Heron for Best Director", "the Golden Reel for Best Film": a prize this
        vocabulary does not know, named with one of its categories."""
        lex = self.lex
        for token in words_in(doc, _FOR_CATEGORY):
            if (
                token.lower_ != "for"
                or token.i + 1 >= len(doc)
                or doc[token.i + 1].lower_ not in lex.category_words
                or not doc[token.i + 1].text[:1].isupper()
                or token.i == 0
                or not is_capitalised(doc[token.i - 1])
            ):
                continue
            start = token.i
            while (
                start > token.sent.start
                and is_capitalised(doc[start - 1])
                and doc[start - 1].ent_type_ not in ("PERSON", "DATE", "CARDINAL")
                and doc[start - 1].text not in _QUOTES
            ):
                start -= 1
            if start == token.i or token.i - start > 5:
                continue
            if doc[start].lower_ == "the":
                start += 1
            if (
                start >= token.i
                or doc[start : token.i].text in lex.outlets
                or any(i in known for i in range(start, token.i))
            ):
                # a prize the vocabulary names (and names canonically) is left to it
                continue
            end = self._category_end(doc, token.i + 1)
            if end <= token.i + 2:
                continue
            name = doc[start:end].text
            yield _Candidate(start, end, EntityType.AWARD, name, "pattern:prize-category", 10)

    def _opening_title(self, sent: Span) -> _Candidate | None:
        """The title a sentence opens with, read up to its predicate: "Title (...), also
        known as Other, was released", "Title also won", "Title's plot follows". The name
        is a film when the predicate is one films take ("won", "was directed by", "is a
        2004 film", "premiered", "tells"), unless the named-entity tagger reads the whole
        name as a person, organisation or place and the predicate suits them too."""
        doc = sent.doc
        lex = self.lex
        words = lex.opening
        start = sent.start
        while start < sent.end and (
            doc[start].is_space
            or doc[start].text in _QUOTES
            or doc[start].text == ")"
            or (doc[start].text in _BULLETS and start == sent.start)
        ):
            start += 1
        if (
            start + 2 < sent.end
            and doc[start].lower_ in words["fronted_adverbs"]
            and doc[start + 1].text == ","
        ):
            # "Today, Title is best remembered for ...": the title after the adverb
            start += 2
        else:
            start = _after_fronted_date(doc, start, sent.end)
        if start >= sent.end - 1:
            return None
        first = doc[start]
        if not is_capitalised(first):
            return None
        if first.lower_ in words["never_openers"] and not (
            # "We Need to Talk About Kevin is ...": a title-cased run opening with a pronoun
            first.pos_ == "PRON"
            and start + 2 < sent.end
            and is_capitalised(doc[start + 1])
            and self._title_run(doc, start, sent.end) - start >= 3
        ):
            return None
        if first.ent_type_ in ("DATE", "TIME") and not first.text.isdigit():
            return None
        if first.pos_ == "CCONJ" or first.lower_ in ("but", "and", "yet", "so", "or"):
            # "But Gonzalo knew ...": a conjunction, not the start of a title
            return None
        if (
            first.tag_ == "VBN"
            and start + 1 < sent.end
            and doc[start + 1].pos_ == "ADP"
            and doc[start + 1].text.islower()
        ):
            # "Founded in Tokyo in 1998 by X, Studio Kōgen has ...": a fronted participle
            # clause, its subject after the comma
            return None
        if (
            start + 1 < sent.end
            and doc[start + 1].lower_ == "of"
            and (
                first.pos_ in ("ADJ", "ADV", "PRON", "DET", "NUM")
                or first.lower_ in ("part", "half")
            )
        ):
            # "Much of X's story", "Some of the cast": a quantity of something named later
            return None
        opener = first.lower_ in words["openers"] or first.pos_ in ("ADP", "SCONJ", "ADV")
        end = self._title_run(doc, start, sent.end)
        span = title_extent(doc, start, end, lex)
        if span is None or span[1] - span[0] > 16:
            return None
        tokens = doc[span[0] : span[1]]
        if len(tokens) == 1 and tokens[0].like_num and not tokens[0].text.isdigit():
            # "2.5 stars at most": a score, not a title
            return None
        if (
            first.tag_ == "RB"
            and first.lower_.endswith("ly")
            and len(tokens) > 1
            and all(t.ent_type_ in ("PERSON", "ORG") for t in tokens[1:])
        ):
            # "Honestly Vasquez-Holt has never been better": an adverb before a name
            return None
        if first.lower_ in ("the", "a", "an") and (
            span[1] - span[0] < 2 or not is_capitalised(doc[span[0] + 1])
        ):
            return None
        if (
            not any(t.pos_ in ("PROPN", "NUM", "X") for t in tokens)
            and not sum(1 for t in tokens if is_capitalised(t)) >= 2
            # "Stormwall stars Dashiell Orrow": a one-word title before "stars" and a name,
            # the verb read as a plural noun
            and not (
                len(tokens) == 1
                and end < sent.end - 1
                and doc[end].tag_ == "NNS"
                and doc[end].lower_[:-1] in words["film_predicates"]
                and is_capitalised(doc[end + 1])
            )
            # "Halcyon won Best Picture": a word the tagger took for a common noun, before
            # a film's award category
            and not (
                len(tokens) == 1 and tokens[0].pos_ == "NOUN" and self._film_award_cue(sent) > 0
            )
        ):
            return None
        if opener and any(
            t.text == ","
            or is_year(t)
            or t.ent_type_ in ("DATE", "TIME", "ORDINAL", "EVENT", "FAC", "GPE", "LOC", "ORG")
            for t in tokens
        ):
            # "In 2004, ...", "After Smith, ...": a fronted phrase, not a title
            return None
        head_word = first.lower_
        if any(w in lex.person_roles for w in (head_word, head_word[:-1], head_word[:-2])):
            return None
        if head_word in lex.film_nouns or first.lemma_.casefold() in lex.film_nouns:
            return None
        if span[1] - span[0] == 1 and any(
            e.label_ == "PERSON" and first.text in e.text.split() for e in doc.ents
        ):
            # "Brask's ending", "Brask also won": the surname of a person the text names
            return None
        if self._coordinated_people(tokens):
            return None
        j = end
        if doc[j - 1].text in ("-", "–"):
            # "The Oscar-winning X": a hyphenated modifier, not the end of a title
            return None
        if self._described_person(doc, span, sent):
            # "Daniel Achterberg, the Dutch director who shot the drama, told me ...": a
            # person the apposition names by trade
            return None
        possessive = j < sent.end and doc[j].lower_ in ("'s", "’s")
        if possessive:
            if opener:
                # "When X's name was read out": a fronted clause
                return None
            if j + 1 < sent.end and (
                doc[j + 1].tag_ in ("VBN", "VBG", "RB") or doc[j + 1].lower_ in ("been", "got")
            ):
                # "Nadia's written a sequel", "Nadia's also produced": "has", not a possessive
                return None
            head = next(
                (t for t in doc[j + 1 : min(sent.end, j + 5)] if t.pos_ in ("NOUN", "PROPN")),
                None,
            )
            if head is None or not (
                head.lemma_.casefold() in words["possessive_heads"]
                or head.lower_ in words["possessive_heads"]
            ):
                return None
            if self._whole_entity(doc, span) == "PERSON" and (
                head.lemma_.casefold() not in words["possessive_film_only_heads"]
            ):
                # "Dana Reyes's story" may be her life's; "X's plot" is a film's
                return None
            return _Candidate(*span, EntityType.FILM, tokens.text, "title:possessive-subject", 9)
        if (
            j + 1 < sent.end
            and doc[j].text == "("
            and doc[j + 1].lower_ in ("born", "née", "nee", "b.", "died", "d.")
        ):
            # "Anselm Kovač (born 14 March 1978) is a Croatian-born British actor": a person
            return _Candidate(*span, EntityType.PERSON, tokens.text, "context:person-name", 9)
        after = self._skip_asides(doc, j, sent.end)
        if after is None:
            return None
        j = after
        while j < sent.end and doc[j].pos_ in ("ADV", "PART") and doc[j].text.islower():
            j += 1
        if j >= sent.end or not doc[j].text.islower():
            return None
        if doc[j].pos_ not in ("VERB", "AUX") and not (
            doc[j].tag_ == "NNS" and doc[j].lower_[:-1] in words["film_predicates"]
        ):
            # "Title centers on ...", which the tagger may read as a plural noun
            return None
        inner_possessive = any(t.lower_ in ("'s", "’s") for t in tokens)
        maker = self._maker_before_title(doc, span)
        if maker is not None:
            # "Ilse Varnholt's Tidewater Vespers opens": the maker's name, then the title
            span = (maker, span[1])
            tokens = doc[span[0] : span[1]]
            inner_possessive = False
        if inner_possessive and not self._main_predicate(doc[j], sent):
            # "Ann's Award speech moved ...": a possessive phrase, unless its verb is the
            # sentence's own ("Angel's Egg was a collaboration")
            return None
        comma = next((t.i for t in doc[j : sent.end] if t.text == ","), None)
        if (
            opener
            and not self._main_predicate(doc[j], sent)
            and comma is not None
            and any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[comma : sent.end])
        ):
            # "After Title won the prize, its director ...": a fronted clause ("After
            # Thomas is a drama, first broadcast in 2006" has no clause after it)
            return None
        if (
            len(tokens) == 1
            and doc[span[0]].head.lemma_.casefold() in self.prize_verbs
            and not any(t.text == "(" for t in doc[span[1] : doc[span[0]].head.i])
            and _gendered_subject(doc, span, sent)
        ):
            # "Stapleton was nominated ... for her performance in X": a person's surname
            return _Candidate(*span, EntityType.PERSON, tokens.text, "context:gendered-subject", 9)
        if maker is None and any(
            t.lower_ == "for"
            and k + 2 < sent.end
            and doc[k + 1].lower_ in ("the", "a")
            and doc[k + 2].lemma_.casefold() in words["part_nouns"]
            for k, t in enumerate(doc[j : sent.end], start=j)
        ):
            # "Rosalind Tey was the first choice for the role of ...", "X auditioned for the
            # part": whom a part is for is a person
            return _Candidate(*span, EntityType.PERSON, tokens.text, "context:person-name", 9)
        described = span[1] + 2 < sent.end and doc[span[1]].text == ","
        if (
            described
            and maker is None
            and doc[span[1] + 1].lower_ in ("its", "his", "her", "their", "the")
            and self._trade(doc[span[1] + 2])
        ):
            # "Dolores Ibáñez, its cinematographer, went on to ...": a person and her trade
            return _Candidate(*span, EntityType.PERSON, tokens.text, "context:person-role", 9)
        if (
            maker is None
            and doc[j].lemma_ == "be"
            and (self._whole_entity(doc, span) == "PERSON" or personal_name(tokens.text, self.lex))
            and j + 3 < sent.end
            and is_capitalised(doc[j + 1])
            and doc[j + 1].lower_ not in _TITLE_ARTICLES | {"a", "an"}
            and doc[j + 2].text == ","
            and doc[j + 3].lower_ in ("a", "an", "the", "his", "her", "their")
        ):
            # "Aïssatou Faye is Odile, a cleaner at a Lyon hospital": a player and her part
            return _Candidate(*span, EntityType.PERSON, tokens.text, "context:person-name", 9)
        kind = self._predicate_kind(doc, span, j, sent)
        if maker is not None:
            # a person's named work is a film whatever the tagger made of it
            return _Candidate(*span, kind or EntityType.FILM, tokens.text, "title:after-maker", 9)
        if kind is None:
            return None
        return _Candidate(*span, kind, tokens.text, "title:opening-subject", 9)

    def _performer_opening(self, sent: Span) -> _Candidate | None:
        """A name of two or more words opening "X stars in", "X appears in", "X plays": a
        performer, which the tagger may have missed."""
        doc = sent.doc
        start = sent.start
        while start < sent.end and (
            doc[start].lower_ in self.lex.person_roles or doc[start].lower_ == "newcomer"
        ):
            # "Newcomer Saskia Oduya-Pieters stars as ...": the name after its description
            start += 1
        end = start
        while end < sent.end and (
            (doc[end].pos_ == "PROPN" and is_capitalised(doc[end]))
            # "Ines Carvalho-Ward": a hyphenated surname
            or (
                doc[end].text == "-"
                and end > start
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and end + 1 < sent.end
                and is_capitalised(doc[end + 1])
            )
        ):
            end += 1
        if end - start < 2 or end + 1 >= sent.end:
            return None
        verb, nxt = doc[end], doc[end + 1]
        appear = set(self.lex.relations["appear_verbs"]) | _PLAY_LEMMAS
        if verb.lemma_.casefold() not in appear or not (
            nxt.lower_ in ("in", "as", "opposite", "alongside") or verb.lemma_ in _PLAY_LEMMAS
        ):
            return None
        if any(t.ent_type_ in ("GPE", "WORK_OF_ART") for t in doc[start:end]) or (
            # "Hana Okonkwo starred in X", which the tagger may call an organisation; a
            # company's name ends with its kind ("Films", "Pictures") or has one word
            any(t.ent_type_ == "ORG" for t in doc[start:end])
            and (end - start > 3 or doc[end - 1].text in self.lex.org_suffixes)
        ):
            return None
        name = doc[start:end].text
        return _Candidate(start, end, EntityType.PERSON, name, "context:performer", 7)

    def _person_opening(self, sent: Span) -> bool:
        """Whether the sentence opens with a name the tagger reads as a person's, followed
        by its verb."""
        doc = sent.doc
        start = _first_word(sent)
        if start >= sent.end or not is_capitalised(doc[start]):
            return False
        end = self._title_run(doc, start, sent.end)
        span = title_extent(doc, start, end, self.lex)
        if span is None or self._whole_entity(doc, span) != "PERSON":
            return False
        j = span[1]
        while j < sent.end and doc[j].pos_ in ("ADV", "PART") and doc[j].text.islower():
            j += 1
        return j < sent.end and doc[j].pos_ in ("VERB", "AUX") and doc[j].text.islower()

    def _title_run(self, doc: Doc, start: int, stop: int) -> int:
        """The end of the title-cased run from `start`: capitalised words and numbers, with
        inner function words, hyphenated parts, and punctuation titles carry."""
        lex = self.lex
        i = start
        limit = min(stop, start + 20)
        while i < limit:
            token = doc[i]
            nxt = doc[i + 1] if i + 1 < stop else None
            nxt_cap = nxt is not None and is_capitalised(nxt)
            if is_capitalised(token):
                i += 1
                continue
            if (
                i > start
                and not doc[i - 1].whitespace_
                and doc[i - 1].text in ("-", "–")
                and token.tag_ not in ("VBG", "VBN")
            ):
                # "Shin-chan", "Re-animated": the lower-case part of a hyphenated word
                i += 1
                continue
            if i > start and token.text in (":", "!", "?", "&", "...", "-", "–", "."):
                if token.text == "." and not nxt_cap:
                    break
                i += 1
                continue
            if i > start and token.lower_ in ("n't", "'", "’", "n'"):
                i += 1
                continue
            if (
                i > start
                and token.lower_ in ("'s", "’s")
                and nxt_cap
                and doc[i - 1].ent_type_ != "PERSON"
            ):
                # "Angel's Egg": a possessive inside the title
                i += 1
                continue
            if (
                token.text == ","
                and nxt is not None
                and nxt_cap
                and nxt.ent_type_ not in ("DATE", "PERSON")
                and i + 2 < stop
                and (is_capitalised(doc[i + 2]) or doc[i + 2].lower_ in lex.title_words)
            ):
                # "Distant Voices, Still Lives"
                i += 1
                continue
            if (
                token.lower_ in lex.title_words
                and token.text != ","
                and token.lower_ not in ("'s", "’s")
                and i > start
                and nxt is not None
                and (nxt_cap or nxt.lower_ in ("the", "a", "an"))
            ):
                i += 1
                continue
            break
        return i

    @staticmethod
    def _skip_asides(doc: Doc, j: int, stop: int) -> int | None:
        """Past the brackets and comma-bounded asides after an opening title: "(Japanese:
        ...)", ", also known as Other,", ", directed by X in 2005,"."""
        for _ in range(3):
            if j >= stop:
                return None
            if doc[j].text in _OPEN:
                depth = 0
                for k in range(j, min(stop, j + 60)):
                    if doc[k].text in _OPEN:
                        depth += 1
                    elif doc[k].text in (")", "]", "}"):
                        depth -= 1
                        if depth == 0:
                            j = k + 1
                            break
                else:
                    return None
                if depth != 0:
                    return None
                continue
            if doc[j].text == ",":
                close = _next_comma(doc, j + 1, min(stop, j + 40))
                if close is None:
                    return None
                j = close + 1
                continue
            if doc[j].lower_ == "or" and j + 1 < stop and doc[j + 1].lower_ == "simply":
                # "Title: Subtitle or simply Title (...) is"
                k = j + 2
                while k < stop and (is_capitalised(doc[k]) or doc[k].text in (":", "-")):
                    k += 1
                j = k
                continue
            break
        return j

    @staticmethod
    def _main_predicate(verb: Token, sent: Span) -> bool:
        """Whether `verb` is the sentence's main predicate or one of its auxiliaries."""
        root = sent.root
        return verb == root or (verb.head == root and verb.dep_ in ("aux", "auxpass", "cop"))

    @staticmethod
    def _whole_entity(doc: Doc, span: tuple[int, int]) -> str | None:
        """The named-entity label covering all of `doc[start:end]` (one entity, or a list of
        entities of one label joined by "and" and commas), if any."""
        start, end = span
        labels = set()
        for i in range(start, end):
            token = doc[i]
            if token.ent_type_:
                labels.add(token.ent_type_)
            elif token.lower_ not in ("and", ",", "&"):
                return None
        if len(labels) != 1 or not labels <= {"PERSON", "ORG", "GPE"}:
            return None
        return next(iter(labels))

    def _film_award_cue(self, sent: Span) -> int:
        """+1 when the sentence names a film's award category ("Best Animated Feature"),
        -1 when it names a person's ("Best Actor"), else 0."""
        return self._category_cue(sent.doc, sent.start, sent.end)

    def _category_cue(self, doc: Doc, start: int, stop: int) -> int:
        """+1 when the first award category in `doc[start:stop]` is a film's, -1 when it is a
        person's, else 0."""
        words = self.lex.opening
        for token in doc[start:stop]:
            if token.lower_ != "best":
                continue
            for nxt in doc[token.i + 1 : min(stop, token.i + 4)]:
                if nxt.lower_ in words["person_category_words"]:
                    return -1
                if nxt.lower_ in words["film_category_words"]:
                    return 1
        return 0

    @staticmethod
    def _maker_before_title(doc: Doc, span: tuple[int, int]) -> int | None:
        """Where the title starts in "Ilse Varnholt's Tidewater Vespers": after a possessive
        of a name of two words or more (no article) whose surname the text uses on its own
        elsewhere, as it does for people ("Varnholt said"), and rarely for a name inside a
        title. None when the span is not of that shape."""
        mark = next((i for i in range(span[0], span[1]) if doc[i].lower_ in ("'s", "’s")), None)
        if mark is None or mark - span[0] < 2 or span[1] - mark < 3:
            return None
        if doc[span[0]].lower_ in ("the", "a", "an"):
            return None
        surname = doc[mark - 1].text
        if any(
            t.text == surname
            and not (span[0] <= t.i < span[1])
            and t.i + 1 < len(doc)
            and doc[t.i + 1].lower_ not in ("'s", "’s")
            for t in doc
        ):
            return mark + 1
        return None

    def _described_person(self, doc: Doc, span: tuple[int, int], sent: Span) -> bool:
        """Whether a name the tagger reads as a person's is followed by an apposition that
        names a person's trade ("X, the Dutch director who ..."), or a name of a person's
        shape described as someone in a story ("Odile Marchetti, the daughter of ...")."""
        if span[1] >= sent.end or doc[span[1]].text != ",":
            return False
        tagged = self._whole_entity(doc, span) == "PERSON"
        if not tagged and not personal_name(doc[span[0] : span[1]].text, self.lex):
            return False
        for t in doc[span[1] + 1 : min(sent.end, span[1] + 6)]:
            if t.pos_ in ("VERB", "AUX") or t.text == ",":
                return False
            if t.lower_ in self.lex.person_roles or t.lemma_.casefold() in self.lex.person_roles:
                return True
            if not tagged and t.pos_ == "NOUN":
                return (
                    t.i == span[1] + 2
                    and doc[span[1] + 1].lower_ in ("the", "a", "an")
                    and self._person_noun(t)
                )
        return False

    def _predicate_kind(
        self, doc: Doc, span: tuple[int, int], j: int, sent: Span
    ) -> EntityType | None:
        """The type of an opening name given its predicate at token `j`, or None when the
        predicate says nothing about films."""
        words = self.lex.opening
        tagged = self._whole_entity(doc, span)
        if doc[j].lemma_ == "be" and _up_for(doc[j + 1 : min(sent.end, j + 4)]):
            # "Tide Line is also up for Best Picture": a film's category makes it a film
            return EntityType.FILM if self._category_cue(doc, j, sent.end) > 0 else None
        k = j
        # past auxiliaries and adverbs to the lexical verb: "has also won", "was first aired"
        while k + 1 < sent.end and (
            doc[k].lemma_ in ("have", "will", "would", "can", "could", "do", "may", "might")
            or (doc[k].lemma_ == "be" and doc[k + 1].tag_ in ("VBN", "VBG", "RB"))
            or doc[k].pos_ == "ADV"
        ):
            if doc[k].lemma_ == "be" and doc[k + 1].tag_ == "VBN":
                k += 1
                break
            k += 1
        verb = doc[k]
        lemma = verb.lemma_.casefold() if verb.tag_ != "NNS" else verb.lower_[:-1]
        passive = verb.tag_ == "VBN" and any(doc[x].lemma_ == "be" for x in range(j, k))
        cue = self._film_award_cue(sent)
        if verb.lemma_ == "be" and not passive:
            after = doc[k + 1 : min(sent.end, k + 14)]
            stop = _clause_stop(after, ("than", "like", "who"), sent.end)
            nouns = [
                t
                for t in after
                if self._is_work_noun(t)
                and self._heads_its_phrase(t)
                and t.lower_ not in ("character", "characters")
                and t.i < stop
                # not "one of the film's three producers": the film owns what is said
                and t.dep_ != "poss"
                # not "the subject of the documentary", "a regular in his films" (but "one
                # of the best films of 2004", "among the first films")
                and not (t.dep_ == "pobj" and not _member_of(t))
            ]
            if nouns and not any(
                t.pos_ == "VERB" and t.i < nouns[0].i and t.tag_ != "VBN" for t in after
            ):
                return self._work_type(nouns[0])
            if tagged is not None or span[1] - span[0] < 2:
                return None
            if any(_judged_as(t) for t in after):
                # "Vera Castellane is great as the forger": an actor judged in a part
                return None
            if any(t.tag_ == "PRP$" for t in after[:2]):
                # "Dominic Ashgrove is her husband, Felix": someone's relation, a person
                return None
            if after and after[0].ent_type_ == "NORP":
                # "Marta Ruiz is Spanish": a nationality, a person's as much as a film's
                return None
            if doc[span[1] - 1].text in self.lex.org_suffixes:
                # "The Meridian Film Archive is a registered charity": a body, by its name
                return None
            attr = next((t for t in after if t.dep_ == "attr"), None)
            if (
                attr is not None
                and self._person_noun(attr)
                # (not "a 1951 film serial starring newcomer X", which the parse misread)
                and not any(
                    self._is_work_noun(t) for t in after if t.i < attr.i and t.head.i != attr.i
                )
            ):
                # "Priyanka Holm is a London-based film editor": a person's trade
                return None
            return EntityType.FILM
        if passive:
            if lemma not in words["film_passives"]:
                return None
            if tagged in ("PERSON", "ORG", "NORP", "GPE") and (
                lemma in words["ambiguous_passives"] and cue <= 0
            ):
                return None
            if (
                tagged is None
                and lemma in words["ambiguous_passives"]
                and cue < 0
                and span[1] - span[0] < 3
            ):
                # "Carmen Ruiz is nominated for Best Leading Actress": a person's award
                return None
            return EntityType.FILM
        if lemma not in words["film_predicates"]:
            return None
        if k + 1 < sent.end and doc[k + 1].lower_ in ("in", "as", "opposite", "alongside"):
            # "Kwame Asante stars in Halcyon": a performer; a film stars someone
            return None
        starring = lemma == "star" and k + 1 < sent.end and doc[k + 1].ent_type_ == "PERSON"
        if (
            lemma in ("open", "premiere", "bow", "debut")
            and k + 1 < sent.end
            and (
                doc[k + 1].ent_type_ == "DATE"
                or (lemma in ("premiere", "bow") and doc[k + 1].lower_ in ("at", "in", "on"))
            )
            and tagged != "ORG"
        ):
            # "Fast Lane 2 opens Friday", "Harbour Lights premiered at Cannes": what opens on
            # a date or premieres somewhere is a film or a show
            return EntityType.FILM
        if (
            tagged is not None
            and lemma not in words["film_only_predicates"]
            and cue <= 0
            # "The Lantern Men stars Niamh Gallagher": only a film stars a person
            and not (starring and tagged != "PERSON")
            and not (tagged != "PERSON" and self._cast_in_brackets(doc, k + 1, sent.end))
        ):
            return None
        if tagged is None and cue < 0 and span[1] - span[0] < 3:
            # "Smithers won Best Actor": a person's award
            return None
        return EntityType.FILM

    @staticmethod
    def _cast_in_brackets(doc: Doc, start: int, end: int) -> bool:
        """Whether `doc[start:end]` names a person with another in brackets, as a plot
        names characters with their actors: "follows Dana Rusk (Keller), a widow"."""
        return any(
            doc[i].text == "("
            and doc[i - 1].ent_type_ == "PERSON"
            and doc[i + 1].pos_ == "PROPN"
            and is_capitalised(doc[i + 1])
            for i in range(start + 1, end - 1)
        )

    def _sentence_subject(self, sent: Span) -> _Candidate | None:
        """A title that opens a sentence and is followed by the verb the sentence is about:
        "Title (aka ...) is a 1946 short", "Title was directed by", "Title stars ...".
        Read from the words, not the parse, which often breaks inside unknown titles."""
        doc = sent.doc
        lex = self.lex
        start = _first_word(sent, _BULLETS)
        if (
            start >= sent.end
            or not is_capitalised(doc[start])
            or (
                doc[start].pos_ in ("PRON", "DET")
                and doc[start].lower_ in ("the", "this", "it", "these", "a", "an")
                and start + 1 < sent.end
                and not is_capitalised(doc[start + 1])
            )
        ):
            return None
        if doc[start].lower_ in lex.opening["never_openers"] and doc[start].tag_ in ("VBN", "VBG"):
            # "Filmed in X, Title ...": a fronted participle clause
            return None
        if doc[start].lower_ in (
            "in",
            "on",
            "at",
            "after",
            "during",
            "when",
            "while",
            "since",
            "although",
            "however",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "this",
            "there",
        ):
            return None
        first = doc[start]
        if first.pos_ in ("PRON", "SCONJ", "CCONJ", "INTJ", "AUX", "PART"):
            return None
        if first.pos_ == "ADV" and start + 1 < sent.end and doc[start + 1].text == ",":
            # "Meanwhile, Hanne Solberg is in talks ...": a sentence adverb
            return None
        if first.pos_ == "DET" and (start + 1 >= sent.end or not doc[start + 1].text[:1].isupper()):
            return None
        i = start
        limit = min(sent.end, start + 16)
        while i < limit:
            token = doc[i]
            if (
                is_capitalised(token)
                or token.text in (":", "-", "!", "?", "&", "'", "’", ".", "'s", "’s", "n'")
                or (token.lower_ in lex.title_words and token.text != ",")
                or (
                    token.text == ","
                    and i + 1 < limit
                    and is_capitalised(doc[i + 1])
                    and doc[i + 1].ent_type_ not in ("DATE",)
                )
            ):
                i += 1
                continue
            break
        end = i
        if end >= sent.end:
            return None
        nxt = i
        # skip "(...)" and ", also known as ...," after the title
        if doc[nxt].text == "(":
            close = next((t.i for t in doc[nxt : min(sent.end, nxt + 40)] if t.text == ")"), None)
            if close is None:
                return None
            nxt = close + 1
        if (
            nxt < sent.end
            and doc[nxt].text == ","
            and nxt + 1 < sent.end
            and doc[nxt + 1].lower_
            in (
                "also",
                "or",
                "known",
                "originally",
                "released",
                "sometimes",
                "aka",
                "a.k.a.",
            )
        ):
            close = next(
                (t.i for t in doc[nxt + 1 : min(sent.end, nxt + 25)] if t.text == ","), None
            )
            if close is None:
                return None
            nxt = close + 1
        if nxt >= sent.end:
            return None
        verb = doc[nxt]
        if nxt > 0 and doc[nxt - 1].text in ("-", "–"):
            # "The Oscar-winning X": a hyphenated modifier, not the end of a title
            return None
        span = title_extent(doc, start, end, lex)
        if span is None or any(t.dep_ == "mark" and t.text.islower() for t in doc[span[0] : end]):
            # "Long before Anora premiered at Cannes, ...": a fronted clause, not a title
            return None
        if first.pos_ in ("ADP", "SCONJ") and any(t.text == "," for t in doc[span[0] : span[1]]):
            # "Unlike Baker, Madison won ...": a fronted phrase, then the subject
            return None
        kind = EntityType.FILM
        lemma = verb.lemma_.casefold()
        rel = lex.relations
        if verb.lower_ in ("is", "was", "are", "were", "'s", "has", "had", "have"):
            if verb.lemma_ == "have" and (nxt + 1 >= sent.end or doc[nxt + 1].lower_ != "been"):
                # "Ilse Varnholt has made the film of her career": someone did something
                return None
            after = doc[nxt + 1 : min(sent.end, nxt + 14)]
            stop = _clause_stop(after, ("than", "like"), sent.end)
            nouns = [
                t
                for t in after
                if self._is_work_noun(t)
                and self._heads_its_phrase(t)
                and t.lower_ not in ("character", "characters")
                and t.i < stop
                # not "one of the film's three producers": the film owns what is said
                and t.dep_ != "poss"
                # not "the subject of the documentary", "a regular in his films" (but "one
                # of the best films of 2004", "among the first films")
                and not (t.dep_ == "pobj" and not _member_of(t))
            ]
            if _up_for(after[:3]):
                # "Anxo Vilariño is up for Best Supporting Actor": a nominee, a person or a
                # film as the category is a person's or a film's
                if self._person_award(doc, span, "nominate", sent):
                    return _Candidate(*span, EntityType.PERSON, tokens_text(doc, span), _WINNER, 9)
                return None
            participle = next((t for t in after if t.tag_ == "VBN"), None)
            if participle is not None and any(t.pos_ != "ADV" for t in doc[nxt + 1 : participle.i]):
                # "X is producing with Mexico City-based Y": not the verb's participle
                participle = None
            if span[1] - span[0] == 1 and (
                doc[span[0]].tag_ == "NNS"
                or (
                    doc[span[0]].tag_ in ("NN", "NNP")
                    and (
                        doc[span[0]].lower_ in lex.film_nouns
                        or doc[span[0]].lower_ in lex.work_nouns
                        or doc[span[0]].lower_ in rel["filming_nouns"]
                    )
                )
            ):
                # "Cameras are set to roll", "Production is set to begin in March": a
                # common noun opening the sentence
                return None
            if (
                participle is not None
                and participle.i == nxt + 1
                and participle.lemma_.casefold() in ("play", "portray", "voice")
                and any(c.lower_ == "by" for c in participle.children)
            ):
                # "Agnes is played by Clementine Ashby-Noor": a part, not a title
                return _Candidate(
                    *span, EntityType.CHARACTER, tokens_text(doc, span), "context:character", 9
                )
            if nouns and not any(
                t.pos_ == "VERB" and t.i < nouns[0].i and t.tag_ != "VBN" for t in after
            ):
                kind = self._work_type(nouns[0])
            elif participle is not None and participle.lemma_.casefold() in (
                set(rel["role_verbs"])
                | set(rel["release_verbs"])
                | set(rel["based_verbs"])
                | set(rel["nominate_verbs"])
                | set(rel["filming_verbs"])
                | set(rel["setting_verbs"])
                | {"award", "inspire", "adapt", "screen", "animate"}
            ):
                if self._person_award(doc, span, participle.lemma_.casefold(), sent):
                    # "Carmen Ruiz is nominated for Best Leading Actress"
                    return _Candidate(*span, EntityType.PERSON, tokens_text(doc, span), _WINNER, 9)
                kind = EntityType.FILM
            else:
                return None
        elif verb.pos_ in ("VERB",) and lemma in (
            set(rel["cast_verbs"])
            | set(rel["win_verbs"])
            | {
                "follow",
                "tell",
                "center",
                "centre",
                "focus",
                "depict",
                "chronicle",
                "explore",
                "premiere",
                "gross",
                "earn",
                "receive",
                "feature",
                "revolve",
            }
        ):
            if not any(t.pos_ == "PROPN" for t in doc[span[0] : span[1]]):
                return None
            if self._person_award(doc, span, lemma, sent):
                return _Candidate(*span, EntityType.PERSON, tokens_text(doc, span), _WINNER, 9)
            head_word = doc[span[0]].lower_
            if any(w in lex.person_roles for w in (head_word, head_word[:-1], head_word[:-2])):
                # "Actresses A and B took to ...": a role noun before named people
                return None
            covered = [t.ent_type_ for t in doc[span[0] : span[1]]]
            ents = {e for e in covered}
            if (
                ents & {"PERSON", "ORG", "GPE", "NORP"}
                and doc[span[0]].ent_iob_ == "B"
                and (span[1] == len(doc) or doc[span[1]].ent_iob_ != "I")
                and all(covered)
            ):
                return None
        else:
            return None
        names = doc[span[0] : span[1]]
        if self._coordinated_people(names):
            return None
        return _Candidate(*span, kind, names.text, "title:sentence-subject", 9)

    def _listed_people(self, sent: Span) -> Iterator[_Candidate]:
        """The people a sentence opens by listing, which no title rule took: "Ana Ruiz and
        Pau Vidal share Best Actor", "De la Fuente, Montesinos and Vidal-Puig are
        nominated"."""
        doc = sent.doc
        start = _first_word(sent, _BULLETS)
        end = start
        while end < sent.end and (
            is_capitalised(doc[end])
            or doc[end].text in (",", "&", "-", "‐")
            or doc[end].lower_ == "and"
            or doc[end].lower_ in self.lex.opening["name_particles"]
        ):
            end += 1
        if (
            end - start < 3
            or end >= sent.end
            or doc[end - 1].text in (",", "-")
            # not "Actresses A and B praised ...": a noun before the names
            or doc[start].pos_ != "PROPN"
        ):
            return
        names = doc[start:end]
        if not any(t.lower_ in ("and", "&") for t in names) or not self._coordinated_people(names):
            return
        side = start
        for i in range(start, end + 1):
            if i == end or doc[i].text in (",", "&") or doc[i].lower_ == "and":
                words = doc[side:i]
                if 1 <= len(words) <= 4 and (
                    " " not in words.text or personal_name(words.text, self.lex)
                ):
                    # (not "Northway Films and Larkspur Entertainment produced")
                    yield _Candidate(side, i, EntityType.PERSON, words.text, _WINNER, 9)
                side = i + 1

    def _coordinated_people(self, names: Span) -> bool:
        """ "Tomasz Brzeczek and Yuki Harasawa co-starred as ...": names of two or three
        words joined by "and", one of them a person's to the tagger, are people, not a
        title."""
        if " and " not in names.text and "&" not in names.text:
            return False
        sides = [side.split() for side in re.split(r"\s*(?:,|&|\band\b)\s*", names.text)]
        if len(sides) >= 2 and all(side and _named_in_full(names, side) for side in sides):
            # "De la Fuente, Montesinos and Vidal-Puig are nominated": surnames, each of a
            # person the text names in full elsewhere
            return True
        if len(sides) >= 2 and all(len(side) == 1 and side[0][:1].isupper() for side in sides):
            # "Petrakis and Tveit exec produce": surnames of people the text names in full
            surnames = {e[-1].text for e in names.doc.ents if e.label_ == "PERSON" and len(e) >= 2}
            return any(side[0] in surnames for side in sides)
        doc = names.doc
        return (
            len(sides) >= 2
            and (
                any(e.label_ == "PERSON" for e in names.ents)
                # "Ana Ruiz and Pau Vidal share Best Actor": a person's category
                or self._category_cue(doc, names.end, min(len(doc), names.end + 12)) < 0
            )
            and all(
                2 <= len(side) <= 3
                and all(w[:1].isupper() and w.lower() not in self.lex.title_words for w in side)
                for side in sides
            )
        )

    def _after_participle(self, sent: Span) -> _Candidate | None:
        """The title after a fronted participle of a film verb: "Directed by X, Title stars
        ...", "Set in Milan, Title tells ...", "Filmed in A and B, Title is ...". What is
        directed, set or filmed is a film, whatever the named-entity tagger makes of its
        title, so the title is read off the surface: the title-cased run between the last
        comma before the main verb and that verb."""
        doc = sent.doc
        rel = self.lex.relations
        start = _first_word(sent)
        if start + 2 >= sent.end:
            return None
        first, prep = doc[start], doc[start + 1]
        if prep.lower_ == "and" and start + 3 < sent.end and doc[start + 2].tag_ == "VBN":
            # "Written and directed by X, Title ..."
            prep = doc[start + 3]
        lemma = first.lemma_.casefold()
        based = self._based_noun_opening(sent, start)
        if based is not None:
            # "A loose adaptation of Carmilla (1872), Title follows ...": an adaptation is a
            # film as much as what is based on something is
            prep, lemma = doc[based + 1], "base"
        elif first.tag_ not in ("VBN", "VBD", "VB") and lemma not in rel["setting_verbs"]:
            return None
        if first.lower_ in rel["filming_verbs"]:
            # "Shot in X, ...", which the tagger may read as a base-form verb
            lemma = first.lower_
        if prep.pos_ not in ("ADP", "SCONJ") or lemma not in (
            set(rel["role_verbs"])
            | set(rel["based_verbs"])
            | set(rel["setting_verbs"])
            | set(rel["filming_verbs"])
            | set(rel["release_verbs"])
        ):
            return None
        root = sent.root
        if root.i == start:
            # the parser made the participle the root: the main clause's verb is the first
            # finite verb or auxiliary after the last comma outside brackets
            main = self._verb_after_last_comma(sent, start, self.lex.opening["film_predicates"])
            if main is None:
                return None
            root = main
        reported = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if reported is not None and reported.i > start:
            # "Produced by Skagerak Film, it cost 18 million crowns, Holst told CPA": the
            # clause a speaker is quoted saying, not the speaker
            root = reported
        found = self._participle_title(sent, start, root)
        if found is None:
            # "Produced by X, Title was released in 2006 and, like its predecessor, the film
            # received ...": the parser's root may be a later clause's verb
            main = self._verb_after_last_comma(sent, start, self.lex.opening["film_predicates"])
            if main is not None and main != root:
                found = self._participle_title(sent, start, main)
        if (
            found is not None
            and root.lemma_.casefold() in rel["role_verbs"]
            and root.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children)
        ):
            # "Filmed outside Naples, Francesco Rosi directed": who directs is no film
            return None
        return found

    def _participle_title(self, sent: Span, start: int, root: Token) -> _Candidate | None:
        """The title between the fronted participle clause at `start` and the main verb
        `root`, if that stretch reads as one."""
        doc = sent.doc
        rel = self.lex.relations
        if (
            root.i <= start + 2
            or not (
                root.pos_ in ("VERB", "AUX")
                # "Title centers on ...", which the tagger may read as a plural noun
                or (root.tag_ == "NNS" and root.lower_[:-1] in self.lex.opening["film_predicates"])
            )
        ):
            return None
        end = root.i
        for child in root.children:
            if child.dep_ in ("aux", "auxpass", "neg") and start < child.i < end:
                end = child.i
        while end > start and doc[end - 1].pos_ == "ADV" and doc[end - 1].text.islower():
            end -= 1
        comma = max((i for i in range(start, end) if doc[i].text == ","), default=None)
        if comma is None or comma + 1 >= end:
            return None
        title_start = comma + 1
        opener = doc[title_start]
        if not is_capitalised(opener) or (
            opener.pos_ in ("PRON", "DET")
            and not (title_start + 1 < end and is_capitalised(doc[title_start + 1]))
        ):
            # "..., the film stars", "..., It follows": an anaphor, not a title
            return None
        if self._title_run(doc, title_start, end) != end:
            return None
        span = title_extent(doc, title_start, end, self.lex)
        if span is None or span != (title_start, end):
            return None
        head_word = doc[title_start].lower_
        if head_word in self.lex.film_nouns or any(
            w in self.lex.person_roles for w in (head_word, head_word[:-1], head_word[:-2])
        ):
            return None
        tokens = doc[title_start:end]
        verb = root.lemma_.casefold()
        if (
            len(tokens) == 1
            and tokens[0].ent_type_ == "PERSON"
            and verb not in self.lex.opening["plot_verbs"]
        ):
            # "Written by Affleck and Damon, Stone ...": one name is a person's, unless
            # what it does is what plots do ("Inspired by X, Moonshot follows ...")
            return None
        has_object = any(c.dep_ == "dobj" for c in root.children) or (
            # "..., Title stars Eleanor Dusk", the verb read as a plural noun
            root.tag_ == "NNS" and root.i + 1 < sent.end and is_capitalised(doc[root.i + 1])
        )
        if verb in _PLAY_LEMMAS or (verb in set(rel["appear_verbs"]) and not has_object):
            # "Directed by Ron Howard, Tom Hanks stars as ...": a person acts; a film stars
            # someone ("Title stars X") or depicts something
            return None
        return _Candidate(
            title_start, end, EntityType.FILM, tokens.text, "title:after-participle", 9
        )

    def _based_noun_opening(self, sent: Span, start: int) -> int | None:
        """The index of the noun of a sentence that opens with a description of the film
        its main clause names: "A (loose) adaptation of X, Title ...", "A spin-off of X,
        Title ...", "A 2012 Danish drama by X, Title ...": an article, at most five modifiers,
        a noun of adaptation or a film noun, and a preposition."""
        doc = sent.doc
        if doc[start].lower_ not in ("a", "an"):
            return None
        lex = self.lex
        nouns = set(lex.relations["based_nouns"]) | lex.film_nouns
        for i in range(start + 1, min(start + 7, sent.end - 1)):
            word = doc[i]
            lemma = word.lemma_.casefold()
            if i >= 2 and doc[i - 1].text == "-":
                # "spin-off", tokenised in three
                lemma = f"{doc[i - 2].lower_}-{word.lower_}"
            if (lemma in nouns or word.lower_ in nouns) and doc[i + 1].pos_ == "ADP":
                return i if doc[i + 1].lower_ in ("of", "by", "from", "between", "about") else None
            if not (
                word.pos_ in ("ADJ", "ADV", "NUM", "NOUN", "PROPN")
                or word.tag_ in ("VBN", "HYPH")
                or word.text == "-"
            ):
                return None
        return None

    def _title_before_countries(self, doc: Doc, bracket: Token) -> _Candidate | None:
        """The title before a bracket of countries that is followed by its maker ("Title
        (Nigeria, Ghana), by X", "Title (France), directed by X")."""
        close = next(
            (t.i for t in doc[bracket.i + 1 : min(len(doc), bracket.i + 16)] if t.text == ")"),
            None,
        )
        if close is None or close + 2 >= len(doc) or doc[close + 1].text != ",":
            return None
        words = [t.text for t in doc[bracket.i + 1 : close] if t.text not in (",", "/", "and")]
        if not words or " ".join(words).count(" ") > 8:
            return None
        inner = doc[bracket.i + 1 : close].text.replace("/", ",").replace(" and ", ",")
        if not all(self.lex.country(part) is not None for part in inner.split(",")):
            return None
        if doc[close + 2].lower_ not in ("by", "directed", "dir", "dir.", "written"):
            return None
        run = capitalised_run(doc, bracket.i - 1, bracket.sent.start, bracket.i, self.lex)
        if run is None or run[1] != bracket.i:
            return None
        tokens = doc[run[0] : run[1]]
        if self.lex.country(tokens.text) is not None:
            return None
        return _Candidate(*run, EntityType.FILM, tokens.text, "title:country-bracket", 7)

    def _year_citation(self, doc: Doc, bracket: Token) -> bool:
        """Whether a bracket holds a year, or a maker's name and a year, as film writing
        cites films: "(2019)", "(Ann Vale, 2019)", "(Anouk de Vries, 2010, 88 min)"."""
        particles = self.lex.opening["name_particles"]
        k = bracket.i + 1
        if k < len(doc) and (doc[k].ent_type_ == "PERSON" or doc[k].pos_ == "PROPN"):
            while (
                k < len(doc)
                and k - bracket.i <= 4
                and (
                    (
                        (doc[k].ent_type_ == "PERSON" or doc[k].pos_ == "PROPN")
                        and is_capitalised(doc[k])
                    )
                    or (
                        doc[k].lower_ in particles
                        and k + 1 < len(doc)
                        and is_capitalised(doc[k + 1])
                    )
                )
            ):
                k += 1
            if k >= len(doc) or doc[k].text != ",":
                return False
            k += 1
        if (
            # "(2013, Henning Ekwall)": the year, then the maker
            k + 3 < len(doc)
            and is_year(doc[k])
            and doc[k + 1].text == ","
            and doc[k + 2].is_alpha
            and is_capitalised(doc[k + 2])
        ):
            close = next((t.i for t in doc[k + 2 : min(len(doc), k + 8)] if t.text == ")"), None)
            return close is not None and all(
                is_capitalised(t) or t.text in ("-", "‐") for t in doc[k + 2 : close]
            )
        return k + 1 < len(doc) and is_year(doc[k]) and closes_citation(doc, k + 1)

    def _reviewed_title(self, sent: Span) -> _Candidate | None:
        """The film a review headline names: "Title review – ...", "'Title' review:",
        "Review: Title", "Title (2024) review"."""
        doc = sent.doc
        start = _first_word(sent)
        if start >= sent.end:
            return None
        if (
            doc[start].lower_ == "review"
            and start + 2 < sent.end
            and doc[start + 1].text in (":", "|", "–", "—", "-")
        ):
            j = start + 2
            while j < sent.end and doc[j].text in _QUOTES:
                j += 1
            run = capitalised_run(doc, j, j, sent.end, self.lex) if j < sent.end else None
            if run is None or run[0] != j:
                return None
            tokens = doc[run[0] : run[1]]
            return _Candidate(*run, EntityType.FILM, tokens.text, "title:reviewed", 9)
        end = self._title_run(doc, start, sent.end)
        while (
            start < end < sent.end - 1
            and doc[end].lower_ in ("'s", "’s")
            and is_capitalised(doc[end + 1])
        ):
            # "The Wolf's Breath (...) – Blu-ray review": a possessive inside the title
            end = max(end + 1, self._title_run(doc, end + 1, sent.end))
        k = end
        while k < sent.end and (
            doc[k].text in _QUOTES or doc[k].text in ("(", ")") or is_year(doc[k])
        ):
            if doc[k].text == "(":
                # "The Wolf's Breath (Nocturne Editions) – Blu-ray review": the label or
                # the edition in brackets
                k = next((t.i for t in doc[k : min(sent.end, k + 8)] if t.text == ")"), k)
            k += 1
        if k + 1 < sent.end and doc[k].text in ("–", "—", "-", "|"):
            # "– Blu-ray review", "- 4K UHD review": the format reviewed, after a dash
            j = k + 1
            while j < min(sent.end, k + 6) and doc[j].lower_ in _FORMAT_WORDS:
                j += 1
            if j > k + 1:
                k = j
        if k >= sent.end or doc[k].lower_ != "review" or end <= start:
            return None
        nxt = doc[k + 1] if k + 1 < sent.end else None
        if nxt is not None and (nxt.is_alpha or nxt.like_num):
            # "Title review – ...", "Title review ★★★", but not "Title review aggregator"
            return None
        span = title_extent(doc, start, end, self.lex)
        if span is None:
            return None
        tokens = doc[span[0] : span[1]]
        return _Candidate(*span, EntityType.FILM, tokens.text, "title:reviewed", 9)

    def _cased_title(self, doc: Doc, cand: _Candidate) -> None:
        """Extend a title cut short at a lower-case word to the whole of a title in sentence
        case: "Zimní" to "Zimní zahrada", "Jelínková's Zimní" to "Zimní zahrada" (its
        maker's possessive left out)."""
        stop = doc[cand.start].sent.end
        starts = [cand.start] + [
            k + 1 for k in range(cand.start, cand.end - 1) if doc[k].lower_ in ("'s", "’s")
        ]
        for start in reversed(starts):
            cased = _sentence_case_after(doc, start, stop, self.english)
            if cased is not None and cased[1] > cand.end:
                cand.start, cand.end = cased
                cand.name = doc[cased[0] : cased[1]].text
                return

    def _cased_title_before(self, doc: Doc, end: int, stop: int) -> int | None:
        """Where a title in another language's sentence case that ends at token `end` starts,
        up to six words back: "Els dos germans", "Dlouhá zima", "Poslední vlak z Kolína"."""
        return next(
            (
                k
                for k in range(end - 2, max(stop, end - 7) - 1, -1)
                if is_capitalised(doc[k])
                and _sentence_case_after(doc, k, end, self.english) == (k, end)
            ),
            None,
        )

    def _sentence_case_ending(self, doc: Doc, run: tuple[int, int], stop: int) -> tuple[int, int]:
        """A capitalised run that ends a title in sentence case, from that title's start:
        "Poslední vlak z Kolína", "Léto s Irmou" (else the run as it is)."""
        if run[0] - 1 <= stop or doc[run[0] - 1].lower_ not in _FOREIGN_INNER:
            return run
        start = self._cased_title_before(doc, run[1], stop)
        return (start, run[1]) if start is not None and start < run[0] else run

    def _title_after_possessive(self, doc: Doc, mark: Token) -> _Candidate | None:
        """A title a person's possessive introduces: "Zielinski's The Last Ward" (a title
        with its article), "Nazemi's latest, Mirrors of Kashan," (an apposition after a word
        for a work), but not "Madison's Ani" (one bare name may be a character)."""
        lex = self.lex
        j = mark.i + 1
        end_of = mark.sent.end
        if j >= end_of:
            return None
        lead = doc[j]
        if lead.text.islower():
            # past "latest", "new", "third" and the like, to an apposition
            k = j
            while (
                k < min(end_of, j + 4)
                and (
                    doc[k].lower_ in self.lex.opening["latest_words"]
                    or doc[k].pos_ in ("ADJ", "NUM")
                )
                and doc[k].text.islower()
            ):
                k += 1
            if k == j or k >= end_of or doc[k].text != ",":
                return None
            j = k + 1
            if j >= end_of:
                return None
            run = capitalised_run(doc, j, j, end_of, lex)
            if run is None or run[0] != j or run[1] >= end_of or doc[run[1]].text != ",":
                return None
        elif (
            j + 1 < end_of
            and doc[j + 1].is_lower
            and (cased := _sentence_case_after(doc, j, end_of, self.english)) is not None
        ):
            # "Irene de la Fuente's La hija del farero, a period drama"
            run = cased
        else:
            studio = mark.i > 0 and doc[mark.i - 1].text in lex.studio_words
            run = capitalised_run(doc, j, j, end_of, lex)
            # "Rehberg's Wolfsgrund (Germany, Austria)": a title the line-up gives countries
            placed = (
                run is not None
                and run[0] == j
                and run[1] + 2 < end_of
                and doc[run[1]].text == "("
                and self.lex.country(doc[run[1] + 1].text) is not None
            )
            # "Harlan Osei's PAPER BOATS": a title set in capitals
            shouted = run is not None and all(
                t.is_upper or not t.is_alpha for t in doc[run[0] : run[1]]
            )
            if run is not None and not shouted:
                # "Kenji Albrecht's Hollow Crown of Rain had its world premiere", "... premiered
                # in Venice": what premieres is a film
                head = doc[run[1] - 1]
                while head.head.i != head.i and run[0] <= head.head.i < run[1]:
                    head = head.head
                verb = head.head
                shouted = head.dep_ == "nsubj" and (
                    verb.lemma_.casefold() in ("premiere", "debut", "screen", "open")
                    or (
                        verb.lemma_ == "have"
                        and any(
                            c.dep_ == "dobj" and c.lemma_.casefold() in ("premiere", "debut")
                            for c in verb.children
                        )
                    )
                )
            if (
                not studio
                and not placed
                and not shouted
                and (
                    lead.lower_ not in _TITLE_ARTICLES
                    or j + 1 >= end_of
                    or not is_capitalised(doc[j + 1])
                )
            ):
                return None
            if run is None or run[0] != j or (run[1] - run[0] < 2 and not placed):
                return None
        tokens = doc[run[0] : run[1]]
        # a year is no part of a title here ("Lee's 2017 Film"); a season may be ("The
        # Cartographer's Winter")
        if any(t.ent_type_ == "NORP" or (t.ent_type_ == "DATE" and t.like_num) for t in tokens) or (
            # a person's name right after the possessive is not a title (but after a
            # studio's, it is); in apposition after "her first one," it is
            lead.text[:1].isupper()
            # (not "Norway's The Quiet Ferryman": no one's name opens with an article)
            and lead.lower_ not in _TITLE_ARTICLES
            and any(t.ent_type_ == "PERSON" for t in tokens)
            and doc[mark.i - 1].text not in lex.studio_words
        ):
            return None
        if tokens.text in lex.outlets:
            return None
        return _Candidate(*run, EntityType.FILM, tokens.text, "title:after-possessive", 7)

    def _title_before_year(self, doc: Doc, comma: Token) -> _Candidate | None:
        """ "Birdie Goes West, 2003, which people think ...", "Pawnshop Sunday, '96, a
        heist movie": a title, then its year set off by commas, as talk gives one."""
        j = comma.i + 1
        if j >= len(doc):
            return None
        k = j + 1
        if doc[j].text in ("'", "’") and k < len(doc) and re.fullmatch(r"\d\d", doc[k].text):
            k += 1
        elif not (is_year(doc[j]) or re.fullmatch(r"['’]\d\d", doc[j].text)):
            return None
        if k < len(doc) and doc[k].text not in (",", ".", "—", "–", ";", "!"):
            # "Gdańsk, 2003 was the year": no year set off
            return None
        run = capitalised_run(doc, comma.i - 1, comma.sent.start, comma.i, self.lex)
        if run is None or run[1] != comma.i or not doc[comma.i - 1].is_alpha:
            return None
        span = doc[run[0] : run[1]]
        kinds = {t.ent_type_ for t in span}
        if (
            (len(kinds) == 1 and kinds & {"GPE", "LOC", "NORP", "DATE", "FAC"})
            or (len(span) == 1 and span[0].ent_type_ in ("PERSON", "ORG"))
            or doc[comma.sent.start : comma.i].text.count("(")
            > doc[comma.sent.start : comma.i].text.count(")")
            or self.lex.country(span.text) is not None
        ):
            # "Toronto, 2003", "March 3, 2003", "(Hale, 2003)": a place, a date, a citation
            return None
        return _Candidate(*run, EntityType.FILM, span.text, "title:year-comma", 7)

    def _title_before_appositive(self, doc: Doc, comma: Token) -> _Candidate | None:
        """The title before an apposition that calls it a film: "for Grey Harbour, an
        Icelandic-Danish co-production shot on the coast", "The Lantern Men, Imogen Drake's
        adaptation of ...", "Low Tide, her second feature"."""
        lex = self.lex
        j = comma.i + 1
        end_of = comma.sent.end
        if j >= end_of:
            return None
        if doc[j].lower_ in ("his", "her", "their", "the"):
            # "Pepperwick, the animated musical from ...", "Low Tide, her second feature"
            pass
        elif doc[j].lower_ not in ("a", "an"):
            # a maker's possessive: "Imogen Drake's", "Vickers'"
            k = j
            while k < min(end_of, j + 6) and (
                (doc[k].pos_ == "PROPN" and is_capitalised(doc[k]))
                # "Marc Vidal-Puig's"
                or (doc[k].text == "-" and k > j and not doc[k - 1].whitespace_)
            ):
                k += 1
            if k == j or k >= end_of or doc[k].lower_ not in ("'s", "’s", "'", "’"):
                return None
            j = k
        noun = None
        for k in range(j + 1, min(comma.sent.end, j + 8)):
            word = doc[k]
            lemma = word.lemma_.casefold()
            if lemma == "production" and k >= 2 and doc[k - 2].lower_ == "co":
                lemma = "co-production"  # tokenised "co - production"
            if (
                word.text.islower()
                and (
                    lemma in lex.film_nouns
                    or word.lower_ in lex.film_nouns
                    # "a gothic mystery directed by ..."
                    or (word.pos_ == "NOUN" and word.lower_ in lex.genres)
                )
                and (
                    lemma not in lex.opening["loose_film_nouns"]
                    # "Harrow Rise, the second feature from ...": a maker's numbered work
                    or doc[k - 1].ent_type_ == "ORDINAL"
                )
            ):
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if nxt is not None and (
                    nxt.lower_ in ("'s", "’s", "-")
                    or (
                        # "a film festival", but not "a co-production shot on ..."
                        nxt.pos_ == "NOUN"
                        and nxt.text.islower()
                        and nxt.lower_ not in lex.relations["filming_verbs"]
                    )
                ):
                    continue
                noun = word
                break
            if not (
                word.pos_ in ("ADJ", "NUM", "NOUN", "PROPN", "ADV")
                # "the animated musical"
                or word.tag_ == "VBN"
                or word.ent_type_ in ("NORP", "DATE")
                or word.text in ("-", "–")
            ):
                return None
        if noun is None:
            return None
        if doc[comma.i + 1].lower_ not in ("a", "an") and (
            noun.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "nsubj" for c in noun.children)
        ):
            # "Set during the war, the film tells ...": the subject of the clause after a
            # fronted phrase, not an apposition
            return None
        end = comma.i
        start = end - 1
        if doc[start].is_lower:
            # "Els dos germans, Marc Vidal-Puig's Catalan-language drama": a title in
            # another language, in sentence case
            cased = self._cased_title_before(doc, end, comma.sent.start)
            if cased is None:
                return None
            tokens = doc[cased:end]
            return _Candidate(
                cased, end, self._work_type(noun), tokens.text, "title:appositive-noun", 8
            )
        while start > comma.sent.start and (
            is_capitalised(doc[start - 1])
            or (
                doc[start - 1].lower_ in lex.title_words
                and start - 2 >= comma.sent.start
                and doc[start - 1].lower_ not in ("for", "by", "and", ",")
                and (
                    is_capitalised(doc[start - 2])
                    # "Nine Parables of the Kiln": two inner words
                    or (
                        doc[start - 2].lower_ in ("of", "in", "on", "at")
                        and doc[start - 1].lower_ == "the"
                        and start - 3 >= comma.sent.start
                        and is_capitalised(doc[start - 3])
                    )
                )
                # "gave its Grand Jury Prize to The Salt Commissioners": not the prize
                and not (
                    doc[start - 1].lower_ == "to"
                    and doc[start - 2].lemma_.casefold() in lex.award_heads
                )
            )
        ):
            start -= 1
        span = title_extent(doc, start, end, lex)
        if span is None or (span[0] == comma.sent.start and doc[span[0]].is_sent_start is False):
            return None
        tokens = doc[span[0] : span[1]]
        if (
            any(t.ent_type_ in ("DATE", "NORP") for t in tokens)
            # a place, unless the tagger guessed one from a name no gazetteer knows: "came
            # from Dollyman, a Yorkshire-set British comedy"
            or (
                any(t.ent_type_ == "GPE" for t in tokens)
                and (
                    lex.country(tokens.text) is not None
                    or (
                        span[0] > 0
                        and doc[span[0] - 1].lower_ in ("in", "at", "near", "outside", "around")
                    )
                )
            )
            or tokens.text in lex.outlets
            # "So, a Danish-Norwegian co-production": a speaker's word, not a title
            or (len(tokens) == 1 and tokens[0].lower_ in lex.opening["discourse_markers"])
            # "X, the debut of Kwesi Mensah-Boateng, a Ghana–UK co-production": a maker
            or (
                all(t.ent_type_ == "PERSON" for t in tokens)
                # (one word may be a title the tagger took for a name: "came from
                # Brassneck, a British comedy")
                and len(tokens) > 1
                and span[0] > 0
                and doc[span[0] - 1].lower_ in ("of", "by", "from", "with")
            )
            # "Heartwood (1991) for the young director Tamsin Okoye, an adaptation of ...":
            # a person named by trade, whom the apposition follows
            or (span[0] > 0 and self._person_noun(doc[span[0] - 1]))
        ):
            return None
        return _Candidate(*span, self._work_type(noun), tokens.text, "title:appositive-noun", 8)

    def _title_before_role(self, doc: Doc, noun: Token) -> _Candidate | None:
        """The title before a film-role noun that is followed by a person's name: "Harbour
        Lights director Tom Hale" (no film has a person as its director's owner without a
        possessive), "Harbour Lights's star, Mara Lind," (unless the tagger reads the owner
        as a person or organisation: "Lee's producer Ann Po")."""
        after = noun.i + 1
        if after < noun.sent.end and doc[after].text == ",":
            after += 1
        if after >= noun.sent.end or doc[after].ent_type_ != "PERSON":
            return None
        end = noun.i
        possessive = end > 0 and doc[end - 1].lower_ in ("'s", "’s")
        if possessive:
            end -= 1
        if end <= noun.sent.start or not is_capitalised(doc[end - 1]):
            return None
        start = end
        while (
            start > noun.sent.start
            and (is_capitalised(doc[start - 1]) or doc[start - 1].text in (":", "-"))
            and doc[start - 1].text not in _QUOTES
        ):
            start -= 1
        if doc[start].lower_ == "the" and start + 1 < end:
            start += 1
        span = title_extent(doc, start, end, self.lex)
        if span is None:
            return None
        tokens = doc[span[0] : span[1]]
        kinds = {t.ent_type_ for t in tokens}
        if kinds & {"ORG", "GPE", "NORP", "DATE", "LOC", "FAC", "EVENT"}:
            return None
        if possessive and "PERSON" in kinds:
            return None
        if span[0] > 0 and doc[span[0] - 1].lemma_.casefold() in self.lex.relations["role_nouns"]:
            # "from director Peter Vasko-Lund stars Greta Olsund": a person named by trade,
            # then the verb the tagger read as the role noun "stars"
            return None
        if tokens.text in self.lex.outlets or any(
            t.lower_ in self.lex.person_roles
            or t.lemma_.casefold() in self.lex.film_nouns
            # "Tindra Films producer Marit Oyelaran": the company's producer
            or t.text in self.lex.studio_words
            or t.text in self.lex.org_suffixes
            for t in tokens
        ):
            return None
        if len(tokens) == 1 and (
            "PERSON" in kinds
            or tokens[0].is_sent_start
            or tokens[0].pos_ != "PROPN"
            # "the Walloon writer Hélène Dufresnoy": where a person is from
            or self.lex.country(tokens.text) is not None
        ):
            # "Festival director Tom Hale": one word opening the sentence is rarely a title
            return None
        return _Candidate(*span, EntityType.FILM, tokens.text, "title:before-role", 7)

    def _bracket_aliases(self, doc: Doc, title: _Candidate) -> Iterator[_Candidate]:
        """The other names a bracket after an opening title gives it: "Title (Japanese: ...,
        Hepburn: Romanised Name)", "Title (also known as Other)", "Title (French: Autre)".
        They are the same work, so they become mentions of it rather than new entities."""
        labels = self.lex.opening["alias_labels"]
        if title.end >= len(doc):
            return
        if doc[title.end].text == "(":
            close = next(
                (t.i for t in doc[title.end : min(len(doc), title.end + 60)] if t.text == ")"),
                None,
            )
        elif doc[title.end].text == "," and any(
            doc[title.end + 1 : title.end + 6].text.casefold().startswith(lab + " ")
            for lab in labels
        ):
            # "Title, also known as Other, is ...", "Title, aka Other is ..."
            limit = min(len(doc), title.end + 30)
            close = _next_comma(doc, title.end + 1, limit)
            if close is None:
                close = next(
                    (
                        t.i
                        for t in doc[title.end + 3 : limit]
                        if t.pos_ == "AUX" or (t.pos_ == "VERB" and t.tag_ != "VBN")
                    ),
                    None,
                )
        else:
            return
        if close is None:
            return
        segment_start = title.end + 1
        for k in range(title.end + 1, close + 1):
            if k < close and doc[k].text not in (";", ","):
                continue
            segment = doc[segment_start:k]
            segment_start = k + 1
            colon = next((t.i for t in segment if t.text == ":"), None)
            label = next(
                (lab for lab in labels if segment.text.casefold().startswith(lab + " ")), ""
            )
            verbs = [t for t in segment[:3] if t.lower_ not in ("also", "originally")]
            as_word = next((t for t in segment if t.lower_ == "as"), None)
            if label:
                known, start = True, segment.start + len(label.split())
            elif (
                as_word is not None
                and verbs
                and verbs[0].lemma_.casefold() in self.lex.opening["alias_verbs"]
            ):
                # "released in some countries as Other"
                label, known, start = "released as", True, as_word.i + 1
            elif colon is not None:
                label = doc[segment.start : colon].text.casefold().strip()
                known = label in labels or self.lex.demonyms.get(label) is not None
                start = colon + 1
            else:
                known = False
            if not known:
                continue
            while start < k and (doc[start].text in _QUOTES or doc[start].is_punct):
                start += 1
            end = k
            while end > start and (doc[end - 1].text in _QUOTES or doc[end - 1].is_punct):
                end -= 1
            if end <= start or end - start > 12 or not is_capitalised(doc[start]):
                continue
            run = capitalised_run(doc, start, start, end, self.lex)
            if (
                run is not None
                and run[0] == start
                and label in self.lex.opening["english_alias_labels"]
            ):
                # "also known as Other outside of North America": the name, not the aside
                end = run[1]
            yield _Candidate(start, end, title.type, title.name, "title:alias", 9)
        if doc[title.end].text == "(" and close + 1 < len(doc) and doc[close + 1].text == ",":
            # "Title (Russian: ...), aka Other, is ...": a second list of names after the first
            yield from self._bracket_aliases(doc, replace(title, end=close + 1))

    @staticmethod
    def _after_determiner(doc: Doc, noun: Token) -> bool:
        """Whether a noun ends a phrase opened by a determiner or possessive, with only
        modifiers, names of nationalities and brackets between: "the 1999 French film"."""
        for i in range(noun.i - 1, max(noun.sent.start, noun.i - 8) - 1, -1):
            word = doc[i]
            if word.lower_ in ("the", "a", "an", "his", "her", "their", "its") or word.lower_ in (
                "'s",
                "’s",
            ):
                return True
            if word.text in ("'", "’") and i > 0 and doc[i - 1].lower_.endswith("s"):
                # "Paramax Studios' sci-fi epic"
                return True
            if not (
                word.pos_ in ("ADJ", "NUM", "NOUN", "ADV", "PROPN", "SYM", "X")
                or word.ent_type_ in ("NORP", "DATE", "GPE")
                or word.text in ("(", ")", "-", "–", ",")
            ):
                return False
        return False

    @staticmethod
    def _film_verbs_of(lex: Lexicon) -> frozenset[str]:
        """Verbs a film can be the subject of: copulas, the predicates of opening titles, and
        the verbs of the relation rules (released, directed, based, set, filmed, won, ...)."""
        rel = lex.relations
        words = set(lex.opening["film_predicates"]) | {"be", "have", "hold"}
        for key in (
            "role_verbs",
            "release_verbs",
            "based_verbs",
            "setting_verbs",
            "filming_verbs",
            "win_verbs",
            "nominate_verbs",
            "cast_verbs",
            "subject_verbs",
        ):
            words |= {str(w) for w in rel[key] if w != "description"}
        return frozenset(words)

    @staticmethod
    def _verb_after_last_comma(
        sent: Span, start: int, predicates: Collection[str] = ()
    ) -> Token | None:
        """The first finite verb (or the verb of the first auxiliary) that follows a comma
        outside brackets: "Written by X (based on ...) and directed by Y, Title was first
        broadcast ..." gives "broadcast". A film's predicate the tagger read as a plural
        noun before a name counts ("..., The Velvet Contract stars Eleanor Dusk")."""
        doc = sent.doc
        depth = 0
        seen_comma = False
        for token in doc[start : sent.end]:
            if token.text in _OPEN:
                depth += 1
            elif token.text in (")", "]", "}"):
                depth = max(0, depth - 1)
            elif depth == 0 and token.text == ",":
                seen_comma = True
            elif (
                depth == 0
                and seen_comma
                and (token.pos_ == "AUX" or token.tag_ in ("VBD", "VBZ", "VBP"))
            ):
                head = token.head
                if token.pos_ == "AUX" and head.i > token.i and head.pos_ == "VERB":
                    return head
                return token
            elif (
                depth == 0
                and seen_comma
                and token.tag_ == "NNS"
                and token.lower_[:-1] in predicates
                and token.i + 1 < sent.end
                and is_capitalised(doc[token.i + 1])
            ):
                return token
        return None

    def _reported_subjects(self, sent: Span) -> Iterator[_Candidate]:
        """The title a reported clause is about: "we said that Sunday at the Marigold was
        filmed in Lagos", "reports claimed Copper Sky was shot in Malta" (what a correction
        or a fact-check quotes), a title-cased subject of a film's verb."""
        doc = sent.doc
        for verb in sent:
            if (
                verb.dep_ != "ccomp"
                or verb.head.lemma_.casefold() not in _SAYING
                or verb.lemma_.casefold() not in self.film_verbs
                or verb.lemma_ == "be"
            ):
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not is_capitalised(doc[subj.left_edge.i]):
                continue
            start = subj.left_edge.i
            end = subj.right_edge.i + 1
            words = [t for t in doc[start:end] if t.is_alpha]
            if (
                title_extent(doc, start, end, self.lex) != (start, end)
                or not all(is_capitalised(t) or t.lower_ in self.lex.title_words for t in words)
                or end - start < 2
                or any(t.ent_type_ in ("PERSON", "NORP") for t in doc[start:end])
                # (not "the Lisbon Film Society": one name of a company or a place)
                or (
                    doc[start].ent_type_ in ("ORG", "GPE")
                    and all(t.ent_iob_ == "I" for t in doc[start + 1 : end])
                )
            ):
                continue
            name = doc[start:end].text
            yield _Candidate(start, end, EntityType.FILM, name, "title:clause-subject", 7)

    def _clause_subject(self, sent: Span) -> _Candidate | None:
        """The subject of the main clause when it opens the sentence and reads as a title:
        "Ruth's Last Stand, Part 2 (...) originally aired on ...". Up to the verb, its
        auxiliaries or the first bracket; commas inside titles are kept."""
        doc = sent.doc
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or root.pos_ not in ("VERB", "AUX") or root.lemma_ in _SAYING:
            # "Variety called it ...": sources speak, films do not
            return None
        if subj.pos_ == "NOUN" and subj.text.islower():
            # "Principal photography for The Salt Acre took place ...": a common noun heads
            # the subject, which a title would not leave in lower case
            return None
        if root.lemma_.casefold() not in self.film_verbs:
            # "Tomás Ibarrola does not like airports": a verb films do not take
            return None
        if (
            root.lemma_.casefold() in self.lex.relations["role_verbs"] or root.lemma_ == "shoot"
        ) and (
            any(c.dep_ == "dobj" for c in root.children)
            or (root.tag_ == "VBG" and not any(c.dep_ == "auxpass" for c in root.children))
        ):
            # "Maud Ellery-Quist directs this 2024 gothic horror", "Nadine Okoro is
            # producing for Bramblewood", "Ilse Brandt shot it": the maker, not the film
            return None
        if root.lemma_ == "be" and any(_judged_as(t) for t in sent):
            # "Vera Castellane is great as the forger": an actor judged in a part
            return None
        if root.lemma_ == "be" and not any(
            (c.dep_ in ("attr", "acomp") and self._is_work_noun(c))
            # "X was not a commercial success, but did win an Academy Award" (the conjunct
            # shares the subject: not "X is her husband, and Y plays Z")
            or (
                c.dep_ == "conj"
                and c.lemma_.casefold() in self.film_verbs
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            )
            for c in root.children
        ):
            # "The Cardiff of 1984 is largely a fabrication": what is not called a work
            # is not shown to be one
            return None
        start = _first_word(sent)
        if subj.left_edge.i != start:
            # "Set in Milan, Title tells ...", "Directed by X, Title stars ...": the subject
            # after a fronted clause
            if subj.left_edge.i > start and doc[subj.left_edge.i - 1].text == ",":
                start = subj.left_edge.i
            else:
                return None
        if not is_capitalised(doc[start]):
            return None
        end = root.i
        for child in root.children:
            if child.dep_ in ("aux", "auxpass", "neg", "advmod") and subj.i < child.i < end:
                end = child.i
        for i in range(start + 1, end):
            if doc[i].text == "," and not (
                i + 1 < end
                and is_capitalised(doc[i + 1])
                and not doc[i + 1].like_num
                and doc[i + 1].ent_type_ not in ("DATE", "CARDINAL")
            ):
                # "X, directed by Y, was released": an apposition after the title; but
                # "X, an ageing actor, returns" and "Odile Marchetti, the daughter of
                # immigrants, runs ..." describe a person
                if doc[i + 1].lower_ in ("a", "an") or self._described_person(
                    doc, (start, i), sent
                ):
                    return None
                end = i
                break
        span = title_extent(doc, start, end, self.lex)
        if span is None or span[1] - span[0] > 20 or span[1] - span[0] < 2:
            # one capitalised word before a verb is far more often a name than a title
            return None
        start, end = span
        tokens = doc[start:end]
        first = doc[start]
        if first.lower_ in self.lex.film_nouns or first.lemma_.casefold() in self.lex.film_nouns:
            # "Films like X ...", "Movie theatres ..."
            return None
        determiners = ("the", "this", "that", "these", "those", "a", "an")
        if first.pos_ in ("PRON", "SCONJ", "CCONJ", "INTJ", "ADV") or (
            first.lower_ in determiners and (end - start < 2 or not is_capitalised(doc[start + 1]))
        ):
            return None
        if not any(t.pos_ in ("PROPN", "NUM") for t in tokens) or self._coordinated_people(tokens):
            return None
        lower = sum(1 for t in tokens if t.is_alpha and t.text.islower())
        if any(
            t.text.islower()
            and (t.lower_ in self.lex.person_roles or t.lemma_ in self.lex.relations["role_nouns"])
            for t in tokens
        ):
            # "Netflix director Tom Hale said ...": a person and the role before the name
            return None
        if lower > len(tokens) // 3 or any(
            t.lower_ in ("'s", "’s") or (t.text.islower() and self._is_work_noun(t)) for t in tokens
        ):
            # a description ("X's 2016 film Y"), not a title
            return None
        ents = tokens.ents
        if (
            len(ents) == 1
            and ents[0].start == start
            and ents[0].end >= end
            and ents[0].label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE")
        ):
            return None
        if len(ents) > 1 and all(
            t.ent_type_ in ("PERSON", "ORG") or t.lower_ in ("and", ",", "&") for t in tokens
        ):
            # "Ines Duarte and Tomas Reis have ...": people, not a title
            return None
        if (
            ents
            and ents[-1].label_ == "PERSON"
            and len(ents[-1]) >= 2
            and ents[-1].end == end
            and ents[-1].start - 1 > start
            and doc[ents[-1].start - 1].lower_ == "and"
        ):
            # "Ferri and Dario Sforza loosely adapted ...": two writers, the second named in
            # full
            return None
        head_word = first.lower_
        if any(w in self.lex.person_roles for w in (head_word, head_word[:-1], head_word[:-2])):
            return None
        if tokens.text in self.lex.outlets:
            return None
        if self._person_award(doc, span, root.lemma_.casefold(), sent):
            return _Candidate(start, end, EntityType.PERSON, tokens.text, _WINNER, 7)
        if end < sent.end and doc[end].text == ",":
            # "X, director and actor who filmed the south, dies at 84", "X, the Spanish
            # film-maker whose dramas won prizes": an apposition that names a person's trade
            described = doc[end + 1 : min(sent.end, end + 6)]
            words = described.text.casefold().replace("-", " - ").split()
            joined = set(words) | {
                f"{words[k - 1]}-{words[k + 1]}"
                for k in range(1, len(words) - 1)
                if words[k] == "-"
            }
            if joined & self.lex.person_roles and not any(
                t.pos_ in ("VERB", "AUX") for t in described[:2]
            ):
                return None
        return _Candidate(start, end, EntityType.FILM, tokens.text, "title:clause-subject", 7)

    def _person_award(self, doc: Doc, span: tuple[int, int], verb: str, sent: Span) -> bool:
        """Whether a short name winning or nominated for a person's award category is a
        person the tagger missed: "Marta Ruiz won Best Actress"."""
        rel = self.lex.relations
        if verb not in set(rel["win_verbs"]) | set(rel["nominate_verbs"]):
            return False
        words = [t for t in doc[span[0] : span[1]] if t.text not in ("-", "‐")]
        if not 1 <= len(words) <= 3:
            return False
        if (
            len(words) == 1
            and doc[span[0]].ent_type_ not in ("ORG", "PERSON")
            and not _gendered_subject(doc, span, sent)
        ):
            # one word is a title as often as a surname, unless the tagger read a name or
            # the sentence calls it "he" or "she"
            return False
        # the category the name's own verb takes: "Harrowgate won Best Picture, and Dlamini
        # won Best Actress"
        if self._category_cue(doc, span[1], min(sent.end, span[1] + 12)) >= 0:
            return False
        return all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words)

    def _box_office_subjects(self, doc: Doc) -> Iterator[_Candidate]:
        """ "In second place, newcomer Lanterns of Okaro opened to $24.9 million": what a
        chart says opened to, grossed or earned a sum is a film, unless the tagger reads
        it as a person or its name is a company's."""
        verbs = self.lex.relations["box_office_verbs"]
        seen: set[int] = set()
        for ent in doc.ents:
            if ent.label_ != "MONEY":
                continue
            money = ent[0].head
            while money.ent_type_ == "MONEY" and money.head.i != money.i and money.dep_ != "pobj":
                money = money.head
            verb = money.head
            if money.dep_ == "pobj" and verb.lower_ in ("to", "with"):
                verb = verb.head
            elif money.dep_ != "dobj":
                continue
            if verb.lemma_.casefold() not in verbs or verb.i in seen:
                continue
            seen.add(verb.i)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or not is_capitalised(subj) or subj.pos_ != "PROPN":
                continue
            run = capitalised_run(doc, subj.i, subj.left_edge.i, verb.i, self.lex)
            comma = next((t.i for t in doc[subj.i : verb.i] if t.text in (",", "(")), None)
            if run is not None and comma is not None and run[1] < comma and comma > subj.i + 1:
                # "Pip and the Paper Moon, from ...": the run that ends at the aside
                wider = capitalised_run(doc, comma - 1, subj.left_edge.i, comma, self.lex)
                if wider is not None and wider[0] <= subj.i:
                    run = wider
            if run is None or (
                run[1] != subj.right_edge.i + 1
                # "Pip and the Paper Moon, from Lanternfish Animation, slipped to third with
                # $7.3 million": the title, then an aside
                and not (run[1] < subj.right_edge.i and doc[run[1]].text in (",", "("))
            ):
                continue
            names = doc[run[0] : run[1]]
            words = names.text.split()
            if (
                self._whole_entity(doc, run) == "PERSON"
                or any(w in self.lex.org_suffixes or w in self.lex.studio_words for w in words)
                or names.text in self.lex.outlets
            ):
                continue
            yield _Candidate(*run, EntityType.FILM, names.text, "title:box-office-subject", 7)

    def _spoken_entries(self, doc: Doc) -> Iterator[_Candidate]:
        """ "Film two: Goodnight, Ilse.", "first up is The Copper Widow, from 2023": the
        title a spoken or written round-up announces its next entry with, which the
        entry's talk is then about."""
        for match in _SPOKEN_ENTRY.finditer(doc_text(doc)):
            span = doc.char_span(*match.span("title"), alignment_mode="contract")
            if span is None or not 1 <= len(span) <= 10 or not is_capitalised(span[0]):
                continue
            end = span.start
            while end < span.end and (
                is_capitalised(doc[end])
                or doc[end].lower_ in self.lex.title_words
                or (doc[end].text == "," and end + 1 < span.end and is_capitalised(doc[end + 1]))
            ):
                end += 1
            while end > span.start and doc[end - 1].lower_ in self.lex.title_words:
                end -= 1
            if end > span.start:
                name = doc[span.start : end].text
                yield _Candidate(span.start, end, EntityType.FILM, name, "title:list-heading", 8)
        text = doc_text(doc)
        turns = _speaker_turns(text)
        speakers = {label for label, n in turns.items() if n >= 2}
        if len(speakers) < 2 or sum(turns.values()) < 6:
            # (a transcript: two speakers or more, taking turns)
            return
        for match in _BARE_TITLE.finditer(text):
            # a transcript's "which is a great segue. Glass Harbor. the documentary": a
            # title said on its own, which the talk names again elsewhere
            title = match.group("title")
            alone = re.compile(rf"(?<![\w'’-]){re.escape(title)}(?![\w'’-])(?![ \t]+[A-Z])")
            if len(alone.findall(text)) < 2:
                # (named again on its own: not "Toronto." and "the Toronto International
                # Film Festival")
                continue
            span = doc.char_span(*match.span("title"), alignment_mode="contract")
            after: list[Token] = list(doc[span.end : span.end + 4]) if span is not None else []
            if (
                span is not None
                and 1 <= len(span) <= 6
                and not any(t.ent_type_ in ("GPE", "NORP", "DATE") for t in span)
                # "Right, right. Okay. So ...": a word of talk, no title
                and not all(t.pos_ == "INTJ" or t.is_punct for t in span)
                and title.upper() not in turns
                # a name the tagger read as a person's only where the talk goes on to call
                # it a film: "Glass Harbor. the documentary"
                and (
                    not any(t.ent_type_ == "PERSON" for t in span)
                    or any(
                        t.lemma_.casefold() in self.lex.film_nouns or t.lower_ in self.lex.genres
                        for t in after
                    )
                )
            ):
                yield _Candidate(
                    span.start, span.end, EntityType.FILM, title, "title:list-heading", 8
                )

    def _list_headings(self, doc: Doc) -> Iterator[_Candidate]:
        """ "2. Quarter Past Never – Orbitale", "5. Little Comet (Flickwell)": the titles a
        numbered round-up opens its entries with, each a line of its own holding a
        title-cased name and, at most, where it is shown. Two such lines or more make a
        list."""
        found = []
        labels = self.lex.relations["disputed"]["correction_labels"]
        text = doc_text(doc)
        # entries a round-up opens with a title and its year alone on a line, unnumbered
        years = list(_YEAR_ENTRY.finditer(text))
        if len(years) > 1:
            # among "Title (2025)" entries, "Northbound (Verso Original)": the service's own
            years += [
                m
                for m in _LABELLED_ENTRY.finditer(text)
                if text.startswith("\n", m.end()) and not m.group("label").isupper()
            ]
        matches = list(_HEADING.finditer(text)) + (years if len(years) > 1 else [])
        for match in matches:
            if _CLOCK.match(text, match.start()) and _DATED_LINE.match(
                text, text.find("\n", match.end()) + 1
            ):
                # "21:00  CHANNEL 9 KESTREL" above "MOUTHFUL OF STARS (2021)": a listing's
                # slot and its channel, the film on the line below
                continue
            span = doc.char_span(*match.span("title"), alignment_mode="contract")
            if span is None or len(span) == 0 or len(span) > 12:
                continue
            if len(span) > 2 and span[1].text == ":" and span[0].lower_ in labels:
                # "6. CORRECTION: THE LONG GRASS (2022)": the entry's title, not its label
                span = span[2:]
            words = [t for t in span if t.is_alpha]
            if not words or not all(
                is_capitalised(t) or t.lower_ in self.lex.title_words for t in words
            ):
                continue
            dated = [t for t in span if t.ent_type_ == "DATE"]
            if (
                any(t.like_num for t in dated)
                or len(dated) == len(span)
                or (span.text.casefold() in self.lex.relations["disputed"]["verdict_labels"])
            ):
                continue
            found.append(span)
        if len(found) < 2 or any(self.lex.section_heading(span.text) for span in found):
            # "1. Origins", "2. Expansion", "4. Conclusion": an essay's numbered sections
            return
        if all(any(t.ent_type_ == "PERSON" for t in span) for span in found) and (
            sum(
                1
                for t in doc
                if t.lemma_.casefold() in self.lex.film_nouns or t.lower_ in self.lex.genres
            )
            < len(found)
        ):
            # a list of people ("1. Tom Hale"), unless its entries talk about films
            return
        ends = [span.end_char for span in found]
        starts = [span.start_char for span in found[1:]] + [len(text)]
        places = sum(
            1
            for span, lo, hi in zip(found, ends, starts, strict=True)
            if not any(t.text in ("(", ")") for t in span)
            and (
                any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span)
                or _PLACE_DEIXIS.search(text, lo, hi) is not None
            )
        )
        if places * 2 > len(found):
            # a guide's stops ("1. Tabernas Desert", "3. Playa de Mónsul, Cabo de Gata"):
            # places, whose films the entries name with their years
            return
        for span in found:
            # "2. THE VELVET CONTRACT (1952)": a heading's capitals are no part of the name
            name = title_case(span.text, self.lex) if span.text.isupper() else span.text
            yield _Candidate(span.start, span.end, EntityType.FILM, name, "title:list-heading", 7)

    def _after_diary_verb(self, sent: Span) -> _Candidate | None:
        """The title after a verb a diary or forum line opens with, subject left out:
        "Rewatched Copper Moth last night", "Loved Tin Harbour."."""
        doc = sent.doc
        start = _first_word(sent, _BULLETS)
        if (
            start + 1 >= sent.end
            or doc[start].lower_ not in self.lex.opening["diary_verbs"]
            or doc[start].lower_ == "finally"
        ):
            return None
        run = capitalised_run(doc, start + 1, start + 1, sent.end, self.lex)
        if run is None or run[0] != start + 1:
            return None
        tokens = doc[run[0] : run[1]]
        if any(t.ent_type_ in ("DATE", "TIME", "GPE") for t in tokens):
            return None
        return _Candidate(*run, EntityType.FILM, tokens.text, "title:after-diary-verb", 7)

    @staticmethod
    def _lowercase_citations(doc: Doc) -> Iterator[_Candidate]:
        """ "★★★  wolfsbane junction (2013, Henning Ekwall)": a diary or list line that rates
        or numbers a film cited with its year, its title typed in lower case."""
        for match in _LOWER_CITATION.finditer(doc_text(doc)):
            span = doc.char_span(*match.span("title"), alignment_mode="contract")
            if span is None or not 1 <= len(span) <= 6:
                continue
            yield _Candidate(
                span.start, span.end, EntityType.FILM, span.text, "title:lowercase-citation", 6
            )

    def _titles(self, doc: Doc) -> Iterator[_Candidate]:
        lex = self.lex
        rel = lex.relations
        role_verbs = set(rel["role_verbs"]) | set(rel["release_verbs"]) | set(rel["based_verbs"])
        loose_nouns = frozenset(lex.opening["loose_film_nouns"])
        work_nouns = lex.film_nouns | lex.work_nouns
        text = doc_text(doc)
        yield from self._list_headings(doc)
        yield from self._spoken_entries(doc)
        yield from self._lowercase_citations(doc)
        for sent in doc.sents:
            reviewed = self._reviewed_title(sent)
            if reviewed is not None:
                yield reviewed
                continue
            diary = self._after_diary_verb(sent)
            if diary is not None:
                # "Rewatched Copper Moth last night": what a diary line says was watched
                yield diary
                continue
            found = self._opening_title(sent)
            if found is None and self._person_opening(sent):
                # "Dana Lowe was nominated for ...": a person, whatever the predicate
                continue
            performer = self._performer_opening(sent) if found is None else None
            if performer is not None:
                yield performer
                continue
            found = (
                self._after_participle(sent)
                or found
                or self._sentence_subject(sent)
                or self._clause_subject(sent)
            )
            if _fronted_participle(doc, found):
                found = None
            if found is not None:
                yield found
                yield from self._bracket_aliases(doc, found)
            else:
                yield from self._listed_people(sent)
            yield from self._reported_subjects(sent)
        sent_start, sent_end = _sentence_bounds(doc)
        yield from self._box_office_subjects(doc)
        filming = set(rel["filming_nouns"])
        for token in doc:
            # (each attribute of a spaCy token is a call: read the ones the rules test once)
            lemma = token.lemma_.casefold()
            dep = token.dep_
            orth = token.text
            lower = token.lower_
            pos = token.pos_
            tag = token.tag_
            if (
                (lemma in filming or lower in filming)
                and token.i + 2 < sent_end[token.i]
                and doc[token.i + 1].lower_
                in (("on", "for") if lemma == "production" else ("for", "on", "of"))
                and is_capitalised(doc[token.i + 2])
                and doc[token.i + 2].ent_type_ not in ("PERSON", "GPE", "DATE", "NORP")
            ):
                # "Filming for Home Alone 2 took place in Chicago", "Principal photography on
                # Lost Harbour began": what is filmed is a film
                run = capitalised_run(doc, token.i + 2, token.i + 2, sent_end[token.i], lex)
                if run is not None and run[0] == token.i + 2:
                    name = doc[run[0] : run[1]].text
                    yield _Candidate(*run, EntityType.FILM, name, "title:filming-of", 7)
            # X is a 2019 (...) film / novel; "X became the first film since ..."
            if (
                dep in ("attr", "acomp")
                and token.head.lemma_ in _COPULAS
                and self._is_work_noun(token)
            ):
                for subj in token.head.children:
                    if subj.dep_ == "nsubj":
                        named = next(
                            (
                                c
                                for c in subj.children
                                if c.dep_ == "appos" and c.pos_ == "PROPN" and is_capitalised(c)
                            ),
                            None,
                        )
                        if subj.pos_ == "NOUN" and subj.text.islower() and named is not None:
                            # "Moravec's feature debut, Thaw Season (1991), is a drama": the
                            # title is the apposition, not the phrase before it
                            subj = named
                        span = self._subject_span(doc, subj)
                        if span and not _inside_brackets(doc, span[0]):
                            yield _Candidate(
                                *span,
                                self._work_type(token),
                                doc[span[0] : span[1]].text,
                                "title:copula-subject",
                                8,
                            )
            # X was directed by / released / based on
            elif dep == "nsubjpass" and token.head.lemma_.casefold() in role_verbs:
                span = self._subject_span(doc, token)
                if (
                    span
                    and span[1] - span[0] == 1
                    and (
                        doc[span[0]].pos_ != "PROPN"
                        # "Interiors were filmed at Nordlys Studios"
                        or doc[span[0]].lower_ in lex.opening["never_openers"]
                    )
                ):
                    # "Much has been made of the ending"
                    span = None
                if span and not (
                    token.ent_type_ == "PERSON"
                    and doc[span[0]].ent_iob_ == "B"
                    and doc[span[0] : span[1]].text == orth
                ):
                    yield _Candidate(
                        *span,
                        EntityType.FILM,
                        doc[span[0] : span[1]].text,
                        "title:passive-subject",
                        6,
                    )
            # the film X, Lee's 2017 film X
            elif (
                dep in ("appos", "compound", "npadvmod", "dobj", "attr", "nsubj", "pobj", "conj")
                and (
                    token.head.lemma_.casefold() in work_nouns
                    # "a new drama, Meridian, directed by ...": a genre noun in apposition
                    or (
                        dep == "appos"
                        and token.head.lower_ in lex.genres
                        and token.head.text.islower()
                        and token.ent_type_ not in ("PERSON", "DATE")
                    )
                    # "his best-known work X", "the director's work X"
                    or (
                        token.head.lemma_.casefold() == "work"
                        and any(c.dep_ == "poss" for c in token.head.children)
                    )
                )
                and token.head.i < token.i
                and is_capitalised(token)
                and token.head.tag_ in ("NN", "NNS")
            ):
                head = token.head
                run = capitalised_run(doc, token.i, head.i + 1, sent_end[token.i], lex)
                if run and doc[head.i + 1].text in _QUOTES:
                    # 'The animated comedy "Pip and the Paper Moon"': the whole quotation
                    quoted = next(self._quoted(doc, doc[head.i + 1]), None)
                    if quoted is not None and quoted.start <= token.i < quoted.end:
                        run = (quoted.start, quoted.end)
                if (
                    (run and run[0] == head.i + 1)
                    or (run and doc[head.i + 1].text in _QUOTES)
                    # "a new drama, Meridian, directed by ..." (not "a ferry pilot, Bride")
                    or (
                        run
                        and dep == "appos"
                        and (
                            head.lemma_.casefold() not in lex.opening["loose_film_nouns"]
                            # "Her fourth feature, The Salt Ledger,": someone's
                            or any(c.dep_ == "poss" for c in head.children)
                        )
                        and doc[head.i + 1].text == ","
                        and run[0] == head.i + 2
                        and run[1] < len(doc)
                        and doc[run[1]].text in (",", ".", "(")
                    )
                ) and not (self._maker_clause(doc, run) or _relative_subject(doc, run, head)):
                    assert run is not None
                    yield _Candidate(
                        *run,
                        self._work_type(head),
                        doc[run[0] : run[1]].text,
                        "title:film-noun-apposition",
                        8,
                    )
            # "Margaret Hale's English novel Breath on the Glass": a work's noun the tagger
            # read as an adjective ("novel"), before the title it names
            if (
                tag in ("JJ", "NN")
                and (
                    lower in lex.work_nouns
                    # "the Hindi-language thriller Monsoon Ledger posted $2.1 million"
                    or (lower in lex.film_nouns and lower not in loose_nouns)
                )
                and token.i > 0
                and (
                    doc[token.i - 1].tag_ in ("POS", "DT", "PRP$")
                    or doc[token.i - 1].ent_type_ in ("NORP", "LANGUAGE")
                    # "the 1987 novel La Chambre aux oiseaux"
                    or (is_year(doc[token.i - 1]) and lower in lex.work_nouns)
                    or (
                        lower not in lex.work_nouns
                        and token.i > 1
                        and doc[token.i - 2].text in ("-", "‐")
                        and doc[token.i - 1].pos_ in ("NOUN", "VERB", "ADJ")
                    )
                )
                and token.i + 1 < sent_end[token.i]
                and doc[token.i + 1].pos_ in ("PROPN", "NOUN", "ADJ")
                and is_capitalised(doc[token.i + 1])
            ):
                run = capitalised_run(
                    doc, token.i + 1, token.i + 1, sent_end[token.i], lex, articles=True
                )
                if (
                    run is not None
                    and lower not in lex.work_nouns
                    and any(
                        t.lemma_.casefold() in role_verbs and t.pos_ == "VERB"
                        for t in doc[run[1] : min(sent_end[token.i], run[1] + 5)]
                    )
                ):
                    # "the film Ann Lee directed", "the thriller Dominic Thrale is set to
                    # direct": who makes it, in a relative clause
                    run = None
                if run is not None and run[1] < sent_end[token.i] and doc[run[1]].is_lower:
                    # "the 1987 novel La Chambre aux oiseaux": a title in another language's
                    # sentence case
                    cased = _sentence_case_after(doc, run[0], sent_end[token.i], self.english)
                    if cased is not None and cased[1] > run[1]:
                        run = cased
                if run is not None and run[0] == token.i + 1:
                    yield _Candidate(
                        *run,
                        self._work_type(token),
                        doc[run[0] : run[1]].text,
                        "title:film-noun-apposition",
                        8,
                    )
            # "Maré Alta, Joana d'Almeida's musical about a fado singer": a name described
            # in apposition as someone's film
            if (
                dep == "appos"
                and (lemma in lex.film_nouns or lower in lex.genres)
                and token.head.pos_ == "PROPN"
                and token.head.i < token.i
                and any(
                    c.dep_ == "poss" and c.ent_type_ == "PERSON" and c.i < token.i
                    for c in token.children
                )
            ):
                run = capitalised_run(doc, token.head.i, sent_start[token.i], token.i, lex)
                if run is not None:
                    # "became Killybegs in County Donegal for The Herring Wives, X's drama":
                    # the title after the places and the preposition that ends them
                    cut = max(
                        (
                            t.i + 1
                            for t in doc[run[0] : run[1]]
                            if t.lower_ in ("for", "in", "at", "as")
                            and any(p.ent_type_ in ("GPE", "LOC", "FAC") for p in doc[run[0] : t.i])
                        ),
                        default=run[0],
                    )
                    run = (cut, run[1]) if cut < run[1] else run
                if run is not None and doc[run[1]].text == ",":
                    yield _Candidate(
                        *run,
                        EntityType.FILM,
                        doc[run[0] : run[1]].text,
                        "title:maker-apposition",
                        8,
                    )
            # "his best-known work X", "the director's work X" (the parse often makes X a
            # second subject rather than an apposition)
            if (
                # "the sci-fi epic Iron Compass", where the tagger may read the noun as an
                # adjective
                (tag == "NN" or (tag == "JJ" and lemma in lex.film_nouns))
                and orth.islower()
                and token.i + 2 < sent_end[token.i]
                and is_capitalised(doc[token.i + 1])
                and (
                    doc[token.i + 1].pos_ == "PROPN"
                    or (doc[token.i + 1].lower_ == "the" and doc[token.i + 2].pos_ == "PROPN")
                )
                and (
                    doc[token.i + 1].ent_type_ not in ("PERSON", "GPE", "DATE", "NORP")
                    # "the 2021 thriller Cinder Lake": a year before the film noun marks a
                    # title, whatever the tagger made of the name
                    or (
                        doc[token.i + 1].ent_type_ in ("GPE", "PERSON")
                        and (
                            any(is_year(t) for t in doc[max(0, token.i - 4) : token.i])
                            # "the Italian thriller Dopo la neve (1981)": or its year after
                            or _year_after_name(doc, token.i + 1, sent_end[token.i])
                        )
                    )
                )
                and (
                    (lemma == "work" and any(c.dep_ == "poss" for c in token.children))
                    # "the French Canadian (Quebec) film The Barbarian Invasions", which the
                    # parse may break apart
                    or (
                        lemma in lex.film_nouns
                        and self._after_determiner(doc, token)
                        # (not "stars as the harbour pilot Karin Ask": a part)
                        and not (
                            token.left_edge.i > 0
                            and doc[token.left_edge.i - 1].lower_ == "as"
                            and doc[token.left_edge.i - 1].head.lemma_.casefold()
                            in _PLAY_LEMMAS | {"star", "co-star", "appear", "cast", "return"}
                        )
                    )
                )
            ):
                run = capitalised_run(doc, token.i + 1, token.i + 1, sent_end[token.i], lex)
                if (
                    run is not None
                    and run[0] == token.i + 1
                    and not _relative_subject(doc, run, token)
                ):
                    run = _sentence_case_title(doc, run, sent_end[token.i])
                    yield _Candidate(
                        *run,
                        EntityType.FILM,
                        doc[run[0] : run[1]].text,
                        "title:film-noun-apposition",
                        8,
                    )
            # "Zielinski's The Last Ward", "Nazemi's latest, Mirrors of Kashan,", "Meridian
            # Arc Studios' Iron Cathedral"
            if (
                (
                    lower in ("'s", "’s")
                    or (
                        orth in ("'", "’")
                        and token.i > 0
                        and doc[token.i - 1].text in self.lex.studio_words
                    )
                )
                and token.i > 0
                and (doc[token.i - 1].ent_type_ == "PERSON" or doc[token.i - 1].pos_ == "PROPN")
                and (
                    doc[token.i - 1].ent_type_ not in ("GPE", "NORP", "DATE")
                    # "Norway's The Quiet Ferryman": a country's film, its title with its
                    # article
                    or (
                        doc[token.i - 1].ent_type_ == "GPE"
                        and token.i + 2 < sent_end[token.i]
                        and doc[token.i + 1].text == "The"
                        and is_capitalised(doc[token.i + 2])
                    )
                )
                # a studio's film ("Haneul Entertainment's Ghost Frequency"), not any
                # organisation's ("the BBC's Tom Reyes")
                and (
                    doc[token.i - 1].ent_type_ != "ORG"
                    or doc[token.i - 1].text in self.lex.studio_words
                    # "Beatriz Salvadori's The Surveyor's Winter": a person's name, whatever
                    # the tagger made of the surname
                    or (
                        token.i >= 2
                        and doc[token.i - 2].pos_ == "PROPN"
                        and doc[token.i - 2].ent_type_ in ("", "ORG", "PERSON")
                        and token.i + 1 < len(doc)
                        and doc[token.i + 1].lower_ == "the"
                        and doc[token.i - 1].text not in self.lex.org_suffixes
                    )
                    # "Solène Marchal's Les Nuits Blanches (France)": a foreign article or a
                    # line-up's countries mark a title, whatever the tagger made of the owner;
                    # so do capitals ("Harlan Osei's PAPER BOATS")
                    or (
                        token.i + 1 < len(doc)
                        and (
                            doc[token.i + 1].lower_ in _TITLE_ARTICLES - {"the"}
                            or (doc[token.i + 1].is_upper and len(doc[token.i + 1]) > 2)
                        )
                    )
                    or any(
                        t.text == "(" and self.lex.country(doc[t.i + 1].text) is not None
                        for t in doc[token.i + 1 : min(sent_end[token.i] - 1, token.i + 7)]
                    )
                )
            ):
                found = self._title_after_possessive(doc, token)
                if found is not None:
                    yield found
            # "Grey Harbour, an Icelandic-Danish co-production", "X, a 2019 drama"
            if orth == "," and token.i > 0 and is_capitalised(doc[token.i - 1]):
                found = self._title_before_appositive(doc, token) or self._title_before_year(
                    doc, token
                )
                if found is not None:
                    yield found
            elif (
                orth == ","
                and token.i > 1
                and doc[token.i - 1].is_lower
                and doc[token.i - 1].is_alpha
                and self.english
                and doc[token.i - 1].lower_ not in self.english
            ):
                # "Els dos germans, Marc Vidal-Puig's drama": a title in sentence case
                found = self._title_before_appositive(doc, token)
                if found is not None:
                    yield found
            # "Harbour Lights director Tom Hale", "The Quiet Coast star Mara Lind"
            if (
                orth.islower()
                and lex.relations["role_nouns"].get(lemma) not in (None, "productionCompany")
                and lex.relations["role_nouns"].get(lemma) != "distributor"
                # (not "from director Ruth Anselm starring Dev Carraway": a verb, no noun)
                and tag != "VBG"
            ):
                found = self._title_before_role(doc, token)
                if found is not None:
                    yield found
            # "- Copper Lullaby (Nigeria, Ghana), by Obiora Nwankwo": a line-up's title, its
            # countries in brackets and its maker after them
            if orth == "(" and token.i > 0 and is_capitalised(doc[token.i - 1]):
                found = self._title_before_countries(doc, token)
                if found is not None:
                    yield found
            # Title (2019), Title (Ann Vale, 2019)
            if orth == "(" and token.i > 0 and self._year_citation(doc, token):
                run = capitalised_run(doc, token.i - 1, sent_start[token.i], token.i, lex)
                if run is None:
                    # "La casa de los vientos (1986)", "Río abajo (1993)": a title written
                    # in sentence case, as its language writes titles
                    run = _sentence_case_before(doc, token.i, sent_start[token.i])
                if run is None:
                    # "Dlouhá zima (1981)", "Poslední vlak z Kolína (1987)", whatever the
                    # tagger made of "Dlouhá" or "Kolína"
                    start = self._cased_title_before(doc, token.i, sent_start[token.i])
                    run = (start, token.i) if start is not None else None
                if run:
                    # "Das stille Haus (1983)": a title capitalised as its language does
                    run = (_foreign_title_start(doc, run[0], sent_start[token.i]), run[1])
                    run = self._sentence_case_ending(doc, run, sent_start[token.i])
                    run = self._possessive_inside(doc, run, sent_start[token.i])
                    run = _after_inner_article(doc, run)
                if (
                    run
                    and not _BY_LABEL.match(
                        text, text.rfind("\n", 0, doc[run[0]].idx) + 1, doc[run[0]].idx
                    )
                    # (not "ORIGINAL CREDITS (1947)": a section's heading, dated, on a line
                    # of its own; "(a) Any Other Business (2019), Niamh Colgan's satire" is
                    # a film)
                    and not (
                        self.lex.section_heading(doc[run[0] : run[1]].text)
                        and _closes_line(doc, token)
                    )
                ):
                    # (not "Portrayed by: Desmond Ayrton (1964); ...": an infobox's players,
                    # each with the year of their film)
                    yield _Candidate(
                        *run,
                        EntityType.FILM,
                        doc[run[0] : run[1]].text,
                        "title:year-parenthesis",
                        7,
                    )
            # "Best Actress was shared by A (Title) and B (Other)": the work in brackets
            # after a winner's name
            if (
                orth == "("
                and token.i > 0
                and doc[token.i - 1].ent_type_ == "PERSON"
                and self._film_award_cue(token.sent) != 0
            ):
                run = capitalised_run(doc, token.i + 1, token.i + 1, sent_end[token.i], lex)
                if (
                    run is not None
                    and run[0] == token.i + 1
                    and run[1] < sent_end[token.i]
                    and doc[run[1]].text == ")"
                    and not any(
                        t.ent_type_ in ("PERSON", "DATE", "GPE", "NORP", "CARDINAL")
                        for t in doc[run[0] : run[1]]
                    )
                ):
                    yield _Candidate(
                        *run, EntityType.FILM, doc[run[0] : run[1]].text, "title:winner-bracket", 6
                    )
            # "Best Actress for Title": the work an award category was won for
            if (
                lower == "for"
                and token.i >= 2
                and token.i + 1 < sent_end[token.i]
                and is_capitalised(doc[token.i + 1])
                and doc[token.i + 1].ent_type_ not in ("PERSON", "DATE", "GPE", "NORP")
                and doc[token.i + 1].lower_ not in lex.category_words
                and any(t.lower_ == "best" for t in doc[max(0, token.i - 6) : token.i])
                and is_capitalised(doc[token.i - 1])
            ):
                run = capitalised_run(doc, token.i + 1, token.i + 1, sent_end[token.i], lex)
                if (
                    run is not None
                    and run[0] == token.i + 1
                    and not _relative_subject(doc, run, token)
                ):
                    maker = self._maker_before_title(doc, run)
                    if maker is not None:
                        # "for Omar Haddad's Paper Kites (2004)": the title after its maker
                        run = (maker, run[1])
                    yield _Candidate(
                        *run, EntityType.FILM, doc[run[0] : run[1]].text, "title:award-for", 7
                    )
            # "I watched Title in a theater": what one watches is a film or a show
            if (
                lemma in ("watch", "rewatch")
                and pos == "VERB"
                and dep != "xcomp"
                and not any(c.dep_ in ("prt", "prep") and c.i < token.i + 2 for c in token.children)
            ):
                for obj in token.children:
                    if obj.dep_ != "dobj" or not is_capitalised(obj) or obj.pos_ != "PROPN":
                        continue
                    run = capitalised_run(doc, obj.i, token.i + 1, sent_end[token.i], lex)
                    if run is not None and run[0] == token.i + 1:
                        yield _Candidate(
                            *run, EntityType.FILM, doc[run[0] : run[1]].text, "title:watched", 6
                        )
            # "Duarte's most admired work is Title", "her best film is Title"
            if (
                dep == "attr"
                and token.head.lemma_ == "be"
                and pos in ("PROPN", "NOUN")
                and is_capitalised(token)
            ):
                owner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                if owner is not None and (
                    owner.lemma_.casefold() in lex.film_nouns
                    or (
                        owner.lemma_.casefold() == "work"
                        and any(c.dep_ == "poss" for c in owner.children)
                    )
                ):
                    run = capitalised_run(doc, token.i, token.head.i + 1, sent_end[token.i], lex)
                    if run is not None and run[0] > token.head.i:
                        yield _Candidate(
                            *run,
                            EntityType.FILM,
                            doc[run[0] : run[1]].text,
                            "title:copula-object",
                            7,
                        )
            # "since making Title in 2012", "he directed Title in 2019"
            year_in = (
                next(
                    (
                        c
                        for c in token.children
                        if c.dep_ == "prep"
                        and c.lower_ == "in"
                        and any(is_year(g) for g in c.children)
                    ),
                    None,
                )
                if pos == "VERB" and lemma in rel["role_verbs"]
                else None
            )
            if year_in is not None:
                for obj in token.children:
                    if obj.dep_ != "dobj" or obj.pos_ != "PROPN" or not is_capitalised(obj):
                        continue
                    stop = year_in.i if year_in.i > obj.i else sent_end[token.i]
                    run = capitalised_run(doc, obj.i, token.i + 1, stop, lex)
                    if run is not None and run[0] == token.i + 1:
                        yield _Candidate(
                            *run, EntityType.FILM, doc[run[0] : run[1]].text, "title:made-in", 7
                        )
            # "the enforcer Brak", "the wealthy heir Teodor": a figure of the plot by name
            if (
                pos == "NOUN"
                and lemma in lex.story_roles
                and token.i > 0
                # "the enforcer X", not "his wife X": a possessive relation is real life's too
                and doc[token.i - 1].pos_ in ("DET", "ADJ")
                and token.i + 1 < sent_end[token.i]
                and doc[token.i + 1].pos_ == "PROPN"
                and is_capitalised(doc[token.i + 1])
            ):
                k = token.i + 1
                while k < min(sent_end[token.i], token.i + 4) and doc[k].pos_ == "PROPN":
                    k += 1
                if all(e.label_ == "PERSON" for e in doc[token.i + 1 : k].ents):
                    yield _Candidate(
                        token.i + 1,
                        k,
                        EntityType.CHARACTER,
                        doc[token.i + 1 : k].text,
                        "context:character",
                        4,
                    )
            # "her role as X in Title", "his performance in Title", "appeared in Title"
            if (
                lower == "in"
                and token.i + 1 < sent_end[token.i]
                and is_capitalised(doc[token.i + 1])
                and (
                    doc[token.i + 1].ent_type_ not in ("GPE", "LOC", "DATE", "PERSON", "NORP")
                    # "starred in Tove Berg's Harrow Gate": a maker's name, then the title
                    or self._possessed_title(doc, token.i + 1, sent_end[token.i])
                    # "plays the matriarch Bimala in Halcyon": where a named part is played
                    or (
                        _plays_named_part(token.head)
                        and doc[token.i + 1].ent_type_ == "GPE"
                        and token.i + 2 < len(doc)
                        and doc[token.i + 2].ent_type_ != "DATE"
                        and doc[token.i + 2].lower_ not in ("'s", "’s")
                    )
                    # "his performance in The Quiet Coast", which the tagger read as a place
                    or (
                        token.head.lemma_.casefold() in self.lex.opening["part_nouns"]
                        and doc[token.i + 1].ent_type_ in ("LOC", "FAC")
                        and doc[token.i + 1].ent_iob_ == "B"
                        and token.i + 2 < sent_end[token.i]
                        and doc[token.i + 2].ent_iob_ == "I"
                    )
                )
            ):
                found = self._role_in(doc, token)
                if found is not None:
                    yield found
            # "Quoted Title"
            if orth in ('"', "“", "‘", "«") and not token.is_sent_end:
                yield from self._quoted(doc, token)
            # films, including X, Y and Z
            if (
                lemma in ("include", "like", "such")
                and token.head.lemma_.casefold() in lex.film_nouns
            ):
                yield from self._listed_titles(doc, token)
            # directed by Person (Title, Title)
            if orth == "(" and token.i > 0 and doc[token.i - 1].ent_type_ == "PERSON":
                yield from self._works_in_parenthesis(doc, token)
            # Corin (Actor Name): a character, then who plays them
            if orth == "(" and token.i > 0:
                found = self._character_before_actor(doc, token)
                if found is not None:
                    yield found
            # the Oscar-winning Title
            if (
                lower in ("winning", "nominated")
                and token.i >= 2
                and doc[token.i - 1].text
                in (
                    "-",
                    "–",
                )
            ):
                nxt = token.i + 1
                if (
                    nxt < len(doc)
                    and is_capitalised(doc[nxt])
                    and doc[token.i - 3 : token.i - 2].text.casefold()
                    not in ("actress", "actor", "director")
                ):
                    run = capitalised_run(doc, nxt, nxt, sent_end[token.i], lex)
                    if (
                        run is not None
                        and run[0] == nxt
                        # "an award-winning 2006 short film": a year, not a title
                        and any(t.is_alpha for t in doc[run[0] : run[1]])
                        and doc[run[0]].ent_type_ not in ("DATE", "NORP", "CARDINAL")
                        # (not "The Oscar-winning Dagny Ross – her statuette came for ...")
                        and not _person_aside(doc, run[1], sent_end[token.i])
                    ):
                        yield _Candidate(
                            *run,
                            EntityType.FILM,
                            doc[run[0] : run[1]].text,
                            "title:award-adjective",
                            7,
                        )

    @classmethod
    def _possessed_title(cls, doc: Doc, start: int, stop: int) -> bool:
        """Whether a person's name at `start` owns a capitalised name: "Tove Berg's Harrow
        Gate", "Okafor's Harrow Gate"."""
        k = start
        while k < min(stop, start + 4) and doc[k].pos_ == "PROPN":
            k += 1
        return (
            k + 1 < stop
            and doc[k].lower_ in ("'s", "’s")
            and is_capitalised(doc[k + 1])
            and cls._maker_name(doc, doc[start:k])
        )

    @staticmethod
    def _maker_name(doc: Doc, name: Span) -> bool:
        """Whether a name is a person's: named in full as the tagger reads a person, or by
        a surname the tagger reads as a person's somewhere in the text."""
        if not name or not all(t.pos_ == "PROPN" for t in name):
            return False
        if len(name) > 1:
            return all(t.ent_type_ == "PERSON" for t in name)
        return any(e.label_ == "PERSON" and e[-1].text == name.text for e in doc.ents)

    def _role_in(self, doc: Doc, prep: Token) -> _Candidate | None:
        """The title after "in" when what is in it is a part someone plays: "her role as the
        ghost in Once Upon a Night in Lisbon", "his turn in X", "she appeared in X"."""
        appear = set(self.lex.relations["appear_verbs"]) | _PLAY_LEMMAS
        head: Token | None = prep.head
        hops = 0
        # "role as the acolyte in X": "in" may hang on the part's description
        while head is not None and not (
            (head.pos_ == "NOUN" and head.lemma_.casefold() in self.lex.opening["part_nouns"])
            # "stars in", which the tagger may read as a plural noun
            or ((head.pos_ == "VERB" or head.tag_ == "NNS") and head.lemma_.casefold() in appear)
            # "she will next be seen in Okafor's Harrow Gate"
            or (head.lemma_ == "see" and any(c.dep_ == "auxpass" for c in head.children))
        ):
            if hops >= 3 or head.head.i == head.i or head.dep_ not in ("pobj", "prep"):
                head = None
                break
            head, hops = head.head, hops + 1
        if head is None:
            # the parse may hang "in" elsewhere: a part noun a few words back, no verb between
            for back in range(prep.i - 1, max(prep.sent.start, prep.i - 9) - 1, -1):
                word = doc[back]
                if word.pos_ in ("VERB", "AUX") and word.tag_ not in ("VBN", "VBG"):
                    return None
                if word.pos_ == "NOUN" and word.lemma_.casefold() in self.lex.opening["part_nouns"]:
                    break
            else:
                return None
        run = capitalised_run(doc, prep.i + 1, prep.i + 1, prep.sent.end, self.lex)
        if run is None or run[0] != prep.i + 1:
            return None
        tokens = doc[run[0] : run[1]]
        mark = next((k for k in range(run[0] + 1, run[1]) if doc[k].lower_ in ("'s", "’s")), run[1])
        if mark + 1 < prep.sent.end and doc[mark].lower_ in ("'s", "’s", "'", "’"):
            # "in Obi Eze's debut": the maker of a film the sentence describes; "starred in
            # Tove Berg's Harrow Gate": the maker's name, and the title after it
            owned = (
                (mark + 1, run[1])
                if mark < run[1]
                else capitalised_run(doc, mark + 1, mark + 1, prep.sent.end, self.lex)
            )
            maker = doc[run[0] : mark]
            cased = (
                _sentence_case_after(doc, mark + 1, prep.sent.end, self.english)
                if owned is not None and owned[0] == mark + 1
                else None
            )
            if head is not None and cased is not None and owned is not None and cased[1] > owned[1]:
                # "starred in Bohumil Petráň's Poslední vlak z Kolína": a title in another
                # language after its maker's possessive, whatever the tagger made of the maker
                run = cased
                tokens = doc[run[0] : run[1]]
            elif (
                head is not None
                and owned is not None
                and owned[0] == mark + 1
                # a maker named in full, or by the surname of someone the text names in full
                # (not "Sophie's Choice", a title)
                and self._maker_name(doc, maker)
                # (not "in Jonas Holm's Danish horror film": a description)
                and not any(t.ent_type_ in ("NORP", "DATE") for t in doc[owned[0] : owned[1]])
                and not (
                    owned[1] < prep.sent.end and doc[owned[1]].pos_ in ("NOUN", "PROPN", "ADJ")
                )
            ):
                run = owned
                tokens = doc[run[0] : run[1]]
            elif mark == run[1] or self._maker_name(doc, doc[run[0] : mark]):
                return None
        starring = head is not None and head.lemma_.casefold() in appear
        if starring and doc[prep.i + 1].text not in _QUOTES:
            assert head is not None
            if any(
                c.dep_ == "nsubj"
                and (c.lemma_.casefold() in self.lex.film_nouns or c.lower_ in ("it", "this"))
                for c in head.children
            ) or (
                prep.head.pos_ == "NOUN"
                and any(c.lower_ in ("a", "an") for c in prep.head.children)
            ):
                # "The film stars X as a courier in Marseille": the film is already named,
                # and a part described with "a" is somewhere, not in a film
                return None
        playing = (
            head is not None and _plays_named_part(head) and self.lex.country(tokens.text) is None
        )
        if len(tokens) == 1 and tokens[0].ent_type_ in (
            ("PERSON",) if playing else ("PERSON", "GPE") if starring else ("ORG", "PERSON", "GPE")
        ):
            # "stars in Halcyon": what someone stars in is a film, whatever the tagger says
            return None
        if tokens.text in self.lex.outlets:
            return None
        if head is not None and any(
            c.lower_ in ("stage", "theatre", "theater", "broadway", "radio", "opera")
            for c in head.children
        ):
            # "her stage role in The Weaver's Hours": a play, not a film
            return _Candidate(*run, EntityType.WORK, tokens.text, "title:role-in", 8)
        return _Candidate(*run, EntityType.FILM, tokens.text, "title:role-in", 8)

    def _credit_headings(self, doc: Doc) -> Iterator[_Candidate]:
        """The title a credits block is printed under ("THE SALT WIDOWS" above "Spain | 2025
        | 104 min" and "Director: ..."), and an upper-case heading line whose title the
        text names again in running prose ("TINDRA" ... "In Tindra, Jonas returns")."""
        text = doc_text(doc)
        spans = list(credits.headings(text, self.lex))
        calendar = self.lex.calendar_words
        spans += [
            (m.start(1), m.end(1))
            for m in _CAPS_LINE.finditer(text)
            if title_case(m.group(1), self.lex) in text.replace(m.group(1), "")
            # "SATURDAY 12 OCTOBER": a listing's day, not a title
            and not any(w.casefold() in calendar for w in m.group(1).split())
            # "PRODUCTION NOTES", "AWARDS": a section's heading
            and not self.lex.section_heading(m.group(1))
            # "BEST DIRECTOR": a prize's category, above its nominees
            and m.group(1).split()[0].casefold() not in self.lex.category_words
            # "WHAT TO WATCH" ... "the What to Watch desk": a column's name
            and not self._column_name(text, title_case(m.group(1), self.lex))
            # "CINEVAULT" above "Low Orbit (1996)": a round-up's section, whose entries
            # have titles of their own
            and not _YEAR_ENTRY.match(text, text.find("\n", m.end()) + 1)
            # "COMPETITION" above a line-up, when the text says "the competition": a
            # section's heading, not a title
            and not re.search(rf"(?<![\w-]){re.escape(m.group(1).lower())}(?![\w-])", text)
            # "THE CALL SHEET" ... "The Call Sheet can reveal": the page's own publication
            and m.group(1).casefold() not in page_outlets(text)
        ]
        seen: set[int] = set()
        for lo, hi in spans:
            span = doc.char_span(lo, hi, alignment_mode="contract")
            if span is None or span.start in seen or not len(span):
                continue
            below = text.find("\n", hi)
            if below >= 0 and _NAVIGATION.fullmatch(text[below + 1 : text.find("\n", below + 1)]):
                # "MERIDIAN FILM ARCHIVE" over "Collections | Restoration | Press": a site's
                # masthead
                continue
            seen.add(span.start)
            if len(span) > 1 and is_year(span[-1]):
                # "PALE HORSES OF AUGUST  2024": a film page's heading, its year after it
                span = span[:-1]
            elif (
                len(span) > 3
                and span[-1].text == ")"
                and is_year(span[-2])
                and span[-3].text == "("
            ):
                # "HAAR (2024)": the heading's title, without its year
                span = span[:-3]
            winner = _FOR_CAPS_TITLE.search(span.text)
            if winner is not None and any(c.islower() for c in span.text[: winner.start()]):
                # "Hamid Tavallaei for THE LONG NOON (Iran, France)": a results line's
                # winner and the film, in capitals, they won for
                cut = doc.char_span(
                    span.start_char + winner.start(1), span.start_char + winner.end(1), "contract"
                )
                if cut is None or not len(cut):
                    continue
                span = cut
            elif (won := _FOR_TITLE.match(span.text)) is not None and personal_name(
                won.group("who"), self.lex
            ):
                # "Tariq Benmansour for The Orchard Wall (Morocco/France)": a results line's
                # winner, then the film they won for
                cut = doc.char_span(span.start_char + won.start("title"), span.end_char, "contract")
                if cut is None or not len(cut):
                    continue
                span = cut
            name = span.text
            lead = _CAPS_RUN.match(name)
            reach = lead.end() if lead is not None else 0
            while lead is not None and (more := _CAPS_AFTER_COMMA.match(name, reach)):
                # "BRIGHT WATER, DARK WATER (Norway/Denmark)": a comma inside the title
                reach = more.end()
            if lead is not None and reach < len(name) and not _NOT_A_CAPS_TITLE.match(name[reach:]):
                # "TIN SKY by Rafaela Ostrowski" above its credits: the title in capitals
                cut = doc.char_span(span.start_char, span.start_char + reach, "contract")
                if cut is not None and len(cut) and reach >= 5:
                    span, name = cut, name[:reach]
            if name.isupper():
                name = title_case(name, self.lex)
            yield _Candidate(
                span.start, span.end, EntityType.FILM, name, "title:credits-heading", 9
            )
        for credit in credits.credits(text, self.lex):
            kind = credits.NAME_KINDS.get(credit.predicate)
            if kind is None:
                continue
            for name, lo, hi in credit.names:
                span = doc.char_span(lo, hi, alignment_mode="contract")
                if span is None or not name[:1].isupper() or len(span) > 5:
                    continue
                typed = kind
                if kind is EntityType.PERSON and doc[span.end - 1].text in self.lex.org_suffixes:
                    typed = EntityType.ORGANIZATION
                yield _Candidate(span.start, span.end, typed, name, "context:credit-name", 6)
        for row in credits.chart_rows(text, self.lex):
            # a box-office chart's line: its title, and the companies bracketed after it
            for (name, lo, hi), typed, rule in (
                (row.title, EntityType.FILM, "title:chart-row"),
                *((c, EntityType.ORGANIZATION, "context:chart-company") for c in row.companies),
            ):
                span = doc.char_span(lo, hi, alignment_mode="contract")
                if span is not None and len(span):
                    yield _Candidate(span.start, span.end, typed, name, rule, 9)
        for line in (*credits.cast_lists(text, self.lex), *credits.part_pairs(text, self.lex)):
            parts = [(line.actor, EntityType.PERSON, "context:credit-name")]
            if line.character is not None:
                parts.append((line.character, EntityType.CHARACTER, "context:character"))
            for (name, lo, hi), typed, rule in parts:
                span = doc.char_span(lo, hi, alignment_mode="contract")
                if span is not None and len(span):
                    # (a name a press kit prints in capitals is named in the usual case)
                    name = title_case(name, self.lex) if name.isupper() else name
                    yield _Candidate(span.start, span.end, typed, name, rule, 9)

    def _no_title_to_spread(self, text: str, cand: _Candidate) -> bool:
        """Whether a title candidate's name is no title to look for elsewhere in the text:
        a body's name a grammatical title rule took ("The Meridian Film Archive is proud to
        announce ...", which `__call__` types as a company), or a publication's ("REEL &
        DEAL — a podcast about ...", which `_retype` makes a work)."""
        return (
            cand.rule in _GRAMMATICAL_TITLES and cand.name.split()[-1] in self.lex.org_suffixes
        ) or self._publication(text, cand.name)

    def _publication(self, text: str, name: str) -> bool:
        """Whether the text calls `name` a podcast, a newsletter, a magazine or the like in
        apposition ("SPLICE & DICE — a podcast about the films ...")."""
        key = name.casefold()
        return any(
            before == key or before.endswith(" " + key)
            for before in _described_publications(
                text, tuple(self.lex.relations["section_headings"]["column_nouns"])
            )
        )

    @staticmethod
    def _named_alone(doc: Doc, start: int, end: int) -> bool:
        """Whether the text names the words from token `start` to `end` elsewhere, with no
        colon after them."""
        name = doc[start:end].text
        text = doc_text(doc)
        return any(
            m.start() != doc[start].idx
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?![ \t]*:)", text)
        )

    def _own_outlets(self, doc: Doc) -> Iterator[_Candidate]:
        """Each mention of the publication a page is printed by (`page_outlets`): an
        organisation, whatever the tagger made of its name ("The Call Sheet can reveal")."""
        text = doc_text(doc)
        for name in page_outlets(text):
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
                span = doc.char_span(m.start(), m.end())
                # (not a lower-case phrase that spells the name: "the call sheet for day 12")
                if span is not None and m.group()[:1].isupper():
                    label = title_case(m.group(), self.lex) if m.group().isupper() else m.group()
                    yield _Candidate(
                        span.start, span.end, EntityType.ORGANIZATION, label, "context:outlet", 9
                    )

    def _column_name(self, text: str, name: str) -> bool:
        """Whether the text names `name` again as a publication's column, desk or season
        ("the What to Watch desk")."""
        nouns = _column_nouns(tuple(self.lex.relations["section_headings"]["column_nouns"]))
        return any(nouns.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(name)}", text))

    def _named_characters(self, doc: Doc) -> Iterator[_Candidate]:
        """ "a teenage girl named Wren", "plays a nightclub singer named Yasmine": the name a
        plot gives someone it describes is a character's (not "a town called Hope", nor "a
        film called X")."""
        lex = self.lex
        for word in words_in(doc, _NAMED):
            noun = doc[word.i - 1] if word.i > 0 else None
            if (
                noun is None
                or noun.pos_ != "NOUN"
                or not noun.text.islower()
                or noun.lemma_ in lex.opening["named_things"]
                or noun.lemma_ in lex.film_nouns
                or noun.lemma_ in lex.work_nouns
                or word.i + 1 >= len(doc)
            ):
                continue
            run = capitalised_run(doc, word.i + 1, word.i + 1, min(len(doc), word.i + 5), lex)
            if run is None or run[0] != word.i + 1:
                continue
            if run[1] < len(doc) and doc[run[1]].lower_ == "as":
                # "Some listings named Lind as co-director": the verb that gives a person a
                # job, not a name a plot gives
                continue
            name = doc[run[0] : run[1]].text
            yield _Candidate(*run, EntityType.CHARACTER, name, "context:character", 8)

    def _award_results(self, doc: Doc) -> Iterator[_Candidate]:
        """ "Best Actress goes to Nadia Okonjo for Ferryman", "Best Film: The Quiet Hours!":
        the winner of a result a live blog or results list prints is the person or the film
        its category says, and the work after it a film; so are the nominees listed under a
        category heading ("BEST DIRECTOR" / "Nominees:" / "- Ann Vale, Blue Coast")
        (announcements.py)."""
        for result in announcements.announcements(doc_text(doc), self.lex):
            named = [(result.winner, result.kind)]
            if result.work is not None:
                named.append((result.work, EntityType.FILM))
            for nominee, work in result.nominees:
                named.append((nominee, result.kind))
                if work is not None and result.kind is EntityType.PERSON:
                    named.append((work, EntityType.FILM))
            yield from self._result_names(doc, named)
        for nomination in announcements.nominee_lists(doc_text(doc), self.lex):
            named = [(nomination.nominee, nomination.kind)]
            if nomination.work is not None:
                named.append((nomination.work, EntityType.FILM))
            if nomination.part is not None:
                named.append((nomination.part, EntityType.CHARACTER))
            yield from self._result_names(doc, named)

    def _result_names(
        self, doc: Doc, named: list[tuple[tuple[str, int, int], EntityType]]
    ) -> Iterator[_Candidate]:
        for (name, lo, hi), kind in named:
            span = doc.char_span(lo, hi, alignment_mode="contract")
            if span is None or not len(span):
                continue
            rule = {
                EntityType.PERSON: _WINNER,
                EntityType.CHARACTER: "context:character",
            }.get(kind, "title:award-result")
            yield _Candidate(span.start, span.end, kind, name, rule, 9)

    def _before_credit_clause(self, doc: Doc) -> Iterator[_Candidate]:
        """ "Next up is Marienbad, directed by Jane Smith", "We loved Salt Road, starring Ana
        Lopes": what a credit clause describes after its comma is a film, whatever the tagger
        made of its name (unless it called it a person: "Jane Smith, directed by ...")."""
        for match in _CREDIT_CLAUSE.finditer(doc_text(doc)):
            comma = doc.char_span(match.start(), match.start() + 1)
            if comma is None or comma.start < 1:
                continue
            end = comma.start
            run = capitalised_run(doc, end - 1, doc[end - 1].sent.start, end, self.lex)
            if run is None or run[1] != end or run[1] - run[0] > 8:
                continue
            tokens = doc[run[0] : run[1]]
            starring = "starring" in match.group()
            if (all(t.ent_type_ == "PERSON" for t in tokens) and not starring) or any(
                t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in tokens
            ):
                continue
            if tokens[0].is_sent_start:
                # a title opening its sentence is read with the sentence's predicate
                continue
            if doc[run[0] - 1].lower_ in ("by", "and", ",", "&", "with", "for", "from") or (
                tokens[-1].text in self.lex.org_suffixes
            ):
                # "produced by Blue Sky Studios, directed by ...": a list of credits
                continue
            if doc[run[0] - 1].lower_ in _PLACE_PREPOSITIONS and (
                all(t.ent_type_ in ("GPE", "LOC") for t in tokens)
                or self.lex.country(tokens.text) is not None
            ):
                # "a comedy about a forger in Marseille, starring X": a place in the
                # description before the credit, not the title
                continue
            yield _Candidate(run[0], run[1], EntityType.FILM, tokens.text, "title:before-credit", 7)

    def _cast_list(self, doc: Doc) -> Iterator[_Candidate]:
        """The names a film's cast list gives after "stars", "starring" or "co-starring":
        "stars Carmen Rial and Maite Aldekoa", "starring A, B and C as D". Each name of two
        to four capitalised words is a person's, whatever the tagger made of it; a part
        after "as" is skipped. So are the names a plural noun for people introduces: "the
        directing nominees are A, B, C and D", "finalists include A and B"."""
        listed = word_pattern(frozenset(self.lex.opening["people_list_nouns"]))
        cues = [
            (cue, cue.i + 1, "context:cast-list")
            for cue in words_in(doc, _STARRING)
            if not (cue.lower_.endswith("red") and cue.tag_ != "VBD")
        ] + [
            (noun, noun.i + 2, "context:name-list")
            for noun in words_in(doc, listed)
            if noun.i + 2 < len(doc)
            and noun.tag_ == "NNS"
            and doc[noun.i + 1].lower_ in ("are", "were", "include", "included", ":")
        ]
        for cue, i, rule in cues:
            stop = cue.sent.end
            while i < stop:
                end = i
                while (
                    end < stop
                    and end - i < 4
                    and (
                        (doc[end].is_title and doc[end].pos_ == "PROPN")
                        or (doc[end].text in ("-", "'") and not doc[end].whitespace_)
                        or (end > i and doc[end].lower_ in self.lex.opening["name_particles"])
                    )
                ):
                    end += 1
                if end - i < 2 or not doc[end - 1].is_title:
                    break
                if not any(t.ent_type_ == "PERSON" for t in doc[i:end]) and any(
                    t.ent_type_ in ("GPE", "LOC", "FAC") for t in doc[i:end]
                ):
                    break
                yield _Candidate(i, end, EntityType.PERSON, doc[i:end].text, rule, 5)
                if end < stop and doc[end].lower_ == "as":
                    # "... as Mara": the part, up to the next name of the list
                    end = next(
                        (
                            k
                            for k in range(end + 1, min(stop, end + 12))
                            if doc[k].text == "," or doc[k].lower_ == "and"
                        ),
                        stop,
                    )
                if end < stop and doc[end].text == ",":
                    end += 1
                if end < stop and doc[end].lower_ == "and":
                    end += 1
                if end == i or end >= stop or not doc[end].is_title:
                    break
                i = end

    def _in_cast_list(self, doc: Doc, i: int) -> bool:
        """Whether the words before token `i` in its sentence introduce a cast list ("Its
        cast includes", "Rounding out the ensemble are", "starring"), where a name in
        brackets after an actor's is their part."""
        rel = self.lex.relations
        words = [t for t in doc[doc[i].sent.start : i] if not t.is_space]
        return bool(words) and (
            # "With Paul Ebner (Ferryman Toni), ...": a credits line's cast label
            (words[0].text == "With" and len(words) > 1 and words[1].pos_ == "PROPN")
            or any(
                t.lemma_.casefold() in rel["cast_nouns"]
                or t.lemma_.casefold() in rel["cast_verbs"]
                or t.lower_ in ("starring", "featuring", "alongside", "opposite")
                for t in words
            )
        )

    def _character_before_actor(self, doc: Doc, token: Token) -> _Candidate | None:
        """ "Corin (Tessa Vale)": the name before a parenthesis holding only a person."""
        close = next(
            (t.i for t in doc[token.i + 1 : min(len(doc), token.i + 6)] if t.text == ")"), None
        )
        if close is None or close == token.i + 1:
            return None
        if not all(t.ent_type_ == "PERSON" for t in doc[token.i + 1 : close]) and (
            self._first_name_then_full_name(doc, token.i, close) is None
        ):
            return None
        if self._in_cast_list(doc, token.i) or self._plays_after(doc, doc[close]):
            # "Rounding out the ensemble are A (Eliza Thorne)": the actor comes first; so
            # does "A (Harbour Lights) will play Ilinca", her last film in brackets
            return None
        before = doc[token.i - 1]
        if before.pos_ not in ("PROPN", "NOUN") or not before.text[:1].isupper():
            return None
        run = capitalised_run(doc, before.i, token.sent.start, token.i, self.lex)
        if run is None:
            return None
        text = doc_text(doc)
        lead = text[text.rfind("\n", 0, doc[run[0]].idx) + 1 : doc[run[0]].idx]
        prize_words = self.lex.award_heads | self.lex.prize_materials | self.lex.category_words
        if lead.rstrip().endswith(":") and prize_words & set(re.findall(r"\w+", lead.casefold())):
            # "Golden Lion: Ember Season (Chidi Okonkwo-Bello)": a prize's winning film and
            # its maker, not a part and its player
            return None
        return _Candidate(
            *run, EntityType.CHARACTER, doc[run[0] : run[1]].text, "context:character", 8
        )

    def _quoted(self, doc: Doc, token: Token) -> Iterator[_Candidate]:
        closing = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»"}.get(token.text)
        if closing is None:
            # a closing mark opens nothing
            return
        # ('"Riders of the Tin Sky."' may close after the sentence's last token)
        for j in range(token.i + 1, min(token.i + 14, token.sent.end + 1, len(doc))):
            if doc[j].text == closing or (closing == '"' and doc[j].text == "”"):
                span = title_extent(doc, token.i + 1, j, self.lex)
                # "Saltmarsh," stars ...: American usage puts the comma inside the quotes
                inner = j - 1 if doc[j - 1].text in (",", ".") and j - 1 > token.i + 1 else j
                words = doc[token.i + 1 : inner]
                # 'Santangelo's "Il ponte di cenere" (1963)': a title in sentence case, as
                # Italian and French print them, where a year or a maker marks it
                dated = j + 3 < len(doc) and doc[j + 1].text == "(" and is_year(doc[j + 2])
                owned = token.i > 0 and doc[token.i - 1].lower_ in ("'s", "’s")
                sentence_case = (
                    (dated or owned)
                    and 1 < len(words) <= 8
                    and is_capitalised(words[0])
                    and all(t.is_alpha or t.text in ("'", "’", "-") for t in words)
                    and not any(t.pos_ in ("VERB", "AUX") for t in words[1:])
                )
                if sentence_case:
                    span = (token.i + 1, inner)
                if _CREDIT_QUOTE.match(doc[token.i + 1 : j].text):
                    # 'a title page reading "Screenplay by X / Directed by Y"': credits
                    return
                if (
                    span
                    and span == (token.i + 1, inner)
                    and j - token.i > 1
                    and (
                        sentence_case
                        or all(
                            t.text[:1].isupper() or t.lower_ in self.lex.title_words or t.is_digit
                            for t in words
                        )
                    )
                ):
                    words = doc[token.i + 1 : inner]
                    if (
                        (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws)
                        and (j + 1 >= len(doc) or "\n" in doc[j + 1].text_with_ws[:1])
                        and any(t.text == "," for t in words)
                        and any(t.tag_ == "PRP" for t in words)
                        and any(t.pos_ == "VERB" for t in words)
                    ):
                        # '"I WRITE THE ENDING FIRST, THEN I LIE ABOUT IT"' above an
                        # interview: a line it quotes, not a title
                        return
                    # (past a comma: 'a short story, "Hollow Bells,"')
                    back = (
                        token.i - 2 if token.i > 1 and doc[token.i - 1].text == "," else token.i - 1
                    )
                    prev = doc[back] if back >= 0 else None
                    if (
                        prev is not None
                        and prev.pos_ == "PROPN"
                        and is_capitalised(prev)
                        and j + 1 < len(doc)
                        and is_capitalised(doc[j + 1])
                        and doc[j + 1].pos_ == "PROPN"
                    ):
                        # 'Consuelo "Connie" Vega': a nickname inside a name
                        return
                    if (
                        prev is not None
                        and prev.lower_ == "as"
                        and prev.i > 0
                        and doc[prev.i - 1].lemma_.casefold() in ("credit", "bill", "list")
                    ):
                        # 'the figure credited as "The Gardener"': a part's name in the credits
                        yield _Candidate(
                            *span,
                            EntityType.CHARACTER,
                            doc[span[0] : span[1]].text,
                            "context:character",
                            8,
                        )
                        return
                    kind = EntityType.FILM
                    if (
                        prev is not None
                        and prev.lower_ in ("called", "named", "titled", "entitled")
                        and back > 0
                    ):
                        # "a short story by Lalitha Varma called 'X'": the noun it names
                        prev = next(
                            (
                                t
                                for t in reversed(doc[max(token.sent.start, back - 8) : back])
                                if t.pos_ == "NOUN"
                            ),
                            prev,
                        )
                    if (
                        prev is not None
                        and prev.lemma_.casefold() in self.lex.work_nouns
                        and prev.lemma_.casefold() not in self.lex.film_nouns
                    ):
                        kind = EntityType.WORK
                    elif self._work_apposition(doc, j + 1):
                        # '"The Keepers," a novel by Fiona MacAuley'
                        kind = EntityType.WORK
                    yield _Candidate(*span, kind, doc[span[0] : span[1]].text, "title:quoted", 7)
                return

    def _work_apposition(self, doc: Doc, k: int) -> bool:
        """Whether the words at token `k` describe the title before them as a work that is
        not a film: ", a novel by", ", the 1972 play", "a Scottish folk tale"."""
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ == "which" and doc[k + 1].lemma_ == "be":
            # '"The Mapmaker's Ledger," which is a memoir by ...'
            k += 2
        if k >= len(doc) or doc[k].lower_ not in ("a", "an", "the"):
            return False
        for t in doc[k + 1 : k + 5]:
            lemma = t.lemma_.casefold()
            if lemma in self.lex.work_nouns:
                return lemma not in self.lex.film_nouns and lemma not in self.lex.forms
            if t.is_punct or not (t.pos_ in ("ADJ", "NUM", "NOUN") or t.ent_type_ == "NORP"):
                return False
        return False

    def _listed_titles(self, doc: Doc, token: Token) -> Iterator[_Candidate]:
        for child in token.subtree:
            if (
                child.dep_ in ("pobj", "conj", "dobj", "appos")
                and is_capitalised(child)
                and child.i > token.i
            ):
                if child.ent_type_ in ("PERSON", "GPE", "DATE", "NORP") or is_year(child):
                    # (nor "The Moss Garden (2015)": the year of a title listed)
                    continue
                run = capitalised_run(doc, child.i, token.i + 1, token.sent.end, self.lex)
                if run:
                    yield _Candidate(
                        *run, EntityType.FILM, doc[run[0] : run[1]].text, "title:works-list", 7
                    )

    def _works_in_parenthesis(self, doc: Doc, token: Token) -> Iterator[_Candidate]:
        person = doc[token.i - 1]
        # only after a director slot: "directed by X (A, B)" / "director X (A, B)"
        cue = any(
            t.lemma_.casefold() in ("direct", "director", "filmmaker")
            for t in doc[max(token.sent.start, person.i - 6) : person.i]
        )
        if not cue:
            return
        close = next(
            (t.i for t in doc[token.i + 1 : min(len(doc), token.i + 30)] if t.text == ")"), None
        )
        if close is None:
            return
        start = token.i + 1
        for i in range(token.i + 1, close + 1):
            if doc[i].text in (",", ";", ")") or doc[i].lower_ == "and":
                span = title_extent(doc, start, i, self.lex)
                if (
                    span
                    and not any(doc[k].ent_type_ in ("PERSON", "DATE") for k in range(*span))
                    # (not "(1946–2021)": a life's years)
                    and any(doc[k].is_alpha for k in range(*span))
                ):
                    yield _Candidate(
                        *span, EntityType.FILM, doc[span[0] : span[1]].text, "title:works-list", 7
                    )
                start = i + 1

    # -- spaCy's named entities -----------------------------------------------------------

    def _bracketed_actor(self, doc: Doc, i: int) -> int | None:
        """The index of the closing bracket when the bracket opened at token `i` holds the
        surname of an actor after a character's name in a plot: "The film follows Dana Rusk
        (Keller), a widow" (the tagger often misses or mistypes the lone surname)."""
        if (
            i < 2
            or i + 2 >= len(doc)
            or not (
                doc[i - 1].ent_type_ == "PERSON"
                # "Hanna Wolak (Brisk)", where the tagger's name stopped short
                or (doc[i - 1].pos_ == "PROPN" and doc[i - 2].ent_type_ == "PERSON")
            )
        ):
            return None
        close = next((k for k in range(i + 1, min(len(doc), i + 4)) if doc[k].text == ")"), None)
        if close is None or close == i + 1:
            return None
        inner = doc[i + 1 : close]
        if not all(t.pos_ == "PROPN" and is_capitalised(t) and t.is_alpha for t in inner):
            return None
        if (
            inner.text.casefold() in self.lex.countries
            or any(t.ent_type_ in ("PERSON", "DATE") for t in inner)
            or inner[-1].text in self.lex.org_suffixes
        ):
            # a person the tagger found needs no help; "(France)" is a country, "(Nocturne
            # Editions)" a company
            return None
        verbs = self.lex.opening["plot_verbs"]
        if any(t.lemma_.casefold() in verbs for t in doc[i].sent if t.pos_ == "VERB"):
            return close
        if len(inner) == 1 and any(
            # "It stars Olga Brisk ... Hanna Wolak (Brisk) returns home": the surname of an
            # actor the text names in full
            e.label_ in ("PERSON", "ORG")
            and 2 <= len(e) <= 3
            and e[-1].text == inner.text
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in e)
            for e in doc.ents
        ):
            return close
        return None

    def _actors_in_brackets(self, doc: Doc) -> Iterator[_Candidate]:
        for token in words_in(doc, _OPEN_BRACKET):
            close = self._bracketed_actor(doc, token.i)
            if close is None and not self._in_cast_list(doc, token.i):
                close = self._first_name_then_full_name(doc, token.i, None)
            if close is not None:
                name = doc[token.i + 1 : close].text
                yield _Candidate(
                    token.i + 1, close, EntityType.PERSON, name, "context:actor-in-brackets", 4
                )

    @staticmethod
    def _first_name_then_full_name(doc: Doc, i: int, close: int | None) -> int | None:
        """The closing bracket of "Mara (Ines Vold)": a lone name, then a bracket holding
        only a full name of two or three words, as a synopsis gives a character and the
        actor who plays them."""
        if i < 1 or i + 3 >= len(doc):
            return None
        if close is None:
            close = next(
                (k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None
            )
        if close is None:
            return None
        before = doc[i - 1]
        if not (before.is_title and before.is_alpha and before.pos_ == "PROPN"):
            return None
        if i >= 2 and (
            (doc[i - 2].is_title and doc[i - 2].pos_ == "PROPN") or doc[i - 2].lower_ == "by"
        ):
            # "releases by Hendrix (Blue Wild Angel)": a maker and their work
            return None
        text = doc_text(doc)
        line = text.rfind("\n", 0, doc[i].idx) + 1
        if _NUMBERED_LINE.match(text, line):
            # "4. Les Voisins du Dessus (Lantern Arc) — $7.1M": a chart's entry and its
            # distributor, not a part and its actor
            return None
        rest = text[doc[close].idx + 1 :].partition("\n")[0]
        if not rest.strip() and not any(t.pos_ in ("VERB", "AUX") for t in doc[i].sent if t.i < i):
            # "The Understudy's Understudy (Verso Original)" on a line of its own: an
            # entry's title and its label, not a part in a synopsis
            return None
        inner = [t for t in doc[i + 1 : close] if t.text not in ("-", "‐")]
        if (
            not 2 <= len(inner) <= 3
            or inner[-1].text in load_lexicon().org_suffixes
            or not all(
                t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and not t.is_upper
                and t.ent_type_
                not in (
                    "GPE",
                    "LOC",
                    "ORG",
                    "DATE",
                    "NORP",
                    "FAC",
                    "WORK_OF_ART",
                    "EVENT",
                    "PRODUCT",
                )
                for t in inner
            )
        ):
            return None
        return close

    def _ner(self, doc: Doc) -> Iterator[_Candidate]:
        for ent in doc.ents:
            found = _NER_TYPES.get(ent.label_)
            if found is None:
                continue
            kind, rule = found
            start, end = ent.start, ent.end
            if start > 0 and doc[start - 1].text in ("#", "@") and not doc[start - 1].whitespace_:
                # "#DustRadio", "@filmleaks_hq": a hashtag or a handle, not a name
                continue
            if ent.label_ == "WORK_OF_ART" and _CREDIT_QUOTE.match(ent.text):
                # "Screenplay by Beatrix Hallam-Yeo": a credit, not a work's title
                continue
            if (
                kind is EntityType.PERSON
                and end - start == 1
                and doc[start].lower_ in self.lex.relations["role_nouns"]
            ):
                # "Ines Varga, Cinematographer, Dies at 82": a headline's trade, no name
                continue
            cell = next(
                (k for k in range(start, end) if doc[k].text == "|" or doc[k].is_space), None
            )
            if cell is not None:
                # "The Tallow Road      | Won": a table's cell ends at its bar
                end = cell
                while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
                    end -= 1
                if end == start:
                    continue
            cut = next((k for k in range(start + 1, end) if doc[k].text == "as"), None)
            if cut is not None:
                # "the cast of Dust Road as Sheriff Amos Pike", read as one place: a name ends
                # before a lower-case "as"
                end = cut
            if kind in (EntityType.PERSON, EntityType.ORGANIZATION):
                start = past_people_word(doc, start, end, self.lex)
            adjective = next(
                (
                    k
                    for k in range(start, min(start + 2, end - 2))
                    if self.lex.demonyms.get(doc[k].lower_) is not None
                ),
                None,
            )
            if (
                adjective is not None
                and kind in (EntityType.PERSON, EntityType.ORGANIZATION)
                and all(doc[k].lower_ in ("the", "a", "an") for k in range(start, adjective))
                and personal_name(doc[adjective + 1 : end].text, self.lex)
            ):
                # "by the Belgian Mathilde Verhaegen": the name after her nationality
                start = adjective + 1
            if kind is EntityType.ORGANIZATION:
                # "the Lithuanian company Vilkas Studio": the name after its description
                lower = [k for k in range(start, end - 1) if doc[k].text.islower()]
                if lower and lower[-1] + 1 < end and is_capitalised(doc[lower[-1] + 1]):
                    start = lower[-1] + 1
                if (
                    doc[start].lower_ == "the"
                    and end - start > 1
                    and doc[end - 1].dep_ == "compound"
                    and doc[end - 1].head.i >= end
                ):
                    # "The Halvorsen Pictures release": the article is the release's
                    start += 1
            bracket = next((k for k in range(start + 1, end) if doc[k].text in _OPEN), None)
            if bracket is not None:
                # "Gonzalo Meza (Rafael": a name and the bracket after it
                end = bracket
            colon = next((k for k in range(start + 1, end) if doc[k].text == ":"), None)
            if colon is not None and self._named_alone(doc, start, colon):
                # "The Weight of Swallows: I cried on the bus": a headline's title before
                # its colon, which the text names on its own elsewhere (not "Mission:
                # Impossible")
                end = colon
            # a name ends at a line break the tagger ran across ("Yoon Da-eun\n- Copper")
            brk = next((k for k in range(start, end) if "\n" in doc[k].text), None)
            if brk is not None:
                end = brk
            while end > start and (
                doc[end - 1].is_punct or doc[end - 1].text in _APOSTROPHES or doc[end - 1].is_space
            ):
                end -= 1
            # "The Copper Orchard in": a name ends before a lower-case function word
            while end > start + 1 and doc[end - 1].text.islower() and doc[end - 1].is_stop:
                end -= 1
            if kind is EntityType.FILM and doc[end - 1].lemma_.casefold() in self.lex.award_heads:
                # "the Evening Critics' Circle award": a prize
                kind, rule = EntityType.AWARD, "ner:award"
            while start < end and (
                doc[start].is_punct
                or (doc[start].lower_ == "the" and kind in (EntityType.PERSON, EntityType.PLACE))
                or (kind is EntityType.PERSON and not doc[start].text[:1].isupper())
            ):
                start += 1
            if (
                kind in (EntityType.PERSON, EntityType.ORGANIZATION)
                and end - start > 2
                and (
                    doc[start].lemma_.casefold() in self.lex.person_roles
                    or doc[start].lower_.removesuffix("es") in self.lex.person_roles
                    or doc[start].lower_.removesuffix("s") in self.lex.person_roles
                )
            ):
                # "Actresses Jameela Jamil": a role noun before a person's name
                start += 1
                kind, rule = EntityType.PERSON, "ner:person"
            if (
                kind is EntityType.PERSON
                and end - start >= 2
                and doc[start].lower_ in self.lex.opening["occupation_nouns"]
            ):
                # "Veterinarian Hanna Wolak returns home": an occupation before the name,
                # and the surname the tagger left out after it
                start += 1
                while (
                    end < doc[start].sent.end
                    and doc[end].pos_ == "PROPN"
                    and is_capitalised(doc[end])
                    and not doc[end].ent_type_
                ):
                    end += 1
            if kind in (EntityType.PERSON, EntityType.ORGANIZATION):
                # "Quill’s American hero": the name is the possessor only
                cut = next(
                    (
                        k
                        for k in range(start + 1, end - 1)
                        if doc[k].lower_ in ("'s", "’s")
                        and (
                            kind is EntityType.PERSON
                            or self.lex.country(doc[k + 1].text) is not None
                        )
                    ),
                    None,
                )
                if cut is not None:
                    end = cut
            # a "person" the tagger finds in "Thu Jun 26 2025" is a date
            if kind is EntityType.PERSON and all(
                doc[k].lower_.rstrip(".") in self.lex.calendar_words or doc[k].like_num
                for k in range(start, end)
            ):
                continue
            for k in range(start + 1, end - 1):
                if doc[k].lower_ in ("'s", "’s") and doc_text(doc).count(doc[k + 1 : end].text) > 1:
                    # "Lisbon's Harbour Museum" in a text that also names "Harbour Museum": the
                    # possessor only locates the name
                    start = k + 1
                    break
            if end <= start:
                continue
            if self._heading_guess(doc, start, end, rule):
                continue
            if end - start == 1 and doc[start].pos_ in ("VERB", "ADJ", "ADV", "AUX"):
                # "it's SUPPOSED to be a mess": an emphasised word, not a name
                continue
            if kind in (EntityType.FILM, EntityType.WORK, EntityType.ORGANIZATION) and all(
                t.lower_ in self.lex.film_nouns
                or t.lemma_.casefold() in self.lex.film_nouns
                or self.lex.genres.get(t.lower_) is not None
                or t.ent_type_ == "NORP"
                for t in doc[start:end]
            ):
                # "Korean Thriller" in a headline: a kind of film, not a title
                continue
            if kind is EntityType.CEREMONY and doc[end - 1].lower_ not in self.lex.ceremony_heads:
                continue
            if (
                end - start == 1
                and end < len(doc)
                and doc[end].text == ":"
                and doc[start].lower_ in self.lex.opening["alias_labels"]
            ):
                # "(Japanese: ..., Hepburn: Name)": a label, not a person
                continue
            if rule == "ner:work":
                end = self._cut_by_author(doc, start, end)
            if rule == "ner:work" and (
                doc[start].pos_ == "PRON"
                or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in doc[start:end])
                or self._whole_line(doc, start, end)
            ):
                # a heading or a quoted remark, not a title
                continue
            name = normalise_name(doc[start:end].text)
            if not name or not any(ch.isalpha() for ch in name):
                continue
            yield _Candidate(start, end, kind, name, rule, 3)

    def _article_title(self, doc: Doc) -> Iterator[_Candidate]:
        """An encyclopedia article's title, its first line above its section headings
        ("The Cartographer's Silence" over "Production[edit]", "Plot"): the film the article
        is about."""
        text = doc_text(doc)
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[:2000])]
        lines = [(at, line) for at, line in lines if line.strip()]
        if len(lines) < 3:
            return
        at, first = lines[0]
        title = first.strip()
        words = title.split()
        if not (
            1 <= len(words) <= 10
            and title[-1] not in ".!?:"
            and all(w[:1].isupper() or w.casefold() in self.lex.title_words for w in words)
            and not self.lex.section_heading(title)
        ):
            return
        if not any(self.lex.section_heading(line) for _, line in lines[1:4]):
            return
        if (
            words[-1].capitalize() in self.lex.org_suffixes
            or _NAVIGATION.fullmatch(lines[1][1])
            or title.casefold() in page_outlets(text)
        ):
            # "THE NORTHERN CHRONICLE" over "News | Sport | Culture", "THE MATINÉE" over
            # "Issue 215 · Letters": a publication's masthead
            return
        lo = at + first.index(title)
        span = doc.char_span(lo, lo + len(title), alignment_mode="contract")
        if span is not None and len(span):
            yield _Candidate(span.start, span.end, EntityType.FILM, title, "title:article", 9)

    def _trade(self, token: Token) -> bool:
        """Whether a word names a person's trade: "cinematographer", "actress"."""
        lemma = token.lemma_.casefold()
        return (
            lemma in self.lex.relations["role_nouns"]
            or lemma in self.lex.opening["occupation_nouns"]
        )

    def _missed_people(self, doc: Doc) -> Iterator[_Candidate]:
        """A name the tagger took for a product or a nationality, where only a person fits:
        "shot by Ines Marr", "starring Odile Varga", "Harlan Reese produced the film"."""
        lex = self.lex
        roles = lex.relations["role_verbs"]
        for ent in doc.ents:
            if ent.label_ not in ("PRODUCT", "NORP") or not 2 <= len(ent) <= 3:
                continue
            if (
                not all(t.pos_ == "PROPN" and is_capitalised(t) and t.is_alpha for t in ent)
                or ent[-1].text in lex.org_suffixes
                or any(lex.demonyms.get(t.lower_) or lex.country(t.text) for t in ent)
            ):
                continue
            cand = _Candidate(
                ent.start, ent.end, EntityType.PERSON, ent.text, "context:person-role", 9
            )
            root, verb = ent.root, ent.root.head
            if root.dep_ == "pobj" and verb.dep_ == "agent":
                # "shot by Ines Marr", "produced by Harlan Reese"
                root, verb = verb, verb.head
            lemma = verb.lemma_.casefold()
            if self._person_slot(doc, cand) or (
                root.dep_ in ("nsubj", "agent")
                and verb.pos_ == "VERB"
                and ("Person" in roles.get(lemma, ()) or lemma in ("shoot", "cut"))
            ):
                yield cand

    def _described_people(self, doc: Doc) -> Iterator[_Candidate]:
        """A name the tagger missed, that opens a sentence and is described after a comma by
        a trade: "Ines Varga, a Swedish cinematographer, has died", "Ines Varga,
        Cinematographer, Dies at 82"."""
        rel = self.lex.relations
        trades = set(rel["role_nouns"]) | set(self.lex.opening["occupation_nouns"])
        for sent in doc.sents:
            start = _first_word(sent)
            if (
                start + 2 < sent.end
                and is_year(doc[start])
                and doc[start + 1].text in ("-", "–", "—", ":")
            ):
                # "1952 - Lorne Whitcombe, Canadian cinematographer": a calendar's entry
                start += 2
            end = start
            while end < sent.end and end - start < 3 and doc[end].pos_ == "PROPN":
                end += 1
            if (
                end - start < 2
                or end + 1 >= sent.end
                or doc[end].text != ","
                or any(doc[k].ent_type_ in ("PERSON", "GPE", "NORP") for k in range(start, end))
                or not all(is_capitalised(doc[k]) and doc[k].is_alpha for k in range(start, end))
            ):
                continue
            k = end + 1
            if doc[k].lower_ in ("a", "an", "the"):
                k += 1
            while (
                k < sent.end - 1
                and (
                    (doc[k].pos_ in ("ADJ", "NOUN", "VERB") and doc[k].text.islower())
                    or doc[k].ent_type_ == "NORP"
                    # "Romanian-born actress", "German-American actor"
                    or (doc[k].text in ("-", "–") and not doc[k].whitespace_)
                )
                and doc[k].lemma_.casefold() not in trades
            ):
                k += 1
            if (
                k < sent.end
                and doc[k].lemma_.casefold() in trades
                and (k + 1 < sent.end and doc[k + 1].text in (",", "(", "."))
            ):
                name = doc[start:end].text
                yield _Candidate(start, end, EntityType.PERSON, name, "context:person-role", 6)

    def _studio_names(self, doc: Doc) -> Iterator[_Candidate]:
        """Proper-noun runs that begin or end with a studio word, which the tagger left out
        or read as a place or a title: "for London Films", "the Films Orion company"."""
        loose = ("", "WORK_OF_ART", "GPE", "LOC", "FAC", "PERSON")
        for token in doc:
            if token.text not in self.lex.studio_words or token.ent_type_ not in loose:
                continue
            start = end = token.i
            if (
                token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ == "PROPN"
                and is_capitalised(doc[token.i + 1])
                and token.i > token.sent.start
                and doc[token.i - 1].pos_ == "PROPN"
            ):
                # "New York Film Critics Circle": the word inside a longer name
                continue
            while (
                start > token.sent.start
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].ent_type_ in loose
                # ("A Greylag Films production.": the article the tagger took for a name)
                and doc[start - 1].lower_ not in ("a", "an")
            ):
                start -= 1
            if start == token.i:
                while end + 1 < token.sent.end and doc[end + 1].pos_ == "PROPN":
                    end += 1
            while (
                end + 2 < token.sent.end
                and doc[end + 1].lower_ in _NAME_LINKS
                and (
                    is_capitalised(doc[end + 2])
                    or (doc[end + 2].text[:2] in ("l'", "d'") and doc[end + 2].text[2:3].isupper())
                )
            ):
                # "Les Films du Goeland", "Les Films de l'Aube": a particle inside the name
                end += 2
                if doc[end].lower_ in _NAME_LINKS and end + 1 < token.sent.end:
                    end += 1
            if start == end or doc[start].is_sent_start:
                continue
            name = normalise_name(doc[start : end + 1].text)
            yield _Candidate(start, end + 1, EntityType.ORGANIZATION, name, "cue:studio-name", 4)
            yield from self._slash_partner(doc, start, end + 1)

    def _slash_partner(self, doc: Doc, start: int, end: int) -> Iterator[_Candidate]:
        """The company a slash joins to a studio's name before what they made together: "A
        Greylag Films / Corrib Screen production", "a Corrib Screen/Greylag Films release"."""
        sent = doc[start].sent
        if end + 1 < sent.end and doc[end].text == "/":
            lo = hi = end + 1
            while hi < sent.end and doc[hi].pos_ == "PROPN" and is_capitalised(doc[hi]):
                hi += 1
            after = hi
        elif start - 1 > sent.start and doc[start - 1].text == "/":
            lo = hi = start - 1
            while (
                lo - 1 >= sent.start and doc[lo - 1].pos_ == "PROPN" and is_capitalised(doc[lo - 1])
            ):
                lo -= 1
            after = end
        else:
            return
        if not 0 < hi - lo <= 4 or after >= sent.end:
            return
        if doc[after].lemma_.casefold() not in self.lex.relations["made_together_nouns"]:
            return
        name = normalise_name(doc[lo:hi].text)
        yield _Candidate(lo, hi, EntityType.ORGANIZATION, name, "cue:studio-name", 4)

    def _cut_by_author(self, doc: Doc, start: int, end: int) -> int:
        """ "The Long Field by Soviet writer Ada Pryce": the title ends before "by" when a
        person or a nationality follows it."""
        for k in range(start + 1, end - 1):
            nxt = doc[k + 1]
            if doc[k].lower_ == "by" and (
                nxt.ent_type_ in ("PERSON", "NORP") or self.lex.country(nxt.text) is not None
            ):
                return k
        return end

    @staticmethod
    def _heading_guess(doc: Doc, start: int, end: int, rule: str) -> bool:
        """Whether a tagger's name of several words sits in a headline ("The Road to
        Harbour: Duarte's Quiet Campaign") and the text never names it elsewhere: in
        title case every word looks like a name."""
        if not rule.startswith("ner:") or end - start < 2:
            return False
        sent = doc[start].sent
        words = [t for t in sent if t.is_alpha]
        if (
            len(words) < 3
            or sent[-1].text in (".", "!")
            or (sent[-1].is_space and (len(sent) > 1 and sent[-2].text in (".", "!")))
        ):
            return False
        capitalised = sum(1 for t in words if t.text[:1].isupper())
        if capitalised < 0.6 * len(words):
            return False
        before = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws
        if not before:
            return False
        name = doc[start:end].text
        return doc_text(doc).count(name) < 2

    @staticmethod
    def _whole_line(doc: Doc, start: int, end: int) -> bool:
        """Whether `doc[start:end]` fills its line, like a heading, with more than one word."""
        sent = doc[start].sent
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return False
        before = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws
        last = sent.end - 1
        while last > sent.start and doc[last].is_space:
            last -= 1
        after = last + 1 >= len(doc) or "\n" in doc[last].text_with_ws + doc[last + 1].text
        return before and after and end - start > 2

    # -- choose, then type by context -----------------------------------------------------

    def _select(self, doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        award_heads = self.lex.award_heads
        taken = [False] * len(doc)
        chosen: list[_Candidate] = []
        for cand in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
            if any(taken[i] for i in range(cand.start, cand.end)):
                continue
            if (
                cand.type is EntityType.FILM
                and cand.rule.startswith("title:")
                and cand.rule != "title:alias"
            ):
                # (an alias keeps its maker: "Tim Burton's The Nightmare Before Christmas")
                _trim_title_lead(doc, cand)
            if cand.type is EntityType.FILM:
                self._main_title_before_colon(doc, cand, taken)
            if (
                cand.type is EntityType.FILM
                and cand.rule in ("title:sentence-subject", "title:opening-subject")
                and cand.end - cand.start >= 2
                and doc[cand.end - 1].lemma_.casefold() in award_heads
                and doc[cand.end - 2].text[:1].isupper()
            ):
                # "The Audience Award was won by X": a prize, whatever its predicate
                cand.type, cand.rule = EntityType.AWARD, "ner:award"
            for i in range(cand.start, cand.end):
                taken[i] = True
            cand.name = (
                normalise_name(cand.name) if cand.type is not EntityType.AWARD else cand.name
            )
            if cand.name:
                chosen.append(cand)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _main_title_before_colon(self, doc: Doc, cand: _Candidate, taken: list[bool]) -> None:
        """ "begin on Meridian: The Last Cartographer": a subtitle's main title, when the
        colon follows a capitalised name inside a sentence (a label opens its line)."""
        colon = cand.start - 1
        if colon < 2 or doc[colon].text != ":" or not doc[colon].whitespace_:
            return
        run = capitalised_run(doc, colon - 1, doc[colon - 1].sent.start, colon, self.lex)
        if (
            run is None
            or run[1] != colon
            or doc[run[0]].is_sent_start
            or run[1] - run[0] > 6
            or any(taken[i] for i in range(run[0], run[1]))
            or any(t.ent_type_ in ("PERSON", "DATE") for t in doc[run[0] : run[1]])
            or not any(t.is_alpha for t in doc[run[0] : run[1]])
            or doc[run[0] - 1].text in _OPEN
        ):
            return
        label = doc[run[0] : run[1]].text
        if label.casefold() in self.lex.opening["alias_labels"] or self.lex.country(label):
            # "(Swedish: I huvet ...)", "Hepburn: ...": a language's label, not a title
            return
        if doc[run[0]].lower_ in self.lex.category_words:
            # "Best Film: The Quiet Hours": the category a result names
            return
        cand.start = run[0]
        cand.name = doc[cand.start : cand.end].text

    def _after_trade(self, text: str, name: str) -> bool:
        """Whether the text writes a person's trade before the name somewhere ("it earned
        composer Teo Vance a nomination"): a person's name, not a film's."""
        return (
            " " in name
            and re.search(rf"\b(?:{self._trades})[ \t]+{re.escape(name)}\b", text) is not None
        )

    @functools.cached_property
    def _trades(self) -> str:
        """An alternation of the nouns for a person's trade (role nouns, not a company's)."""
        roles = self.lex.relations["role_nouns"]
        return alternatives(
            w for w, role in roles.items() if role not in ("productionCompany", "distributor")
        )

    def _film_predicate(self, doc: Doc, cand: _Candidate) -> bool:
        """Whether the name is the subject of a verb only films take: a prize's, a release's
        or a premiere's ("Odile received six nominations", "Klára premiered in Venice")."""
        head = doc[cand.end - 1]
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.casefold()
        if lemma in ("receive", "earn", "garner", "get"):
            return any(
                c.dep_ == "dobj"
                and (
                    c.lemma_.casefold() in self.lex.relations["nomination_nouns"]
                    or c.lemma_.casefold() in ("award", "prize", "nomination")
                )
                for c in verb.children
            )
        return lemma in self.prize_verbs or lemma in (
            "premiere",
            "gross",
            "screen",
            "debut",
            "release",
            "distribute",
        )

    @staticmethod
    def _names_a_part(chosen: list[_Candidate], key: str) -> bool:
        """Whether a one-word name is the first or last name of a part or a person the text
        names in full on its own evidence: "Margery Pell (Ruth Adeyemi)" ... "Margery,
        widowed, takes in a lodger", in a text that also names a film "Margery"."""
        return " " not in key and any(
            c.type in (EntityType.CHARACTER, EntityType.PERSON)
            and not c.rule.startswith("ner:")
            and " " in c.name
            and key in (c.name.split()[0].casefold(), c.name.split()[-1].casefold())
            for c in chosen
        )

    def _retype(self, doc: Doc, chosen: list[_Candidate]) -> None:
        lex = self.lex
        text = doc_text(doc)
        self._surnames_read_as_titles(doc, chosen)
        credited = {
            c.name
            for c in chosen
            if c.type is EntityType.PERSON and c.rule in _CREDITED_PERSON and " " in c.name
        }
        for cand in chosen:
            if cand.rule == "title:possessive-subject" and (
                cand.name in credited or self._after_trade(text, cand.name)
            ):
                # "Music: Agathe Morrow" ... "Agathe Morrow's score stays out of the way": the
                # person the credits name, not a film
                cand.type, cand.rule = EntityType.PERSON, "context:person-name"
        for cand in chosen:
            if (
                cand.rule.startswith("ner:")
                and cand.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)
                and cand.start >= 2
                and doc[cand.start - 1].lower_ == "of"
                and doc[cand.start - 2].lower_ in lex.opening["film_of_nouns"]
                and lex.country(cand.name) is None
            ):
                # "Where are they now? The cast of Jonny Vesper": a film named after its hero
                cand.type, cand.rule = EntityType.FILM, "title:cast-of"
        # a transcript's speakers ("MAYA: ...", two turns or more) are people, whatever a
        # title rule made of their names elsewhere ("it is not a cat horror movie Maya")
        speakers = {name.casefold() for name, n in _speaker_turns(doc_text(doc)).items() if n >= 2}
        films = {
            c.name.casefold()
            for c in chosen
            if c.type is EntityType.FILM
            and c.rule.startswith("title:")
            and not self._no_title_to_spread(text, c)
        } - speakers
        for cand in chosen:
            if cand.type is EntityType.FILM and cand.name.casefold() in speakers:
                cand.type, cand.rule = EntityType.PERSON, "context:person-name"
        parts = {
            c.name.casefold()
            for c in chosen
            if c.type is EntityType.CHARACTER and c.rule == "context:character"
        }
        persons = [c.name for c in chosen if c.type is EntityType.PERSON and " " in c.name]
        surnames: dict[str, str] = {}
        for full in persons:
            surnames.setdefault(full.split()[-1].casefold(), full)
            surnames.setdefault(full.split()[0].casefold(), full)
        # a name that reads as a company's in one place is the company's everywhere in
        # the text ("Tatra Lumen, the small company ..." and later "produced by Tatra Lumen")
        named = Counter(c.name.casefold() for c in chosen)
        cued = {
            c.name.casefold()
            for c in chosen
            if named[c.name.casefold()] > 1
            and not c.rule.startswith(("vocab:", "pattern:", "title:", "context:"))
            and c.type is not EntityType.ORGANIZATION
            and self._organization_cue(doc, c)
        }
        for cand in chosen:
            if (
                cand.rule in ("title:clause-subject", "ner:work")
                and " " not in cand.name
                and cand.name.casefold() in surnames
            ):
                # "Sandoval-Prieto came to cinema as an actor": the surname of a person the
                # text names in full, not a title
                cand.type, cand.rule = EntityType.PERSON, "context:surname"
                continue
            if (
                cand.type is EntityType.FILM
                and cand.rule == "title:quoted"
                and cand.start >= 3
                and doc[cand.start - 1].is_quote
                and doc[cand.start - 2].lower_ == "as"
                # (not 'remade the film as "Crossing at Dusk"': a title)
                and doc[cand.start - 3].text == "("
            ):
                # 'Rafe Gilmartin (as "Kipper")': the nickname of a part
                cand.type, cand.rule = EntityType.CHARACTER, "context:character"
                continue
            if cand.type is EntityType.FILM and self._publication(text, cand.name):
                # "SPLICE & DICE — a podcast about ...", then "Splice & Dice is produced by
                # X": the publication's name, no film's
                cand.type, cand.rule = EntityType.WORK, "context:work"
                continue
            if cand.rule.startswith(("vocab:", "pattern:", "title:", "context:")):
                continue
            if (
                cand.end + 1 < len(doc)
                and doc[cand.end].text == "("
                and doc[cand.end + 1].lower_ in ("born", "née", "nee", "b.")
            ):
                # "Anselm Kovač (born 14 March 1978)": a person, whatever the tagger said
                cand.type, cand.rule = EntityType.PERSON, "context:person-name"
                continue
            key = cand.name.casefold()
            if cand.name in lex.outlets or key in cued or self._organization_cue(doc, cand):
                if cand.type is not EntityType.ORGANIZATION:
                    cand.type, cand.rule = EntityType.ORGANIZATION, "cue:organization"
                continue
            if (
                cand.type
                in (
                    EntityType.PERSON,
                    EntityType.ORGANIZATION,
                    EntityType.FILM,
                    EntityType.PLACE,
                )
                and self._character_slot(doc, cand)
                and lex.country(cand.name) is None
            ):
                # (not "GRANITE HYMN (United States)": a country, not a part)
                cand.type, cand.rule = EntityType.CHARACTER, "context:character"
                continue
            if (
                key in films
                and cand.type is not EntityType.FILM
                and (
                    (
                        not self._names_a_part(chosen, key)
                        # (not "Lilla Molnár as Klára" ... "Her younger sister, Klára,": a part
                        # the text names as one, in a text that also names a film "Klára")
                        and key not in parts
                    )
                    # unless what the sentence says of the name only a film does: "Odile
                    # received six nominations", "Klára premiered at Karlovy Vary"
                    or self._film_predicate(doc, cand)
                )
            ):
                cand.type, cand.rule = EntityType.FILM, "context:film-title"
                continue
            if (
                cand.type is EntityType.FILM
                and cand.rule == "ner:work"
                and cand.start > 0
                and doc[cand.start - 1].lemma_.casefold() in lex.place_nouns
            ):
                # "the fictional border village Llanfair Isaf": a place
                cand.type, cand.rule = EntityType.PLACE, "context:place"
                continue
            if cand.type is EntityType.FILM and cand.rule == "ner:work":
                described = self._described_as(doc, cand.end)
                if described is not None and self._work_type(described) is EntityType.WORK:
                    # "adapts The Lamp at Saltmarsh, a stage play by Ottoline Strand"
                    cand.type, cand.rule = EntityType.WORK, "context:work"
                    continue
            if (
                (
                    cand.type in (EntityType.ORGANIZATION, EntityType.PLACE)
                    or (cand.type is EntityType.FILM and cand.rule == "ner:work")
                )
                and not any(w in lex.org_suffixes for w in cand.name.split())
                and self._person_slot(doc, cand)
            ):
                if lex.country(cand.name) is not None and doc[cand.end].lower_ in ("'s", "’s"):
                    # "directed by Italy's Chiara Lombardi": the country is no person
                    continue
                cand.type, cand.rule = EntityType.PERSON, "context:person-role"
                end = cand.end
                while (
                    end < len(doc)
                    and end - cand.start < 4
                    and doc[end].ent_iob_ == "O"
                    and doc[end].pos_ == "PROPN"
                    and is_capitalised(doc[end])
                    and "\n" not in doc[end - 1].whitespace_
                ):
                    end += 1
                if end > cand.end:
                    # "directed by Zofia Wierzbicka", of which the tagger took only "Zofia"
                    # for a name
                    cand.end = end
                    cand.name = doc[cand.start : end].text
                continue
            if cand.type is EntityType.ORGANIZATION and " " not in cand.name and key in surnames:
                cand.type, cand.rule = EntityType.PERSON, "context:surname"
                continue
            words = cand.name.split()
            if cand.type is EntityType.PERSON and (
                words[-1] in lex.org_suffixes or (len(words) > 1 and words[0] in lex.org_prefixes)
            ):
                # "Tejo Filmes", "Maison Varech": a company's name, by its first or last word
                cand.type, cand.rule = EntityType.ORGANIZATION, "ner:person-as-organization"
        self._commenters(doc, chosen)
        self._first_names_left_out(doc, chosen)
        self._makers_of_titles(doc, chosen)
        self._surnames_read_as_nationalities(doc, chosen, surnames)
        self._surnames_read_as_places(doc, chosen)
        self._people_in_lists(doc, chosen)
        self._propagate_characters(doc, chosen)
        self._nicknames(doc, chosen)

    @staticmethod
    def _commenters(doc: Doc, chosen: list[_Candidate]) -> None:
        """A comment's author is a person: a user name ("marlowe_fan88", "@KPetrakis") or a
        name opening a comment header ("KPetrakis said:"), whatever the tagger made of it."""
        names: set[str] = set()
        for cand in chosen:
            if cand.type not in (
                EntityType.ORGANIZATION,
                EntityType.PLACE,
            ) or not cand.rule.startswith("ner:"):
                continue
            text = doc[cand.start : cand.end].text
            handle = " " not in text and (
                text.startswith("@")
                or "_" in text
                or (any(c.isdigit() for c in text) and any(c.isalpha() for c in text))
            )
            line_start = cand.start == 0 or "\n" in doc[cand.start - 1].text_with_ws
            header = (
                line_start
                and cand.end + 1 < len(doc)
                and doc[cand.end].lower_ in ("said", "says", "wrote", "writes", "commented")
                and (
                    doc[cand.end + 1].text in (":", "...", "…")
                    or "\n" in doc[cand.end].text_with_ws
                )
            )
            if handle or header:
                names.add(cand.name.lstrip("@").casefold())
        for cand in chosen:
            if cand.name.lstrip("@").casefold() in names and cand.rule.startswith("ner:"):
                cand.type, cand.rule = EntityType.PERSON, "context:commenter"
                cand.name = cand.name.lstrip("@")

    @staticmethod
    def _surnames_read_as_nationalities(
        doc: Doc, chosen: list[_Candidate], surnames: dict[str, str]
    ) -> None:
        """ "Nwosu plays Ifeoma", "Blaylock made his debut": a lone word the tagger read as a
        nationality or did not tag, which is the surname of a person the text names in full."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        added = False
        lasts = {full.split()[-1] for full in surnames.values()}
        # the surnames' occurrences, found in the text rather than by walking every token
        found = [
            token
            for last in lasts
            for token in words_in(doc, re.compile(rf"(?<!\w){re.escape(last)}(?!\w)"))
        ]
        for token in sorted(found, key=lambda t: t.i):
            if (
                token.ent_type_ in ("NORP", "", "ORG")
                and token.i not in taken
                and (
                    token.pos_ == "PROPN"
                    # "Ekvall adapted the screenplay": a surname the tagger took for a
                    # common noun, as the subject of a verb
                    or (token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"))
                    # "who is married to Roux": a capitalised word inside a sentence that
                    # the tagger took for a verb
                    or (
                        token.pos_ in ("VERB", "NOUN")
                        and token.is_title
                        and not token.is_sent_start
                    )
                )
                and surnames.get(token.text.casefold(), "").split()[-1:] == [token.text]
                # a lone surname, not part of a longer untagged name
                and not (token.i + 1 < len(doc) and is_capitalised(doc[token.i + 1]))
                and not (token.i > 0 and is_capitalised(doc[token.i - 1]))
            ):
                chosen.append(
                    _Candidate(
                        token.i, token.i + 1, EntityType.PERSON, token.text, "context:surname", 6
                    )
                )
                added = True
        if added:
            chosen.sort(key=lambda c: c.start)

    def _makers_of_titles(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """ "Ilse Varnholt's Tidewater Vespers": the name whose possessive opens a title
        found after a maker (see `_maker_before_title`) is a person's; so is a name with a
        person's shape that owns a film or a film noun ("Amara Diallo's film", "Lucas
        Ferraro's Cinder Season"), whatever the tagger made of it."""
        lex = self.lex
        for k, before in enumerate(chosen):
            cand = chosen[k + 1] if k + 1 < len(chosen) else None
            if before.type not in (EntityType.ORGANIZATION, EntityType.PLACE) or not (
                before.rule.startswith("ner:")
            ):
                continue
            if (
                cand is not None
                and cand.rule == "title:after-maker"
                and before.end == cand.start - 1
            ):
                before.type, before.rule = EntityType.PERSON, "context:maker"
                continue
            j = before.end
            words = before.name.split()
            if (
                j < len(doc)
                and before.start > 0
                and doc[before.start - 1].lower_ in ("a", "an", "the", "every", "another")
                and doc[j].lemma_.casefold() in lex.film_nouns
                and 2 <= len(words) <= 3
                and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
                and not any(w in lex.studio_words or w in lex.org_suffixes for w in words)
                and lex.country(before.name) is None
            ):
                # "a Teodora Vasilescu film": a maker's name before the film noun
                before.type, before.rule = EntityType.PERSON, "context:maker"
                continue
            if j + 1 >= len(doc) or doc[j].lower_ not in ("'s", "’s"):
                continue
            if (
                not 2 <= len(words) <= 3
                or words[0].casefold() in ("the", "a", "an")
                or any(w.isupper() or w in lex.studio_words or w in lex.org_suffixes for w in words)
                or before.name in lex.outlets
                or lex.country(before.name) is not None
            ):
                continue
            owns_film = cand is not None and cand.start == j + 1 and cand.type is EntityType.FILM
            # "Amara Diallo's film", "Marcus Bell's warm-hearted backstage comedy"
            owned = []
            for t in doc[j + 1 : j + 7]:
                if t.is_punct and t.text not in ("-", "‐"):
                    break
                owned.append(t)
            if owns_film or any(
                t.pos_ == "NOUN"
                and (t.lemma_.casefold() in lex.film_nouns or t.lower_ in lex.genres)
                for t in owned
            ):
                before.type, before.rule = EntityType.PERSON, "context:maker"

    def _surnames_read_as_titles(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """ "Asante was nominated again", "Best Actor for Asante": a one-word title read from
        a sentence's shape is the surname of a person the text names in full (in a slot
        only people fill, whatever the tagger said: "starring Odile Varga")."""
        surnames = {
            c.name.split()[-1].casefold()
            for c in chosen
            if " " in c.name
            and (
                c.type is EntityType.PERSON
                or (c.rule.startswith("ner:") and self._person_slot(doc, c))
            )
        }
        for cand in chosen:
            if (
                cand.type is EntityType.FILM
                and cand.rule
                in ("title:opening-subject", "title:sentence-subject", "title:award-for")
                and " " not in cand.name
                and cand.name.casefold() in surnames
            ):
                cand.type, cand.rule = EntityType.PERSON, "context:surname"

    @staticmethod
    def _surnames_read_as_places(doc: Doc, chosen: list[_Candidate]) -> None:
        """ "Ferreira's next film", "Prado, 34, was named", "She married Grange in 2008": the
        surname of a person the text names in full, which the tagger read as a place or a
        company. A place would more likely follow "in", "at" or "from". A person's full name
        the tagger read as a place or a company elsewhere ("in Hollis Grange's Dunsinane") is
        the person's there too."""
        full = {c.name for c in chosen if c.type is EntityType.PERSON and " " in c.name}
        surnames = {name.split()[-1].casefold() for name in full}
        # "Nadia Farouk wrote it" ... "Nadia also produced it": a first name one person has
        firsts = Counter(name.split()[0].casefold() for name in full)
        surnames |= {first for first, n in firsts.items() if n == 1}
        for cand in chosen:
            if cand.type not in (EntityType.PLACE, EntityType.ORGANIZATION) or not (
                cand.rule.startswith("ner:")
            ):
                continue
            if cand.name in full or (
                " " not in cand.name
                and cand.name.casefold() in surnames
                and (
                    doc[cand.start].dep_ in ("nsubj", "nsubjpass", "dobj", "poss")
                    or (
                        not (cand.start > 0 and doc[cand.start - 1].pos_ == "ADP")
                        and cand.end < len(doc)
                        and (
                            doc[cand.end].lower_ in ("'s", "’s", ",", "'", "’")
                            or doc[cand.end].pos_ in ("VERB", "AUX")
                        )
                    )
                )
            ):
                cand.type, cand.rule = EntityType.PERSON, "context:surname"

    @staticmethod
    def _nicknames(doc: Doc, chosen: list[_Candidate]) -> None:
        """ "Anna Petrova, known as Nyusha", "Tomas, nicknamed Tomi", "who goes by Tam": a
        name the text itself gives as another name of the same person or character. Every
        mention of it then denotes that person or character (its surface form stays)."""
        people = (EntityType.PERSON, EntityType.CHARACTER)
        aliases: dict[str, _Candidate] = {}
        for first, second in pairwise(chosen):
            if first.type not in people or not (
                second.type in people or second.rule.startswith("ner:")
            ):
                continue
            between = doc[first.end : second.start].text.casefold()
            words = between.replace(",", " ").replace("(", " ").replace("“", " ").split()
            words = [w.strip("\"'") for w in words if w.strip("\"'")]
            if words and words[0] == "who":
                words = words[1:]
            if (
                words
                in (
                    ["known", "as"],
                    ["also", "known", "as"],
                    ["nicknamed"],
                    ["aka"],
                    ["a.k.a."],
                    ["goes", "by"],
                    ["called"],
                )
                and second.name.casefold() != first.name.casefold()
                # "Anna, called Nyusha by friends"; not "Quaye called Castellane superb"
                and (words != ["called"] or between.lstrip().startswith((",", "(")))
            ):
                aliases[second.name.casefold()] = first
        for cand in chosen:
            main = aliases.get(cand.name.casefold())
            if main is not None and (cand.type in people or cand.rule.startswith("ner:")):
                cand.type, cand.name, cand.rule = main.type, main.name, "context:alias"

    def _first_names_left_out(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """ "Rafaela Conde has been making films", where the tagger named only "Conde", and
        as an organisation: a one-word name right after an untagged capitalised proper noun
        is a person's surname after their first name."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        lex = self.lex
        for cand in chosen:
            if (
                cand.end - cand.start != 1
                or cand.rule not in ("ner:organization", "ner:person", "ner:place")
                or cand.start == 0
            ):
                continue
            first = doc[cand.start - 1]
            if (
                first.i in taken
                or first.pos_ != "PROPN"
                or not first.is_alpha
                or not first.is_title
                or first.ent_type_ not in ("", "PERSON")
                or not first.whitespace_
                or first.lower_ in lex.opening["openers"]
                or (first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].is_title)
                or not doc[cand.start].is_alpha
                or any(
                    w in lex.org_suffixes or w in lex.studio_words for w in (first.text, cand.name)
                )
                or first.text in lex.org_prefixes
                or lex.country(cand.name) is not None
            ):
                continue
            cand.start = first.i
            cand.name = f"{first.text} {cand.name}"
            cand.type, cand.rule = EntityType.PERSON, "context:person-name"
            taken.add(first.i)

    def _people_in_lists(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """ "Jameela Jamil and Amandla Stenberg", "Piotr Zawadzki, Ingvild Aas and Tobias Mork":
        a tagger's organisation coordinated with a person, both names of two capitalised
        words, is a person too."""
        at = {c.end - 1: c for c in chosen}
        for cand in chosen:
            last = doc[cand.end - 1]
            if (
                cand.rule != "ner:organization"
                or cand.end - cand.start != 2
                or last.text in self.lex.org_suffixes
            ):
                continue
            # the name it is coordinated with, or the first of those coordinated with it
            # ("produced by Piotr Zawadzki, Ingvild Aas and Tobias Mork")
            linked = [c.i for c in last.children if c.dep_ == "conj"]
            if last.dep_ == "conj":
                linked.append(last.head.i)
            for i in linked:
                other = at.get(i)
                if (
                    other is not None
                    and other.type is EntityType.PERSON
                    and other.rule.startswith(("ner:", "context:"))
                ):
                    cand.type, cand.rule = EntityType.PERSON, "context:person-role"
                    break

    def _propagate_characters(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """A one-word name the text presents as a figure of a story ("the wealthy heir
        Brak", "Teodor, the youngest son who ...") is a character, and so is every other
        mention of that name in the text, whatever the tagger called it; unless the text
        quotes that name as a speaker ("said Lune"), which only people are."""
        speakers = {
            c.name.casefold()
            for c in chosen
            if (c.start > 0 and doc[c.start - 1].lemma_ in ("say", "tell", "explain"))
            or (c.end < len(doc) and doc[c.end].lemma_ in ("say", "tell", "explain"))
        }
        characters = {c.name.casefold() for c in chosen if c.type is EntityType.CHARACTER}
        for cand in chosen:
            if (
                cand.rule.startswith("ner:")
                and cand.end - cand.start == 1
                and cand.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)
                and self._story_role(doc, cand)
            ):
                characters.add(cand.name.casefold())
        # journalistic usage introduces people by full name; a first name that recurs in a
        # text about a film and is never part of a full name is a character's ("Oona")
        if any(c.type is EntityType.FILM for c in chosen) or any(
            t.lemma_.casefold() in self.lex.film_nouns for t in doc
        ):
            parts = {
                part.casefold()
                for c in chosen
                if c.type is EntityType.PERSON and " " in c.name
                for part in c.name.split()
            }
            counts: dict[str, int] = {}
            labels: set[str] = set()
            meta = [
                (m.start, m.end) for m in credits.metadata(doc_text(doc), self.lex) if not m.bracket
            ]
            for cand in chosen:
                if any(lo <= doc[cand.start].idx < hi for lo, hi in meta):
                    # "Greece 2025 · 98' · Colour · DCP": a catalogue's format, no name
                    continue
                if cand.rule == "ner:person" and cand.end - cand.start == 1:
                    key = cand.name.casefold()
                    counts[key] = counts.get(key, 0) + 1
                    if cand.end < len(doc) and doc[cand.end].text == ":":
                        # "Verdict: False", "Okafor: ...": a label or a speaker
                        labels.add(key)
            # a transcript's speaker labels ("MAYA: Hello ..."), whatever the tagger made
            # of them, name people
            labels |= {m.group(1).casefold() for m in _SPEAKER_LABEL.finditer(doc_text(doc))}
            counts = {key: n for key, n in counts.items() if key not in labels}
            characters |= {key for key, n in counts.items() if n >= _RECURRING and key not in parts}
        characters -= speakers
        characters -= {c.name.casefold() for c in chosen if self._maker_slot(doc, c)}
        for cand in chosen:
            if (
                cand.name.casefold() in characters
                and cand.rule.startswith("ner:")
                and cand.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)
            ):
                cand.type, cand.rule = EntityType.CHARACTER, "context:character"

    def _maker_slot(self, doc: Doc, cand: _Candidate) -> bool:
        """ "Okonjo directed it", "Okonjo's first one", "director Okonjo": a name in a
        slot only the film's makers fill, so not a character's."""
        lex = self.lex
        last = doc[cand.end - 1]
        if (
            last.dep_ == "nsubj"
            and last.head.lemma_.casefold() in lex.relations["role_verbs"]
            and last.head.tag_ != "VBN"
        ):
            return True
        if cand.start > 0 and lex.relations["role_nouns"].get(doc[cand.start - 1].lower_) in (
            "director",
            "screenwriter",
        ):
            # "director Okonjo": a maker's role noun before the name
            return True
        if cand.end + 1 < len(doc) and doc[cand.end].lower_ in ("'s", "’s"):
            after = doc[cand.end + 1 : min(len(doc), cand.end + 4)]
            return any(
                t.lower_ in self.lex.opening["latest_words"]
                or t.lemma_.casefold() in lex.film_nouns
                or t.lemma_.casefold() in ("direction", "directing", "script", "screenplay")
                for t in after
            )
        return False

    def _story_role(self, doc: Doc, cand: _Candidate) -> bool:
        """ "the enforcer Brak", "Mira, the mother who ...": a name with a noun that
        places a figure in a plot."""
        roles = self.lex.story_roles
        prev = doc[cand.start - 1] if cand.start > 0 else None
        if (
            prev is not None
            and prev.pos_ == "NOUN"
            and prev.lemma_.casefold() in roles
            and prev.i > 0
            and doc[prev.i - 1].pos_ in ("DET", "ADJ")
        ):
            return True
        k = cand.end
        if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("the", "a", "an"):
            return False
        k += 2
        while k < min(len(doc), cand.end + 8) and (
            doc[k].pos_ in ("ADJ", "ADV", "CCONJ", "NOUN") or doc[k].text in ("-", "–")
        ):
            token = doc[k]
            if token.pos_ == "NOUN" and (k + 1 >= len(doc) or doc[k + 1].pos_ != "NOUN"):
                return token.lemma_.casefold() in roles
            k += 1
        return False

    def _person_slot(self, doc: Doc, cand: _Candidate) -> bool:
        """A name only a person can fill: "directed by X", "written by X", "director X"."""
        if doc[cand.end - 1].text in self.lex.org_suffixes or cand.name in self.lex.outlets:
            return False
        roles = self.lex.relations["role_verbs"]
        after = doc[cand.end] if cand.end < len(doc) else None
        if after is not None and after.pos_ in ("VERB", "AUX"):
            verb = after
            if verb.lemma_ == "be" and cand.end + 1 < len(doc):
                verb = doc[cand.end + 1]
            span = (cand.start, cand.end)
            if self._person_award(doc, span, verb.lemma_.casefold(), verb.sent):
                # "Marta Quiroga won Best Actress"
                return True
        if after is not None and after.text == "," and cand.end + 2 < len(doc):
            # "Rowena Fairclough, the Scottish filmmaker, died": a person's role in apposition
            k = cand.end + 1
            if doc[k].lower_ in ("the", "a", "an"):
                k += 1
                while k < min(len(doc), cand.end + 6) and (
                    doc[k].pos_ in ("ADJ", "PROPN") or doc[k].ent_type_ == "NORP"
                ):
                    k += 1
                if (
                    k < len(doc)
                    and doc[k].lemma_.casefold() in self.lex.person_roles
                    and not any(t.lower_ == "in" for t in doc[max(0, cand.start - 2) : cand.start])
                ):
                    # (not after "In": "In Salt Harbour, an unnamed narrator wanders ..."
                    # names a work or a place, and the role is the next clause's subject)
                    return True
        prev = doc[cand.start - 1] if cand.start > 0 else None
        if prev is None:
            return False
        if (
            after is not None
            and after.lower_ == "as"
            and prev.lower_
            in (
                "starring",
                "stars",
                "featuring",
                "features",
                "with",
                "and",
                ",",
            )
        ):
            # "starring Nell Ashby as Mara Quint"
            return True
        if (
            prev.lower_ in ("starring", "co-starring", "opposite")
            and cand.end - cand.start >= 2
            and all(t.pos_ == "PROPN" for t in doc[cand.start : cand.end])
        ):
            # "a thriller starring Odile Varga", "opposite Fergus Abernethy": a studio does
            # not star, and a film does not act
            return True
        if prev.lower_ == "by" and cand.start >= 2:
            # "directed by X", "written, directed, and produced by X": a person when any of
            # the verbs takes only people
            k = cand.start - 2
            while k >= max(0, cand.start - 9):
                lemma = doc[k].lemma_.casefold()
                if lemma in roles and set(roles[lemma]) == {"Person"}:
                    return True
                if lemma not in roles and lemma not in ("and", ",", "co", "-"):
                    break
                k -= 1
            return False
        if (
            prev.text == "("
            and after is not None
            and after.text == ")"
            and cand.end - cand.start >= 2
            and cand.start >= 2
            and doc[cand.start - 2].pos_ == "NOUN"
            and doc[cand.start - 2].text.islower()
        ):
            # "follows a street vendor (Lucia Prado) who ...": the actor playing a part
            # described in words
            return True
        person_nouns = {
            k
            for k, v in self.lex.relations["role_nouns"].items()
            if v != "productionCompany" and v != "distributor"
        }
        return prev.lemma_.casefold() in person_nouns and prev.pos_ == "NOUN"

    def _organization_cue(self, doc: Doc, cand: _Candidate) -> bool:
        lex = self.lex
        last = doc[cand.end - 1]
        if "." in cand.name and cand.name.rsplit(".", 1)[-1].casefold() in lex.domain_tlds:
            return True
        after = doc[cand.end] if cand.end < len(doc) else None
        if after is not None and after.lower_ in ("'s", "’s") and cand.end + 1 < len(doc):
            after = doc[cand.end + 1]
        if (
            after is not None
            and after.lower_ in lex.org_cue_after
            and cand.type is not EntityType.PLACE
        ):
            return True
        before = doc[max(0, cand.start - 3) : cand.start].text.casefold()
        if any(before.endswith(cue) for cue in lex.org_cue_before):
            return True
        # "6.6 on X", "92% on X": a rating given on a platform
        if (
            cand.start >= 2
            and doc[cand.start - 1].lower_ in ("on", "at")
            and (doc[cand.start - 2].like_num or doc[cand.start - 2].text == "%")
        ):
            return True
        if cand.end + 2 < len(doc) and doc[cand.end].text == ",":
            # "Tatra Lumen, the small company with which ...": a company in apposition
            described = doc[cand.end + 1 : min(len(doc), cand.end + 6)]
            head = next((t for t in described if t.pos_ == "NOUN"), None)
            if (
                described[0].lower_ in ("the", "a", "an")
                and head is not None
                and head.lemma_.casefold() in lex.relations["company_nouns"]
            ):
                return True
        if cand.type is EntityType.PLACE and cand.end - cand.start >= 2:
            # "London Films", "Films Albatros": a studio, not the place it is named after
            return last.text in lex.studio_words or doc[cand.start].text in lex.studio_words
        return last.text in lex.org_suffixes and cand.type is EntityType.PERSON

    @staticmethod
    def _plays_after(doc: Doc, close: Token | None) -> bool:
        """Whether a verb of playing follows the bracket that closes at `close`, past its
        auxiliaries: "X (Harbour Lights) will play Y", "X (Tide) stars as Y"."""
        if close is None:
            return False
        for token in doc[close.i + 1 : min(len(doc), close.i + 4)]:
            if token.pos_ in ("AUX", "ADV", "PART"):
                continue
            return token.lemma_.casefold() in _PLAY_LEMMAS or token.lemma_ == "star"
        return False

    def _character_slot(self, doc: Doc, cand: _Candidate) -> bool:
        """A name in a character slot: "Y as X", "plays X", "X (Actor)", "X, played by Y",
        "the character X"."""
        lex = self.lex
        first, last = doc[cand.start], doc[cand.end - 1]
        prev = doc[cand.start - 1] if cand.start > 0 else None
        k = cand.start - 1
        while (
            k > cand.start - 5
            and k > 0
            and (doc[k].text.islower() and doc[k].pos_ in ("NOUN", "ADJ", "DET"))
        ):
            # "stars as the harbour pilot Karin Ask": the part's description before its name
            k -= 1
        if (
            k < cand.start - 1
            and doc[k].lower_ == "as"
            and doc[k + 1].pos_ == "DET"
            # (not "as the fiery Manson family acolyte": a name inside the description)
            and not (
                cand.end < len(doc)
                and doc[cand.end].text.islower()
                and doc[cand.end].pos_ == "NOUN"
            )
        ):
            prev = doc[k]
        if prev is not None and prev.lower_ == "as" and prev.i >= 1:
            # "Jeff Bridges as The Dude", "stars X as Y"
            before = doc[prev.i - 1]
            if (
                before.ent_type_ == "PERSON"
                or prev.head.lemma_.casefold() in ("star", "cast", "play", "return")
                # "her role as Dona Celia", "his turn as X"
                or prev.head.lemma_.casefold() in self.lex.opening["part_nouns"]
                or before.lemma_.casefold() in self.lex.opening["part_nouns"]
            ):
                return True
        if prev is not None and prev.lemma_.casefold() in lex.character_cues:
            return True
        if prev is not None and prev.text == ",":
            # "stars X as a ferry pilot, Bride Kellet": the name of the part described
            noun = last.head if last.dep_ == "appos" else None
            marker = noun.head if noun is not None and noun.dep_ == "pobj" else None
            if (
                marker is not None
                and marker.lower_ == "as"
                and noun is not None
                and noun.i < cand.start
                and noun.pos_ == "NOUN"
                and noun.text.islower()
                and marker.head.lemma_.casefold() in ("star", "cast", "play", "return")
            ):
                return True
        for token in (first, last):
            if token.dep_ == "dobj" and token.head.lemma_.casefold() in _PLAY_LEMMAS:
                player = next(
                    (c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                if (
                    player is not None
                    and player.lower_ in ("that", "which")
                    and token.head.dep_ == "relcl"
                ):
                    player = token.head.head
                # (not "Gallup, N.M.: the town that played Arizona": a place standing in
                # for another)
                return player is None or player.lemma_.casefold() not in lex.place_nouns
        after = doc[cand.end] if cand.end < len(doc) else None
        if after is not None and after.text == "(" and cand.end + 1 < len(doc):
            inner = doc[cand.end + 1]
            close = next(
                (t for t in doc[cand.end + 1 : min(len(doc), cand.end + 6)] if t.text == ")"), None
            )
            cast_list = self._in_cast_list(doc, cand.start)
            if (
                (
                    (
                        inner.ent_type_ == "PERSON"
                        and close is not None
                        and all(t.ent_type_ == "PERSON" for t in doc[cand.end + 1 : close.i])
                    )
                    or self._bracketed_actor(doc, cand.end) is not None
                )
                and cand.type is EntityType.PERSON
                # "Rounding out the ensemble are A (Eliza Thorne)": a cast list names the
                # actor first
                and not cast_list
                # "Anneliese Vork-Mbeki (Harbour Lights) will play Ilinca": the player, her
                # last film in brackets
                and not self._plays_after(doc, close)
            ):
                return True
        if after is not None and after.text == "," and cand.end + 2 < len(doc):
            verb = doc[cand.end + 1]
            if verb.lemma_.casefold() in _PLAY_LEMMAS and doc[cand.end + 2].lower_ == "by":
                return True
        return False


@Language.factory("anoragraph_entities")
def make_entity_finder(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder(nlp, name)


def add_components(nlp: Language) -> None:
    """Add anoragraph's entity component to `nlp`, after spaCy's NER."""
    if "anoragraph_entities" not in nlp.pipe_names:
        nlp.add_pipe("anoragraph_entities", last=True)


def find_mentions(doc: Doc) -> Iterator[Mention]:
    """The typed mentions the `anoragraph_entities` component found in `doc`."""
    if SPANS_KEY not in doc.spans:
        return
    lex = load_lexicon()
    starts = sentence_starts(doc)
    for span in doc.spans[SPANS_KEY]:
        rule = span.id_
        yield Mention(
            ref=EntityRef(EntityType(span.label_), span.kb_id_),
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            sentence=sentence_index(starts, span.start),
            rule=rule,
            confidence=lex.mention_confidence(rule),
        )
