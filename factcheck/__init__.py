"""factcheck: extract the numbers and dates of reports about one event and compare them.

    >>> import factcheck
    >>> claims = factcheck.extract("At least 73 people were killed.")
"""

from __future__ import annotations

__version__ = "0.1.0"
