"""The event lexicon is a reviewed data file: every pattern must name a real CAMEO code."""

from importlib.resources import files

import pytest

from detente.coder.lexicon import build_lexicon, default_lexicon
from detente.ontology import is_valid_cameo


def _lines() -> list[str]:
    text = files("detente.data.coder").joinpath("verbs.tsv").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_coder_lexicon_codes_are_all_known_cameo_codes() -> None:
    unknown = [line for line in _lines() if not is_valid_cameo(line.split("\t")[1])]
    assert unknown == []


def test_coder_lexicon_names_each_pattern_once() -> None:
    # A second line for a pattern would be silently ignored (the first one wins).
    patterns = [line.split("\t")[0] for line in _lines()]
    assert sorted({p for p in patterns if patterns.count(p) > 1}) == []


def test_coder_lexicon_patterns_land_in_the_right_table() -> None:
    lexicon = build_lexicon(
        ["visit\t042\tloc", "call on\t100", "issue warning\t130", "n:talks\t040\trecip",
         "not:reimburse\t1622", "agree to meet\t036", "hold talks\t040"]
    )  # fmt: skip
    assert lexicon.verbs["visit"].location_target
    assert lexicon.phrasal[("call", "on")].cameo == "100"
    assert lexicon.light[("issue", "warning")].cameo == "130"
    assert lexicon.light[("hold", "talk")].cameo == "040"  # objects arrive as lemmas
    assert lexicon.nouns["talks"].reciprocal
    assert lexicon.negated["reimburse"].cameo == "1622"
    assert lexicon.control[("agree", "meet")].cameo == "036"


def test_coder_lexicon_reads_modifiers_particles_and_prepositions() -> None:
    lexicon = build_lexicon(
        ["impose martial law\t1724", "warn of sanction\t1312", "pull out of talks\t164"]
    )
    assert lexicon.modified[("impose", "martial", "law")].cameo == "1724"
    assert lexicon.light[("warn of", "sanction")].cameo == "1312"
    assert lexicon.light[("pull out of", "talk")].cameo == "164"
    assert len(default_lexicon()) > 500


def test_coder_lexicon_rejects_a_pattern_it_cannot_read() -> None:
    with pytest.raises(ValueError, match="more words than a rule reads"):
        build_lexicon(["agree to hold peace talks\t036"])
