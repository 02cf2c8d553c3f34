"""The translation catalogs: complete in Indonesian, compiled, and covering every tr() string."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.config import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("id", "en")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with PySide6")
    return found


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _unfinished(ts: Path) -> list[str]:
    """Sources whose translation is missing, unfinished, or left over from old code."""
    problems = []
    for message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(source)
        elif message.get("numerus") == "yes":
            forms = [form.text for form in translation.iter("numerusform")]
            if not forms or not all(forms):
                problems.append(source)
        elif not translation.text:
            problems.append(source)
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS_DIR / f"kiosk_{language}.ts"
    compiled = tmp_path / f"kiosk_{language}.qm"

    subprocess.run([_tool("pyside6-lrelease"), "-silent", ts, "-qm", compiled], check=True)

    committed = TRANSLATIONS_DIR / f"kiosk_{language}.qm"
    assert compiled.read_bytes() == committed.read_bytes(), "run scripts/update-translations.sh"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    ts = TRANSLATIONS_DIR / f"kiosk_{language}.ts"
    assert _messages(ts)
    assert _unfinished(ts) == []


def test_indonesian_says_things_in_indonesian() -> None:
    translations = {
        message.findtext("source"): message.findtext("translation")
        for message in _messages(TRANSLATIONS_DIR / "kiosk_id.ts")
    }
    assert translations["All districts"] == "Semua kecamatan"
    assert translations["Handed over"] == "Sudah diserahkan"


def test_every_string_in_the_code_is_in_the_catalog(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_id.ts"
    shutil.copy(TRANSLATIONS_DIR / "kiosk_id.ts", ts)
    sources = sorted(str(path) for path in (ROOT / "kiosk").rglob("*.py"))

    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", ts],
        check=True,
        cwd=ROOT,
    )

    assert _unfinished(ts) == [], "translate them, then run scripts/update-translations.sh"
