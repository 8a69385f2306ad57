"""Dyads as analysts write them: ``PAK-USA`` (undirected, either order) or ``USA>PAK``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.errors import DyadError

_CODE = r"[A-Z]{3}(?:[A-Z]{3})?"
_DYAD = re.compile(rf"^\s*({_CODE})\s*([-–>])\s*({_CODE})\s*$")


@dataclass(frozen=True, slots=True)
class Dyad:
    """A pair of actor codes. Undirected dyads keep their codes in sorted order."""

    a: str
    b: str
    directed: bool = False

    @classmethod
    def parse(cls, text: str) -> Dyad:
        """Read ``PAK-USA``, ``usa-pak`` or ``USA>PAK``; raise :class:`DyadError` otherwise."""
        match = _DYAD.match(text.upper())
        if not match:
            raise DyadError(
                f"cannot read dyad {text!r}: write two country codes joined by '-' for an "
                "undirected dyad (PAK-USA) or by '>' for a directed one (USA>PAK)"
            )
        first, sep, second = match.groups()
        if first == second:
            raise DyadError(f"dyad {text!r} names the same actor twice")
        if sep == ">":
            return cls(first, second, directed=True)
        low, high = sorted((first, second))
        return cls(low, high)

    @property
    def label(self) -> str:
        """The canonical spelling: ``PAK-USA`` or ``USA>PAK``."""
        return f"{self.a}>{self.b}" if self.directed else f"{self.a}-{self.b}"

    def __str__(self) -> str:
        return self.label
