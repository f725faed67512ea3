"""The pipeline: one document in, one :class:`~deepseek_policy.model.Extraction` out."""

from __future__ import annotations

import datetime as _dt

from deepseek_policy.errors import InputTypeError
from deepseek_policy.model import Document, Extraction
from deepseek_policy.readers import parse_article

__all__ = ["extract"]


def extract(
    doc_or_text: Document | str,
    *,
    published: _dt.date | str | None = None,
) -> Extraction:
    """Extract actors, actions, claims and quantities from a document or a string.

    A string is read as an article (see :func:`~deepseek_policy.readers.parse_article`);
    ``published`` sets or overrides the publication date that relative dates resolve against.
    """
    doc = _as_document(doc_or_text, published)
    return Extraction(document=doc)


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
    raise InputTypeError(
        f"extract() takes a Document or a str, not {type(doc_or_text).__name__}"
    )
