"""The pipeline: one document in, one :class:`~deepseek_policy.model.Extraction` out.

segment -> actors (gazetteer, patterns, resolution) -> dates, quantities -> actions -> claims.
"""

from __future__ import annotations

import datetime as _dt

from deepseek_policy._segment import segment
from deepseek_policy._triggers import TriggerLexicon
from deepseek_policy.actions import find_actions, merge_country_level
from deepseek_policy.actors import ActorIndex
from deepseek_policy.claims import find_claims
from deepseek_policy.dates import find_dates
from deepseek_policy.errors import InputTypeError
from deepseek_policy.gazetteer import Gazetteer, default_gazetteer
from deepseek_policy.model import Document, Extraction
from deepseek_policy.quantities import find_quantities
from deepseek_policy.readers import parse_article

__all__ = ["extract"]


def extract(
    doc_or_text: Document | str,
    *,
    published: _dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: TriggerLexicon | None = None,
) -> Extraction:
    """Extract actors, actions, claims and quantities from a document or a string.

    A string is read as an article (see :func:`~deepseek_policy.readers.parse_article`);
    ``published`` sets or overrides the publication date that relative dates resolve against.
    ``gazetteer`` and ``lexicon`` replace the shipped actor gazetteer and trigger lexicon.
    """
    doc = _as_document(doc_or_text, published)
    text = doc.text
    seg = segment(text)
    index = ActorIndex(text, seg, gazetteer or default_gazetteer())
    dates = find_dates(text, doc.published)
    quantities = find_quantities(text)
    actions = find_actions(text, seg, index, dates, doc.published, lexicon)
    actions = tuple(merge_country_level(actions, index))
    claims = find_claims(text, seg, index, dates, quantities, doc.published)
    ids = [a.actor for a in actions] + [c.speaker for c in claims if c.speaker is not None]
    return Extraction(
        document=doc,
        actors=index.actors(ids),
        actions=actions,
        claims=claims,
        quantities=quantities,
    )


def _as_document(doc_or_text: Document | str, published: _dt.date | str | None) -> Document:
    if isinstance(doc_or_text, Document):
        if published is None:
            return doc_or_text
        return Document(
            id=doc_or_text.id,
            text=doc_or_text.text,
            title=doc_or_text.title,
            published=published,
            source=doc_or_text.source,
            url=doc_or_text.url,
        )
    if isinstance(doc_or_text, str):
        if not doc_or_text.strip():
            return Document(id="doc-empty", text=doc_or_text, published=published)
        return parse_article(doc_or_text, published=published)
    raise InputTypeError(f"extract() takes a Document or a str, not {type(doc_or_text).__name__}")
