"""Award results as results lists and live blogs print them: "Best Actress goes to Nadia
Okonjo for Ferryman", "Best Director: Sofia Lindgren, The Quiet Hours", "Best Film: The Quiet
Hours!", "20:22 — Best Original Score: Tomasz Nowicki (Iron Meridian)".

Read from the text, like credits blocks (credits.py): a category opens a line or a sentence,
a colon or "goes to" follows, then the winner and, after "for", a comma or a bracket, the
work. The category says who wins it: people win "Best Actress" and "Best Director", films win
"Best Film" and "Best Documentary". A craft category ("Best Cinematography", "Best Original
Score") is won by a person when a work follows the name, and by the film when none does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..records import EntityType
from .credits import BULLET
from .lexicon import Lexicon, per_text

_OPEN = (
    r"(?:^[ \t]*(?:[-*•][ \t]+)?(?:\d{1,2}[:.]\d{2}[ \t]*(?:[—–-][ \t]*)?)?"
    r"|(?<=[.!?][ \t])|(?<=[—–·•][ \t]))"
)
_WORD = r"[A-Z][\w'’-]*"
_SMALL = r"(?:in|of|a|an|the|for|by|and|or|&|to|with|on|at)"
# a colon, "goes to" (a live blog's "goes to..." too), a bare "to" ("Best Editing to Pita
# Moana"), or the end of a line that holds only the category ("Best Director" above "Petra
# Hallberg for Ashgrove", as a festival's results list prints them)
_CONNECT = (
    r"(?:[ \t]*:[ \t]+|[ \t]+(?:(?:goes|went|go)[ \t]+)?to(?:\.{3}|…)?[ \t]+(?=[A-Z0-9\"“])"
    r"|[ \t]*\n[ \t]*(?=[A-Z0-9\"“]))"
)
_NAME = r"[\"“]?[A-Z0-9][^\n,;:!?()\"“”—–·•]*?[\"”]?"
_WORK_LEAD = (
    r"(?:[ \t]+(?:wins[ \t]+|won[ \t]+)?for[ \t]+|[ \t]+in[ \t]+|[ \t]*,[ \t]+|[ \t]*\([ \t]*)"
)
# (a strip of results is parted by middle dots: "Best Film: X · Best Director: Y")
_END = r"(?=[ \t]*(?:[.,;!?()]|[—–·•]|$))"
# (a comma may end a title's word: "Northbound, Quietly")
_TITLE_WORD = re.compile(
    r"[\"“]?(?:[A-Z0-9][\w'’:-]*,?|of|in|a|an|the|and|to|on|at|for|with)[\"”]?$"
)


# "for her role as", "for his performance in": what a person's prize was for
_FOR_PART = re.compile(r"[ \t]+for[ \t]+(?:her|his|their)[ \t]")
_MARKED = re.compile(r"\((?:winner|won)\)", re.IGNORECASE)
# the next name of a list, after a name or its work: "(The Pale Cartographer); Sorcha ..."
_NEXT_NOMINEE = re.compile(r"[ \t]*\)?[ \t]*;")
_NOMINEES = re.compile(r"^\s*;|nominat", re.IGNORECASE)


@dataclass(frozen=True)
class Announcement:
    """One result: the category's offsets, the winner's name, offsets and kind (a person or
    a film), and the work a person won it for, when named."""

    category: tuple[int, int]
    winner: tuple[str, int, int]
    kind: EntityType
    work: tuple[str, int, int] | None
    # the others the entry names as nominees ("She beat Karl Weston (Iron Meridian)"), each
    # with the work they were nominated for, when named
    nominees: tuple[tuple[tuple[str, int, int], tuple[str, int, int] | None], ...] = ()


@functools.cache
def _pattern(category_words: tuple[str, ...]) -> re.Pattern[str]:
    # (a results page may print its categories in capitals: "BEST DIRECTOR")
    opening = "|".join(
        re.escape(form) for w in category_words for form in (w.capitalize(), w.upper())
    )
    # "Best Director", "Golden Lighthouse for Best Film", and a prize on a line of its own
    # above its winner ("Grand Jury Prize")
    category = (
        rf"(?P<category>(?:(?:And[ \t]+)?(?:the[ \t]+)?(?:{_WORD}[ \t]+){{1,4}}for[ \t]+)?"
        rf"(?:{opening})"
        rf"(?:[ \t]+(?:{_WORD}|{_SMALL}))*?[ \t]+{_WORD}"
        rf"|(?P<prize>(?:{_WORD}[ \t]+){{0,4}}(?:Prize|Award|Trophy|Medal))(?=[ \t]*\n))"
    )
    return re.compile(
        rf"{_OPEN}{category}{_TIED}?{_CONNECT}(?P<winner>{_NAME})"
        rf"(?:{_WORK_LEAD}(?P<work>{_NAME}){_END})?{_END}",
        re.MULTILINE,
    )


# a prize two winners share, as a results list marks it above them: "BEST ACTOR (ex aequo)"
_TIED = r"(?P<tied>[ \t]*\((?:ex[ \t]+aequo|joint|shared|tied?)\))"
# the next winner's line under a shared prize: "Emeka Adeyemi-Strand for The Orchard Wall"
_NEXT_WINNER = re.compile(
    rf"[ \t]*\n[ \t]*(?P<winner>{_NAME})(?:{_WORK_LEAD}(?P<work>{_NAME}){_END})?{_END}",
    re.MULTILINE,
)


def announcements(text: str, lex: Lexicon) -> tuple[Announcement, ...]:
    """The award results `text` prints, in order."""
    if not any(w.capitalize() in text or w.upper() in text for w in lex.category_words):
        return ()
    return _read(text, lex)


def _find(text: str, lex: Lexicon) -> Iterator[Announcement]:
    words = tuple(sorted(lex.category_words))
    roles: dict[str, str] = lex.relations["category_roles"]["words"]
    performers = {w for w, role in roles.items() if role in ("castMember", "director")}
    crafts = set(lex.opening["person_category_words"]) - performers
    films = set(lex.opening["film_category_words"])
    # a results page that marks its winners lists nominees after a category's colon
    marked = _MARKED.search(text) is not None
    for match in _pattern(words).finditer(text):
        # the rest of the result's sentence (a live blog's entry goes on after it)
        line_end = text.find("\n", match.end())
        rest = text[match.end() : len(text) if line_end < 0 else line_end]
        rest = re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0]
        if ":" in text[match.end("category") : match.start("winner")] and (
            marked or _NOMINEES.search(rest)
        ):
            # "Best Picture: Blue Coast; The Glass Pier", "... also nominated: ..."
            continue
        if not marked and _NEXT_NOMINEE.match(
            text, match.end("work") if match.group("work") else match.end("winner")
        ):
            # "BEST DIRECTOR" / "Conrad Ashgrove (The Pale Cartographer); Sorcha Delaney
            # (Undertow); ...": its nominees, no winner
            continue
        line_start = text.rfind("\n", 0, match.start("category")) + 1
        if "|" in text[line_start : match.end()]:
            # a table's cells ("2018 | Northbound | Elias Crane | Nominated – Academy Award
            # ..."), not a result and its winner
            continue
        category = set(match.group("category").casefold().split())
        winner = _name(match, "winner")
        work = _name(match, "work") if match.group("work") else None
        if winner is None:
            continue
        if work is not None and not _title_like(work[0]):
            work = None
        if match.group("prize") and not category & (performers | crafts):
            # a prize with no category, on its own line above its winner, is a film's
            category |= films
        if category & performers or (category & crafts and work is not None):
            kind = EntityType.PERSON
            # "Oona Vesterlund for her role as Kaija in PALE SEASON": the winner's name
            # stops before what they won it for
            cut = _FOR_PART.search(winner[0])
            if cut is not None:
                winner = (winner[0][: cut.start()], winner[1], winner[1] + cut.start())
        elif category & films or category & crafts:
            kind, work = EntityType.FILM, None
            # a film named before its maker: "MERIDIAN SALT by Yun Seo-ah", "X, directed by Y"
            cut = re.search(r",|[ \t]+by[ \t]", winner[0])
            if cut is not None:
                winner = (winner[0][: cut.start()], winner[1], winner[1] + cut.start())
            if not _title_like(winner[0]):
                continue
        else:
            continue
        nominees = tuple(_nominees(text, match.end(), words))
        results = [(winner, work)]
        if match.group("tied"):
            # the other winner, on the line below the first
            line_end = text.find("\n", match.end())
            below = _NEXT_WINNER.match(text, line_end) if line_end >= 0 else None
            if below is not None and not _pattern(words).match(text, line_end + 1):
                other = _name(below, "winner")
                other_work = _name(below, "work") if below.group("work") else None
                if other is not None and (kind is EntityType.PERSON or _title_like(other[0])):
                    if other_work is not None and not _title_like(other_work[0]):
                        other_work = None
                    results.append((other, other_work if kind is EntityType.PERSON else None))
        for winner, work in results:
            for who in _each_person(winner) if kind is EntityType.PERSON else (winner,):
                # "Yun Seo-ah and Park Dong-hwan for Meridian Salt": each of them
                yield Announcement(match.span("category"), who, kind, work, nominees)


def _each_person(winner: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """The people a winner's name lists ("A and B"), each with its offsets."""
    name, start, _ = winner
    parts = []
    for part in re.finditer(r"[^,&]+?(?=\s*(?:,|&|\band\b|$))", name):
        words = part.group().strip()
        if words.startswith("and "):
            words = words[4:]
        if words:
            at = start + part.start() + part.group().find(words)
            parts.append((words, at, at + len(words)))
    return parts if len(parts) > 1 and all(len(p[0].split()) >= 2 for p in parts) else [winner]


# what introduces the other nominees of a result, in the entry that announces it
_BEATEN = re.compile(
    r"\b(?:beat|beats|beating|edged out|edging out|saw off|fought off|nominees were|"
    r"nominees included|nominated alongside|also nominated(?: were)?:?)\s+",
    re.IGNORECASE,
)
_NOMINEE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:[ \t]*\((?P<bracket>[^()\n]+)\)|[ \t]+for[ \t]+(?P<work>[A-Z][^,;.!?()\n]*))?"
)


@functools.cache
def _next_category(words: tuple[str, ...]) -> re.Pattern[str]:
    opening = "|".join(re.escape(w.capitalize()) for w in words)
    return re.compile(rf"\b(?:{opening})\s+[A-Z]")


def _nominees(
    text: str, start: int, words: tuple[str, ...]
) -> Iterator[tuple[tuple[str, int, int], tuple[str, int, int] | None]]:
    """The nominees an entry names after the result at `start`, up to the end of its
    paragraph: "She beat A (Title) and B", "The other nominees were A for Title and, for
    the second time tonight, B for Other"."""
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    # nor past the next result the paragraph gives
    following = _next_category(words).search(text, start, end)
    end = following.start() if following else end
    for cue in _BEATEN.finditer(text, start, end):
        stop = re.compile(r"[.!?;](?:\s|$)").search(text, cue.end(), end)
        position = cue.end()
        limit = stop.start() if stop else end
        while position < limit:
            found = _NOMINEE.match(text, position, limit)
            if found is None:
                # an aside between items ("and, for the second time tonight,")
                comma = text.find(",", position, limit)
                if comma < 0:
                    break
                position = comma + 1
                while position < limit and text[position] in " \t":
                    position += 1
                continue
            name = found.group("name")
            work_group = "bracket" if found.group("bracket") else "work"
            work = None
            if found.group(work_group) and _title_like(found.group(work_group).strip()):
                # "A for Title and, for the second time tonight, B": the title ends there
                value = re.sub(r"\s+and$", "", found.group(work_group).strip())
                at = found.start(work_group) + found.group(work_group).find(value)
                work = (value, at, at + len(value))
            if name.split()[0] not in ("The", "A", "An") or work is not None:
                yield (name, found.start("name"), found.end("name")), work
            position = found.end()
            separator = re.compile(r"\s*(?:,\s*)?(?:and\s+)?").match(text, position)
            if separator is None or separator.end() == position:
                break
            position = separator.end()


def _name(match: re.Match[str], group: str) -> tuple[str, int, int] | None:
    value = match.group(group)
    name = value.strip().strip('"“”').strip()
    if not name or len(name.split()) > 10:
        return None
    start = match.start(group) + value.find(name)
    return name, start, start + len(name)


def _title_like(name: str) -> bool:
    """A name of capitalised words and the small words titles hold, opening with a
    capital: not a description ("Amara Diallo's film about ...")."""
    words = name.split()
    return bool(words) and all(_TITLE_WORD.match(w) for w in words) and "'s" not in name


_read = per_text(_find)


# --- nominee lists --------------------------------------------------------------------------


@dataclass(frozen=True)
class Nomination:
    """One nominee a category heading lists: the category's name and offsets, the nominee's
    name, offsets and kind, the work a person is nominated for, and whether the list marks
    the nominee as the winner ("(winner)"), and the part a player is nominated for ("Ann
    Vale, Blue Coast (as Ida)")."""

    category: tuple[str, int, int]
    nominee: tuple[str, int, int]
    kind: EntityType
    work: tuple[str, int, int] | None
    won: bool = False
    part: tuple[str, int, int] | None = None


# what introduces a category's nominees, after the category on its line or on the next
_NOMINEE_LABEL = re.compile(
    r"[ \t]*(?:the[ \t]+)?(?:nominees|nominations|nominated|contenders|shortlist|finalists)"
    r"(?:[ \t]+(?:are|were))?[ \t]*:[ \t]*",
    re.I,
)
_ITEM = re.compile(r"[^·•;|\n]+")
# "Ann Vale, Blue Coast", "Ann Vale for Blue Coast", "Ann Vale – Blue Coast", "Ann Vale (Blue
# Coast)", and a film alone, its country or its maker in brackets after it
_ITEM_PARTS = re.compile(
    r"[ \t]*(?P<name>[^,()\n]+?)"
    r"(?:[ \t]*(?:,|[ \t]for|[ \t][–—-])[ \t]+(?P<work>[^,()\n]+?)"
    r"(?:[ \t]*\([ \t]*as[ \t]+(?P<part>[^()\n]+?)[ \t]*\))?"
    r"|[ \t]*\((?P<bracket>[^()\n]+)\))?"
    r"(?P<won>[ \t]*\((?:winner|won)\))?[ \t]*[.,]?[ \t]*$",
    re.I,
)
_BLOCK_LINES = 16  # lines a category's nominees may run to
# two names or more, each with its work in brackets, between semicolons
_BRACKETED_LIST = re.compile(
    r"^[ \t]*[^;()\n]+\([^()\n]+\)(?:[ \t]*;[ \t]*[^;()\n]+\([^()\n]+\)){1,}[ \t]*[.;]?[ \t]*$",
    re.M,
)


@functools.cache
def _category_line(category_words: tuple[str, ...]) -> re.Pattern[str]:
    """A line that holds a category and nothing else but a label: "BEST DIRECTOR", "Best
    Original Screenplay nominees:"."""
    opening = "|".join(re.escape(w) for w in category_words)
    return re.compile(
        rf"^[ \t]*(?P<category>(?:{opening})(?:[ \t]+[\w'’&–-]+){{1,6}}?)[ \t]*"
        r"(?P<label>(?:nominees|nominations|contenders)?[ \t]*:)?[ \t]*$",
        re.I | re.M,
    )


def nominee_lists(text: str, lex: Lexicon) -> tuple[Nomination, ...]:
    """The nominees that awards coverage lists under each category heading: "BEST PICTURE"
    / "Nominees: A · B · C", or "Best Director nominees:" above bullets ("- Ann Vale, Blue
    Coast"). A label that names the items as nominees is needed, so predictions after them
    ("Will win: A") are read as nothing; or a line right under the heading that lists two
    names or more with their works in brackets ("Ann Vale (Blue Coast); Ivo Lind (Salt)")."""
    if not _NOMINEE_LABEL.search(text) and not _BRACKETED_LIST.search(text):
        return ()
    return _read_nominees(text, lex)


def _find_nominees(text: str, lex: Lexicon) -> Iterator[Nomination]:
    words = tuple(sorted(lex.category_words))
    performers = frozenset(
        w
        for w, role in lex.relations["category_roles"]["words"].items()
        if role in ("castMember", "director")
    )
    people = performers | frozenset(lex.opening["person_category_words"])
    for heading in _category_line(words).finditer(text):
        category = heading.group("category")
        if not category.isupper() and not category.istitle():
            continue
        named = set(category.casefold().split())
        items = _items_below(text, heading.end(), heading.group("label") is not None)
        for lo, hi in items:
            for item in _ITEM.finditer(text, lo, hi):
                parts = _ITEM_PARTS.fullmatch(item.group())
                at = item.start()
                name = None if parts is None else _part(parts, "name", at)
                if parts is None or name is None:
                    continue
                work = _part(parts, "work", at) or _part(parts, "bracket", at)
                if work is not None and not _title_like(work[0]):
                    work = None
                if (
                    work is not None
                    and parts.group("bracket")
                    and named & people
                    and _titled(name[0])
                    and not _titled(work[0])
                ):
                    # "A House in Tirana (Arben Kola)" under BEST SCREENPLAY: the film first,
                    # its writer in the bracket
                    name, work = work, name
                if named & people and (work is not None or named & performers):
                    kind = EntityType.PERSON
                else:
                    kind, work = EntityType.FILM, None
                if not _title_like(re.sub(r"['’]s\b", "", name[0])):
                    continue
                span = (category, heading.start("category"), heading.end("category"))
                part = _part(parts, "part", at) if kind is EntityType.PERSON else None
                yield Nomination(span, name, kind, work, parts.group("won") is not None, part)


def _titled(name: str) -> bool:
    """Whether a name reads as a title rather than a person's: it opens with an article or
    holds a title's small word ("Dogs of August", "A House in Tirana")."""
    words = name.split()
    return words[0] in ("The", "A", "An") or any(w in _SMALL_WORDS for w in words[1:])


_SMALL_WORDS = frozenset(("of", "in", "on", "at", "to", "for", "and", "the", "a", "an", "with"))


def _items_below(text: str, end: int, labelled: bool) -> list[tuple[int, int]]:
    """The character ranges of the items under a category heading ending at `end`: after a
    "Nominees:" label on the next line, and on the bullet lines that follow it."""
    items: list[tuple[int, int]] = []
    at = end + 1
    for _ in range(_BLOCK_LINES):
        if at >= len(text):
            break
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        if not line.strip():
            if items:
                break
        elif not labelled and (label := _NOMINEE_LABEL.match(line)) is not None:
            labelled = True
            items.append((at + label.end(), stop))
        elif not labelled and not items and _BRACKETED_LIST.match(line):
            # "Conrad Ashgrove (The Pale Cartographer); Sorcha Delaney (Undertow); ...": a
            # category's nominees on the line under it, with no label
            items.append((at, stop))
            break
        elif labelled and (bullet := BULLET.match(line)) is not None:
            items.append((at + bullet.end(), stop))
        else:
            break
        at = stop + 1
    return items if labelled or items else []


def _part(match: re.Match[str], group: str, at: int) -> tuple[str, int, int] | None:
    value = match.group(group)
    if not value or not value.strip():
        return None
    name = value.strip()
    start = at + match.start(group) + value.find(name)
    return name, start, start + len(name)


_read_nominees = per_text(_find_nominees)
