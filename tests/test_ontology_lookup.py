"""The ontology's tables and lookups, checked against the numbers a user would look up."""

from __future__ import annotations

import pytest

from detente.errors import UnknownCodeError
from detente.model import Plover
from detente.ontology import (
    QUAD_NAMES,
    cameo,
    cameo_codes,
    cameo_for_plover,
    goldstein,
    is_valid_cameo,
    plover_auxiliary_modes,
    plover_contexts,
    plover_for_cameo,
    plover_type,
    plover_types,
    quad_for_root,
)

EXPECTED_QUAD = {
    f"{r:02d}": 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4 for r in range(1, 21)
}

PLOVER_QUADS = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


def test_ontology_code_counts_by_level() -> None:
    codes = cameo_codes()
    lengths = [len(c.code) for c in codes]
    assert len(codes) == 312
    assert lengths.count(2) == 20
    assert lengths.count(3) == 147
    assert lengths.count(4) == 145
    assert len({c.code for c in codes}) == len(codes)


@pytest.mark.parametrize("root", sorted(EXPECTED_QUAD))
def test_ontology_every_root_has_its_quad(root: str) -> None:
    assert quad_for_root(root) == EXPECTED_QUAD[root]
    assert cameo(root).quad == EXPECTED_QUAD[root]
    family = cameo_codes(root)
    assert family[0].code == root
    assert all(c.root == root and c.code.startswith(root) for c in family)
    assert {c.quad for c in family} == {EXPECTED_QUAD[root]}


def test_ontology_roots_accept_ints_and_single_digits() -> None:
    assert quad_for_root(1) == 1
    assert quad_for_root("9") == 3
    assert quad_for_root(16) == 4
    assert cameo_codes(16) == cameo_codes("16")
    with pytest.raises(UnknownCodeError, match="01 to 20"):
        quad_for_root("21")
    with pytest.raises(UnknownCodeError):
        cameo_codes("162")


def test_ontology_names_are_sentence_case() -> None:
    assert cameo("01").name == "Make public statement"
    assert cameo("20").name == "Use unconventional mass violence"
    assert cameo("116").name == "Find guilty or liable (legally)"
    assert cameo("1385").name == "Threaten attack with WMD"
    for entry in cameo_codes():
        assert entry.name[0].isupper(), entry
        assert not entry.name.isupper(), entry
        assert entry.name == entry.name.strip()


def test_ontology_lookup_accepts_strings_ints_and_padding() -> None:
    entry = cameo("1621")
    assert (entry.code, entry.root, entry.quad, entry.goldstein) == ("1621", "16", 4, -5.6)
    assert cameo(" 1621\n") is entry
    assert cameo(1621) is entry
    assert cameo(43).code == "043"  # an int that lost its leading zero
    assert cameo(311).code == "0311"
    assert cameo(1).code == "01"
    assert cameo(10).code == "10"  # bare digits that are a code win: the root, not 010
    assert goldstein("16") == -4.0


def test_ontology_goldstein_follows_gdelts_table() -> None:
    # The codes where GDELT's table and the CAMEO codebook disagree.
    assert goldstein("016") == -2.0
    assert goldstein("022") == 3.2
    assert goldstein("164") == -7.0
    assert goldstein("165") == -6.5
    # Missing from GDELT's table: the codebook's value.
    assert goldstein("1213") == -4.0
    assert all(-10.0 <= c.goldstein <= 10.0 for c in cameo_codes())


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("1625", "1621"), ("43", "043"), ("13y", "130"), ("9", "09")],
)
def test_ontology_unknown_code_suggests_close_codes(typed: str, suggested: str) -> None:
    with pytest.raises(UnknownCodeError) as info:
        cameo(typed)
    message = str(info.value)
    assert message.startswith("[D300] unknown CAMEO code")
    assert repr(typed) in message
    assert suggested in message
    assert "detente ontology list" in message


def test_ontology_unknown_code_without_neighbours_says_what_codes_look_like() -> None:
    with pytest.raises(UnknownCodeError, match="2 to 4 digits"):
        cameo("abc")


@pytest.mark.parametrize("junk", ["13y", "", "43", "1214", "0", "21", "01 0", None, 1.5, True])
def test_ontology_junk_is_not_a_valid_code(junk: object) -> None:
    assert is_valid_cameo(junk) is False


@pytest.mark.parametrize("good", ["01", "010", "1621", " 190 ", 43, 2042])
def test_ontology_real_codes_are_valid(good: object) -> None:
    assert is_valid_cameo(good) is True


def test_ontology_plover_reading_of_a_code() -> None:
    expected = Plover(type="SANCTION", mode="discontinue", context="economic")
    assert plover_for_cameo("1621") == expected
    assert cameo("1621").plover == expected
    assert plover_for_cameo("163") == Plover("COERCE", "restrict", "diplomatic")
    assert plover_for_cameo("091") == Plover("ACCUSE", "investigate", "crime;corruption")
    # Roots take their "0" code's reading.
    assert plover_for_cameo("19") == plover_for_cameo("190") == Plover("ASSAULT", None, "military")
    # PLOVER leaves statements and appeals unmapped.
    assert plover_for_cameo("010") is None
    assert cameo("0231").plover is None


def test_ontology_four_digit_code_falls_back_to_its_parent() -> None:
    assert plover_for_cameo("1625") == plover_for_cameo("162")
    assert plover_for_cameo("1214") == Plover("REJECT", "assist", "intelligence")
    assert plover_for_cameo("0215") is None  # parent 021 is an appeal, unmapped
    with pytest.raises(UnknownCodeError):
        plover_for_cameo("13y")


def test_ontology_crosswalk_covers_roots_03_to_20_completely() -> None:
    for entry in cameo_codes():
        if entry.root in ("01", "02"):
            assert entry.plover is None, entry
        else:
            assert entry.plover is not None, entry
            assert entry.plover.type in PLOVER_QUADS


def test_ontology_plover_types_and_quads() -> None:
    types = plover_types()
    assert [t.name for t in types] == list(PLOVER_QUADS)
    for ptype in types:
        assert ptype.quad == PLOVER_QUADS[ptype.name]
        assert ptype.description
        assert (ptype.base_score > 0) == (ptype.quad <= 2)
    assert plover_type("sanction") is plover_type(" SANCTION ")
    assert "discontinue" in plover_type("SANCTION").modes
    assert {"economic", "military", "humanitarian"} <= set(plover_type("AID").modes)


def test_ontology_unknown_plover_type_names_the_valid_ones() -> None:
    with pytest.raises(UnknownCodeError, match="did you mean SANCTION") as info:
        plover_type("sanctoin")
    assert "AGREE" in str(info.value) and "ASSAULT" in str(info.value)


def test_ontology_base_scores_are_rounded_mean_goldstein_of_mapped_codes() -> None:
    """The documented rule behind each base score, recomputed from the code table."""
    for ptype in plover_types():
        scores = [c.goldstein for c in cameo_for_plover(ptype.name)]
        assert scores, ptype.name
        mean = sum(scores) / len(scores)
        assert ptype.base_score == round(mean * 2) / 2, ptype.name


def test_ontology_cameo_and_plover_quads_differ_only_for_concessions() -> None:
    """PLOVER counts CONCEDE as verbal cooperation; CAMEO puts all of 08 'yield' in material."""
    disagreeing = {
        c.code
        for c in cameo_codes()
        if c.plover is not None and plover_type(c.plover.type).quad != c.quad
    }
    concessions = {c.code for c in cameo_for_plover("CONCEDE")}
    assert disagreeing == concessions
    assert len(concessions) == 11
    assert all(code.startswith("08") for code in concessions)


def test_ontology_crosswalk_modes_are_listed_under_their_type() -> None:
    for entry in cameo_codes():
        plover = entry.plover
        if plover is None or plover.mode is None or entry.code == "175":
            continue
        assert plover.mode in plover_type(plover.type).modes, entry


def test_ontology_contexts_include_plover_and_crosswalk_ones() -> None:
    contexts = {c.name: c for c in plover_contexts()}
    assert {"political", "military", "economic", "diplomatic", "terrorism", "cyber"} <= set(
        contexts
    )
    assert sum(c.source == "plover-2.0" for c in contexts.values()) == 37
    assert {c.source for c in contexts.values()} == {"plover-2.0", "crosswalk-2021"}
    used = {
        part
        for entry in cameo_codes()
        if entry.plover and entry.plover.context
        for part in entry.plover.context.split(";")
    }
    assert used <= set(contexts), used - set(contexts)
    assert all(c.description for c in contexts.values())


def test_ontology_auxiliary_modes() -> None:
    assert set(plover_auxiliary_modes()) == {"historical", "future", "hypothetical", "negation"}


def test_ontology_quad_names() -> None:
    assert QUAD_NAMES[1] == "verbal cooperation"
    assert QUAD_NAMES[4] == "material conflict"


def test_ontology_lookups_return_the_same_cached_records() -> None:
    assert cameo("042") is cameo("042")
    assert cameo_codes() == cameo_codes()
    assert plover_types()[0] is plover_types()[0]
