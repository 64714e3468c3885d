"""Verdicts: whether the claims of one group agree, are compatible, or contradict.

A stated figure stands for the interval its words imply. Sources agree when they state the
same figure within its precision, are compatible when their intervals overlap, and contradict
when they are disjoint, unless a later report merely raised an earlier figure (a revision).
Documents, not claims, are compared, and copies of one wire story count as one source. Every
step is linear in the number of claims (after one sort by publication time).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from .intervals import Bounds, bounds_of, hull, instant_seconds, intersect, to_interval
from .lexicon.dates import (
    CITY_ZONES,
    EARLY_IN_THE_DAY,
    LATE_IN_THE_DAY,
    MIDNIGHT_WORDS,
    MINUTE_AFTER_MIDNIGHT,
    TIMEZONES,
    ZONE_WORDS,
)
from .lexicon.properties import (
    EVOLVING_MEASURES,
    EVOLVING_SHARES,
    FLUCTUATING_PROPERTIES,
    NEAR_BELOW,
    PART_OF_PEOPLE,
    UNSCALED_TEMPERATURE,
)
from .models import Claim, DateInterval, Group, NumberInterval

__all__ = ["EVOLVING_PROPERTIES", "can_clash", "claim_bounds", "judge"]

EVOLVING_PROPERTIES = frozenset(
    {"killed", "injured", "arrested", "rescued", "infected", "destroyed", "damaged"}
)
"""Tolls that grow as a story develops: a higher figure published later revises a lower one.
Counts of buildings destroyed or damaged grow too, as inspectors reach more of the area.
Counts that also fall (the missing are found, evacuees return) are ``FLUCTUATING_PROPERTIES``:
any later figure of theirs updates an earlier one."""

_DAY = 86400.0
_EVENING = 18 * 3600.0
"""A part of a day that starts this late is a night, which may run into the next day."""
_OPEN_UP = ("more_than", "at_least")
_OPEN_DOWN = ("less_than", "at_most")


_ZONE_TOKEN = re.compile(r"[A-Za-z]+")


def zone_written(claim: Claim) -> bool:
    """Whether a time's own words name its time zone ("14:32 UTC", "10:32 a.m. EDT").

    Such times compare as instants; a time without a zone is a clock reading of some place,
    which other reports may give in another zone: it compares only with times without one.
    """
    if claim.kind != "time":
        return False
    words = _ZONE_TOKEN.findall(claim.text)
    if any(w in TIMEZONES for w in words):
        return True
    lower = [w.lower() for w in words]
    return any(
        # "7:30 p.m. Eastern time", "6:35 a.m. New York time"
        lower[i] == "time" and (lower[i - 1] in ZONE_WORDS or _city_before(lower, i))
        for i in range(1, len(lower))
    )


def _city_before(words: list[str], i: int) -> bool:
    """Whether the one or two words before ``words[i]`` name a city of ``CITY_ZONES``."""
    return tuple(words[i - 1 : i]) in CITY_ZONES or (
        i >= 2 and tuple(words[i - 2 : i]) in CITY_ZONES
    )


def claim_bounds(claim: Claim) -> Bounds:
    """The interval a claim allows, as compared across documents.

    Dates compare at day granularity ("Friday night" is Friday), so finer dates widen to their
    whole days; a time of day is compared as a clock time, since its day belongs to the date
    claim next to it (a bare "01:28" says nothing about which day).
    """
    assert claim.value is not None
    b = bounds_of(claim.value)
    if not isinstance(claim.value, DateInterval):
        return b
    if claim.kind == "time":
        if zone_written(claim) and claim.value.low and claim.value.high:
            # An instant: "14:32 UTC" is "10:32 a.m. EDT", whatever each report's own zone.
            b = Bounds(
                instant_seconds(claim.value.low), instant_seconds(claim.value.high), True, False
            )
        base = b.low if math.isfinite(b.low) else b.high
        if not math.isfinite(base):
            return b
        midnight = math.floor(base / _DAY) * _DAY
        return Bounds(b.low - midnight, b.high - midnight, b.low_closed, b.high_closed)
    if claim.value.granularity == "time":
        low = math.floor(b.low / _DAY) * _DAY if math.isfinite(b.low) else b.low
        if math.isfinite(b.low) and b.high - b.low <= _DAY:
            # A part of a day belongs to the day it starts on, except a night: "Tuesday night",
            # "overnight Tuesday" and "the night of Sept. 10" run past midnight, and another
            # report may date the same hours by the morning after ("early Wednesday").
            if b.high > low + _DAY or b.low - low >= _EVENING:
                return Bounds(low, low + 2 * _DAY, True, False)
            return Bounds(low, low + _DAY, True, False)
        high = math.ceil(b.high / _DAY) * _DAY if math.isfinite(b.high) else b.high
        return Bounds(low, high, b.low_closed, False)
    return b


def _shape(claim: Claim) -> str:
    """What kind of statement the words make: a point, a range, or a bound on one side."""
    if isinstance(claim.value, DateInterval):
        return (
            "up"
            if claim.qualifier in _OPEN_UP
            else "down"
            if claim.qualifier in _OPEN_DOWN
            else "point"
        )
    if claim.qualifier in _OPEN_UP:
        return "up"
    if claim.qualifier in _OPEN_DOWN:
        return "down"
    if claim.qualifier == "range" or claim.vague:
        return "range"
    if claim.text.lower().startswith(NEAR_BELOW):
        return "near"
    return "point"


def _half_unit(figure: float) -> float:
    """Half a unit of the last significant digit as written: 2,300 -> 50, 3.7 -> 0.05."""
    if figure == 0 or not math.isfinite(figure):
        return 0.5
    text = f"{abs(figure):.6f}".rstrip("0")
    if text.endswith("."):
        whole = int(text[:-1])
        step = 1
        while whole and whole % (step * 10) == 0:
            step *= 10
        return step / 2
    return 10.0 ** -len(text.split(".")[1]) / 2


def _band(claim: Claim, value: Bounds) -> Bounds:
    """The stated figure with the precision its digits imply, in the value's units.

    "up to 67 mph" states 66.5-67.5 mph; "up to 108 km/h" 107.5-108.5 km/h: the two bounds are
    the same figure within their precision. A range states itself.
    """
    shape = _shape(claim)
    if isinstance(claim.value, DateInterval):
        night = value.bounded and value.high - value.low == 2 * _DAY
        if claim.value.granularity == "time" and claim.kind == "date" and night:
            # a night states its own day and allows the morning after (``claim_bounds``)
            return Bounds(value.low, value.low + _DAY, True, False)
        return value
    if shape == "range":
        return value
    stated = claim.stated
    point: float | None
    figure: float | None
    if shape in ("point", "near"):
        if claim.qualifier == "exact" or stated is None or stated.low is None:
            return value
        point, figure = value.midpoint, stated.low
    elif shape == "up":
        point, figure = value.low, stated.low if stated else None
    else:
        point, figure = value.high, stated.high if stated else None
    if point is None or not math.isfinite(point):
        return value
    if figure is None or figure == 0 or _is_offset_unit(claim):
        return Bounds(point, point)
    factor = point / figure
    half = _half_unit(figure) * abs(factor)
    return Bounds(point - half, point + half)


def _is_offset_unit(claim: Claim) -> bool:
    # Temperatures are offsets, not factors: a ratio would not convert them.
    return isinstance(claim.value, NumberInterval) and claim.value.unit in (
        "kelvin",
        "degC",
        "degF",
    )


@dataclass(frozen=True, slots=True)
class _Source:
    """One source's say in a group: its claims, the interval they allow, and when."""

    doc: str
    claims: tuple[Claim, ...]
    value: Bounds
    band: Bounds
    shape: str
    published: dt.datetime | None
    copies: tuple[str, ...]
    corrected: bool = False
    """The source says its figure corrects or updates an earlier one ("lowered the toll to",
    "six are still missing")."""

    @property
    def evolving(self) -> bool:
        first = self.claims[0]
        if first.kind == "quantity":
            # burned areas, damage estimates, "5% contained" grow as a story develops
            return first.property in EVOLVING_MEASURES or (
                first.property == "percentage" and first.subject in EVOLVING_SHARES
            )
        return first.kind == "count" and (
            first.property in EVOLVING_PROPERTIES or first.property in FLUCTUATING_PROPERTIES
        )

    @property
    def fluctuating(self) -> bool:
        first = self.claims[0]
        return first.kind == "count" and first.property in FLUCTUATING_PROPERTIES


@lru_cache(maxsize=65536)
def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _quote(s: _Source) -> str:
    who = s.doc if not s.copies else f"{s.doc}, copied by {_names(s.copies)}"
    return f"'{s.claims[0].text}' ({who})"


def _names(ids: Sequence[str], shown: int = 3) -> str:
    """A few ids, and how many more: a reason stays one line however many copies there are."""
    if len(ids) <= shown:
        return ", ".join(ids)
    return f"{', '.join(ids[:shown])} and {len(ids) - shown} more"


def _fmt(x: float) -> str:
    return f"{x:,.6g}"


def _vague_bounds(claim: Claim) -> Bounds:
    """A vague amount's interval with its upper end left open.

    "Hundreds" firmly says more than a hundred or so, but news uses it loosely for counts past
    a thousand ("hundreds of homes" beside "more than 1,000 structures"): only a figure below
    its low end can contradict it (DESIGN: vague amounts never cause a false contradiction).
    """
    b = claim_bounds(claim)
    if not claim.vague:
        return b
    return Bounds(b.low, math.inf, b.low_closed, False)


def _sources(
    claims: Sequence[Claim],
    published: Mapping[str, dt.datetime | None],
    copies: Mapping[str, str],
    corrections: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[_Source]:
    """One source per wire story: a document and the copies of it count once."""
    by_story: dict[str, list[Claim]] = {}
    members: dict[str, dict[str, None]] = {}
    for c in claims:
        story = copies.get(c.doc, c.doc)
        by_story.setdefault(story, []).append(c)
        members.setdefault(story, {})[c.doc] = None
    out = []
    for story, mine in by_story.items():
        # A vague amount ("dozens") never narrows a figure the same source states precisely.
        mine = [c for c in mine if not c.vague] + [c for c in mine if c.vague]
        values = [claim_bounds(c) for c in mine if not c.vague] or [_vague_bounds(mine[0])]
        value = values[0]
        for v in values[1:]:
            # Claims of one source that overlap narrow each other; claims that do not are
            # alternative readings of an ambiguous source, and either may be meant.
            value = intersect(value, v) or hull(value, v)
        docs = list(members[story])
        times = [t for t in (_naive(published.get(d)) for d in docs) if t is not None]
        out.append(
            _Source(
                doc=docs[0],
                claims=tuple(mine),
                value=value,
                band=_band(mine[0], values[0]),
                shape=_shape(mine[0]),
                published=min(times) if times else None,
                copies=tuple(docs[1:]),
                corrected=any((c.doc, c.start) in corrections for c in mine),
            )
        )
    return out


def can_clash(claim: Claim) -> bool:
    """Whether a claim may be evidence against another; it may always fit one.

    Not a date or time with an open side ("shortly before 8 a.m.", "by Friday"): it is
    usually the moment of something else the sentence relates to. Nor a part of a total whose
    kind the words do not name ("two of the injured", "14 of the 40"): two such parts of one
    toll may be any parts.
    """
    if claim.kind == "count" and claim.role == "subset" and claim.subject is None:
        return False
    return not (claim.kind in ("date", "time") and claim.qualifier in _OPEN_UP + _OPEN_DOWN)


def _disjoint(a: Bounds, b: Bounds) -> bool:
    return intersect(a, b) is None


def _conflict(sources: list[_Source]) -> tuple[_Source, _Source] | None:
    """A pair of sources that cannot both be true, or None; linear after one sort.

    On a toll that grows, a figure published later and wholly above an earlier one is a
    revision, not a conflict; a later figure below an earlier lower bound, or above an earlier
    upper bound ("up to 600"), is a conflict. A count that also falls (the missing, the
    displaced) is only compared with figures published at the same time, and a figure that
    says it corrects an earlier one ("lowered the toll to 31") supersedes what came before.
    """
    if len(sources) < 2:
        return None
    timed = all(s.published is not None for s in sources) and all(s.evolving for s in sources)
    if not timed:
        # Without an order in time, a correction cannot be placed: it is no evidence.
        sources = [s for s in sources if not s.corrected]
        if len(sources) < 2:
            return None
        lo = max(sources, key=lambda s: (s.value.low, not s.value.low_closed))
        hi = min(sources, key=lambda s: (s.value.high, s.value.high_closed))
        return (hi, lo) if lo is not hi and _disjoint(lo.value, hi.value) else None
    ordered = sorted(sources, key=lambda s: s.published or dt.datetime.min)
    best_low: _Source | None = None  # the earlier source with the highest low bound
    best_cap: _Source | None = None  # the earlier upper bound with the lowest cap
    i = 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j].published == ordered[i].published:
            j += 1
        same_time = ordered[i:j]
        settled = [s for s in same_time if not s.corrected]  # an update is placed after
        if len(settled) > 1:
            lo = max(settled, key=lambda s: (s.value.low, not s.value.low_closed))
            hi = min(settled, key=lambda s: (s.value.high, s.value.high_closed))
            if lo is not hi and _disjoint(lo.value, hi.value):
                return hi, lo
        for s in same_time:
            if s.corrected or s.fluctuating:
                continue  # an update of what came before, whichever way it moved
            if (
                best_low is not None
                and s.value.high < best_low.value.low
                and _disjoint(s.value, best_low.value)
            ):
                return best_low, s
            if best_cap is not None and _disjoint(s.value, best_cap.value):
                return best_cap, s
        if any(s.corrected for s in same_time):
            best_low = best_cap = None  # superseded
        for s in same_time:
            if best_low is None or s.value.low > best_low.value.low:
                best_low = s
            if s.shape == "down" and (best_cap is None or s.value.high < best_cap.value.high):
                best_cap = s
        i = j
    return None


def _common(sources: Sequence[_Source]) -> Bounds | None:
    common: Bounds | None = sources[0].value
    for s in sources[1:]:
        common = intersect(common, s.value) if common is not None else None
    return common


def _outliers(sources: list[_Source]) -> list[str]:
    """Sources outside the value most sources allow, when at least two others share it.

    One sweep over the sorted bounds finds the point covered by most sources; sources that
    do not cover it are named when they are fewer than those that do.
    """
    if len(sources) < 3:
        return []
    events: list[tuple[float, int]] = []
    for s in sources:
        events.append((s.value.low, 0))
        events.append((s.value.high, 1))
    events.sort()
    depth = best = 0
    where = 0.0
    for x, kind in events:
        if kind == 0:
            depth += 1
            if depth > best:
                best, where = depth, x
        else:
            depth -= 1
    outside = [s for s in sources if not (s.value.low <= where <= s.value.high)]
    if best < 2 or len(outside) >= best:
        return []
    return [s.doc for s in outside]


def _agree(sources: list[_Source]) -> bool:
    """Same shape of statement, and each source's stated figure fits every other's interval."""
    shapes = {s.shape for s in sources}
    if shapes == {"down", "point"} and all(
        c.qualifier == "at_most" for s in sources if s.shape == "down" for c in s.claims
    ):
        # "up to 165 mph" and "about 265 km/h": one peak, stated both ways; "less than half a
        # mile" and "about 700 metres" state different figures
        return all(
            intersect(a.band, b.band) is not None for a, b in itertools.combinations(sources, 2)
        )
    if len(shapes) != 1:
        return False
    dates = isinstance(sources[0].claims[0].value, DateInterval)
    if sources[0].shape == "range" or dates:
        # Ranges and dates agree when they allow the same values (within a tenth of width); a
        # date by the day it states ("Tuesday night" states Tuesday, allows Wednesday too).
        for s in sources[1:]:
            a, b = (sources[0].band, s.band) if dates else (sources[0].value, s.value)
            common = intersect(a, b)
            if common is None:
                return False
            if a.bounded and b.bounded:
                span = max(a.high - a.low, b.high - b.low)
                if (a.high - a.low) - (common.high - common.low) > 0.1 * span or (
                    b.high - b.low
                ) - (common.high - common.low) > 0.1 * span:
                    return False
            elif (a.low, a.high) != (b.low, b.high):
                return False
        return True
    figures = {_stated_figure(s.claims[0]) for s in sources}
    if None not in figures and len({_stated_unit(s.claims[0]) for s in sources}) == 1:
        # In one unit, the words are compared as written: "more than 100" and "at least
        # 118" are different figures, whatever precision a round 100 may carry.
        return len(figures) == 1
    max_low = max(s.value.low for s in sources)
    min_high = min(s.value.high for s in sources)
    return all(s.band.low <= min_high and s.band.high >= max_low for s in sources)


def _stated_figure(claim: Claim) -> tuple[float | None, float | None] | None:
    if claim.stated is None:
        return None
    return (claim.stated.low, claim.stated.high)


def _stated_unit(claim: Claim) -> str | None:
    # Counts compare across counted nouns ("23 people", "Twenty-three"): one unit.
    if claim.kind == "count" or claim.stated is None:
        return "count"
    return claim.stated.unit


def judge(
    claims: Sequence[Claim],
    published: Mapping[str, dt.datetime | None],
    *,
    copies: Mapping[str, str] | None = None,
    why_apart: str | None = None,
    corrections: AbstractSet[tuple[str, int]] = frozenset(),
    causes: Mapping[tuple[str, int], str] | None = None,
    places: Mapping[tuple[str, int], str] | None = None,
    payers: Mapping[tuple[str, int], str] | None = None,
    estimators: Mapping[tuple[str, int], str] | None = None,
    texts: Mapping[str, str] | None = None,
) -> Group:
    """The verdict on one group of claims, with its consensus, spread and one-line reason.

    ``copies`` maps a document id to the id of the wire story it copies: copies count once.
    ``why_apart`` is the alignment's note on why this group was kept apart from another.
    ``corrections`` holds the (doc, start) of claims whose words say they correct an earlier
    figure (see :func:`factcheck.properties.is_correction`). ``causes`` maps (doc, start) to
    the kind of what killed or hurt the people counted (see
    :func:`factcheck.properties.cause_of`), ``places`` to the place its clause names (see
    :func:`factcheck.properties.place_of`): figures of different causes or of different named
    places are never a conflict, nor sums of different named givers (``payers``, see
    :func:`factcheck.properties.payer_of`), nor crowds of different named counters
    (``estimators``, see :func:`factcheck.properties.estimator_of`). ``texts`` maps a
    document id to its text: a smaller toll for a place another report never names may be a
    part of its total.
    """
    first = claims[0]
    if len(claims) == 1 and first.value is None:
        # An unresolved claim ("Wednesday" with no publication date) stands alone, and says why.
        return Group(
            verdict="single_source",
            property=first.property,
            subject=first.subject,
            claims=(first,),
            reason=first.note or f"only {first.doc} states it, and its value is unknown",
        )
    like = first.value
    assert like is not None  # alignment never groups claims without a value
    sources = _sources(claims, published, copies or {}, corrections)
    spread = sources[0].value
    for s in sources[1:]:
        spread = hull(spread, s.value)
    # A vague amount ("dozens") never narrows what precise figures say together.
    precise = [s for s in sources if not all(c.vague for c in s.claims)] or sources
    common = consensus = _common(precise)
    if isinstance(like, DateInterval) and first.kind == "time":
        consensus = None  # clock times carry no day to write back

    def finish(verdict: str, reason: str, consensus: Bounds | None, **extra: object) -> Group:
        if why_apart:
            reason = f"{reason}; {why_apart}"
        # The claims are validated models already: constructing skips validating each of
        # them again, which for a group of ten thousand claims is most of the cost.
        fields: dict[str, object] = {
            "verdict": verdict,
            "property": first.property,
            "subject": first.subject,
            "claims": tuple(claims),
            "consensus": to_interval(consensus, like) if consensus is not None else None,
            "spread": to_interval(spread, like) if first.kind != "time" else None,
            "reason": reason,
            "revision": False,
            "outliers": (),
        }
        fields.update(extra)
        return Group.model_construct(**fields)  # type: ignore[arg-type]

    if len(sources) == 1:
        only = sources[0]
        if only.copies:
            return finish(
                "single_source",
                f"one wire story: {only.doc} and its copies {_names(only.copies)} count once",
                consensus,
            )
        return finish("single_source", f"only {only.doc} states it", consensus)

    conflict = _conflict([s for s in sources if any(can_clash(c) for c in s.claims)])
    for what, known in (
        ("causes", causes),
        ("places", places),
        ("givers", payers),
        ("counters", estimators),
    ):
        if conflict is None or not known:
            continue
        kinds = {_cause(s, known) for s in conflict}
        if None not in kinds and len(kinds) == 2:
            a, b = conflict
            return finish(
                "compatible",
                f"the figures do not overlap, but not called a contradiction: {_quote(a)} "
                f"and {_quote(b)} name different {what} ({' and '.join(sorted(map(str, kinds)))}),"
                " so they may count different things",
                None,
            )
    part = (
        _part_of_the_whole(conflict, places or {}, texts or {})
        or _another_place(conflict, places or {}, texts or {})
        or _another_owner(conflict, texts or {})
        or _days_across_zones(conflict, published)
        or _around_midnight(conflict)
        or _midnight_and_a_minute(conflict)
        or _two_scales(conflict)
    )
    if conflict is not None and part is not None:
        return finish("compatible", part, None)
    if conflict is not None:
        a, b = conflict
        outliers = _outliers(sources)
        reason = f"{_quote(a)} and {_quote(b)} cannot both be true: their intervals do not overlap"
        if outliers:
            reason += f"; {_names(outliers)} stands apart from the other sources"
        return finish("contradict", reason, None, outliers=tuple(outliers))
    timed = all(s.published is not None for s in sources)
    corrected = [s for s in sources if s.corrected]
    if common is None and corrected and not timed:
        return finish(
            "compatible",
            f"the figures do not overlap, but {_quote(corrected[0])} says it corrects or "
            "updates an earlier figure, and without publication times which one is current "
            "is unknown",
            None,
        )
    if common is None and not (timed and all(s.evolving for s in sources)):
        # Disjoint, yet no conflict: some claim cannot be evidence against the others.
        return finish(
            "compatible",
            "the figures do not overlap, but not called a contradiction: an open-ended or "
            "later-stated date may be the moment of something else",
            None,
        )
    if common is None:
        # Disjoint, yet no conflict: later reports updated an earlier figure.
        ordered = sorted(sources, key=lambda s: s.published or dt.datetime.min)
        early, latest = ordered[0], ordered[-1]
        how = (
            "corrected"
            if latest.corrected
            else "raised"
            if latest.value.low > early.value.high
            else "updated"
        )
        reason = f"revised: {_quote(early)} was {how} later to {_quote(latest)}"
        return finish("compatible", reason, latest.value, revision=True)
    if _agree(sources):
        return finish("agree", _agree_reason(sources), consensus)
    return finish("compatible", _compatible_reason(sources, consensus), consensus)


def _part_of_the_whole(
    conflict: tuple[_Source, _Source] | None,
    places: Mapping[tuple[str, int], str],
    texts: Mapping[str, str],
) -> str | None:
    """Why the smaller of two disjoint tolls may be a part of the larger, or None: it names a
    place the other report never names ("seven people were killed in Poland" and "16 people
    across central Europe"), or a kind of people the other does not count ("two children",
    "41 people")."""
    if conflict is None:
        return None
    small, large = sorted(conflict, key=lambda s: s.value.high)
    if small.value.high >= large.value.low or small.claims[0].kind != "count":
        return None
    place = _cause(small, places)
    elsewhere = texts.get(large.doc, "").lower()
    claim = small.claims[0]
    after = texts.get(claim.doc, "").lower()[claim.end : claim.end + 80]
    if (
        place is not None
        and place in after  # "seven people were killed in Poland": the count's own place
        and _cause(large, places) is None
        and place not in elsewhere
    ):
        return (
            f"the figures do not overlap, but not called a contradiction: {_quote(small)} "
            f"counts {place} alone, which may be a part of {_quote(large)}"
        )
    kind, whole = _counted(small), _counted(large)
    if kind in PART_OF_PEOPLE and whole != kind:
        return (
            f"the figures do not overlap, but not called a contradiction: {_quote(small)} "
            f"counts {kind} alone, which may be a part of {_quote(large)}"
        )
    return None


def _days_across_zones(
    conflict: tuple[_Source, _Source] | None, published: Mapping[str, dt.datetime | None]
) -> str | None:
    """Why two different days or clock times may be one, or None: each report names the day
    or the clock of its own time zone, and the two overlap as spans of time ("late on
    Tuesday" in New York is "Wednesday" in Manila; "9:14 p.m." in Kourou is "2:14 a.m." in
    Paris). Days are compared as calendar days of each report's own zone, and times without a
    written zone as clock readings, which is right for reports of one zone and too strict
    across zones."""
    if conflict is None:
        return None
    a, b = conflict
    when_a, when_b = published.get(a.doc), published.get(b.doc)
    kind = a.claims[0].kind
    if kind not in ("date", "time") or when_a is None or when_b is None:
        return None
    if kind == "time" and any(zone_written(c) for s in conflict for c in s.claims):
        return None  # a written zone makes the times instants, already compared as such
    shift_a, shift_b = when_a.utcoffset(), when_b.utcoffset()
    if shift_a is None or shift_b is None or shift_a == shift_b:
        return None
    da, db = shift_a.total_seconds(), shift_b.total_seconds()
    in_a = Bounds(a.value.low - da, a.value.high - da, a.value.low_closed, a.value.high_closed)
    # a clock time is a time of day: the other's may fall on the day before or after
    turns = (-_DAY, 0.0, _DAY) if kind == "time" else (0.0,)
    if all(
        intersect(
            in_a,
            Bounds(
                b.value.low - db + turn,
                b.value.high - db + turn,
                b.value.low_closed,
                b.value.high_closed,
            ),
        )
        is None
        for turn in turns
    ):
        return None
    what = "days" if kind == "date" else "clock times"
    near = (
        "near midnight one zone's day is the other's next"
        if kind == "date"
        else "they may be one moment read on two clocks"
    )
    return (
        f"the {what} differ, but not called a contradiction: {_quote(a)} and {_quote(b)} were "
        f"published in time zones {abs(da - db) / 3600:g} hours apart, and as spans of time "
        f"the two overlap: {near}"
    )


def _around_midnight(conflict: tuple[_Source, _Source] | None) -> str | None:
    """Why two days in a row may be one time, or None: one report says the late hours of a
    day ("late Saturday"), the other the early hours of the next ("early Sunday", "shortly
    after midnight on Sunday"), and a crash at 11:50 p.m. or 12:10 a.m. is told both ways."""
    if conflict is None or conflict[0].claims[0].kind != "date":
        return None
    first, then = sorted(conflict, key=lambda s: s.value.low)
    if first.value.high != then.value.low or first.value.high - first.value.low > _DAY:
        return None  # not two days in a row
    if not (_says(first, LATE_IN_THE_DAY) and _says(then, EARLY_IN_THE_DAY)):
        return None
    return (
        f"the days differ, but not called a contradiction: {_quote(first)} is the end of a day "
        f"and {_quote(then)} the start of the next, which may be one time around midnight"
    )


def _midnight_and_a_minute(conflict: tuple[_Source, _Source] | None) -> str | None:
    """Why "midnight" and "12:01 a.m." a minute later may be one moment, or None: a start
    that contracts, strikes and laws write as 12:01 a.m. is told as midnight too."""
    if conflict is None:
        return None
    first, then = sorted(conflict, key=lambda s: s.value.low)
    if first.value.high != then.value.low or first.claims[0].kind not in ("date", "time"):
        return None  # not two minutes in a row
    midnight = [c for c in first.claims if not MIDNIGHT_WORDS.isdisjoint(c.text.lower().split())]
    minute = [c for c in then.claims if any(t in c.text for t in MINUTE_AFTER_MIDNIGHT)]
    # a time compares as a clock reading: the two must also be one minute apart as instants
    if any(
        isinstance(a.value, DateInterval)
        and isinstance(b.value, DateInterval)
        and a.value.low is not None
        and b.value.low is not None
        and instant_seconds(b.value.low) - instant_seconds(a.value.low) == 60
        for a in midnight
        for b in minute
    ):
        return (
            f"the times differ, but not called a contradiction: {_quote(first)} and "
            f"{_quote(then)} are one start, written as midnight and as the minute after it"
        )
    return None


def _fahrenheit_as_celsius(value: Bounds) -> Bounds:
    """The interval of degrees read as Fahrenheit, in Celsius (both bounds move)."""
    return Bounds(
        (value.low - 32) * 5 / 9,
        (value.high - 32) * 5 / 9,
        value.low_closed,
        value.high_closed,
    )


def _two_scales(conflict: tuple[_Source, _Source] | None) -> str | None:
    """Why two temperatures with no scale stated may be one heat, or None: "reached 100
    degrees" in an American report and "approached 38 degrees" in a European one are 100 F and
    38 C, 37.8 C and 38 C. Each may be either scale, so they clash only when no reading of
    the two (one in each scale; both in one scale is the clash already found) overlaps."""
    if conflict is None or conflict[0].claims[0].property != UNSCALED_TEMPERATURE:
        return None
    a, b = conflict
    for hot, cold in ((a, b), (b, a)):
        if not _disjoint(_fahrenheit_as_celsius(hot.value), cold.value):
            return (
                f"the figures differ, but not called a contradiction: neither {_quote(hot)} "
                f"nor {_quote(cold)} states its scale, and {_quote(hot)} read as Fahrenheit "
                f"may be {_quote(cold)} read as Celsius"
            )
    return None


def _says(source: _Source, words: AbstractSet[str]) -> bool:
    """Whether one of the source's date claims has one of ``words`` (a cue for the part of
    its day: "late", "early")."""
    return any(not words.isdisjoint(_ZONE_TOKEN.findall(c.text.lower())) for c in source.claims)


_LOCAL_READINGS = frozenset(["speed", "temperature"])
"""Measures that differ from place to place on one day: a storm's gusts, a heatwave's heat."""


def _another_place(
    conflict: tuple[_Source, _Source] | None,
    places: Mapping[tuple[str, int], str],
    texts: Mapping[str, str],
) -> str | None:
    """Why two disjoint readings of a local measure may both be true, or None: one names the
    place it was read in, and the other report never names that place ("gusts of up to 45 mph
    across Monroe County", "gusts reached 60 mph along the lakeshore" near Buffalo)."""
    if conflict is None or conflict[0].claims[0].property not in _LOCAL_READINGS:
        return None
    for here, there in (conflict, conflict[::-1]):
        place = _cause(here, places)
        unnamed_there = place is not None and place not in texts.get(there.doc, "").lower()
        if unnamed_there and _cause(there, places) is None:
            return (
                f"the figures do not overlap, but not called a contradiction: {_quote(here)} "
                f"is read in {place}, which {there.doc} never names, so they may be readings "
                "of two places"
            )
    return None


_NAMED_OWNERS = frozenset(["money_value"])
"""Sums whose owner is a named party (:func:`factcheck.properties.read_number` gives it as
the subject): "Kanto Silicon, which has a market value of about $12 billion"."""


def _another_owner(
    conflict: tuple[_Source, _Source] | None, texts: Mapping[str, str]
) -> str | None:
    """Why two disjoint sums of value may both be true, or None: one names its owner, the other
    names none, and the other report never names that owner ("Kanto Silicon, which has a
    market value of about $12 billion" against "The company had a market value of roughly $88
    billion" in a story about Veritas). A value of no named owner still clashes with one whose
    owner its report names, or with another of no named owner."""
    if conflict is None or conflict[0].claims[0].property not in _NAMED_OWNERS:
        return None
    for here, there in (conflict, conflict[::-1]):
        owner = _owner_of(here)
        if (
            owner is not None
            and _owner_of(there) is None
            and owner not in texts.get(there.doc, "").lower()
        ):
            return (
                f"the figures do not overlap, but not called a contradiction: {_quote(here)} "
                f"is the value of {owner}, which {there.doc} never names, so they may be "
                "values of two parties"
            )
    return None


def _owner_of(source: _Source) -> str | None:
    owners = {c.subject for c in source.claims}
    return owners.pop() if len(owners) == 1 else None


def _counted(source: _Source) -> str | None:
    """The counted noun as written ("children"), or None."""
    stated = source.claims[0].stated
    return stated.unit.lower() if stated is not None and stated.unit else None


def _cause(source: _Source, causes: Mapping[tuple[str, int], str]) -> str | None:
    kinds = {causes.get((c.doc, c.start)) for c in source.claims}
    return kinds.pop() if len(kinds) == 1 else None


def _agree_reason(sources: list[_Source]) -> str:
    quotes = [_quote(s) for s in sources[:3]]
    more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
    if len({s.claims[0].text.lower() for s in sources}) == 1:
        return f"{' and '.join(quotes)}{more} give the same figure"
    return f"{' and '.join(quotes)}{more} state the same figure within their precision"


def _compatible_reason(sources: list[_Source], consensus: Bounds | None) -> str:
    # Explain with precise figures first; a vague amount is the least informative side.
    precise = [s for s in sources if not all(c.vague for c in s.claims)] or sources
    shapes = {s.shape for s in precise}
    if shapes == {"up"} and len(precise) > 1:
        hi = max(precise, key=lambda s: s.value.low)
        lo = min(precise, key=lambda s: s.value.low)
        return f"both are lower bounds; {_quote(hi)} implies {_quote(lo)}"
    if shapes == {"down"} and len(precise) > 1:
        lo = min(precise, key=lambda s: s.value.high)
        hi = max(precise, key=lambda s: s.value.high)
        return f"both are upper bounds; {_quote(lo)} implies {_quote(hi)}"
    a, b = sources[0], sources[1]
    if any(all(c.vague for c in s.claims) for s in sources):
        vague = next(s for s in sources if all(c.vague for c in s.claims))
        return (
            f"{_quote(vague)} is a vague amount, loose above its low end; "
            "the precise figures do not fall below it"
            if len(sources) > 1
            else "a vague amount"
        )
    where = ""
    if consensus is not None and consensus.bounded and consensus.low == consensus.high:
        where = f"; only {_fmt(consensus.low)} fits both"
    return f"{_quote(a)} and {_quote(b)} overlap but state different figures{where}"
