"""Named exceptions with stable codes, so messages can be documented and tested.

Library code raises these; only the CLI turns them into exit codes. Each message
says what failed, why, and what to do about it.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base of every error detente raises on purpose."""

    code: str = "D000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(DetenteError):
    """A user-supplied file or value cannot be used (missing, binary, empty, undecodable)."""

    code = "D100"


class StoreVersionError(DetenteError):
    """The store was written by a newer detente, or by an older one that needs migrating."""

    code = "D200"


class UnknownCodeError(DetenteError):
    """A CAMEO code, PLOVER type or actor id that the ontology does not know."""

    code = "D300"


class DyadError(DetenteError):
    """A dyad written in a form detente cannot read (use ``PAK-USA`` or ``USA>PAK``)."""

    code = "D400"


class FormatError(DetenteError):
    """An external event or vote file whose layout detente does not recognise."""

    code = "D500"


class FetchError(DetenteError):
    """A download failed, was truncated or did not match its published checksum."""

    code = "D600"


class ModelMissingError(DetenteError):
    """No English spaCy pipeline is installed; detente never downloads one at run time."""

    code = "D700"
