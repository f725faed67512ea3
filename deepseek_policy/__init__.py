"""Turn news about government and company responses to DeepSeek into typed, evidence-backed records.

>>> import deepseek_policy as dp
>>> ex = dp.extract(
...     "Italy blocks DeepSeek\\n\\nItaly's privacy watchdog blocked DeepSeek on Jan. 30.",
...     published="2025-01-31",
... )
>>> ex.document.title
'Italy blocks DeepSeek'
"""

from deepseek_policy._version import __version__
from deepseek_policy.aggregate import (
    Event,
    ReportedClaim,
    Source,
    Stance,
    count_by,
    merge,
    stance,
    timeline,
    to_csv,
    to_records,
)
from deepseek_policy.compare import (
    ClaimConflict,
    Comparison,
    Conflict,
    Difference,
    RateTable,
    compare,
    compare_claims,
)
from deepseek_policy.errors import (
    BinaryFileError,
    CorpusReadError,
    DecodeError,
    DeepSeekPolicyError,
    EmptyArticleError,
    FileTooLargeError,
    MissingFileError,
    ReadError,
    SchemaError,
)
from deepseek_policy.extract import extract, extract_many
from deepseek_policy.gazetteer import Gazetteer, default_gazetteer
from deepseek_policy.model import (
    Action,
    ActionKind,
    Actor,
    ActorKind,
    Bound,
    Claim,
    Date,
    DatePrecision,
    Document,
    Extraction,
    Family,
    Quantity,
    QuantityKind,
    Reason,
    Scope,
    Span,
    Status,
)
from deepseek_policy.readers import parse_article, read_article, read_corpus
from deepseek_policy.triggers import TriggerLexicon, TriggerRow, default_lexicon

__all__ = [
    "Action",
    "ActionKind",
    "Actor",
    "ActorKind",
    "BinaryFileError",
    "Bound",
    "Claim",
    "ClaimConflict",
    "Comparison",
    "Conflict",
    "CorpusReadError",
    "Date",
    "DatePrecision",
    "DecodeError",
    "DeepSeekPolicyError",
    "Difference",
    "Document",
    "EmptyArticleError",
    "Event",
    "Extraction",
    "Family",
    "FileTooLargeError",
    "Gazetteer",
    "MissingFileError",
    "Quantity",
    "QuantityKind",
    "RateTable",
    "ReadError",
    "Reason",
    "ReportedClaim",
    "SchemaError",
    "Scope",
    "Source",
    "Span",
    "Stance",
    "Status",
    "TriggerLexicon",
    "TriggerRow",
    "__version__",
    "compare",
    "compare_claims",
    "count_by",
    "default_gazetteer",
    "default_lexicon",
    "extract",
    "extract_many",
    "merge",
    "parse_article",
    "read_article",
    "read_corpus",
    "stance",
    "timeline",
    "to_csv",
    "to_records",
]
