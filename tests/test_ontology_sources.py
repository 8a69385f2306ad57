"""The shipped ontology files against the public tables they were built from (in ../shared)."""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest

from detente.model import Plover
from detente.ontology import (
    cameo,
    cameo_codes,
    is_valid_cameo,
    plover_for_cameo,
    quad_for_root,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ONTOLOGY_SOURCES = SHARED / "data" / "ontology"
GDELT_SAMPLE = SHARED / "data" / "gdelt" / "gdelt1_events_sample.tsv"

needs_sources = pytest.mark.skipif(
    not ONTOLOGY_SOURCES.is_dir(),
    reason=f"the public CAMEO/PLOVER tables are not at {ONTOLOGY_SOURCES}",
)


def _codebook() -> dict[str, dict[str, str]]:
    with (ONTOLOGY_SOURCES / "cameo_codes.csv").open(encoding="latin-1", newline="") as handle:
        return {row["code"].strip(): row for row in csv.DictReader(handle)}


def _gdelt_goldstein() -> dict[str, float]:
    lines = (ONTOLOGY_SOURCES / "cameo_goldstein.tsv").read_text().splitlines()[1:]
    return {code: float(value) for code, value in (line.split("\t") for line in lines if line)}


def _shipped_header(filename: str) -> str:
    text = resources.files("detente").joinpath("data", "ontology", filename).read_text()
    return "\n".join(line for line in text.splitlines() if line.startswith("#"))


@needs_sources
def test_ontology_codes_match_the_codebook() -> None:
    codebook = _codebook()
    ours = {c.code: c for c in cameo_codes()}
    assert set(ours) == set(codebook)
    for code, row in codebook.items():
        assert ours[code].root == row["root_code"]
        assert ours[code].name.lower() == " ".join(row["name"].split()).lower()


@needs_sources
def test_ontology_goldstein_is_gdelts_and_every_difference_is_documented() -> None:
    codebook = _codebook()
    gdelt = _gdelt_goldstein()
    header = _shipped_header("cameo.csv")
    differences = 0
    for entry in cameo_codes():
        book = float(codebook[entry.code]["goldstein"])
        expected = gdelt.get(entry.code, book)
        assert entry.goldstein == expected, entry
        if entry.code not in gdelt or gdelt[entry.code] != book:
            differences += 1
            assert re.search(rf"^#\s+{entry.code} .*-> {entry.goldstein:.1f}$", header, re.M), (
                f"difference at {entry.code} is not listed in cameo.csv's header"
            )
    assert differences == 5
    assert f"Every difference between the two tables ({differences})" in header
    assert "Why GDELT's" in header


def _crosswalk_rows() -> list[tuple[str, str, str, set[str]]]:
    """Every code line of the 2021 crosswalk: (code, type, mode, contexts)."""
    rows = []
    text = (ONTOLOGY_SOURCES / "cameo2plover_2021.txt").read_text()
    for line in text.splitlines():
        match = re.match(r"^(\d{3,4}):([^#]*)", line)
        if match:
            ptype, mode, context = (part.strip() for part in match.group(2).split(","))
            contexts = {c.strip() for c in context.split(";") if c.strip()}
            rows.append((match.group(1), ptype, mode, contexts))
    return rows


@needs_sources
def test_ontology_every_crosswalk_row_is_reflected() -> None:
    rows = _crosswalk_rows()
    assert len(rows) == 257  # 255 codes, 175 listed twice, 1214 outside CAMEO
    for code, ptype, mode, contexts in rows:
        plover = plover_for_cameo(code)
        assert plover is not None, code
        assert plover.type == ptype, code
        assert (plover.mode or "") == mode, code
        assert set((plover.context or "").split(";")) - {""} == contexts, code
    mapped = {code for code, *_ in rows}
    assert mapped - {c.code for c in cameo_codes()} == {"1214"}
    assert not is_valid_cameo("1214")


@needs_sources
def test_ontology_roots_take_their_zero_codes_reading_and_match_the_headings() -> None:
    text = (ONTOLOGY_SOURCES / "cameo2plover_2021.txt").read_text()
    first_heading: dict[str, str] = {}
    for root, ptype in re.findall(r"^(\d{2}):\s*([A-Z]+)", text, re.M):
        first_heading.setdefault(root, ptype)
    assert sorted(first_heading) == [f"{r:02d}" for r in range(3, 21)]
    for root, ptype in first_heading.items():
        assert cameo(root).plover == cameo(root + "0").plover
        assert cameo(root).plover == plover_for_cameo(root)
        assert isinstance(cameo(root).plover, Plover)
        assert cameo(root).plover.type == ptype


@needs_sources
def test_ontology_crosswalk_file_names_source_and_licence() -> None:
    header = _shipped_header("cameo_plover.csv")
    assert "CC BY-SA 4.0" in header
    assert "Open Event Data Alliance" in header
    assert "CAMEO2PLOVER-2021.txt" in header


@pytest.mark.skipif(not GDELT_SAMPLE.is_file(), reason=f"no GDELT sample at {GDELT_SAMPLE}")
def test_ontology_agrees_with_real_gdelt_rows_except_gdelts_quads_for_09_and_14() -> None:
    """GDELT's GoldsteinScale matches ours on every sample row; its QuadClass does not.

    GDELT files put root 09 (investigate) in material cooperation and 14 (protest) in
    verbal conflict; detente keeps the 01-05/06-08/09-13/14-20 rule and says so.
    """
    gdelt_quads: dict[str, set[int]] = {}
    rows = 0
    with GDELT_SAMPLE.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            code, root, quad, score = fields[26], fields[28], int(fields[29]), float(fields[30])
            entry = cameo(code)
            assert (entry.root, entry.goldstein) == (root, score), code
            gdelt_quads.setdefault(root, set()).add(quad)
            rows += 1
    assert rows == 710
    differing = {
        root: quads for root, quads in gdelt_quads.items() if quads != {quad_for_root(root)}
    }
    assert differing == {"09": {2}, "14": {3}}
    assert "roots 09 (GDELT: 2) and 14 (GDELT: 3)" in _shipped_header("cameo.csv")
