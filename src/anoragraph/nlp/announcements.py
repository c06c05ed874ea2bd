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
from .lexicon import Lexicon, per_text

_OPEN = (
    r"(?:^[ \t]*(?:[-*•][ \t]+)?(?:\d{1,2}[:.]\d{2}[ \t]*(?:[—–-][ \t]*)?)?"
    r"|(?<=[.!?][ \t])|(?<=[—–][ \t]))"
)
_WORD = r"[A-Z][\w'’-]*"
_SMALL = r"(?:in|of|a|an|the|for|by|and|or|&|to|with|on|at)"
# a colon, "goes to", or the end of a line that holds only the category ("Best Director"
# above "Petra Hallberg for Ashgrove", as a festival's results list prints them)
_CONNECT = r"(?:[ \t]*:[ \t]+|[ \t]+(?:goes|went|go)[ \t]+to[ \t]+|[ \t]*\n[ \t]*(?=[A-Z0-9\"“]))"
_NAME = r"[\"“]?[A-Z0-9][^\n,;:!?()\"“”—–]*?[\"”]?"
_WORK_LEAD = (
    r"(?:[ \t]+(?:wins[ \t]+|won[ \t]+)?for[ \t]+|[ \t]+in[ \t]+|[ \t]*,[ \t]+|[ \t]*\([ \t]*)"
)
_END = r"(?=[ \t]*(?:[.,;!?()]|[—–]|$))"
_TITLE_WORD = re.compile(r"[\"“]?(?:[A-Z0-9][\w'’:-]*|of|in|a|an|the|and|to|on|at|for|with)[\"”]?$")


_MARKED = re.compile(r"\((?:winner|won)\)", re.IGNORECASE)
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
    opening = "|".join(re.escape(w.capitalize()) for w in category_words)
    # "Best Director", "Golden Lighthouse for Best Film", and a prize on a line of its own
    # above its winner ("Grand Jury Prize")
    category = (
        rf"(?P<category>(?:(?:{_WORD}[ \t]+){{1,4}}for[ \t]+)?(?:{opening})"
        rf"(?:[ \t]+(?:{_WORD}|{_SMALL}))*?[ \t]+{_WORD}"
        rf"|(?P<prize>(?:{_WORD}[ \t]+){{0,4}}(?:Prize|Award|Trophy|Medal))(?=[ \t]*\n))"
    )
    return re.compile(
        rf"{_OPEN}{category}{_CONNECT}(?P<winner>{_NAME})"
        rf"(?:{_WORK_LEAD}(?P<work>{_NAME}){_END})?{_END}",
        re.MULTILINE,
    )


def announcements(text: str, lex: Lexicon) -> tuple[Announcement, ...]:
    """The award results `text` prints, in order."""
    if not any(w.capitalize() in text for w in lex.category_words):
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
            found = _NOMINEE.match(text, position)
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
