"""The one exception tree of factcheck.

Every error the library raises on purpose derives from :class:`FactcheckError`, and, where it
resembles a builtin, from that builtin too, so ``except ValueError`` keeps working::

    FactcheckError
     ├── InputTypeError(FactcheckError, TypeError)    an argument of the wrong type
     ├── InputValueError(FactcheckError, ValueError)  an argument of the right type but unusable
     │    └── PublishedDateError                     a publication date that cannot be read
     └── DocumentReadError(FactcheckError, OSError)   an unreadable file or JSON Lines record

:class:`factcheck.testing.ClaimAssertionError` is an ``AssertionError`` and deliberately not a
``FactcheckError``: code that catches the library's errors must not swallow a failing test.
"""

from __future__ import annotations

__all__ = [
    "DocumentReadError",
    "FactcheckError",
    "InputTypeError",
    "InputValueError",
    "PublishedDateError",
]


class FactcheckError(Exception):
    """Root of every error factcheck raises on purpose."""


class InputTypeError(FactcheckError, TypeError):
    """An argument has the wrong type; the message says what was expected."""


class InputValueError(FactcheckError, ValueError):
    """An argument has the right type but a value factcheck cannot use."""


class PublishedDateError(InputValueError):
    """A publication date that is not an ISO 8601 date or datetime."""


class DocumentReadError(FactcheckError, OSError):
    """A document file, or one record of a JSON Lines file, cannot be read."""
