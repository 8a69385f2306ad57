"""``detente evaluate``: the three gold formats are read as documented and scored honestly.

The gold files here are small ones written for these tests, in each format's layout.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.coder.evaluate import (
    evaluate_file,
    label_scores,
    read_petr2,
    read_plover_gsr,
    read_plover_gsr_marked,
    read_plv,
)
from detente.errors import FormatError, InputError


def _plover_record(event: str, markup: str, source: str, target: str | None) -> dict:
    text = markup
    for tag in ("SRC", "TAR", "EVT"):
        text = text.replace(f"({tag}: ", "")
    text = text.replace(")", "")
    record = {
        "id": f"TEST-{event}",
        "event": event,
        "date": "2021-03-04",
        "text": text,
        "textInfo": {"markup": markup},
        "source": [{"actorText": "x", "code": source}],
    }
    if target:
        record["target"] = [{"actorText": "y", "code": target}]
    return record


@pytest.fixture
def plover_file(tmp_path: Path) -> Path:
    records = [
        {"event": "DOCUMENT", "eventText": "notes on the file", "id": "DOC"},
        _plover_record(
            "DEMAND",
            "(SRC: Kenya) (EVT: urged) (TAR: Uganda) to reopen the border crossing.",
            "KEN",
            "UGA",
        ),
        _plover_record(
            "FIGHT",
            "(SRC: Ethiopian troops) (EVT: shelled) positions held by (TAR: Eritrea) overnight.",
            "ETH",
            "ERI",
        ),
        # PLOVER counts signing an agreement as SUPPORT; agreeing to terms is AGREE.
        _plover_record(
            "SUPPORT",
            "(SRC: Chile and Peru) (EVT: signed) a fisheries accord on Monday.",
            "CHL",
            None,
        ),
    ]
    records[-1]["source"].append({"actorText": "Peru", "code": "PER"})
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_plover_records_rename_old_labels_and_pair_compound_sources(plover_file: Path) -> None:
    sentences = list(read_plover_gsr(plover_file))
    assert [s.codings for s in sentences] == [
        (("KEN", "UGA", "REQUEST"),),
        (("ETH", "ERI", "ASSAULT"),),
        (("CHL", "PER", "SUPPORT"), ("PER", "CHL", "SUPPORT")),
    ]
    assert sentences[0].date is not None and sentences[0].date.isoformat() == "2021-03-04"


def test_plover_domestic_codings_are_scored_and_interstate_ones_also_apart(
    tmp_path: Path,
) -> None:
    records = [
        _plover_record(
            "PROTEST",
            "(SRC: Thousands of Chileans) (EVT: marched) in (TAR: Santiago) against the reform.",
            "CHL",
            "CHL",
        ),
        _plover_record(
            "DEMAND",
            "(SRC: Kenya) (EVT: urged) (TAR: Uganda) to reopen the border crossing.",
            "KEN",
            "UGA",
        ),
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    assert next(s.codings for s in read_plover_gsr(path)) == (("CHL", "CHL", "PROTEST"),)
    scores = evaluate_file(path, "plover-gsr")
    # Both are coded right: the march by a crowd of the place against its rulers.
    assert scores["dyad_root_f1"] == pytest.approx(1.0)
    assert scores["interstate_dyad_root_f1"] == pytest.approx(1.0)


def test_plover_markup_gives_the_spans_of_source_and_target(plover_file: Path) -> None:
    pairs = list(read_plover_gsr_marked(plover_file))
    first = pairs[0]
    assert first.text == "Kenya urged Uganda to reopen the border crossing."
    assert first.text[slice(*first.source_span)] == "Kenya"
    assert first.text[slice(*first.target_span)] == "Uganda"
    # Demands are verbal conflict in PLOVER's QuadClass, as CAMEO's 10 is.
    assert (first.root, first.quad) == ("REQUEST", 3)
    assert pairs[2].target_span is None and pairs[2].root == "SUPPORT"


def test_plover_evaluation_reports_full_coding_and_marked_spans(plover_file: Path) -> None:
    scores = evaluate_file(plover_file, "plover-gsr")
    assert scores["n"] == 3 and scores["marked_n"] == 3
    # Each of the three is plain enough for the coder to get right from the spans.
    assert scores["marked_root_accuracy"] == pytest.approx(1.0)
    assert 0.0 < scores["dyad_root_f1"] <= 1.0


def test_plv_tags_become_spans_and_a_wrong_prediction_counts_against(tmp_path: Path) -> None:
    path = tmp_path / "plv.tsv"
    rows = [
        "marked_sentence\tgold_root\tgold_penta",
        "<s>Norway</s> praised <t>Iceland</t> for its handling of the crisis.\tSUPPORT\t1",
        # Gold written deliberately wrong: the coder must not score it as a hit.
        "<s>Norway</s> praised <t>Iceland</t> for its handling of the crisis.\tASSAULT\t4",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    pairs = list(read_plv(path))
    assert pairs[0].text == "Norway praised Iceland for its handling of the crisis."
    assert pairs[0].text[slice(*pairs[0].target_span)] == "Iceland"
    scores = evaluate_file(path, "plv")
    assert scores["n"] == 2
    assert scores["root_accuracy"] == pytest.approx(0.5)
    assert scores["confusion"]["ASSAULT"] == {"SUPPORT": 1}


def test_plv_row_with_no_tags_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "plv.tsv"
    path.write_text("marked_sentence\tgold_root\tgold_penta\nno tags here\tAGREE\t1\n", "utf-8")
    with pytest.raises(FormatError, match="marks neither source nor target"):
        list(read_plv(path))


def test_petr2_records_keep_codings_and_skip_noevents(tmp_path: Path) -> None:
    path = tmp_path / "petr2.xml"
    path.write_text(
        """<Validation>
# a comment line
<Sentence date="20190312" id="A_1" category="x">
<EventCoding sourcecode="GHAGOV" targetcode="TGO" eventcode="042"/>
<Text>The president of Ghana travelled to Lome for talks with Togo.</Text>
</Sentence>
<Sentence date="20190312" id="A_2">
<EventCoding noevents="True"/>
<Text>Rain fell on Accra.</Text>
</Sentence>
</Validation>""",
        encoding="utf-8",
    )
    first, second = read_petr2(path)
    assert first.codings == (("GHA", "TGO", "04"),) and str(first.date) == "2019-03-12"
    assert second.codings == ()


def test_a_file_of_another_format_is_reported_not_scored(tmp_path: Path) -> None:
    path = tmp_path / "notes.xml"
    path.write_text("<notes>nothing coded</notes>", encoding="utf-8")
    with pytest.raises(FormatError, match="not PETRARCH XML"):
        evaluate_file(path, "petr2")
    with pytest.raises(InputError, match="no such gold file"):
        evaluate_file(tmp_path / "missing.json", "plover-gsr")


def test_label_scores_macro_average_counts_unpredicted_labels() -> None:
    scores = label_scores(["A", "A", "B"], ["A", None, "A"])
    assert scores.per_label["B"]["f1"] == 0.0
    assert scores.per_label["A"]["precision"] == pytest.approx(0.5)
    assert scores.macro_f1 == pytest.approx((0.5 + 0.0) / 2)
    assert scores.accuracy == pytest.approx(1 / 3)


def test_plv_table_without_tags_or_penta_is_read_from_its_text_columns(tmp_path: Path) -> None:
    path = tmp_path / "plv.tsv"
    rows = [
        "sentence\tsource\ttarget\tgold_root",
        "Norway praised Iceland for its handling of the crisis.\tNorway\tIceland\tSUPPORT",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (pair,) = read_plv(path)
    assert pair.text[slice(*pair.source_span)] == "Norway"
    assert pair.text[slice(*pair.target_span)] == "Iceland"
    assert pair.quad == 1  # SUPPORT is verbal cooperation
    assert evaluate_file(path, "plv")["root_accuracy"] == pytest.approx(1.0)


def test_plv_table_without_a_gold_root_says_what_it_needs(tmp_path: Path) -> None:
    path = tmp_path / "plv.tsv"
    path.write_text("sentence\tlabel\nNorway praised Iceland.\tSUPPORT\n", encoding="utf-8")
    with pytest.raises(FormatError, match="needs a gold_root column"):
        list(read_plv(path))
