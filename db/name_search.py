"""Name search: every word of the query matches a word of the name, closest matches first."""

from __future__ import annotations

import enum
import functools
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Table,
    and_,
    case,
    func,
    literal,
    not_,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from db.models import NameToken, TokenVariant, Worker, WorkerToken
from db.names import deletions, fold, prefix_upper_bound, within_one_edit
from db.search import scope_condition

# A short prefix ("a") may match hundreds of distinct words; the most common ones are
# enough to show a first page, and staff type on when they need a narrower list.
MAX_TOKENS_PER_WORD = 64
MIN_FUZZY_LENGTH = 4
# Names made of nothing but the query's words are fetched by their whole key, when there
# are no more than this many ways to write one.
MAX_WHOLE_NAMES = 256
# A class of matches expected to fill fewer pages than this is ranked in one pass over its
# rarest word's postings; a larger one is read a name length at a time, stopping early.
SMALL_CLASS_PAGES = 10
# With several words, each is first tried as the driver on this many of its postings.
PROBE_POSTINGS = 2000

_POSTINGS = cast(Table, WorkerToken.__table__)  # the table: lighter statements than the ORM's


class Closeness(enum.IntEnum):
    """How a query word matches a word of a name; lower is closer."""

    EXACT = 0
    TYPO = 1  # one letter added, dropped, changed, or two neighbours swapped
    PREFIX = 2  # the start of a longer word


@dataclass(frozen=True)
class _Token:
    id: int
    text: str
    freq: int


@dataclass(frozen=True)
class _WordMatch:
    """The name words that one query word stands for, at one closeness."""

    word: str
    closeness: Closeness
    tokens: tuple[_Token, ...]
    complete: bool = True  # False: a prefix with more words than MAX_TOKENS_PER_WORD

    @property
    def postings(self) -> int:
        return sum(t.freq for t in self.tokens)

    def condition(self, name_key: ColumnElement[str]) -> ColumnElement[bool]:
        """The name key has such a word."""
        # Folded words are [0-9a-z] only: nothing to escape in a LIKE pattern.
        if self.closeness is Closeness.PREFIX:
            return or_(name_key.like(f"{self.word}%"), name_key.like(f"% {self.word}%"))
        padded = literal(" ") + name_key + literal(" ")
        # The plain substring test first: it is cheap, and rules out most names.
        return or_(
            *(name_key.like(f"%{t.text}%") & padded.like(f"% {t.text} %") for t in self.tokens)
        )


@dataclass(frozen=True)
class _Class:
    """One closeness for each query word; its workers rank together."""

    words: tuple[_WordMatch, ...]

    @property
    def rank(self) -> tuple[int, int]:
        """Every word exact first; then with typos, fewer first; then with words only
        begun, fewer first: a typo is closer than a word cut short."""
        closeness = [w.closeness for w in self.words]
        return closeness.count(Closeness.PREFIX), closeness.count(Closeness.TYPO)


@dataclass(frozen=True, order=True)
class _Hit:
    """A worker in rank order within a class: shorter names, then by name."""

    words: int
    name_key: str
    worker_id: int

    @classmethod
    def of(cls, name_key: str, worker_id: int) -> _Hit:
        return cls(name_key.count(" ") + 1, name_key, worker_id)


def _word_count(column: ColumnElement[str]) -> ColumnElement[int]:
    return func.length(column) - func.length(func.replace(column, " ", "")) + 1


def _has_words(column: ColumnElement[str], low: int, high: int | None) -> ColumnElement[bool]:
    """Between low and high words (no upper bound: None); patterns count the spaces."""
    conditions = []
    if low > 1:
        conditions.append(column.like("%" + " %" * (low - 1)))
    if high is not None:
        conditions.append(not_(column.like("%" + " %" * high)))
    return and_(True, *conditions)


class _Word:
    """A query word's candidate name words: itself, the words it starts, one typo away."""

    def __init__(self, session: Session, word: str) -> None:
        self.word = word
        self._session = session
        # The word itself and the commonest words it starts, in one statement: each is a
        # round trip to the hub. The word itself sorts first when it is a name word.
        rows = session.execute(
            select(NameToken.id, NameToken.token, NameToken.freq)
            .where(NameToken.token >= word, NameToken.token < prefix_upper_bound(word))
            .order_by(
                case((NameToken.token == word, 0), else_=1),
                NameToken.freq.desc(),
                NameToken.token,
            )
            .limit(1 + MAX_TOKENS_PER_WORD + 1)
        ).all()
        found = [_Token(*r) for r in rows]
        self.exact = tuple(found[:1]) if found and found[0].text == word else ()
        longer = found[len(self.exact) :]
        self.prefix = tuple(longer[:MAX_TOKENS_PER_WORD])
        self.prefix_complete = len(longer) <= MAX_TOKENS_PER_WORD
        self._typo: tuple[_Token, ...] | None = None

    @property
    def typo(self) -> tuple[_Token, ...]:
        """Words one edit away (looked up only when needed: typos are a fallback)."""
        if self._typo is None:
            found: list[_Token] = []
            if len(self.word) >= MIN_FUZZY_LENGTH:
                rows = self._session.execute(
                    select(NameToken.id, NameToken.token, NameToken.freq)
                    .join(TokenVariant, TokenVariant.token_id == NameToken.id)
                    .where(TokenVariant.variant.in_(sorted(deletions(self.word))))
                    .distinct()
                )
                found = [
                    _Token(*r)
                    for r in rows
                    if r[1] != self.word and within_one_edit(self.word, r[1])
                ]
            self._typo = tuple(sorted(found, key=lambda t: t.text))
        return self._typo

    def matches(self, with_typos: bool) -> list[_WordMatch]:
        """What this word may match, closest first; without typos, or with them."""
        found = []
        if self.exact:
            found.append(_WordMatch(self.word, Closeness.EXACT, self.exact))
        prefix = self.prefix
        if with_typos and self.typo:
            found.append(_WordMatch(self.word, Closeness.TYPO, self.typo))
            # "ndak" is one letter short of "ndaku": that is the closer match of the two.
            typo_ids = {t.id for t in self.typo}
            prefix = tuple(t for t in prefix if t.id not in typo_ids)
        if prefix:
            found.append(_WordMatch(self.word, Closeness.PREFIX, prefix, self.prefix_complete))
        return found


@dataclass
class _LevelRead:
    """Names of one length read from a driver's postings, and the tokens not read to the
    end (token, postings read, names found) that may still hold earlier names."""

    driver: _WordMatch
    hits: list[_Hit] = field(default_factory=list)
    unfinished: list[tuple[_Token, int, int]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return not self.unfinished


class _ClassSearch:
    """The best workers of one class, in rank order, excluding those already found."""

    def __init__(
        self,
        session: Session,
        cls: _Class,
        scope: str | None,
        exclude: set[int],
        population: Callable[[], int],
    ) -> None:
        self._session = session
        self._words = cls.words
        self._scope = scope
        self._exclude = exclude
        # Any word's postings hold the class; the rarest word's are the fewest to read. A
        # prefix that starts more words than are listed drives only when all words do: as
        # another word's filter it stands for every word it starts.
        complete = [w for w in cls.words if w.complete]
        self._drivers = sorted(complete or cls.words, key=lambda w: w.postings)
        if not complete:
            del self._drivers[1:]
        rarest = self._drivers[0]
        # The number of workers (asked only with several words: a round trip to the hub).
        share = math.prod(
            min(1.0, w.postings / max(population(), 1)) for w in cls.words if w is not rarest
        )
        self._expected = rarest.postings * share

    def top(self, wanted: int) -> list[_Hit]:
        k = len(self._words)
        if self._shared_words() or self._expected < SMALL_CLASS_PAGES * wanted:
            # A few matches (or a name word that two query words may share, so that even a
            # one-word name may match): one pass over the rarest word's postings, sorted.
            return self._sorted(wanted, min_words=1)
        # Every name has at least a word for each query word; the shortest come first.
        whole = self._whole_names()
        if whole is not None:
            hits = self._by_whole_key(whole, wanted)
        else:
            hits = self._in_name_order(wanted, k)
        for words in (k + 1, k + 2):  # most names are no more than two words longer
            if len(hits) >= wanted:
                return hits[:wanted]
            hits += self._in_name_order(wanted - len(hits), words)
        if len(hits) < wanted:
            hits += self._sorted(wanted - len(hits), min_words=k + 3)
        return hits[:wanted]

    def _shared_words(self) -> bool:
        """Whether one word of a name may match two query words ("ama" for "ama am")."""
        for a, b in itertools.combinations(self._words, 2):
            if a.closeness is Closeness.PREFIX and b.closeness is Closeness.PREFIX:
                if a.word.startswith(b.word) or b.word.startswith(a.word):
                    return True
            elif a.closeness is Closeness.PREFIX or b.closeness is Closeness.PREFIX:
                prefix, other = (a, b) if a.closeness is Closeness.PREFIX else (b, a)
                if any(t.text.startswith(prefix.word) for t in other.tokens):
                    return True
            elif {t.id for t in a.tokens} & {t.id for t in b.tokens}:
                return True
        return False

    def _whole_names(self) -> list[str] | None:
        """Every name key made of one word for each query word, in any order; None when a
        prefix starts more words than are listed, or there are too many ways to list."""
        lists = [w.tokens for w in self._words]
        if len(lists) > 1 and not all(w.complete for w in self._words):
            return None
        count = math.prod(len(tokens) for tokens in lists) * math.factorial(len(lists))
        if count > MAX_WHOLE_NAMES:
            return None
        return sorted(
            {
                " ".join(order)
                for choice in itertools.product(*lists)
                for order in itertools.permutations(t.text for t in choice)
            }
        )

    def _by_whole_key(self, keys: Sequence[str], wanted: int) -> list[_Hit]:
        stmt = select(Worker.name_key, Worker.id).where(
            Worker.name_key.in_(keys), scope_condition(Worker.desa_code, self._scope)
        )
        if self._exclude:
            stmt = stmt.where(Worker.id.not_in(sorted(self._exclude)))
        hits = sorted(_Hit.of(key, wid) for key, wid in self._session.execute(stmt))
        return hits[:wanted]

    def _matching(
        self, driver: _WordMatch, token_id: int, budget: int | None = None
    ) -> tuple[FromClause, list[ColumnElement[bool]]]:
        """A driver token's postings (all, or the first `budget` by name) and what a row must
        meet: in the scope, not found yet, with a match for every other word of the class."""
        postings: FromClause = _POSTINGS
        conditions = []
        if budget is None:
            conditions.append(postings.c.token_id == token_id)
        else:
            postings = (
                select(_POSTINGS)
                .where(_POSTINGS.c.token_id == token_id)
                .order_by(_POSTINGS.c.name_key, _POSTINGS.c.worker_id)
                .limit(budget)
                .subquery()
            )
        conditions += [
            *(w.condition(postings.c.name_key) for w in self._words if w is not driver),
            scope_condition(postings.c.desa_code, self._scope),
        ]
        if self._exclude:
            conditions.append(postings.c.worker_id.not_in(sorted(self._exclude)))
        return postings, conditions

    def _in_name_order(self, wanted: int, words: int) -> list[_Hit]:
        """The first names of exactly this many words, by name.

        Read in name order until enough are found. Names sort by their first word, so the
        matches of a first name ("Umbu") come late in a last name's postings and early in
        its own: with several words, each is tried in turn as the driver on its first
        postings, until one finds enough there; else the one that found the most reads on
        from the last posting read (the rarest word, when none found more than another).
        """
        if len(self._drivers) == 1:
            read = self._level(self._drivers[0], wanted, words, None)
        else:
            # In the order typed: people start with the first name, which drives best.
            probes: list[_LevelRead] = []
            for driver in (w for w in self._words if w in self._drivers):
                probes.append(self._level(driver, wanted, words, PROBE_POSTINGS))
                if probes[-1].done:
                    break
            read = max(probes, key=lambda p: (p.done, len(p.hits), -p.driver.postings))
        hits = list(read.hits)
        for token, postings_read, found in read.unfinished:
            hits += self._read_on(read.driver, token.id, postings_read, wanted - found, words)
        unique = {h.worker_id: h for h in hits}
        return sorted(unique.values())[:wanted]

    def _level(self, driver: _WordMatch, wanted: int, words: int, budget: int | None) -> _LevelRead:
        """Each driver token's first `wanted` names of this many words, by name, reading at
        most `budget` postings of each."""
        read = _LevelRead(driver)
        for token in driver.tokens:
            capped = budget if budget is not None and token.freq > budget else None
            postings, conditions = self._matching(driver, token.id, capped)
            rows = self._rows(postings, conditions, wanted, words)
            read.hits += rows
            if capped is not None and len(rows) < wanted:
                read.unfinished.append((token, capped, len(rows)))
        return read

    def _rows(
        self,
        postings: FromClause,
        conditions: list[ColumnElement[bool]],
        wanted: int,
        words: int,
    ) -> list[_Hit]:
        stmt = (
            select(postings.c.name_key, postings.c.worker_id)
            .where(*conditions, _has_words(postings.c.name_key, words, words))
            .order_by(postings.c.name_key, postings.c.worker_id)
            .limit(wanted)
        )
        return [_Hit(words, key, wid) for key, wid in self._session.execute(stmt)]

    def _read_on(
        self, driver: _WordMatch, token_id: int, skip: int, wanted: int, words: int
    ) -> list[_Hit]:
        """A token's names of this many words after its first `skip` postings."""
        last = self._session.execute(
            select(_POSTINGS.c.name_key, _POSTINGS.c.worker_id)
            .where(_POSTINGS.c.token_id == token_id)
            .order_by(_POSTINGS.c.name_key, _POSTINGS.c.worker_id)
            .offset(skip - 1)
            .limit(1)
        ).first()
        if last is None:
            return []
        postings, conditions = self._matching(driver, token_id)
        after = tuple_(postings.c.name_key, postings.c.worker_id) > tuple_(
            literal(last[0]), literal(last[1])
        )
        return self._rows(postings, [after, *conditions], wanted, words)

    def _sorted(self, wanted: int, min_words: int) -> list[_Hit]:
        """The best names of at least min_words words, each of the driver's postings read."""
        driver = self._drivers[0]
        found: dict[int, _Hit] = {}
        for token in driver.tokens:
            postings, conditions = self._matching(driver, token.id)
            if min_words > 1:
                conditions.append(_has_words(postings.c.name_key, min_words, None))
            stmt = (
                select(postings.c.name_key, postings.c.worker_id)
                .where(*conditions)
                .order_by(
                    _word_count(postings.c.name_key), postings.c.name_key, postings.c.worker_id
                )
                .limit(wanted)
            )
            found.update((wid, _Hit.of(key, wid)) for key, wid in self._session.execute(stmt))
        return sorted(found.values())[:wanted]


def _classes(words: Sequence[_Word], with_typos: bool) -> list[list[_Class]]:
    """The classes of match, grouped by rank, best first; with typos, only those with one."""
    options = [w.matches(with_typos) for w in words]
    classes = [_Class(tuple(choice)) for choice in itertools.product(*options)]
    if with_typos:
        classes = [c for c in classes if c.rank[1] > 0]
    classes.sort(key=lambda c: c.rank)
    return [list(group) for _rank, group in itertools.groupby(classes, key=lambda c: c.rank)]


def _search(
    session: Session,
    groups: Iterable[list[_Class]],
    scope: str | None,
    limit: int,
    population: Callable[[], int],
) -> list[int]:
    found: list[int] = []
    for group in groups:
        exclude = set(found)
        hits: dict[int, _Hit] = {}
        for cls in group:
            search = _ClassSearch(session, cls, scope, exclude, population)
            hits.update((h.worker_id, h) for h in search.top(limit - len(found)))
        found += [h.worker_id for h in sorted(hits.values())[: limit - len(found)]]
        if len(found) >= limit:
            break
    return found


def ids_by_name(session: Session, query: str, scope: str | None, limit: int) -> list[int]:
    """Workers whose name has every word of the query, closest match first.

    A query word matches a word of the name exactly, as its beginning, or (from four
    letters on, and only when nothing matches without a typo) with one typo. Workers rank
    by how closely their words match (exact, then one typo, then only the beginning of a
    word: see _Class.rank); then shorter names, that is fewer words besides the ones asked
    for; then by name. The ranking covers every matching worker, not only the first page.
    """
    words = [_Word(session, w) for w in dict.fromkeys(fold(query).split())]
    if not words:
        return []

    @functools.cache
    def population() -> int:
        return session.scalar(select(func.max(Worker.id))) or 0

    found = _search(session, _classes(words, with_typos=False), scope, limit, population)
    if not found:  # typo matches are a fallback, not noise after real matches
        found = _search(session, _classes(words, with_typos=True), scope, limit, population)
    return found
