"""The date recogniser's fast paths give what their plain forms give.

Each helper here was written out for speed; its plain form (slower, obviously right) is the
reference it must match.
"""

from __future__ import annotations

import dataclasses

from factcheck import dates
from factcheck.mentions import DateMention


def test_moved_mention_keeps_every_field() -> None:
    # a value unlike any default in each field, so that a field left out shows
    fields = dataclasses.fields(DateMention)
    values = {f.name: 7 + i if "int" in str(f.type) else f"v{i}" for i, f in enumerate(fields)}
    mention = DateMention(**values)  # type: ignore[arg-type]
    assert dates._moved(mention, 100) == dataclasses.replace(
        mention, start=mention.start + 100, end=mention.end + 100
    )
