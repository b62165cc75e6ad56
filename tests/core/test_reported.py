"""What real reports get wrong: segments, inactive members, targets as counts, typos."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from conftest import run
from jkngap.core.check import check
from jkngap.core.numbers import read_percent
from jkngap.core.spans import decimal_text
from jkngap.output.words import translate

BANYUMAS = [
    "--pop", "1842582", "--registered", "1750453",
    "--segment", "pbi-apbn=974013", "--segment", "ppu=374576", "--segment", "pbpu=244757",
    "--segment", "pbi-apbd=72441", "--segment", "bp=47516",
]  # fmt: skip


def _json(*args: str) -> dict[str, Any]:
    """The JSON a check prints, whatever its verdict (exit 0 or 1)."""
    result = run(*args, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def _messages(data: dict[str, Any]) -> list[str]:
    return [finding["message"] for finding in data["findings"]]


def test_banyumas_segments_and_a_target_reported_as_the_count() -> None:
    result = run("check", *BANYUMAS, "-f", "json")
    assert result.exit_code == 1
    data = _json("check", *BANYUMAS)
    assert data["consistent"] is False
    segments, target = data["findings"][:2]
    assert segments["figures"] == ["segments", "registered"]
    assert segments["agree"] is False
    assert segments["implied"] == [[1713303, 1713303], [1750453, 1750453]]
    assert "1,713,303 (92.98 % of the population)" in segments["message"]
    assert target["figures"] == ["registered", "population"]
    assert target["agree"] is None  # doubtful, not a contradiction on its own
    assert "exactly 95 % of the population of 1,842,582, rounded up" in target["message"]


def test_banyumas_in_indonesian_table() -> None:
    table = run("check", *BANYUMAS, "-f", "table", "--lang", "id").stdout
    assert "1.713.303" in table
    assert "92,98 %" in table
    assert "meragukan" in table


def test_a_target_as_count_alone_is_doubtful_not_a_disagreement() -> None:
    data = _json("check", "--pop", "590393", "--registered", "578586")
    assert data["consistent"] is True
    assert any("exactly 98 %" in message for message in _messages(data))
    # 578,587 is one more: nothing doubtful.
    data = _json("check", "--pop", "590393", "--registered", "578587")
    assert not any("exactly" in message for message in _messages(data))
    # A target given with --target is looked for too.
    data = _json("check", "--pop", "590393", "--registered", "572682", "--target", "97")
    assert any("exactly 97 %" in message for message in _messages(data))


def test_segments_that_make_the_totals_agree() -> None:
    data = _json(
        "check", "-r", "50", "-a", "25",
        *[f"--segment={name}=10/5" for name in ("pbi-apbn", "PBPU Pemda", "ppu", "mandiri", "bp")],
    )  # fmt: skip
    assert data["consistent"] is True
    assert [f["figures"] for f in data["findings"][:2]] == [
        ["segments", "registered"],
        ["segments", "active"],
    ]


def test_fewer_segments_are_a_part_of_the_total() -> None:
    part = _json("check", "-r", "1000", "--segment", "pbpu=300")
    assert part["consistent"] is True
    above = run("check", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100",
                "--segment", "ppu=800/700")  # fmt: skip
    assert above.exit_code == 1
    data = _json("check", "-r", "1000", "-a", "700", "--segment", "pbpu=300/310")
    assert data["consistent"] is False
    assert "pbpu has 310 active, more than its 300 registered" in _messages(data)


def test_five_segments_alone_give_the_registered_for_the_other_checks() -> None:
    five = [f"--segment={name}=200" for name in ("pbi-apbn", "pbi-apbd", "ppu", "pbpu", "bp")]
    data = _json("check", *five, "--pop", "1100", "--coverage", "90,91")
    assert data["consistent"] is True
    wrong = _json("check", *five, "--pop", "1100", "--coverage", "95")
    assert wrong["consistent"] is False


def test_active_and_inactive_must_make_the_registered() -> None:
    assert _json("check", "-r", "1000", "-a", "700", "--inactive", "300")["consistent"]
    data = _json("check", "-r", "1000", "-a", "700", "--inactive", "310")
    assert data["consistent"] is False
    assert "700 active and 310 inactive make 1,010, 10 more than the 1,000 registered" in (
        _messages(data)
    )
    short = _json("check", "-r", "842070", "-a", "695856", "--inactive", "145224")
    assert short["consistent"] is False
    assert short["findings"][0]["message"] == (
        "695,856 active and 145,224 inactive make 841,080, 990 short of the 842,070 registered"
    )
    # One of the three missing: it is worked out, and the rest checked against it.
    assert _json("check", "-r", "1000", "--inactive", "310", "--active-rate", "69")["consistent"]
    assert not _json("check", "-r", "1000", "--inactive", "310", "--active-rate", "70")[
        "consistent"
    ]
    assert run("check", "-r", "1000", "--inactive", "1001").exit_code == 1


def test_two_swapped_digits_are_named_as_a_likely_typo() -> None:
    # 581,578 of 590,393 is 98.5069 %: published as 98.15 % it is off, as 98.51 % right.
    data = _json("check", "--pop", "590393", "--registered", "581578", "--coverage", "98,15")
    assert data["consistent"] is False
    typo = data["findings"][0]
    assert typo["quantity"] == "typo"
    assert "98.51 % does: likely a typo, two digits swapped" in typo["message"]
    # Off, but no swap mends it: no typo named.
    data = _json("check", "--pop", "590393", "--registered", "581578", "--coverage", "99,47")
    assert all(finding["quantity"] != "typo" for finding in data["findings"])
    # An activity rate too (79.69 % published for 79.96 %).
    data = _json("check", "-r", "10000", "-a", "7996", "--active-rate", "79,69")
    assert data["findings"][0]["quantity"] == "typo"


@given(
    parts=st.lists(st.tuples(st.integers(1, 10**6), st.integers(0, 10**6)), min_size=5, max_size=5),
    extra=st.integers(0, 10**6),
)
def test_true_segments_and_inactive_always_agree(parts: list[tuple[int, int]], extra: int) -> None:
    names = ("pbi-apbn", "pbi-apbd", "ppu", "pbpu", "bp")
    segments = {name: (max(a, b), min(a, b)) for name, (a, b) in zip(names, parts, strict=True)}
    registered = sum(r for r, _ in segments.values())
    active = sum(a for _, a in segments.values())
    population = registered + min(extra, registered)  # coverage from 50 % to 100 %
    result = check(
        population=population,
        registered=registered,
        active=active,
        inactive=registered - active,
        segments=segments,
        coverage=read_percent(decimal_text(Fraction(registered * 100, population), 2) + "%"),
    )
    assert result.consistent, [translate(f.message.key, "en", **f.message.params)
                               for f in result.findings]  # fmt: skip


def test_bad_segments_in_check_are_usage_errors() -> None:
    result = run("check", "-r", "10", "--segment", "pbi=5")
    assert result.exit_code == 2
    assert "--segment" in result.stderr


def test_an_active_count_worked_out_from_the_inactive_is_not_said_as_published() -> None:
    # Only 90 registered and 45 inactive were given: what holds is that the inactive fit.
    data = _json("check", "-r", "90", "--inactive", "45")
    assert data["consistent"] is True
    assert _messages(data) == ["45 inactive is within the 90 registered"]
    assert data["findings"][0]["figures"] == ["inactive", "registered"]
    # What both figures speak of, the active count: with the inactive it is 60 (not the
    # inactive's 30, which 45 of 90 would hide), and the registered bound it.
    uneven = _json("check", "-r", "90", "--inactive", "30")
    assert uneven["findings"][0]["quantity"] == "active"
    assert uneven["findings"][0]["implied"] == [[60, 60], [0, 90]]
    # The same pair is spelt the same way when it disagrees.
    above = _json("check", "-r", "90", "--inactive", "95")
    assert above["consistent"] is False
    assert above["findings"][0]["figures"] == ["inactive", "registered"]
    assert _messages(uneven) == ["30 inactive is within the 90 registered"]
    said = check(registered=90, inactive=45).findings[0].message
    assert (
        translate(said.key, "id", **said.params)
        == "45 nonaktif tidak melebihi 90 peserta terdaftar"
    )
    # Checked against a published rate, the worked-out count says where it comes from.
    rated = _json("check", "-r", "90", "--inactive", "45", "--active-rate", "60")
    assert rated["consistent"] is False
    rated_text = " ".join(_messages(rated))
    assert "(with 45 active (90 registered less 45 inactive))" in rated_text
    assert "45 active is within" not in rated_text
    found = check(registered=90, inactive=45, active_rate=read_percent("60")).findings
    in_indonesian = [translate(each.message.key, "id", **each.message.params) for each in found]
    derived = "(dengan 45 peserta aktif (90 peserta terdaftar dikurangi 45 nonaktif))"
    assert derived in in_indonesian[1]


def test_a_registered_count_worked_out_from_its_parts_is_not_checked_against_them() -> None:
    # 45 active plus 45 inactive make 90 registered: "45 active within 90" would be empty.
    data = _json("check", "--active", "45", "--inactive", "45")
    assert data["consistent"] is True
    assert all("within" not in message for message in _messages(data))
    # The joint search names the figures given, not the one worked out.
    assert [finding["figures"] for finding in data["findings"]] == [["active", "inactive"]]
    covered = _json(
        "check", "--active", "45", "--inactive", "45", "--pop", "100", "--coverage", "80"
    )
    assert "(with 90 registered (45 active plus 45 inactive))" in " ".join(_messages(covered))


def test_an_active_count_summed_from_the_segments_says_so() -> None:
    # The segments make 1,100 registered, 1,080 active: more than the 1,000 published.
    five = ["pbi-apbn=600/590", "ppu=200/190", "pbpu=100/100", "pbi-apbd=100/100", "bp=100/100"]
    data = _json("check", "-r", "1000", *(f"--segment={each}" for each in five))
    assert data["consistent"] is False
    assert (
        "1,080 active (the sum of the five segments) is more than the 1,000 registered"
        in _messages(data)
    )
