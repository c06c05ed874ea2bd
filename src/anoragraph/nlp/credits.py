"""Credits blocks: the labelled lines a festival catalogue, press kit or review header prints
under a film's title ("Director: Lucía Otero", "Cast: Carmen Rial, Maite Aldekoa") and the
metadata line or bracket that gives its countries, year and running time ("Spain | 2025 |
104 min", "(Nigeria, Ghana, 2024, 96')").

Read from the text, not the parse: such lines are not sentences, and the parser joins them to
whatever follows. The labels and units are data (`credit_labels` in
ontology/patterns/relations.json).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..records import EntityType
from .lexicon import Lexicon, per_text
from .spans import alternatives

_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|/)\s*")
_SPLIT_COMPANIES = re.compile(r"\s*(?:,|;|/)\s*")
_SPLIT_PLACES = re.compile(r"\s*;\s*")
# what locates a place after its comma, up to the next semicolon ("Achill Island, Co. Mayo")
_PLACE_QUALIFIER = re.compile(r",[^;]*")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# a name, then a bracket that says the credit is not settled
_HEDGED = re.compile(
    r"[^,;/&()]*\((?:in[ \t]+talks|in[ \t]+negotiations?|tbc|tba|to[ \t]+be[ \t]+confirmed|"
    r"unconfirmed|rumou?red|pending|negotiating|attached|offered)\)",
    re.IGNORECASE,
)
# (a metadata line's fields: "Tunisia–France | 2023", "Nigeria, 2025 — 112 min",
# "Argentina–Spain, 2023. 88 minutes. Spanish.")
_META_PART = re.compile(r"\s*(?:[|·•,/–—]|\.(?=[ \t]))\s*")
_META_LINE = re.compile(r"^[ \t]*([^\n]{4,250}?)[ \t]*$", re.MULTILINE)
_COUNTRY_YEAR = re.compile(r"(?<=[^\W\d])\s+(?=(?:18[7-9]\d|19\d\d|20\d\d)$)")
_META_BRACKET = re.compile(r"\(([^()\n]{4,120})\)")
_HOURS = re.compile(r"\d{1,2}[ \t]*(?:h|hr|hrs)(?:[ \t]*\d{1,2}[ \t]*(?:m|min))?")
_YEAR = re.compile(r"(?:18[7-9]\d|19\d\d|20\d\d|2100)")
# a full stop that ends a sentence, not an initial's ("Harlan J. Whitcombe")
# (not an initial's, nor a title's: "Rev. Ann Pryce", "Dr. Ruth Fenwick", "Co. Mayo")
_ABBREVIATED = ("Rev", "Dr", "Mr", "Mrs", "Ms", "St", "Co", "Fr", "Jr", "Sr", "Prof", "Capt", "Lt")
_FULL_STOP = re.compile(
    r"(?<![\s.][A-Z])"
    + "".join(rf"(?<!\b{a})" for a in _ABBREVIATED)
    + r"\.(?=[ \t]+[A-Z]|[ \t]*$)",
    re.M,
)
_FIELD_BAR = re.compile(r"\s[·•|]\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# a title and its full stop, before the first label of a review's info line
_INFO_TITLE = re.compile(r"[ \t]*([A-Z0-9][^.!?:()\n]{0,80}?)[ \t]*(?:\([^()\n]{1,40}\))?\.[ \t]*$")
_LEADER = re.compile(r"\.{4,}|…{2,}")
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")
_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)$")
_YEAR_BRACKET = re.compile(r"\s*\((?:18[7-9]\d|19\d\d|20\d\d)\)$")


# what the names of a credit line are, by the property its label fills (a name ending like a
# company's, "Nordlys Film", is one whatever the label)
NAME_KINDS = {
    "director": EntityType.PERSON,
    "screenwriter": EntityType.PERSON,
    "castMember": EntityType.PERSON,
    "producer": EntityType.PERSON,
    "directorOfPhotography": EntityType.PERSON,
    "composer": EntityType.PERSON,
    "filmEditor": EntityType.PERSON,
    "productionCompany": EntityType.ORGANIZATION,
    "distributor": EntityType.ORGANIZATION,
    "filmingLocation": EntityType.PLACE,
}


@dataclass(frozen=True)
class Credit:
    """One labelled credit: the property it fills and the names it lists, each with the
    character offsets of its words."""

    start: int
    predicate: str
    names: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class Metadata:
    """A line or bracket of countries, a year, a running time and genres or forms."""

    start: int
    end: int
    bracket: bool
    countries: tuple[tuple[str, int, int], ...]
    year: tuple[int, int, int] | None
    genres: tuple[tuple[str, int, int], ...] = ()


_LABEL_JOIN = re.compile(r"[ \t]*(?:,|/|&|\band\b)[ \t]*")


@functools.cache
def _label_pattern(labels: tuple[str, ...], abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    # a label opens a line or follows a full stop, semicolon, bar or slash, and a colon ends
    # it; a label that reads as the start of a phrase ("Directed by", "Starring", "With") may
    # do without the colon where it opens a line of its own or follows another label's colon
    # ("Cast & crew: Directed by X"), and an abbreviation ("Dir.",
    # "Scr.") with its full stop
    opening = r"(?:^|(?<=[.;|·•/):]\s)|(?<=[.;|·•]))"
    phrases = tuple(
        label
        for label in labels
        # ("Dir. X · Cast A, B · Prod. C": a field's label may do without its colon)
        if label.endswith(" by") or label in ("starring", "with", "cast")
    )
    one = f"(?:{alternatives(labels)})"
    # (a press kit's dotted leader, "Directed by ........ X", stands for the colon; a trade
    # paper's box joins labels, "Director, screenwriter: X", and qualifies them, "Camera
    # (color, widescreen): X")
    return re.compile(
        rf"{opening}[ \t]*(?P<label>{one}(?:[ \t]*(?:,|/|&|and)[ \t]*{one})*)\.?"
        rf"(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*(?::|\.{{2,}}|…+)[ \t]*"
        rf"|{opening}[ \t]*(?P<abbreviations>(?:{alternatives(abbreviations)})\."
        rf"(?:[ \t]*/[ \t]*(?:{alternatives(abbreviations)})\.)+)[ \t]*:?[ \t]*(?=[A-Z])"
        rf"|{opening}[ \t]*(?P<abbreviation>{alternatives(abbreviations)})\.[ \t]+(?=[A-Z])"
        rf"|(?:^|(?<=[.;|·•:][ \t]))[ \t]*(?P<phrase>{alternatives(phrases)})[ \t]+(?=[A-Z])",
        re.IGNORECASE | re.MULTILINE,
    )


def credits(text: str, lex: Lexicon) -> tuple[Credit, ...]:
    """The labelled credits in `text`, in order (labelled with a colon, abbreviated with a
    full stop, "Dir. X", or opening a line, "Directed by X")."""
    return _read_credits(text, lex)


def _find_credits(text: str, lex: Lexicon) -> Iterator[Credit]:
    labels: dict[str, str] = lex.relations["credit_labels"]["labels"]
    abbreviations: dict[str, str] = lex.relations["credit_labels"]["abbreviations"]
    matches = list(_label_pattern(tuple(labels), tuple(abbreviations)).finditer(text))
    for n, match in enumerate(matches):
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if n + 1 < len(matches) and matches[n + 1].start() < end:
            end = matches[n + 1].start()
        bar = _FIELD_BAR.search(text, match.end(), end)
        if bar is not None:
            # "Dir. X · Music by Y": a bar between a line's fields ends the credit
            end = bar.start()
        stop = _FULL_STOP.search(text, match.end(), end)
        if stop is not None:
            # "Dir: Eirik Solvang. Starring ...": a credit ends at its full stop (not at an
            # initial's: "Harlan J. Whitcombe")
            end = stop.start()
        extras: list[str] = []
        if match.group("abbreviation"):
            predicate = abbreviations[match.group("abbreviation").casefold()]
        elif match.group("abbreviations"):
            # "Dir./Ph.: X": one person credited with two jobs
            joined = [p.strip(" .").casefold() for p in match.group("abbreviations").split("/")]
            predicate, extras = abbreviations[joined[0]], [abbreviations[p] for p in joined[1:]]
        else:
            label = (match.group("label") or match.group("phrase")).casefold()
            if label not in labels:
                # "Director, screenwriter: X": each label's role
                joined = [p for p in _LABEL_JOIN.split(label) if p]
                predicate, extras = labels[joined[0]], [labels[p] for p in joined[1:]]
            else:
                predicate = labels[label]
                # "Writer-director: X" credits two roles
                extras = lex.relations["role_noun_extras"].get(label, [])
        if (
            match.group("phrase")
            and text[_line_start(text, match.start()) : match.start()].strip()
            and predicate in ("producer", "productionCompany", "distributor")
        ):
            # "... demolished. Produced by Lalbaug Talkies.": inside a paragraph, a phrase
            # that a company may follow as well as a person is the grammar's to read
            continue
        # a company's name may hold "&" or "and" ("Harrow & Finch"); people are listed so
        split = _SPLIT_COMPANIES if NAME_KINDS.get(predicate) is EntityType.ORGANIZATION else _SPLIT
        value = text[match.end() : end]
        if NAME_KINDS.get(predicate) is EntityType.PLACE:
            # "Loc: Achill Island, Co. Mayo; Ardmore Studios, Bray": places between
            # semicolons, each with the county or town that locates it after a comma
            split = _SPLIT_PLACES if ";" in value else _SPLIT_COMPANIES
            value = _PLACE_QUALIFIER.sub(lambda m: " " * len(m.group()), value)
        names = tuple(_names(value, match.end(), split))
        if (
            NAME_KINDS.get(predicate) is EntityType.PERSON
            and names
            and any(
                w.islower()
                and w not in lex.opening["name_particles"]
                and w not in ("for", "with", "at")
                for w in names[0][0].split()
            )
        ):
            # "Ed: Alan is quite right, and ...": a letters page's editor replying, no
            # names after the label
            continue
        if names and (match.group("label") or _line_of_names(names, lex)):
            for each in (predicate, *extras):
                yield Credit(match.start(), each, names)
    taken = [match.span() for match in matches]
    yield from _bare_credits(text, lex, taken)


# what a screenplay credit may add after its writers: "Screenplay A, B, from the novel by C"
_SOURCE_AFTER = re.compile(r",?[ \t]+(?:from|after|based[ \t]+on|adapted[ \t]+from)[ \t].*$", re.I)


@functools.cache
def _bare_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[|·•][ \t]))[ \t]*(?P<label>{alternatives(labels)})[ \t]+(?=[A-Z])",
        re.IGNORECASE | re.MULTILINE,
    )


def _bare_credits(text: str, lex: Lexicon, taken: list[tuple[int, int]]) -> Iterator[Credit]:
    """A credits box whose labels go without colons ("Director Idris Calloway", "Producer
    Bea Reith · Cinematography Agnieszka Wróbel"): a label of a person's film role opens a
    line or follows a field bar, and only names of two words or more follow it. Such
    a field counts only in a block of them, two on a line or on lines next to each other, so
    that a heading ("Director Spotlight", "Music Video Awards") is none."""
    labels: dict[str, str] = lex.relations["credit_labels"]["labels"]
    roles = tuple(
        label
        for label, predicate in labels.items()
        if len(label) > 3 and NAME_KINDS.get(predicate) is EntityType.PERSON
    )
    found: list[tuple[int, Credit]] = []  # each with its line's number
    for match in _bare_label(roles).finditer(text):
        if any(lo <= match.start() < hi for lo, hi in taken):
            continue
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        bar = _FIELD_BAR.search(text, match.end(), end)
        if bar is not None:
            end = bar.start()
        value = text[match.end() : end].rstrip(" \t.")
        predicate = labels[match.group("label").casefold()]
        if predicate == "screenwriter":
            value = _SOURCE_AFTER.sub("", value)
        names = tuple(_names(value, match.end(), _SPLIT))
        if names and _line_of_names(names, lex) and all(len(n.split()) >= 2 for n, _, _ in names):
            found.append(
                (text.count("\n", 0, match.start()), Credit(match.start(), predicate, names))
            )
    lines = [line for line, _ in found]
    for line, credit in found:
        if lines.count(line) > 1 or line - 1 in lines or line + 1 in lines:
            yield credit


@dataclass(frozen=True)
class CastLine:
    """One line of a cast list printed under a "Cast" heading ("- Ines Vold as Mara Lind"):
    the actor and, when the line names one, the character, each with its offsets."""

    start: int
    actor: tuple[str, int, int]
    character: tuple[str, int, int] | None


# what opens a list item: a dash, a bullet or a number
BULLET = re.compile(r"[ \t]*(?:[-*•–—·]|\d{1,2}[.)])[ \t]+")
_CAST_SEPARATOR = re.compile(
    r"\s+(?:as|–|—|-{1,2}|\.{3}|…)\s+|[ \t]*(?P<leader>\.{4,}|…{2,})[ \t]*"
)
# (a particle joined to the surname: "Samira al-Haddad")
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|[a-z]{1,3}(?:-[A-Z][\w'’-]*)?|d'[A-Z][\w'’-]*)$")


@functools.cache
def _cast_heading(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?:{alternatives(labels)})[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE
    )


def cast_lists(text: str, lex: Lexicon) -> Iterator[CastLine]:
    """The lines of every cast list in `text`: a heading line that is only a cast label
    ("Cast", "Starring:"), then one actor a line, bulleted or not, with the part after
    "as" or a dash. The list ends at the first line that is not one."""
    labels = lex.relations["credit_labels"]["labels"]
    cast = tuple(label for label, predicate in labels.items() if predicate == "castMember")
    for heading in _cast_heading(cast).finditer(text):
        position = heading.end() + 1
        started = gap = False
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line = text[position:end]
            if not line.strip():
                gap = started
                position = end + 1
                continue
            # after a blank line, only a bulleted or "as" line goes on with the list
            found = _cast_line(line, position, heading.start(), loose=not gap)
            if found is None:
                break
            yield found
            started = True
            position = end + 1


# "Clemency: Tamsin Rourke | Thorne: Rory McKinnell": parts and their players on one line
_PART_PAIR = re.compile(
    r"(?P<part>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}):[ \t]+"
    r"(?P<player>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){1,3})[ \t]*(?=[|·•;]|$)"
)


def part_pairs(text: str, lex: Lexicon) -> Iterator[CastLine]:
    """The lines that pair two parts or more with their players, "Part: Player", between
    bars ("Clemency: Tamsin Rourke | Thorne: Rory McKinnell"), as a list article prints
    each version's leads; not a credits line, whose labels are jobs."""
    if "|" not in text and "·" not in text and "•" not in text:
        return
    labels = {label.casefold() for label in lex.relations["credit_labels"]["labels"]}
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if line.count(":") < 2 or not any(bar in line for bar in "|·•"):
            continue
        cells = re.split(r"[|·•]", line)
        pairs = [m for m in _PART_PAIR.finditer(line)]
        if len(pairs) < 2 or len(pairs) != len([c for c in cells if c.strip()]):
            continue
        if any(m.group("part").casefold() in labels for m in pairs):
            continue
        fields = (
            *lex.relations["profile_labels"]["words"],
            *lex.relations["byline_labels"]["words"],
        )
        if any(m.group("part").casefold() in fields for m in pairs):
            # "Agent: Imogen Price · Assistant: Daniel Oyelaran": a profile's fields; "Words:
            # Dominic Achterberg · Photographs: Yaw Mensah": an article's byline
            continue
        if any(m.group("part").split()[0].casefold() in lex.category_words for m in pairs):
            # "Best Film: X · Best Director: Y": a strip of award results, no parts
            continue
        for m in pairs:
            yield CastLine(
                start,
                (m.group("player"), start + m.start("player"), start + m.end("player")),
                (m.group("part"), start + m.start("part"), start + m.end("part")),
            )


def _cast_line(line: str, offset: int, heading: int, loose: bool) -> CastLine | None:
    bullet = BULLET.match(line)
    lo = bullet.end() if bullet else len(line) - len(line.lstrip())
    separator = _CAST_SEPARATOR.search(line, lo)
    if separator is None and bullet is None and not loose:
        return None
    hi = separator.start() if separator else len(line.rstrip())
    actor = line[lo:hi].strip()
    if separator is not None and separator.group("leader"):
        # "Nora Kelleher ........ AISLING DUNMORE": a press kit's or a programme's cast
        # gives the part first, its player after the dotted leader (whose name a press kit
        # prints in capitals, when only one side is)
        part, player = actor, line[separator.end() :].strip()
        if not (part.isupper() and not player.isupper()):
            at = offset + separator.end() + line[separator.end() :].find(player)
            if _is_name(player) and _is_name(part, 1):
                start = offset + lo
                return CastLine(
                    heading, (player, at, at + len(player)), (part, start, start + len(part))
                )
            return None
    # a bare line is a name of two words or more ("Production" is the next heading)
    shortest = 1 if separator or bullet else 2
    if not actor[:1].isupper() or not _is_name(actor, shortest):
        return None
    character = None
    if separator is not None:
        rest = line[separator.end() :]
        # (the part ends at a description after a comma or a dash: "as Odile Marchetti – a
        # seamstress in her late twenties")
        cut = re.search(r"[,;(:]|\s[–—-]\s", rest)
        part = rest[: cut.start()] if cut else rest
        # "as young Brigid", "as the priest": descriptive words before a name are no part
        # of it, and a part with no name is a role, not a character
        words = part.split()
        first = next((k for k, w in enumerate(words) if w[:1].isupper()), len(words))
        name = " ".join(words[first:]).rstrip(".")
        if name and len(words) - first <= 6 and name in rest:
            at = offset + separator.end() + rest.find(name)
            character = (name, at, at + len(name))
    return CastLine(heading, (actor, offset + lo, offset + lo + len(actor)), character)


def _is_name(name: str, shortest: int = 2) -> bool:
    words = name.split()
    return shortest <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


def _line_of_names(names: tuple[tuple[str, int, int], ...], lex: Lexicon) -> bool:
    """Whether a line after a label with no colon lists only names ("Directed by Priya
    Ramanathan"), not a sentence ("Directed by Ana Ruiz, the film follows ...")."""
    return all(
        1 <= len(name.split()) <= 5
        and all(
            w[:1].isupper()
            or w == "&"
            # "Karim al-Mansouri"
            or w.split("-")[0] in lex.opening["name_particles"]
            for w in name.split()
        )
        for name, _, _ in names
    )


def _names(value: str, offset: int, split: re.Pattern[str]) -> Iterator[tuple[str, int, int]]:
    """The names a credit lists, with their offsets: brackets ("(uncredited)") and the part
    after "as" are dropped."""
    # "Aisling Rooney (in talks)": a name its bracket hedges is no credit yet
    value = _HEDGED.sub(lambda m: " " * len(m.group()), value)
    cleaned = _BRACKETED.sub(lambda m: " " * len(m.group()), value)
    position = 0
    for piece in split.split(cleaned):
        at = cleaned.find(piece, position)
        position = at + len(piece)
        # (not a separator the next label leaves behind: "Photography: X · Music: Y")
        name = piece.split(" as ")[0].strip().rstrip(".·•|/ \t")
        if name:
            start = offset + at + len(piece) - len(piece.lstrip())
            yield name, start, start + len(name)


def metadata(text: str, lex: Lexicon) -> Iterator[Metadata]:
    """Lines and brackets holding only countries, a year and a running time, at least two
    of them."""
    if "|" not in text and "(" not in text and "min" not in text and "/" not in text:
        yield from _fragment_metadata(text, lex)
        yield from _info_line_metadata(text, lex)
        return
    units = tuple(lex.relations["credit_labels"]["runtime_units"])
    certificates = frozenset(lex.relations["credit_labels"]["certificates"])
    lines = _META_LINE.finditer(text) if "|" in text or "min" in text or "/" in text else iter(())
    brackets = _META_BRACKET.finditer(text) if "(" in text else iter(())
    for bracket, match in [(False, m) for m in lines] + [(True, m) for m in brackets]:
        value = match.group(1)
        # "Greece, Cyprus 2025 · 98'": a country, then the year, without a bar between
        parts = [q for p in _META_PART.split(value) if p for q in _COUNTRY_YEAR.split(p) if q]
        if len(parts) < 2:
            continue
        countries: list[tuple[str, int, int]] = []
        genres: list[tuple[str, int, int]] = []
        year: tuple[int, int, int] | None = None
        runtime = False
        position = 0
        for part in parts:
            at = value.find(part, position)
            position = at + len(part)
            lo = match.start(1) + at
            # "Poland/Czech Republic.": a line's full stop is no part of its last item
            part = part.rstrip(".") if not bracket else part
            words = part.rstrip("'.").split()
            if _YEAR.fullmatch(part) and year is not None:
                # "(1931–2003)": a span of years, a life's or a run's, no film's
                countries.clear()
                year = None
                break
            if _YEAR.fullmatch(part):
                year = (int(part), lo, lo + len(part))
            elif (part.endswith(units) and words and words[0].isdigit()) or _HOURS.fullmatch(part):
                runtime = True
            elif part in certificates and not countries and not genres:
                # "R | 1h 52m | Crime, Mystery": a certificate leads a film page's line
                continue
            elif (country := lex.country(part)) is not None and not (
                # "Belgium | 2024 | 79 min | Documentary | French, Dutch": after the
                # countries and the year, a demonym is a spoken language
                countries and year is not None and part.casefold() in lex.demonyms
            ):
                countries.append((country, lo, lo + len(part)))
            elif (genre := lex.genres.get(part.casefold())) is not None:
                genres.append((genre, lo, lo + len(part)))
            elif part.casefold() not in lex.forms:
                if (
                    year is not None
                    and (runtime or (countries and re.search(r"[·|•]", value)))
                    and (not bracket or runtime)
                ):
                    # "1983 | West Germany | 131 min | New 4K restoration": a catalogue's
                    # further fields (language, format) after the ones it always prints;
                    # "Canada/Ireland 2025 · Dir. Maren Dunphy · ...": a magazine's specs
                    # line, its credits after the countries and the year
                    yield Metadata(
                        match.start(), match.end(), bracket, tuple(countries), year, tuple(genres)
                    )
                break
        else:
            if year is not None or countries or (genres and runtime):
                yield Metadata(
                    match.start(),
                    match.end(),
                    bracket,
                    tuple(countries),
                    year,
                    tuple(genres),
                )
    yield from _fragment_metadata(text, lex)
    yield from _info_line_metadata(text, lex)


def _info_line_metadata(text: str, lex: Lexicon) -> Iterator[Metadata]:
    """The countries and year among a review's info line's full-stopped fragments, after its
    title and credits: "Harrow Lane. Dir: Felicity Orme. UK, 2025. 104 mins. Cert 15."."""
    if ". Dir" not in text and ". Director" not in text:
        return
    for line in _INFO_LINE.finditer(text):
        for piece in re.finditer(r"[^.]+\.", line.group()):
            countries: list[tuple[str, int, int]] = []
            year: tuple[int, int, int] | None = None
            for part in re.finditer(r"[^/,&.]+", piece.group()):
                name = part.group().strip()
                lo = line.start() + piece.start() + part.start()
                lo += len(part.group()) - len(part.group().lstrip())
                if _YEAR.fullmatch(name):
                    year = (int(name), lo, lo + len(name))
                elif (country := lex.country(name)) is not None:
                    countries.append((country, lo, lo + len(name)))
                elif name:
                    break
            else:
                if countries:
                    at = line.start() + piece.start()
                    yield Metadata(at, at + len(piece.group()), False, tuple(countries), year)


# a review's info line: a title, then a director's credit, among full-stopped fragments
_INFO_LINE = re.compile(r"^[ \t]*[A-Z][^.\n]{0,80}\.[ \t]+Dir(?:ector|ected by)?\b[^\n]*$", re.M)


# a line that opens with short sentences: "Canada. Animation. Directed by Gord Fairweather."
_FRAGMENTS = re.compile(r"^[ \t]*(?P<lead>[A-Z][^.\n]{1,40}\.(?:[ \t]+[A-Z][^.\n]{1,40}\.)+)", re.M)


def _fragment_metadata(text: str, lex: Lexicon) -> Iterator[Metadata]:
    """A listing's line whose first full-stopped fragments are a country and a genre
    ("Norway. Drama. Dir: Eirik Solvang."): the metadata those fragments hold."""
    for match in _FRAGMENTS.finditer(text):
        countries: list[tuple[str, int, int]] = []
        genres: list[tuple[str, int, int]] = []
        end = match.start("lead")
        for piece in re.finditer(r"[^.]+\.", match.group("lead")):
            found = False
            for part in re.finditer(r"[^/,&|.]+", piece.group()):
                name = part.group().strip()
                lo = (
                    match.start("lead")
                    + piece.start()
                    + part.start()
                    + (len(part.group()) - len(part.group().lstrip()))
                )
                if (country := lex.country(name)) is not None:
                    countries.append((country, lo, lo + len(name)))
                    found = True
                elif (genre := lex.genres.get(name.casefold())) is not None:
                    genres.append((genre, lo, lo + len(name)))
                    found = True
                elif name:
                    found = False
                    break
            if not found:
                break
            end = match.start("lead") + piece.end()
        if countries and (genres or len(countries) > 1):
            yield Metadata(match.start("lead"), end, False, tuple(countries), None, tuple(genres))


_BY_CREDIT = re.compile(r"[A-Za-z-]+ed[ \t]+by\b", re.IGNORECASE)


def headings(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """The character spans of the titles credits are printed under: the line above a block
    of credit and metadata lines, or the words a metadata bracket follows at the start of
    its line ("Copper Rain (Nigeria, 2024, 96 min). Director: ...")."""
    found: set[int] = set()
    lines: dict[int, bool] = {}
    for credit in credits(text, lex):
        line = _line_start(text, credit.start)
        before = text[line : credit.start]
        if not before.strip(" \t-*•·"):
            # a label that opens its line; one inside a paragraph ("... than the songs.
            # Country: Taiwan.") heads no block
            lines[line] = True
        elif (
            (info := _INFO_TITLE.match(before)) is not None
            and line + info.start(1) not in found
            and len(words := _WORD.findall(info.group(1))) <= 8
            and all(w[:1].isupper() or w.casefold() in lex.title_words for w in words)
            # (not "Mystery. Directed by ...": a listing's genre before its credits)
            and info.group(1).strip().casefold() not in lex.genres
            # (nor "Produced by Anneliese Gorton. Written by ...": a credit itself)
            and not _BY_CREDIT.match(info.group(1).strip())
        ):
            # "Harrow Lane. Dir: Felicity Orme. UK, 2025.": a review's info line opens with
            # the title it credits
            found.add(line + info.start(1))
            yield line + info.start(1), line + info.end(1)
    for meta in metadata(text, lex):
        if meta.bracket:
            line = _line_start(text, meta.start)
            title = text[line : meta.start]
            stripped = title.strip()
            if line in lines or ".." in stripped or "…" in stripped:
                # "Distributed by ..... Titania Distribuzione (Italy, 1958)": a credit's
                # bracket, not a title's
                continue
            if (
                stripped
                and stripped[:1].isupper()
                and len(stripped.split()) <= 10
                # "ORIGINAL CREDITS (1947)": a section's heading, dated
                and not lex.section_heading(text[line : meta.end])
            ):
                lead = len(title) - len(title.lstrip())
                if line + lead not in found:
                    found.add(line + lead)
                    yield line + lead, line + lead + len(stripped)
        else:
            lines[_line_start(text, meta.start)] = True
    for start in sorted(lines):
        heading = _heading_above(text, start, lines, lex)
        if heading is not None and heading[0] not in found:
            found.add(heading[0])
            yield heading


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _heading_above(
    text: str, start: int, block: dict[int, bool], lex: Lexicon
) -> tuple[int, int] | None:
    """The nearest line above `start` that is neither blank nor part of the credits block,
    when it is short enough to be a title and ends like one. A line or two of lower-case
    prose between them ("Now streaming on Kinetica+") is a subheading, not the title, and a
    section's heading ("PRODUCTION NOTES") is passed over. Under a dateline ("Thu 6 Mar
    2025") the block belongs to an article, whose headline is no line of its own."""
    end = start - 1
    prose = 0
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        stripped = line.strip()
        if not stripped or line_start in block or lex.section_heading(stripped):
            end = line_start - 1
            continue
        if _BYLINE.match(stripped):
            # "By Jo Marsh · Film ★★★★": a review's byline, over its specs box
            return None
        if re.search(r"(?<!\d)\d{1,2}(?!\d)", stripped) and any(
            w.casefold() in lex.calendar_words for w in _WORD.findall(stripped)
        ):
            return None
        if (
            "|" in stripped
            or _LEADER.search(stripped)
            or (stripped.count(" · ") >= 2 and re.search(r"\d", stripped))
        ):
            # a metadata line this vocabulary does not read whole ("Greece, Cyprus 2025 ·
            # 98' · Colour · DCP"), or a credit line with a dotted leader ("Lars Brix .......
            # MIKKEL SAND")
            end = line_start - 1
            continue
        label, colon, rest = stripped.partition(":")
        if colon and rest.strip() and label.strip().casefold() in lex.strand_labels:
            # "TRIBUTE: MARINA": a programme's strand, then the entry's title
            line_start += len(line) - len(line.lstrip()) + len(label) + 1
            line = line[len(line) - len(line.lstrip()) + len(label) + 1 :]
            stripped = line.strip()
        if ":" in stripped or len(stripped.split()) > 10 or stripped[-1:] in ".,;":
            return None
        if not stripped[:1].isupper() and not stripped[:1].isdigit():
            return None
        titles = _two_titles(stripped, lex)
        if titles is not None:
            # "El último tranvía / The Last Tram", "SALT AND IRON – Salz und Eisen": a
            # title and its other-language one; the one the programme prints in capitals,
            # or else the one written as an English title is
            lead = line.find(titles)
            return line_start + lead, line_start + lead + len(titles)
        main = _BRACKET_AFTER.sub("", stripped) or stripped
        # ("NEAR ENOUGH (Nah genug)": a title in capitals, whatever case its original has)
        words = _WORD.findall(main if main.isupper() else stripped)
        if prose < 2 and any(w.islower() and w not in lex.title_words for w in words[1:]):
            prose += 1
            end = line_start - 1
            continue
        # "Glasshouse (2024)": the title, without the year in brackets after it; "1. Title":
        # without the number a round-up gives it
        stripped = _YEAR_BRACKET.sub("", stripped)
        # "THE LOW TIDE HOUSE (Shiosai no Ie)": the title, not its original one after it
        stripped = _BRACKET_AFTER.sub("", stripped) or stripped
        number = _LIST_NUMBER.match(stripped)
        if number is not None:
            line_start += number.end()
            stripped = stripped[number.end() :]
        # "THE SALT CLOCK ★": the title, without a programme's marker after it
        stripped = _MARKERS_AFTER.sub("", stripped)
        lead = len(line) - len(line.lstrip())
        if not stripped.isupper():
            above = _caps_title_above(text, line_start)
            if above is not None:
                # "THE SALT CLOCK ★" over "O Relógio de Sal": the title a programme prints in
                # capitals, above the original one
                return above
        return line_start + lead, line_start + lead + len(stripped)
    return None


_TWO_TITLES = re.compile(r"[ \t]+(?:/|–|—)[ \t]+")


def _two_titles(line: str, lex: Lexicon) -> str | None:
    """Of a heading that gives a title twice ("Laila / Layla", "Paper Tigers of Saigon / Hổ
    giấy Sài Gòn"), the one in capitals, or else the first written as a title is: each word
    capitalised but the small ones. None when the line is not of that shape."""
    sides = _TWO_TITLES.split(line)
    if len(sides) != 2 or not all(_WORD.search(side) for side in sides):
        return None
    capitals = [side for side in sides if side.isupper()]
    if len(capitals) == 1:
        return capitals[0]
    if "/" not in line:
        # ("Paris – Texas" is a title of its own)
        return None
    for side in sides:
        words = _WORD.findall(side)
        if 1 <= len(words) <= 8 and all(
            w[:1].isupper() or w.casefold() in lex.title_words for w in words
        ):
            return side
    return None


# a byline: "By Jo Marsh", "By Callum Reddy · 2 December 2025"
_BYLINE = re.compile(r"By[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}[ \t]*(?:$|[·|,–—])")
_MARKERS_AFTER = re.compile(r"[ \t]*[★☆✩✪✫✬✭✮✯½*†‡✦◆]+$")


def _caps_title_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The line right above `line_start`, when it is a title in capitals."""
    if line_start < 2:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above_start : line_start - 1]
    stripped = _MARKERS_AFTER.sub("", line.strip())
    words = _WORD.findall(stripped)
    if not stripped or not stripped.isupper() or not 1 <= len(words) <= 8 or ":" in stripped:
        return None
    lead = len(line) - len(line.lstrip())
    return above_start + lead, above_start + lead + len(stripped)


@dataclass(frozen=True)
class TableRow:
    """A row of a programme's or a syllabus's table ("Wk 2 | The Ninth Bridge (1974) |
    Amara Oyelaran-Reeve | Nigeria / UK"): the title cell, its year, the first name cell
    after it (the director's, as such tables print them) and the country cells, each with
    offsets."""

    title: tuple[str, int, int]
    year: tuple[int, int, int]
    maker: tuple[str, int, int] | None
    countries: tuple[tuple[str, int, int], ...]


_TITLE_CELL = re.compile(r"(?P<title>[A-Z0-9][^|()\n]{0,80}?)[ \t]*\((?P<year>(?:18|19|20)\d\d)\)$")
_NAME_CELL = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}")


def table_rows(text: str, lex: Lexicon) -> Iterator[TableRow]:
    """The film rows of the tables `text` prints with bars between cells."""
    if text.count("|") < 2:
        return
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if line.count("|") < 2:
            continue
        cells = _cells(line, start)
        found = next(
            ((k, m) for k, (cell, _) in enumerate(cells) if (m := _TITLE_CELL.match(cell))), None
        )
        if found is None:
            continue
        k, match = found
        at = cells[k][1]
        title = (match.group("title"), at, at + len(match.group("title")))
        year = (int(match.group("year")), at + match.start("year"), at + match.end("year"))
        maker = None
        countries: list[tuple[str, int, int]] = []
        for cell, lo in cells[k + 1 :]:
            parts = [p.strip() for p in re.split(r"[/,]", cell) if p.strip()]
            named = [lex.country(p) for p in parts]
            if parts and all(named):
                for part, country in zip(parts, named, strict=True):
                    at = lo + cell.find(part)
                    countries.append((str(country), at, at + len(part)))
            elif maker is None and _NAME_CELL.fullmatch(cell) and lex.country(cell) is None:
                maker = (cell, lo, lo + len(cell))
        yield TableRow(title, year, maker, tuple(countries))


@dataclass(frozen=True)
class ChartRow:
    """A line of a box-office chart ("3. The Bramble Kids (Oriel/Northlight) -- $9.1M"): the
    film's title and the companies the chart brackets after it (its distributors), each
    with offsets."""

    title: tuple[str, int, int]
    companies: tuple[tuple[str, int, int], ...]


# a rank, the title, the bracketed companies, then the takings
_CHART_ROW = re.compile(
    r"^[ \t]*(?:#?\d{1,3}[.)]|\(\d{1,3}\))[ \t]+"
    r"(?P<title>[A-Z0-9\"“'‘][^\n()$]{0,80}?)[ \t]*"
    r"\((?P<companies>[A-Z][^()\n$]{0,60})\)[ \t]*(?:--|[—–|:,-])?[ \t]*(?:US|A|C)?[$£€¥]\d",
    re.M,
)
_QUOTED_TITLE = re.compile(r"^[\"“'‘](?P<inner>.+)[\"”'’]$")


def chart_rows(text: str, lex: Lexicon) -> Iterator[ChartRow]:
    """The film lines of a box-office chart: a rank, a title, its distributors in brackets,
    then the sum it took ("1. Copperline (Meridian Pictures) — $41.2M — NEW")."""
    if not any(c in text for c in "$£€¥"):
        return
    for match in _CHART_ROW.finditer(text):
        title, lo = match.group("title"), match.start("title")
        quoted = _QUOTED_TITLE.match(title)
        if quoted is not None:
            title, lo = quoted.group("inner"), lo + 1
        companies = []
        for name in re.finditer(r"[^/,;&]+", match.group("companies")):
            stripped = name.group().strip()
            words = _WORD.findall(stripped)
            if (
                not words
                or not all(w[:1].isupper() for w in words)
                or lex.country(stripped) is not None
                or _YEAR.search(stripped)
            ):
                continue
            at = match.start("companies") + name.start() + name.group().find(stripped)
            companies.append((stripped, at, at + len(stripped)))
        yield ChartRow((title, lo, lo + len(title)), tuple(companies))


@dataclass(frozen=True)
class FilmographyRow:
    """A row of a filmography table under a heading line that names its columns ("Year |
    Title | Role | Notes"): each known column's cell, with its offsets."""

    cells: tuple[tuple[str, tuple[str, int, int]], ...]

    def get(self, column: str) -> tuple[str, int, int] | None:
        return next((cell for name, cell in self.cells if name == column), None)


def _cells(line: str, start: int) -> list[tuple[str, int]]:
    cells = []
    position = start
    for cell in line.rstrip("\n").split("|"):
        lead = len(cell) - len(cell.lstrip())
        cells.append((cell.strip(), position + lead))
        position += len(cell) + 1
    return cells


def filmography_rows(text: str, lex: Lexicon) -> tuple[FilmographyRow, ...]:
    """The rows of the filmography tables `text` prints with bars between cells, under a
    heading line whose cells name the columns, a title's among them (read once per text:
    the context and the credit readers both use them)."""
    return _read_filmography(text, lex)


def job_roles(words: str, lex: Lexicon) -> list[str] | None:
    """The film roles a team member's bracket names, each a role noun ("Writer/Director",
    "Director of Photography"), with the roles a compound noun adds; None when a part of
    it is no role noun."""
    nouns: dict[str, str] = lex.relations["role_nouns"]
    extras: dict[str, list[str]] = lex.relations["role_noun_extras"]
    roles: list[str] = []
    for part in re.split(r"[ \t]*(?:/|&|,|\band\b)[ \t]*", words.casefold()):
        if part not in nouns:
            return None
        roles += [nouns[part], *extras.get(part, [])]
    return roles


def accolade_rows(text: str, lex: Lexicon) -> tuple[FilmographyRow, ...]:
    """The rows of an accolades table ("Award | Date of ceremony | Category | Recipient(s) |
    Result") `text` prints with bars between cells (the column names are the ontology's)."""
    return _read_accolades(text, lex)


def _find_filmography(text: str, lex: Lexicon) -> Iterator[FilmographyRow]:
    yield from _table_rows(text, lex.relations["filmography_columns"]["columns"], "title")


def _find_accolades(text: str, lex: Lexicon) -> Iterator[FilmographyRow]:
    if _RESULT_COLUMN.search(text) is None:
        # (no table without a result column to read)
        return
    yield from _table_rows(
        text, lex.relations["accolade_columns"]["columns"], "result", spanned=("award", "date")
    )


_RESULT_COLUMN = re.compile(r"(?i)\|[ \t]*(?:results?|outcome)[ \t]*(?:\||$)", re.M)


def _table_rows(
    text: str, columns: dict[str, str], key: str, spanned: tuple[str, ...] = ()
) -> Iterator[FilmographyRow]:
    """The rows under a heading line of bar-separated cells that all name known columns,
    `key` among them, each row's known cells with their offsets. A `spanned` column's empty
    cell holds what the row above holds (an accolades table prints "Golden Globe Awards"
    once above its categories)."""
    if text.count("|") < 4:
        return
    heading: list[str | None] | None = None
    above: dict[str, tuple[str, int, int]] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if line.count("|") < 1:
            heading = None
            continue
        cells = _cells(line, start)
        names = [columns.get(cell.casefold()) for cell, _ in cells]
        if all(names) and key in names and len(names) >= 2:
            heading, above = names, {}
            continue
        if heading is None or len(cells) < len(heading) - 1:
            continue
        found = tuple(
            (name, (cell, lo, lo + len(cell)))
            for name, (cell, lo) in zip(heading, cells, strict=False)
            if name is not None and cell
        )
        if not any(name == key for name, _ in found):
            continue
        have = {name for name, _ in found}
        found += tuple((n, above[n]) for n in spanned if n not in have and n in above)
        above.update((name, cell) for name, cell in found if name in spanned)
        yield FilmographyRow(found)


_read_credits = per_text(_find_credits)
_read_filmography = per_text(_find_filmography)
_read_accolades = per_text(_find_accolades)
