"""Resolving a row's desa, kecamatan and kabupaten, by name or code, to the finest region code."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from db.models import RegionLevel
from db.names import fold

_DESA_PREFIXES: Final = ("desa", "kelurahan", "kel", "ds")
_KECAMATAN_PREFIXES: Final = ("kecamatan", "kec")
_KABUPATEN_PREFIXES: Final = ("kabupaten", "kab", "kota")


class PlaceProblem(enum.StrEnum):
    """Why a row's place did not resolve, or (KABUPATEN_UNKNOWN) what is doubtful about it.

    Parameters, in PlaceFinding.params, are noted after each problem.
    """

    DESA_CODE_UNKNOWN = "desa_code_unknown"
    KECAMATAN_UNKNOWN = "kecamatan_unknown"
    DESA_UNKNOWN = "desa_unknown"
    DESA_NOT_IN_KECAMATAN = "desa_not_in_kecamatan"  # kecamatan: its name
    DESA_AMBIGUOUS = "desa_ambiguous"  # candidates: "53.01.06.1004, 53.01.06.2015"
    KABUPATEN_UNKNOWN = "kabupaten_unknown"  # the desa may still resolve


@dataclass(frozen=True)
class PlaceFinding:
    """A problem with a row's place, before it knows its row or column."""

    problem: PlaceProblem
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)


def _region_code(text: str, parts: int) -> str | None:
    """A dotted region code from "53.11.03.2002" or "5311032002" (parts: 3 or 4)."""
    compact = "".join(text.split())
    widths = (2, 2, 2, 4)[:parts]
    if "." in compact:
        pieces = compact.split(".")
        ok = [len(p) for p in pieces] == list(widths) and all(p.isdigit() for p in pieces)
        return compact if ok else None
    if len(compact) != sum(widths) or not compact.isdigit():
        return None
    out, at = [], 0
    for width in widths:
        out.append(compact[at : at + width])
        at += width
    return ".".join(out)


def is_desa_code(code: str) -> bool:
    """Whether a dotted region code is a desa/kelurahan's (53.11.03.2002), not a coarser one."""
    return code.count(".") == 3


class RegionIndex:
    """The region table in memory, to resolve each row's desa without a query."""

    def __init__(self, regions: Iterable[tuple[str, str, RegionLevel]]) -> None:
        self._names: dict[str, str] = {}
        self.desa_codes: set[str] = set()
        kecamatan: list[str] = []
        self._desa: dict[str, list[str]] = {}
        self._kecamatan: dict[str, list[str]] = {}
        self._kabupaten: dict[str, list[str]] = {}
        # Memo: the same desa names come back row after row.
        self._keys: dict[tuple[str, tuple[str, ...]], str] = {}
        for code, name, level in regions:
            self._names[code] = name
            if level is RegionLevel.VILLAGE:
                self.desa_codes.add(code)
                self._desa.setdefault(self._key(name), []).append(code)
            elif level is RegionLevel.DISTRICT:
                kecamatan.append(code)
                self._kecamatan.setdefault(self._key(name), []).append(code)
            elif level is RegionLevel.REGENCY:
                for key in {self._key(name), self._key(name, _KABUPATEN_PREFIXES)}:
                    self._kabupaten.setdefault(key, []).append(code)
        self.districts: frozenset[str] = frozenset(kecamatan)

    def name(self, code: str) -> str:
        return self._names.get(code, code)

    def _key(self, name: str, prefixes: tuple[str, ...] = ()) -> str:
        memo = (name, prefixes)
        if (key := self._keys.get(memo)) is None:
            words = fold(name).split()
            if prefixes and len(words) > 1 and words[0] in prefixes:
                words = words[1:]
            key = self._keys[memo] = "".join(words)
        return key

    def _lookup(
        self, table: dict[str, list[str]], name: str, prefixes: tuple[str, ...]
    ) -> list[str]:
        return table.get(self._key(name)) or table.get(self._key(name, prefixes)) or []

    def _kecamatan_codes(self, text: str) -> list[str]:
        code = _region_code(text, 3)
        if code is not None:
            return [code] if code in self.districts else []
        return self._lookup(self._kecamatan, text, _KECAMATAN_PREFIXES)

    def resolve(
        self, *, desa_code: str, desa: str, kecamatan: str, kabupaten: str, nik_district: str
    ) -> tuple[str | None, list[PlaceFinding]]:
        """The finest region code a row gives, or None, and what was wrong on the way.

        A desa code (53.11.03.2002) when the row names a desa; without a desa, the kecamatan's
        code (53.11.03), else the kabupaten's (53.11). The NIK's district never stands in
        for a missing kecamatan: it is where the NIK was issued, not where the worker lives.
        """
        findings: list[PlaceFinding] = []
        if desa_code:
            code = _region_code(desa_code, 4)
            if code is None or code not in self.desa_codes:
                return None, [PlaceFinding(PlaceProblem.DESA_CODE_UNKNOWN)]
            return code, findings
        if not desa:
            return self._coarse(kecamatan, kabupaten)
        kabupaten_codes: list[str] = []
        if kabupaten:
            kabupaten_codes = self._kabupaten_codes(kabupaten)
            if not kabupaten_codes:
                findings.append(PlaceFinding(PlaceProblem.KABUPATEN_UNKNOWN))
        candidates = self._lookup(self._desa, desa, _DESA_PREFIXES)
        if kecamatan:
            districts = self._kecamatan_codes(kecamatan)
            if kabupaten_codes and len(districts) > 1:
                districts = [d for d in districts if d[:5] in kabupaten_codes] or districts
            if not districts:
                return None, [*findings, PlaceFinding(PlaceProblem.KECAMATAN_UNKNOWN)]
            candidates = [c for c in candidates if c[:8] in districts]
            if not candidates:
                where = {"kecamatan": ", ".join(self.name(d) for d in districts)}
                return None, [
                    *findings,
                    PlaceFinding(PlaceProblem.DESA_NOT_IN_KECAMATAN, where),
                ]
        else:
            if kabupaten_codes and len(candidates) > 1:
                candidates = [c for c in candidates if c[:5] in kabupaten_codes] or candidates
            if len(candidates) > 1:
                # Without a kecamatan, the NIK says where the worker was registered.
                same = [c for c in candidates if c[:8] == nik_district]
                candidates = same or candidates
            if not candidates:
                return None, [*findings, PlaceFinding(PlaceProblem.DESA_UNKNOWN)]
        if len(candidates) > 1:
            listed = {"candidates": ", ".join(sorted(candidates))}
            return None, [*findings, PlaceFinding(PlaceProblem.DESA_AMBIGUOUS, listed)]
        return candidates[0], findings

    def _coarse(self, kecamatan: str, kabupaten: str) -> tuple[str | None, list[PlaceFinding]]:
        """A row without a desa: its kecamatan's code, else its kabupaten's, when one fits."""
        findings: list[PlaceFinding] = []
        kabupaten_codes: list[str] = []
        if kabupaten:
            kabupaten_codes = self._kabupaten_codes(kabupaten)
            if not kabupaten_codes:
                findings.append(PlaceFinding(PlaceProblem.KABUPATEN_UNKNOWN))
        if kecamatan:
            districts = self._kecamatan_codes(kecamatan)
            if kabupaten_codes and len(districts) > 1:
                districts = [d for d in districts if d[:5] in kabupaten_codes] or districts
            if not districts:
                return None, [*findings, PlaceFinding(PlaceProblem.KECAMATAN_UNKNOWN)]
            if len(districts) == 1:
                return districts[0], findings
            # Several kecamatan of that name, in different kabupaten: the kabupaten, if known.
        if len(kabupaten_codes) == 1:
            return kabupaten_codes[0], findings
        return None, findings

    def _kabupaten_codes(self, text: str) -> list[str]:
        compact = "".join(text.split())
        if compact.replace(".", "").isdigit() and len(compact.replace(".", "")) == 4:
            code = compact if "." in compact else f"{compact[:2]}.{compact[2:]}"
            return [code] if code in self._names else []
        return self._lookup(self._kabupaten, text, _KABUPATEN_PREFIXES)
