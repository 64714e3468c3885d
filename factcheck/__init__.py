"""factcheck: extract the numbers and dates of reports about one event and compare them.

>>> import factcheck
>>> report = factcheck.compare([
...     factcheck.Document(id="a", text="At least 73 people were killed."),
...     factcheck.Document(id="b", text="The blasts killed more than 100 people."),
... ])
>>> [(g.property, g.verdict) for g in report.groups]
[('killed', 'compatible')]
"""

from __future__ import annotations

from .compare import compare
from .errors import (
    DocumentReadError,
    FactcheckError,
    InputTypeError,
    InputValueError,
    PublishedDateError,
)
from .extract import extract
from .models import (
    Claim,
    DateInterval,
    Document,
    Group,
    NumberInterval,
    Report,
    Stated,
)
from .schema import json_schema

__all__ = [
    "Claim",
    "DateInterval",
    "Document",
    "DocumentReadError",
    "FactcheckError",
    "Group",
    "InputTypeError",
    "InputValueError",
    "NumberInterval",
    "PublishedDateError",
    "Report",
    "Stated",
    "__version__",
    "compare",
    "extract",
    "json_schema",
]

__version__ = "0.1.0"
