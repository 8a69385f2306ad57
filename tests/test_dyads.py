"""Dyads as analysts write them."""

import pytest

from detente.dyads import Dyad
from detente.errors import DyadError


def test_dyads_either_order_is_the_same_undirected_dyad() -> None:
    assert Dyad.parse("PAK-USA") == Dyad.parse("usa-pak") == Dyad("PAK", "USA")
    assert Dyad.parse("USA-PAK").label == "PAK-USA"


def test_dyads_arrow_means_directed() -> None:
    dyad = Dyad.parse("USA>PAK")
    assert dyad.directed and (dyad.a, dyad.b) == ("USA", "PAK")
    assert dyad.label == "USA>PAK"


@pytest.mark.parametrize("text", ["PAKUSA", "PAK-", "PAK-PAK", "Pakistan-USA"])
def test_dyads_unreadable_forms_say_how_to_write_them(text: str) -> None:
    with pytest.raises(DyadError, match=r"PAK-USA|same actor"):
        Dyad.parse(text)
