"""Alignment: which claims of many documents measure the same thing.

Claims are first blocked by a key (kind, property, role, entity, unit), so that pairing only
happens inside a block and grouping grows near-linearly with the number of claims. Inside a
block, claims are clustered:

* a document that states several different values for one key (the day of the attack and
  the day of a statement) speaks of several things: each value goes to the cluster it fits,
  and one that fits none stands apart instead of contradicting;
* a value that fits no cluster clashes with the nearest one only when nothing says it is
  about something else: a size clashes only with a size of the same thing ("span" and
  "bridge" are one), a part only with a part of the same kind, an age, a share or a distance
  only with one of the same named person, whole or place, a sum said to be a total only with
  another total, a count from a start ("since Thursday") only with another such count; a
  date with an open side ("by Friday") never clashes.

A claim whose property is unknown is never grouped on its value alone: a false pairing is how
false contradictions are born. Counts that share only their counted noun ("19 crew"), or that
only say where people were ("250 people inside"), form *loose* blocks: they may agree, never
contradict. Last, claims left alone in different reports that name the very same day, minute,
number of people or figure join: reports name one event with many verbs ("freed 11 hostages on
Monday", "eleven captives were released on Feb. 10"), one crowd with many nouns, and one figure
with many properties ("a 3.5% raise", "a pay rise of 3.5 percent") or in another unit ("about
2,800 metres", "roughly 9,200 feet"); such joins may agree, never clash.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from .intervals import Bounds, intersect
from .lexicon.properties import (
    DIMENSIONS_OF_THINGS,
    FATE,
    INCREMENT_SUFFIX,
    LOOSE_PROPERTIES,
    MEASURED_BY_NOUN,
    RUNNING_TOTAL_SINCE,
    SUM_TOTAL,
    UNCOMPARED_DATE_PROPERTIES,
)
from .models import Claim, DateInterval
from .properties import names_a_deed, noun_class
from .verdicts import EVOLVING_PROPERTIES, can_clash, claim_bounds, zone_written

__all__ = ["Aligned", "align", "align_groups", "group_key", "is_loose"]


def group_key(claim: Claim) -> Hashable | None:
    """The key shared by claims that measure the same thing, or None to keep a claim alone."""
    if claim.value is None:
        return None
    if claim.kind in ("date", "time"):
        if claim.property is None or claim.property in UNCOMPARED_DATE_PROPERTIES:
            return None
        # Background and planned dates group only with dates of the same anchor event
        # ("his death" in January 2020 in both reports).
        anchor = claim.subject if claim.role != "event" or claim.kind == "time" else None
        if claim.role != "event" and anchor is None:
            return None
        zoned = zone_written(claim)  # a time with its zone and one without: never side by side
        if claim.kind == "time":
            if anchor is None:
                # a time of no named step: it may meet another, never clash
                return ("loose-count", claim.kind, claim.property, claim.role, zoned)
            return (claim.kind, claim.property, claim.role, anchor, zoned, claim.entity)
        if claim.role != "event" and (anchor in _RECURRING_EVENTS or _deed_of(anchor)):
            # Past dates that may be of two things may meet, never clash: elections, quakes
            # and storms are many ("first elected in 2022", "the 2023 off-year elections"),
            # and a deed's words do not say whose it was ("Dubai handled 95.2 million
            # passengers in 2025", "Heathrow handled 83.9 million passengers in 2024").
            return ("loose-count", claim.kind, claim.property, claim.role, anchor, zoned)
        return (claim.kind, claim.property, claim.role, anchor, zoned)
    if claim.kind == "count":
        if claim.property is None:
            if claim.subject is None or claim.role == "background":
                return None
            return ("loose-count", claim.subject, claim.role, claim.entity)
        if (
            claim.property in LOOSE_PROPERTIES
            or claim.property.endswith(INCREMENT_SUFFIX)
            or claim.role in ("background", "future")
        ):
            # A past event's toll ("when a tsunami killed 18,000") belongs to that event,
            # which the key cannot name: two reports may recall different past events.
            return ("loose-count", claim.property, claim.role, claim.entity)
        # The predicate says what is counted: "killing three people" and "three lives were
        # lost" count one thing although their nouns differ.
        entity = None if _total_since(claim) or _fate(claim) else claim.entity
        return ("count", claim.property, claim.role, entity)
    if claim.property is None:
        return None
    unit = getattr(claim.value, "unit", None)
    # A total and a sum with no total word may be one figure ("a budget of 1.87 billion
    # euros", "total spending of nearly 1.9 billion euros"): one block, kept apart in it.
    entity = None if _sum_total(claim) else claim.entity
    if claim.role in ("background", "future"):
        return ("loose-count", claim.kind, claim.property, claim.role, entity, unit)
    return (claim.kind, claim.property, claim.role, entity, unit)


_RECURRING_EVENTS = frozenset(
    [
        *("election", "earthquake", "storm", "flood", "fire", "attack", "explosion", "crash"),
        *("derailment", "landslide", "tsunami", "eruption", "outbreak", "protest", "summit"),
        *("meeting", "census", "report", "assessment", "hearing", "trial", "launch"),
    ]
)
"""Kinds of events a story's background may name several of ("the 2019 election", "a 2015
earthquake"); deaths, births, foundings and openings are one per subject and still clash."""


def _deed_of(anchor: str | None) -> bool:
    """Whether a date's anchor is a deed its clause names, a verb and its object joined by "_"
    ("handl_passenger", from :func:`factcheck.properties.read_date`), not an event."""
    return anchor is not None and "_" in anchor


def is_loose(key: Hashable | None) -> bool:
    """True for blocks that share only a counted noun: they may agree, never contradict."""
    return isinstance(key, tuple) and bool(key) and key[0] == "loose-count"


@dataclass
class _Cluster:
    claims: list[Claim] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    things: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    common: Bounds | None = None
    # What the clash tests of its claims give, kept as they are added: testing every claim of
    # every cluster for each stranger grew with the square of a block's size.
    totals: set[bool] = field(default_factory=set)
    """``_sum_total`` of its claims."""
    since: set[bool] = field(default_factory=set)
    """``_total_since`` of its claims that are not vague."""
    fates: set[str | None] = field(default_factory=set)
    """``_fate`` of its claims that are not vague."""

    def fits(self, bounds: Bounds, thing: str | None, strict: bool = False) -> bool:
        if thing is not None and self.things - {thing}:
            return False
        if strict and self.things != ({thing} if thing else set()):
            return False
        return self.common is not None and intersect(self.common, bounds) is not None

    def add(self, claim: Claim, bounds: Bounds) -> None:
        self.claims.append(claim)
        self.docs.add(claim.doc)
        thing = _thing(claim)
        if thing is not None:
            self.things.add(thing)
        part = _part(claim)
        if part is not None:
            self.parts.add(part)
        self.totals.add(_sum_total(claim))
        if not claim.vague:
            self.since.add(_total_since(claim))
            self.fates.add(_fate(claim))
        if self.common is None:
            self.common = bounds
        else:
            self.common = intersect(self.common, bounds) or self.common

    def distance(self, bounds: Bounds) -> float:
        c = self.common
        assert c is not None
        if bounds.low > c.high:
            return bounds.low - c.high
        if c.low > bounds.high:
            return c.low - bounds.high
        return 0.0


def _thing(claim: Claim) -> str | None:
    """The thing a size belongs to ("bridge", "slick"), or what a share is of ("capacity"),
    when the words name it: "40% of capacity" never fits "45% of the towns"."""
    if claim.property in DIMENSIONS_OF_THINGS or claim.property == "percentage":
        return claim.subject
    return None


def _unsized(claim: Claim) -> bool:
    """A length whose thing the words leave unsaid ("the boat sank some 17,000 feet down", "the
    ice is 2 metres thick"): the reader's fallback for a size it cannot name, which may be the
    size of anything, so it never clashes. Areas and heights name the event's own extent."""
    return claim.property == "length" and claim.subject is None


def _part(claim: Claim) -> str | None:
    """What a part of a total is ("child", "officer"): parts of different kinds never clash
    ("three officers were among the dead", "two children were among the dead")."""
    return claim.subject if claim.role == "subset" and claim.kind == "count" else None


def _sum_total(claim: Claim) -> bool:
    """A sum its words call a total ("Total prize money rose to A$107.5 million"): it meets a
    sum with no such word when they overlap, and clashes only with another total, never with
    a part of it ("the champion takes home A$3.5 million")."""
    return claim.entity == SUM_TOTAL and (claim.property or "").startswith("money")


def _total_since(claim: Claim) -> bool:
    """A count from a start ("more than 200 people have been arrested since Thursday"): it
    meets a count with no such word when they overlap, and clashes only with another count
    from a start, never with one day's count ("police arrested 11 people on Sunday night")."""
    return claim.entity == RUNNING_TOTAL_SINCE


_FATE_MARK = FATE.format("")


def _fate(claim: Claim) -> str | None:
    """What befell homes counted with no listed predicate ("evacuated", "flooded"): such
    counts meet when they overlap, whatever their verbs (reports tell of one set of homes in
    many words), but clash only when they name the same verb ("About 1,200 homes were
    evacuated" is not "About 300 homes were flooded"). Only the verb the reader marked as
    such: any other entity of such a count ("per year") keeps it in a block of its own."""
    entity = claim.entity
    if claim.property != "buildings" or entity is None or not entity.startswith(_FATE_MARK):
        return None
    return entity


def _other_share(cluster: _Cluster, claim: Claim, bounds: Bounds) -> bool:
    """Whether a share and a cluster's shares of one whole add up to all of it: the two sides
    of one vote or one count ("87% of members who voted backed the deal", "13% ... rejected
    the deal"; "40% of systems were back online", "60% were still offline"). Reports give
    both sides, so two such shares are told apart, never set against each other."""
    if claim.property != "percentage" or cluster.common is None:
        return False
    rest = Bounds(100 - bounds.high, 100 - bounds.low, bounds.high_closed, bounds.low_closed)
    return intersect(cluster.common, rest) is not None


def _strict(claim: Claim) -> bool:
    # A share fits only shares of the same named whole: "over half the yearly rainfall" is
    # not "three-fifths of the orchards", though both are about sixty percent.
    return claim.property == "percentage"


_OWNED = (
    *("age", "percentage", "percentage_point", "distance", "money", "duration"),
    "money_rate",
    *MEASURED_BY_NOUN,
)
"""Properties whose claims clash only when they name the same owner; a sum of money whose
kind no word gives ("money", not "money_cost") names none, so it never clashes, nor does a
sum per unit ("earned $1.37 a share", "a dividend of 25 cents a share"), nor a
speed, a temperature or a duration whose clause names no noun before it, nor a change in
points of no named rate ("the margin improved by 1.3 points" is not "cut sales by 2 points")."""


def _owner(claim: Claim) -> str | None:
    """Whose age, a share of what, or a distance from where a claim gives: such claims clash
    only when both name the same person, whole or place ("2.4% in September" and "5%"
    offered name none; "600 metres from the gate" is not "from the grave")."""
    return claim.subject or "?" if claim.property in _OWNED else None


def _same_owner(cluster: _Cluster, claim: Claim) -> bool:
    owner = _owner(claim)
    if owner is None:
        return True
    owners = {_owner(c) for c in cluster.claims}
    return owner != "?" and owners == {owner}


_PLACE_OWNED = frozenset(["temperature", "money_value", "money_cost"])
"""Properties whose owner is a named place, party or thing: "Seville hit 44C" and "Madrid
reached 40C" overlap, yet measure two cities; "Wiz was valued at $12 billion" and "Alphabet's
market value is $2.3 trillion" are two companies; "a braking system would cost €1.2 billion"
and "repairs to the track will cost €3 million" are costs of two things. Other owners vary
in wording between reports ("from the grave", "from the tomb") and only keep apart figures
that also differ."""


def _named_owner(claim: Claim) -> str | None:
    return claim.subject if claim.property in _PLACE_OWNED else None


def _same_event(cluster: _Cluster, claim: Claim) -> bool:
    """False when a day and the cluster's days name different events ("Sunday's election",
    "talks began on Monday"): days that differ clash only when they are of one event. Days
    that agree group whatever their event words (reports name one event many ways)."""
    if claim.property != "event_date" or claim.subject is None:
        return True
    return {c.subject for c in cluster.claims} <= {claim.subject, None}


def _no_other_owner(cluster: _Cluster, claim: Claim) -> bool:
    """False when the claim and the cluster name different places or parties; an unnamed
    owner fits any."""
    owner = _named_owner(claim)
    if owner is None:
        return True
    return {c.subject for c in cluster.claims} <= {owner, None}


@dataclass(frozen=True, slots=True)
class Aligned:
    """One group of claims, and why it was kept apart from a neighbour, if it was."""

    claims: tuple[Claim, ...]
    loose: bool = False
    note: str | None = None


_SCAN = 64
"""Clusters a claim is tried against, oldest first. The first clusters hold the values most
sources share; a block whose sources each add one more stray value would otherwise cost
quadratic time, so past this many a stray value simply stands alone."""


def _cluster(block: list[Claim], loose: bool) -> list[Aligned]:
    """Split one block so that a document's differing values land in different clusters.

    Pass one puts every claim into the first cluster whose common interval it overlaps,
    sources with a single claim in the block first (they are unambiguous). Pass two places
    what is left: into the nearest cluster that lacks its document (a real clash), or alone.
    """
    per_doc: dict[str, int] = {}
    for c in block:
        per_doc[c.doc] = per_doc.get(c.doc, 0) + 1
    simple = not any(
        _thing(c)
        or _part(c)
        or _owner(c)
        or _named_owner(c)
        or not can_clash(c)
        or _unsized(c)
        or (c.property == "event_date" and c.subject)
        or _sum_total(c)
        or _total_since(c)
        or _fate(c)
        for c in block
    )
    if len(per_doc) == len(block) and not loose and simple:
        return [Aligned(tuple(block))]
    # Sorted by document id too, so that the clusters do not depend on the input order.
    ordered = sorted(block, key=lambda c: (per_doc[c.doc] > 1, c.doc, c.start))
    clusters: list[_Cluster] = []
    left: list[tuple[Claim, Bounds]] = []
    for claim in ordered:
        b = claim_bounds(claim)
        home = _first_fitting(clusters, claim, b)
        if home is not None:
            home.add(claim, b)
        elif not clusters:
            clusters.append(_Cluster())
            clusters[0].add(claim, b)
        else:
            left.append((claim, b))
    apart: set[int] = set()
    other_event: set[Claim] = set()
    for claim, b in left:
        home = _first_fitting(clusters, claim, b)
        # A source with several values here is ambiguous: which one clashes is unknown.
        if home is None and not loose and per_doc[claim.doc] == 1 and can_clash(claim):
            # A clash needs the same thing measured: a ship's length never clashes with a
            # bridge's, nor with a length whose thing the words leave unsaid.
            thing, part = _thing(claim), _part(claim)
            strangers = [
                cl
                for cl in clusters[:_SCAN]
                if not _unsized(claim)
                and claim.doc not in cl.docs
                and cl.things == ({thing} if thing else set())
                and cl.parts == ({part} if part else set())
                and _same_owner(cl, claim)
                and _no_other_owner(cl, claim)
                and cl.totals == {_sum_total(claim)}
                # "hundreds of houses" is open above, so a total since a start may meet it
                and cl.since <= {_total_since(claim)}
                and not _other_share(cl, claim, b)
                and cl.fates <= {_fate(claim)}
            ]
            same_event = [cl for cl in strangers if _same_event(cl, claim)]
            if strangers and not same_event:
                other_event.add(claim)
            if same_event:
                home = min(same_event, key=lambda cl: cl.distance(b))
        if home is None:
            home = _Cluster()
            clusters.append(home)
            apart.add(id(home))
        home.add(claim, b)
    out = []
    for cl in clusters:
        note = None
        if loose and len(cl.docs) > 1:
            note = "grouped by what they count alone: no predicate says more, so never a clash"
        if id(cl) in apart:
            if loose:
                note = "kept apart: the counts share only a noun, and their figures differ"
            elif other_event.intersection(cl.claims):
                note = (
                    f"kept apart: a day of the {cl.claims[0].subject}, and the other days "
                    "named are of another event"
                    if not names_a_deed(cl.claims[0].subject)
                    else f"kept apart: the day of what '{cl.claims[0].subject}' tells, and the "
                    "other days named are of another deed or event"
                )
            elif all(per_doc[c.doc] > 1 for c in cl.claims):
                note = (
                    "kept apart: its source also gives another value for this, so it "
                    "likely speaks of something else"
                )
            else:
                note = (
                    "kept apart: its figure differs, and no words say it is of the same "
                    "thing, place or owner as the others"
                )
        out.append(Aligned(tuple(sorted(cl.claims, key=_order_key)), loose, note))
    return out


def _first_fitting(clusters: list[_Cluster], claim: Claim, b: Bounds) -> _Cluster | None:
    """The first cluster (of the first ``_SCAN``) that the claim's interval, thing and owner
    fit, or None."""
    thing, strict = _thing(claim), _strict(claim)
    for cl in clusters[:_SCAN]:
        if cl.fits(b, thing, strict) and _no_other_owner(cl, claim):
            return cl
    return None


def _order_key(claim: Claim) -> tuple[str, int]:
    return (claim.doc, claim.start)


def align_groups(claims: Iterable[Claim]) -> list[Aligned]:
    """Groups of claims in order of their first claim, each with why it stands apart."""
    blocks: dict[Hashable, list[Claim]] = {}
    order: list[Hashable | tuple[str, int]] = []
    alone: dict[tuple[str, int], Claim] = {}
    for claim in claims:
        key = group_key(claim)
        if key is None:
            token = ("alone", len(alone))
            alone[token] = claim
            order.append(token)
            continue
        block = blocks.get(key)
        if block is None:
            block = blocks[key] = []
            order.append(key)
        block.append(claim)
    out: list[Aligned] = []
    for key in order:
        if isinstance(key, tuple) and key and key[0] == "alone":
            claim = alone[key]
            note = None
            if claim.property in UNCOMPARED_DATE_PROPERTIES:
                note = "the date of a statement or a later step: each report's own, not compared"
            out.append(Aligned((claim,), note=note))
        else:
            out.extend(_cluster(blocks[key], is_loose(key)))
    return _join_lone(out)


_JOINED_ROLES = frozenset(["event", "future"])
_DAY_OR_FINER = frozenset(["day", "time"])
_OWN_DAYS = frozenset(["statement_date", "tally_period"])
_JOINED_NOTE = {
    "date": "grouped by the day alone: the reports name the event with other words, and the "
    "days are the same, so they may agree, never clash",
    "count": "grouped by the figure alone: the reports count the same people with other words "
    "and give the same number, so they may agree, never clash",
    "things": "grouped by the figure and the noun alone: the reports count the same things and "
    "give the same number, so they may agree, never clash",
    "figure": "grouped by the figure alone: the reports give the very same figure in the same "
    "unit, so they may agree, never clash",
}
_CONVERTED_NOTE = (
    "grouped by the figure alone: one report gives the other's figure in another unit, and "
    "the two meet, so they may agree, never clash"
)
_MIN_SIGNIFICANT_DIGITS = 2
"""A figure joins on its value alone only when it has at least this many significant digits:
"3.5%", "$610 million" or "4,700 metres" are seldom two things' figures by chance, while
"2", "50%" or "$1 million" often are."""
_MAX_CONVERTED_SPREAD = 0.25
"""The widest interval, relative to its middle, that joins a figure of another unit: "about
2,800 metres" (10% either side) and "roughly 9,200 feet" meet as one figure converted, while
"up to 7 metres" holds "414 mm of rain" without being it."""


def _join_lone(groups: list[Aligned]) -> list[Aligned]:
    """Join claims left alone in different reports that state the very same thing.

    Reports name one event with many verbs ("militants freed 11 hostages on Monday", "eleven
    captives were released on Feb. 10"; "a landslide buried the block on Saturday", "the
    building collapsed on July 5") and one crowd with many nouns ("about 40,000 members
    walked out", "some 40,000 workers"; "2,000 people were evacuated", "about 2,000
    residents"), so their keys differ and each would stand alone. Only the same day or minute,
    the same written number of people or of one noun's things, or the same figure with at
    least two significant digits in the same unit ("a 3.5% raise", "a pay rise of 3.5
    percent") joins, and only where the values meet, so a join may agree but never clash.
    Days of statements and later steps (each report's own), background figures, days of a
    month or longer, and two counts that name two different predicates ("40 were killed", "40
    were injured") stay apart. Then figures converted from another unit join
    (``_join_converted``).
    """
    lone: dict[tuple[Hashable, ...], list[int]] = {}
    for i, g in enumerate(groups):
        if len(g.claims) == 1 and (key := _join_key(g.claims[0])) is not None:
            lone.setdefault(key, []).append(i)
    joined: dict[int, Aligned] = {}
    dropped: set[int] = set()
    for key, members in lone.items():
        claims = tuple(sorted((groups[i].claims[0] for i in members), key=_order_key))
        if not _joinable(claims):
            continue
        joined[members[0]] = Aligned(claims, loose=True, note=_JOINED_NOTE[str(key[0])])
        dropped.update(members[1:])
    if joined:
        groups = [joined.get(i, g) for i, g in enumerate(groups) if i not in dropped]
    return _join_converted(groups)


def _join_converted(groups: list[Aligned]) -> list[Aligned]:
    """Join pairs of lone measures of two reports that give one figure in two units.

    Writers convert ("at an altitude of about 2,800 metres", "at roughly 9,200 feet"; "minus
    80C", "193 kelvin"): two lone measures of one dimension, stated in different units, whose
    narrow intervals meet are one figure. Sums of money are left out (a sum per year and a sum
    per day meet by chance), as are vague amounts and bounds open or wide
    (``_MAX_CONVERTED_SPREAD``). Each claim joins at most one other, the first that fits of
    the next ``_SCAN`` lone measures of its dimension (so that many strays cost linear time).
    """
    by_unit: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        if len(g.claims) == 1 and (unit := _converted_unit(g.claims[0])) is not None:
            by_unit.setdefault(unit, []).append(i)
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for members in by_unit.values():
        for n, i in enumerate(members):
            if i in taken:
                continue
            first = groups[i].claims[0]
            partner = next(
                (
                    j
                    for j in members[n + 1 : n + 1 + _SCAN]
                    if j not in taken and _converts(first, groups[j])
                ),
                None,
            )
            if partner is not None:
                pairs[i] = partner
                taken.update((i, partner))
    if not pairs:
        return groups
    out: list[Aligned] = []
    partners = set(pairs.values())
    for i, g in enumerate(groups):
        if i in pairs:
            both = sorted((g.claims[0], groups[pairs[i]].claims[0]), key=_order_key)
            out.append(Aligned(tuple(both), loose=True, note=_CONVERTED_NOTE))
        elif i not in partners:
            out.append(g)
    return out


def _converted_unit(claim: Claim) -> str | None:
    """The canonical unit of a lone measure that may join one in another unit, else None."""
    unit = getattr(claim.value, "unit", None)
    stated = claim.stated
    if (
        claim.kind != "quantity"
        or claim.role not in _JOINED_ROLES
        or claim.vague
        or unit is None
        or unit == "percent"
        or (claim.property or "").startswith("money")
        or stated is None
        or stated.unit is None
    ):
        return None
    bounds = claim_bounds(claim)
    middle = (bounds.low + bounds.high) / 2
    if not (math.isfinite(bounds.low) and math.isfinite(bounds.high)) or middle <= 0:
        return None
    return unit if (bounds.high - bounds.low) / middle <= _MAX_CONVERTED_SPREAD else None


def _converts(claim: Claim, other: Aligned) -> bool:
    """Whether ``other``'s lone claim is ``claim``'s figure in another unit of another report."""
    that = other.claims[0]
    return (
        that.doc != claim.doc
        and that.stated is not None
        and claim.stated is not None
        and that.stated.unit != claim.stated.unit
        and intersect(claim_bounds(claim), claim_bounds(that)) is not None
    )


def _join_key(claim: Claim) -> tuple[Hashable, ...] | None:
    """What a lone claim must share with another report's to join it, or None."""
    if claim.kind == "count":
        return _same_people(claim) or _same_things(claim)
    if claim.kind in ("date", "time"):
        return _exact_day(claim)
    return _same_figure(claim)


def _same_people(claim: Claim) -> tuple[Hashable, ...] | None:
    """A count of people of the event by the number its words give ("some 40,000 workers":
    40,000), else None."""
    stated = claim.stated
    if stated is None or stated.low is None or claim.role != "event":
        return None
    if claim.property in EVOLVING_PROPERTIES or noun_class(claim.subject, fuzzy=False) != "person":
        # A toll that happens to equal a crowd ("some 40 workers were on the site", "killing
        # 40 workers") is the classic trap: tolls join only by their predicates.
        return None
    return ("count", stated.low, stated.high)


def _same_things(claim: Claim) -> tuple[Hashable, ...] | None:
    """A count of the event's things by its noun and written number ("create 40,000 jobs" in
    two reports), else None; tolls join only by their predicates, as in ``_same_people``."""
    stated = claim.stated
    if stated is None or stated.low is None or claim.role != "event" or not claim.subject:
        return None
    if claim.property in EVOLVING_PROPERTIES:
        return None
    return ("things", claim.subject, stated.low, stated.high)


def _same_figure(claim: Claim) -> tuple[Hashable, ...] | None:
    """A measure of the event or a plan by its figure as written, in its unit as written ("a
    3.5% raise", "a pay rise of 3.5 percent"), when the figure is specific enough
    (``_MIN_SIGNIFICANT_DIGITS``) to be one thing's; else None."""
    stated = claim.stated
    if stated is None or stated.low is None or claim.role not in _JOINED_ROLES or claim.vague:
        return None
    if not all(
        _significant_digits(x) >= _MIN_SIGNIFICANT_DIGITS
        for x in (stated.low, stated.high)
        if x is not None
    ):
        return None
    return ("figure", claim.kind, stated.unit, stated.low, stated.high)


def _significant_digits(x: float) -> int:
    """Significant digits of a written figure: 3.5 -> 2, 610000000 -> 2, 4700 -> 2, 50 -> 1."""
    mantissa = f"{abs(x):.12g}".split("e")[0]
    return len(mantissa.replace(".", "").strip("0"))


def _exact_day(claim: Claim) -> tuple[Hashable, ...] | None:
    """The instant interval of a day or finer date of an event or a plan, else None."""
    value = claim.value
    if (
        claim.kind not in ("date", "time")
        or claim.role not in _JOINED_ROLES
        or claim.property in _OWN_DAYS
        or not isinstance(value, DateInterval)
        or value.low is None
        or value.high is None
        or value.granularity not in _DAY_OR_FINER
    ):
        return None
    # The instants, and the interval the verdict compares: a time written without its zone
    # is compared as a clock reading, so one instant read in two zones of publication is two
    # readings, and never sits beside a zoned time (as in ``group_key``).
    return ("date", claim.kind, value.bounds(), claim_bounds(claim), zone_written(claim))


def _joinable(claims: tuple[Claim, ...]) -> bool:
    """Claims of at least two reports, naming at most one predicate, whose values all meet."""
    if len({c.doc for c in claims}) < 2:
        return False
    if len({c.property for c in claims if c.kind == "count"} - {None}) > 1:
        return False
    common: Bounds | None = claim_bounds(claims[0])
    for c in claims[1:]:
        if common is None:
            return False
        common = intersect(common, claim_bounds(c))
    return common is not None


def align(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Groups of claims, in order of their first claim; ungroupable claims stand alone."""
    return [list(g.claims) for g in align_groups(claims)]
