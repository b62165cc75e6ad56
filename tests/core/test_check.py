"""Do the published figures agree? The seed articles' cases, and the logic behind them."""

from __future__ import annotations

import csv
import io
import json
import math
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from conftest import run
from jkngap.core.check import check
from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.core.numbers import Reported, Rounding, read_percent
from jkngap.core.spans import Bounds
from jkngap.output.words import translate


def _message(note: Note, lang: str = "en") -> str:
    return translate(note.key, lang, **note.params)


# Banyuasin's published figures (seed 003), as `jkngap check` takes them.
BANYUASIN = [
    "check",
    "--pop",
    "837062",
    "--registered",
    "817221",
    "--coverage",
    "97,63",
    "--registrants-needed",
    "19841",
    "--target",
    "100",
]


def test_kalbar_coverage_and_gap_disagree_in_words_a_journalist_can_quote() -> None:
    result = check(
        registered=5241084,
        coverage=read_percent("92,82"),
        registrants_needed=280386,
        rounding=Rounding.ROUNDED,
    )
    assert not result.consistent
    (finding,) = result.findings
    assert finding.figures == ("coverage", "registrants_needed")
    assert _message(finding.message) == (
        "a coverage of 92.82 % implies a population of 5,646,199 to 5,646,807, but 280,386 "
        "more to reach 98 % implies 5,634,153 (with 5,241,084 registered)"
    )


def test_by_default_a_percentage_may_have_been_rounded_or_cut() -> None:
    (finding,) = check(
        registered=5241084, coverage=read_percent("92,82"), registrants_needed=280386
    ).findings
    assert finding.implied[0] == Bounds(5645895, 5646807)


def test_banjar_coverage_does_not_follow_from_its_counts() -> None:
    result = check(population=590393, registered=581578, coverage=read_percent("99,47"))
    assert not result.consistent
    assert "not 590,393" in _message(result.findings[0].message)


def test_banjar_activity_rate_was_cut_and_agrees() -> None:
    # 472,638 of 590,393 is 80.0548 %: cut to 80.05 %, which "either" allows.
    result = check(
        population=590393, active=472638, active_rate=read_percent("80,05"), base="population"
    )
    assert result.consistent


def test_banyuasin_figures_agree() -> None:
    result = check(
        population=837062,
        registered=817221,
        coverage=read_percent("97,63"),
        registrants_needed=19841,
        target=100,
    )
    assert result.consistent
    assert len(result.findings) == 3


def test_active_above_registered_is_a_disagreement() -> None:
    result = check(registered=10, active=11)
    assert not result.consistent


def test_nothing_to_compare_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        check(population=100)
    assert caught.value.key == "check.nothing"


def test_figures_without_a_count_are_judged_together() -> None:
    # 98 % covered and 5 more needed for 98 % can both be true (of a large population);
    # 50 % covered and none needed for 98 % cannot.
    assert check(coverage=read_percent("98"), registrants_needed=5).consistent
    assert not check(coverage=read_percent("50"), registrants_needed=0).consistent


def test_a_lone_percentage_that_no_whole_count_can_produce() -> None:
    # 33.33 % of 7 people is no whole number of people, rounded or not.
    result = check(population=7, coverage=read_percent("33,33"), rounding=Rounding.ROUNDED)
    assert not result.consistent
    assert check(population=7, coverage=read_percent("28,57"), rounding=Rounding.ROUNDED).consistent


def test_cli_exit_codes_and_json() -> None:
    disagree = run(
        "check",
        "--registered",
        "5241084",
        "--coverage",
        "92,82",
        "--registrants-needed",
        "280386",
        "-f",
        "json",
    )
    assert disagree.exit_code == 1
    data = json.loads(disagree.stdout)
    assert data["consistent"] is False
    assert data["findings"][0]["figures"] == ["coverage", "registrants_needed"]
    assert data["findings"][0]["agree"] is False
    assert "5,634,153" in data["findings"][0]["message"]

    agree = run(
        *BANYUASIN,
        "-f",
        "json",
    )
    assert agree.exit_code == 0
    assert json.loads(agree.stdout)["consistent"] is True

    unusable = run("check", "--pop", "100")
    assert unusable.exit_code == 2
    assert "nothing to compare" in unusable.stderr


def test_cli_csv_has_one_row_per_finding() -> None:
    result = run(
        *BANYUASIN,
        "-f",
        "csv",
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["figures"] for row in rows] == [
        "population+coverage",
        "population+registrants_needed",
        "coverage+registrants_needed",
    ]
    assert all(row["agree"] == "true" for row in rows)


def test_messages_in_indonesian_in_the_table_and_english_in_json() -> None:
    args = ["check", "--pop", "590393", "--registered", "581578", "--coverage", "99,47"]
    table = run(*args, "-f", "table", "--lang", "id")
    assert "bukan 590.393" in table.stdout
    machine = run(*args, "-f", "json", "--lang", "id")
    assert "not 590,393" in json.loads(machine.stdout)["findings"][0]["message"]


@given(
    st.integers(min_value=1, max_value=10**7),
    st.data(),
    st.integers(min_value=0, max_value=3),
    st.sampled_from([Rounding.ROUNDED, Rounding.CUT]),
)
def test_true_figures_always_agree(
    population: int, data: st.DataObject, decimals: int, rounding: Rounding
) -> None:
    registered = data.draw(st.integers(min_value=1, max_value=population))
    active = data.draw(st.integers(min_value=0, max_value=registered))
    target = Fraction(98, 100)
    scaled = Fraction(registered, population) * 100 * 10**decimals
    digits = (
        math.floor(scaled + Fraction(1, 2)) if rounding is Rounding.ROUNDED else math.floor(scaled)
    )
    coverage = Reported(Fraction(digits, 10**decimals), decimals)
    needed = max(0, math.ceil(target * population) - registered)
    active_needed = max(0, math.ceil(Fraction(80, 100) * registered) - active)
    result = check(
        population=population,
        registered=registered,
        active=active,
        coverage=coverage,
        registrants_needed=needed,
        active_needed=active_needed,
    )
    assert result.consistent, [_message(finding.message) for finding in result.findings]
    from_gap_alone = check(registered=registered, coverage=coverage, registrants_needed=needed)
    assert from_gap_alone.consistent


def test_figures_that_agree_pair_by_pair_may_not_hold_together() -> None:
    ninety = Reported(Fraction(90), 0)
    # 90 % of 1,000 people is 895 to 904 registered; 700 active missing 20 to reach 80 %
    # of the registered means 899 or 900 registered: together, they hold.
    holds = check(
        population=1000, coverage=ninety, active=700, active_needed=20, rounding=Rounding.ROUNDED
    )
    assert holds.consistent
    # Missing 50 instead means 937 registered: each figure is possible, not all of them.
    fails = check(
        population=1000, coverage=ninety, active=700, active_needed=50, rounding=Rounding.ROUNDED
    )
    assert not fails.consistent
    assert fails.findings[-1].message.key == "check.not_together"
    assert set(fails.findings[-1].figures) == {
        "population",
        "coverage",
        "active",
        "active_needed",
    }


def test_figures_that_hold_only_on_the_other_activity_base_are_said_to() -> None:
    result = check(
        population=1000,
        coverage=Reported(Fraction(90), 0),
        active=700,
        active_rate=Reported(Fraction(70), 0),
        rounding=Rounding.ROUNDED,
    )
    assert not result.consistent
    message = result.findings[-1].message
    assert message.key == "check.not_together_other_base"
    assert message.params["base"].key == "base.population"


# Three times the profile's examples (four for the brute force below): 300 and 400 in a
# plain run, fewer in a mutation run (tests/conftest.py).
@settings(max_examples=3 * settings().max_examples)
@given(
    population=st.integers(1, 2_000_000),
    coverage_share=st.fractions(0, Fraction(12, 10)),
    activity_share=st.fractions(0, 1),
    chosen=st.sets(
        st.sampled_from(
            [
                "population",
                "registered",
                "active",
                "coverage",
                "active_rate",
                "registrants_needed",
                "active_needed",
            ]
        ),
        min_size=3,
    ),
)
def test_figures_from_real_counts_are_never_called_inconsistent(
    population: int,
    coverage_share: Fraction,
    activity_share: Fraction,
    chosen: set[str],
) -> None:
    registered = math.floor(coverage_share * population)
    active = math.floor(activity_share * registered)
    target, active_target = Fraction(98, 100), Fraction(80, 100)

    def rounded(part: int, whole: int) -> Reported:
        percent = Fraction(part * 100, whole)
        return Reported(Fraction(round(percent * 100), 100), 2)  # half even is within ±0.005

    figures: dict[str, Any] = {
        "population": population,
        "registered": registered,
        "active": active,
        "coverage": rounded(registered, population),
        "registrants_needed": max(0, math.ceil(target * population) - registered),
    }
    if registered:
        figures["active_rate"] = rounded(active, registered)
        figures["active_needed"] = max(0, math.ceil(active_target * registered) - active)
    given = {name: figures[name] for name in chosen if name in figures}
    assume(len(given) >= 2)
    result = check(**given, rounding=Rounding.EITHER)
    assert result.consistent, [f.message for f in result.findings if not f.agree]
    # One gap wrong by one, beside the two counts that fix it: caught.
    for gap, part, whole in (
        ("registrants_needed", "registered", "population"),
        ("active_needed", "active", "registered"),
    ):
        if {gap, part, whole} <= set(given):
            wrong = {**given, gap: given[gap] + 1}
            assert not check(**wrong, rounding=Rounding.EITHER).consistent


# ------------------------------------------------ every disagreement, and no false one

SEGMENT_NAMES = ("pbi-apbn", "pbi-apbd", "ppu", "pbpu", "bp")


def _shown(part: int, whole: int, decimals: int, shift: int) -> Reported:
    """``part / whole`` as a report prints it (rounded half up), moved ``shift`` units."""
    scaled = Fraction(part * 100, whole) * 10**decimals
    digits = max(0, math.floor(scaled + Fraction(1, 2)) + shift)
    return Reported(Fraction(digits, 10**decimals), decimals)


def _ceil(share: Fraction, base: int) -> int:
    return math.ceil(share * base)


def _all_hold(
    figures: dict[str, Any],
    segments: dict[str, tuple[int, int | None]],
    counts: tuple[int, int, int],
    base: str,
    rounding: Rounding,
    targets: tuple[Fraction, Fraction],
) -> bool:
    """Whether the counts (P, R, A) satisfy every figure: the definition, one by one."""
    population, registered, active = counts
    whole = registered if base == "participants" else population
    share, active_share = targets
    exact = {"population": population, "registered": registered, "active": active}
    for name, count in exact.items():
        if name in figures and figures[name] != count:
            return False
    if "inactive" in figures and figures["inactive"] != registered - active:
        return False
    for name, part, of in (("coverage", registered, population), ("active_rate", active, whole)):
        if name in figures:
            low, high = figures[name].share_interval(rounding)
            if not (of > 0 and low <= Fraction(part, of) < high):
                return False
    if "registrants_needed" in figures and figures["registrants_needed"] != max(
        0, _ceil(share, population) - registered
    ):
        return False
    if "active_needed" in figures and figures["active_needed"] != max(
        0, _ceil(active_share, whole) - active
    ):
        return False
    if segments:
        if any(a is not None and a > r for r, a in segments.values()):
            return False
        summed = sum(r for r, _ in segments.values())
        known = sum(a for _, a in segments.values() if a is not None)
        unknown = sum(r for r, a in segments.values() if a is None)
        idle = sum(r - a for r, a in segments.values() if a is not None)
        if len(segments) == len(SEGMENT_NAMES):
            return registered == summed and known <= active <= known + unknown
        return registered >= summed and active >= known and registered - active >= idle
    return True


@settings(max_examples=4 * settings().max_examples)
@given(st.data())
def test_check_finds_every_disagreement_and_no_false_one(data: st.DataObject) -> None:
    """Over small populations, ``check`` calls figures consistent exactly when some whole
    counts satisfy every one of them, found by trying every count."""
    population = data.draw(st.integers(1, 30), "population")
    registered = data.draw(st.integers(0, 36), "registered")
    active = data.draw(st.integers(0, registered), "active")
    base = data.draw(st.sampled_from(["participants", "population"]), "base")
    rounding = data.draw(st.sampled_from(list(Rounding)), "rounding")
    targets = (
        Fraction(data.draw(st.sampled_from([50, 90, 98, 100]), "target"), 100),
        Fraction(data.draw(st.sampled_from([50, 80, 100]), "active target"), 100),
    )
    whole = registered if base == "participants" else population

    def off(name: str) -> int:  # most figures true, some a little off
        return data.draw(st.sampled_from([0, 0, 0, -1, 1, 2]), f"{name} off")

    def count(value: int, name: str) -> int:
        return max(0, value + off(name))

    decimals = data.draw(st.integers(0, 2), "decimals")
    truth: dict[str, Any] = {
        "registered": count(registered, "registered"),
        "active": count(active, "active"),
        "inactive": count(registered - active, "inactive"),
        "coverage": _shown(registered, population, decimals, off("coverage")),
        "registrants_needed": count(max(0, _ceil(targets[0], population) - registered), "gap"),
    }
    if whole:
        truth["active_rate"] = _shown(active, whole, decimals, off("rate"))
        truth["active_needed"] = count(max(0, _ceil(targets[1], whole) - active), "active gap")
    chosen = data.draw(st.sets(st.sampled_from(sorted(truth))), "figures")
    # The population, and the registered or the coverage: every count is then bounded, and
    # trying every count is a proof.
    chosen.add(data.draw(st.sampled_from(["registered", "coverage"]), "anchor"))
    figures = {name: truth[name] for name in chosen if name in truth}
    figures["population"] = population
    segments: dict[str, tuple[int, int | None]] = {}
    for name in data.draw(st.sets(st.sampled_from(SEGMENT_NAMES), max_size=5), "segments"):
        part = data.draw(st.integers(0, 12), f"{name} registered")
        segments[name] = (part, data.draw(st.none() | st.integers(0, part + 1), f"{name} active"))

    if "registered" in figures:
        most_registered = figures["registered"]
    else:
        most_registered = _ceil(figures["coverage"].share_interval(rounding)[1], population)
    holds = any(
        _all_hold(figures, segments, (population, r, a), base, rounding, targets)
        for r in range(most_registered + 1)
        for a in range(r + 1)
    )
    event(f"figures hold: {holds}")
    inactive = figures.pop("inactive", None)
    result = check(
        **figures,
        inactive=inactive,
        segments=segments or None,
        base=base,
        rounding=rounding,
        target=targets[0] * 100,
        active_target=targets[1] * 100,
    )
    if inactive is not None:
        figures["inactive"] = inactive
    assert result.consistent is holds, [_message(f.message) for f in result.findings]


def test_banjar_fits_the_population_base_though_a_pair_disagrees() -> None:
    # 472,638 active of 581,578 registered is 81.27 %; of 590,393 people it is 80.05 %.
    result = check(
        population=590393,
        registered=581578,
        active=472638,
        active_rate=read_percent("80,05"),
    )
    assert not result.consistent
    last = result.findings[-1]
    assert last.agree is False
    assert last.message.key == "check.not_together_other_base"
    assert last.message.params["base"].key == "base.population"
    assert check(
        population=590393,
        registered=581578,
        active=472638,
        active_rate=read_percent("80,05"),
        base="population",
    ).consistent


def test_the_inactive_count_takes_part_in_the_joint_search() -> None:
    # 90 % of 100 people is 90 registered (rounded); 10 inactive leaves 80 active: 88.89 %.
    result = check(
        population=100,
        coverage=read_percent("90"),
        inactive=10,
        active_rate=read_percent("50"),
        rounding=Rounding.ROUNDED,
    )
    assert not result.consistent
    assert result.findings[-1].message.key == "check.not_together"
    # The finding names every figure that took part, the inactive count among them.
    assert result.findings[-1].figures == ("population", "coverage", "active_rate", "inactive")
    assert check(
        population=100,
        coverage=read_percent("90"),
        inactive=10,
        active_rate=read_percent("88,89"),
        rounding=Rounding.ROUNDED,
    ).consistent


def test_segments_are_held_against_the_active_needed() -> None:
    # 50 more to reach 80 of 100 registered is 30 active, yet PBPU alone has 40 active.
    result = check(registered=100, active_needed=50, segments={"pbpu": (40, 40)})
    assert not result.consistent
    assert result.findings[-1].agree is False
    assert result.findings[-1].figures == ("registered", "active_needed", "segments")
    assert check(registered=100, active_needed=40, segments={"pbpu": (40, 40)}).consistent


@pytest.mark.parametrize(
    ("figures", "consistent"),
    [
        ({"registered": 558, "active": 234, "active_rate": "0"}, False),
        ({"registered": 558, "active": 0, "active_rate": "0"}, True),
        ({"registered": 0, "coverage": "50"}, False),
        ({"registered": 0, "coverage": "0"}, True),
        ({"population": 10, "registered": 0, "coverage": "0"}, True),
    ],
)
def test_a_rate_of_zero_is_judged_not_refused(figures: dict[str, Any], consistent: bool) -> None:
    read: dict[str, Any] = {
        k: read_percent(v) if isinstance(v, str) else v for k, v in figures.items()
    }
    assert check(**read).consistent is consistent


def test_more_active_than_the_population_is_one_rule_for_check_and_active() -> None:
    from jkngap import active_needed

    # On the population base, 102 active of 100 people: the registered are at least 102.
    found = check(population=100, active=102, base="population")
    assert found.consistent
    assert [note.key for note in found.notes if note.warning] == ["note.active_over_population"]
    assert active_needed(population=100, active_rate="102", base="population").active == (
        102,
        102,
    )
    # More active than registered: no on every base, in check as in active.
    assert not check(population=100, registered=101, active=102, base="population").consistent
    with pytest.raises(InputError) as caught:
        active_needed(population=100, registered=101, active=102, base="population")
    assert caught.value.key == "active.above_registered"


def test_a_percentage_of_28_digits_is_refused_by_its_option() -> None:
    result = run("check", "--pop", "590393", "--registered", "581578",
                 "--coverage", "98.5069000000000000000000000001")  # fmt: skip
    assert result.exit_code == 2, result.stderr
    assert "--coverage: '98.50690000000000000…' has more digits" in result.stderr


def test_check_json_carries_the_notes_its_table_shows() -> None:
    # The active count worked out from the inactive: said below the table, and in JSON.
    args = ["check", "--registered", "100", "--inactive", "10", "--active-rate", "90"]
    table = run(*args, "-f", "table")
    assert table.exit_code == 0, table.stderr
    footnotes = [line[2:] for line in table.stdout.splitlines() if line.startswith("* ")]
    for shape in ("json", "ndjson"):
        result = run(*args, "-f", shape, "--lang", "id")  # sentences: English, as messages
        assert result.exit_code == 0, result.stderr
        record = json.loads(result.stdout)
        assert record["notes"] == ["active taken as registered less inactive, 90"]
        assert record["notes"] == [note for note in footnotes if "are cut" not in note]
        assert record["findings"][-1]["agree"] is True
    # A warning (also said on standard error) is among them; with none, an empty list.
    warned = run(
        "check", "--pop", "100", "--registered", "130", "--active", "120",
        "--active-rate", "92,31", "--base", "population", "-f", "json",
    )  # fmt: skip
    assert warned.exit_code == 1, warned.stderr
    said = "more active members than the population of 100"
    assert [note.split(":")[0] for note in json.loads(warned.stdout)["notes"]] == [said]
    assert said in warned.stderr
    quiet = run(*BANYUASIN, "-f", "json")
    assert quiet.exit_code == 0, quiet.stderr
    assert json.loads(quiet.stdout)["notes"] == []
