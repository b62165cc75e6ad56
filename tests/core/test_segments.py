"""Participants by segment, and the routes to the activity target with who pays."""

from __future__ import annotations

import csv
import io
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run, run_json, sheet_table
from jkngap.core.errors import InputError
from jkngap.core.routes import Rates, routes
from jkngap.core.segments import SegmentCount, gathered, segment_name, totals

PBPU = ["-r", "1000", "-a", "700", "--segment", "pbpu=300/100"]


def test_the_issue_example_100_pbpu_enrolled_for_rp50_4_million() -> None:
    data = run_json(
        "segments", "--registered", "1000", "--active", "700", "--segment", "pbpu=300/100"
    )
    assert data["apbd_people"] == 100
    assert data["apbd_budget"] == 50_400_000
    assert data["apbd_enough"] is True
    assert data["activity_pct"] == 70
    assert data["target_pct"] == 80
    assert data["members_paying_again"] == 100
    assert data["member_pays_up_to"] == 25 * 35_000
    # (c): (700 + x) / (1000 + x) >= 0.8 first holds at x = 500.
    assert data["new_members_needed"] == 500
    assert data["new_members_budget"] == 500 * 42_000 * 12
    pbpu, other = data["segments"]
    assert pbpu == {
        "segment": "pbpu",
        "paid_by": "member",
        "registered": 300,
        "active": 100,
        "inactive": 200,
        "activity_pct": 33.3333,
        "inactive_share_pct": 66.6666,
    }
    assert (other["segment"], other["registered"], other["active"]) == ("other", 700, 600)


def test_plain_prints_the_people_and_a_budget_says_what_it_buys() -> None:
    args = ["segments", "-r", "1000", "-a", "700", "--segment", "mandiri=300/100"]
    assert run(*args, "-f", "plain").stdout == "100\n"
    data = run_json(*args, "--budget", "30 juta")
    assert data["budget_people"] == 30_000_000 // 504_000 == 59
    assert data["budget_activity_pct"] == 75.9
    assert data["budget_met"] is False
    assert data["unspent"] == 30_000_000 - 59 * 504_000
    assert run_json(*args, "--budget", "Rp50,4 juta")["budget_met"] is True


def test_a_budget_beyond_the_inactive_pbpu_enrols_them_all() -> None:
    result = routes({"pbpu": (300, 100)}, registered=1000, active=700, budget=10**12)
    assert result.budget_people == 200
    assert result.record()["budget_activity_pct"] == 90
    assert any(note.key == "note.budget_beyond_pbpu" for note in result.notes)


def test_route_a_short_of_pbpu_says_so_and_how_many_more() -> None:
    result = routes({"pbpu": (100, 50)}, registered=1000, active=600)
    assert (result.apbd_people, result.apbd_enough) == (50, False)
    short = next(note for note in result.notes if note.key == "note.route_a_short")
    assert short.params["rest"] == 150
    assert short.warning


def test_rates_are_options() -> None:
    data = run_json(
        "segments", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100",
        "--premium", "Rp50.000", "--months", "6", "--member-premium", "100000",
        "--arrears-months", "12",
    )  # fmt: skip
    assert data["apbd_budget"] == 100 * 50_000 * 6
    assert data["member_pays_up_to"] == 13 * 100_000


def test_population_base() -> None:
    data = run_json(
        "segments", "--pop", "2000", "--base", "population", "--segment", "pbpu=300/100",
        "--segment", "ppu=700/600", "-r", "1000", "-a", "700",
    )  # fmt: skip
    # 80 % of 2,000 people is 1,600 active: 900 more, and PBPU has only 200 inactive.
    assert data["active_needed"] == 900
    assert (data["apbd_people"], data["apbd_enough"]) == (200, False)
    assert data["new_members_needed"] == 900


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        ("pbi-apbn", "pbi-apbn"),
        ("PBI JK", "pbi-apbn"),
        ("PBI APBN", "pbi-apbn"),
        ("pbi_apbd", "pbi-apbd"),
        ("PBPU Pemda", "pbi-apbd"),
        ("Jamkesda", "pbi-apbd"),
        ("mandiri", "pbpu"),
        ("PBPU", "pbpu"),
        ("Bukan Pekerja", "bp"),
        ("PPU", "ppu"),
        ("PPU PN", "ppu"),
        ("ppu swasta", "ppu"),
    ],
)
def test_segment_names_as_reports_write_them(text: str, segment: str) -> None:
    assert segment_name(text)[0] == segment


def test_a_name_that_could_be_two_segments_is_refused() -> None:
    with pytest.raises(InputError) as raised:
        segment_name("PBI")
    assert raised.value.key == "segment.ambiguous"
    result = run("segments", "-r", "10", "-a", "5", "--segment", "pbi=5/5")
    assert result.exit_code == 2
    assert "--segment: 'pbi' could be pbi-apbn, pbi-apbd: say which" in result.stderr


def test_ppu_halves_add_up_and_a_segment_twice_is_refused() -> None:
    found = gathered([("PPU PN", 10, 9), ("PPU swasta", 20, 15)])
    assert [(s.segment, s.registered, s.active) for s in found] == [("ppu", 30, 24)]
    with pytest.raises(InputError) as raised:
        gathered([("pbpu", 10, 9), ("mandiri", 20, 15)])
    assert raised.value.key == "segment.twice"
    with pytest.raises(InputError) as raised:
        gathered([("ppu", 10, 9), ("ppu pn", 20, 15)])
    assert raised.value.key == "segment.twice"


@pytest.mark.parametrize(
    "text", ["pbpu", "pbpu=", "=300", "pbpu=300/", "pbpu=3x", "pbpu=300/abc", "rakyat=300"]
)
def test_unreadable_segments_are_usage_errors(text: str) -> None:
    result = run("segments", "--segment", text)
    assert result.exit_code == 2, result.stderr
    assert "--segment" in result.stderr
    assert "Traceback" not in result.stderr


def _refused(*args: str) -> str:
    """What a refused command says (exit 2, no traceback)."""
    result = run(*args)
    assert result.exit_code == 2, result.stdout
    assert "Traceback" not in result.stderr
    return result.stderr


FIVE = [f"--segment={name}=10/5" for name in ("pbi-apbn", "pbi-apbd", "ppu", "pbpu", "bp")]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["-r", "100", "-a", "50", "--segment", "pbpu=300/100"],
            "the segments add up to 300, which cannot make the 100 of --registered",
        ),
        (["--segment", "pbpu=100/101"], "pbpu has 101 active, more than its 100 registered"),
        (
            [*FIVE, "-r", "51"],
            "the segments add up to 50, which cannot make the 51 of --registered",
        ),
        (
            ["-r", "1000", "-a", "50", "--segment", "pbpu=300/100"],
            "the segments' 100 active cannot be part of the 50 of --active",
        ),
        # 100 active in PBPU and at most 700 in the rest: 850 cannot be.
        (
            ["-r", "1000", "-a", "850", "--segment", "pbpu=300/100"],
            "the segments' 100 active cannot be part of the 850 of --active",
        ),
    ],
)
def test_segments_that_cannot_make_the_totals_are_refused(args: list[str], said: str) -> None:
    assert f"--segment: {said}" in _refused("segments", *args)


def test_five_segments_make_the_total_exactly() -> None:
    assert run_json("segments", *FIVE, "-r", "50")["registered"] == 50
    assert run_json("segments", *FIVE)["registered"] == 50


def test_fewer_than_five_segments_are_never_the_total() -> None:
    made = totals(gathered({"pbpu": (300, 100), "ppu": (700, 600)}))
    assert (made.registered, made.active) == (None, None)
    assert [note.key for note in made.notes] == ["note.segments_part"]
    assert [s.segment for s in made.segments] == ["ppu", "pbpu"]  # no "other" row: unknown
    for args in (
        ["--segment", "pbpu=300/100", "--segment", "ppu=700/600"],
        ["--pop", "10", "--segment", "pbpu=5/5", "--base", "population"],
    ):
        said = _refused("segments", *args)
        assert "a part of the participants, not their total: give --registered" in said
    with pytest.raises(InputError) as caught:
        routes({"pbpu": (5, 5)}, population=10, base="population")
    assert caught.value.key == "segment.part_no_total"
    unknown = _refused(
        "segments", "-r", "1000", "--segment", "pbpu=300", "--segment", "ppu=700/600"
    )
    assert "the active total is not known: give --active" in unknown


def test_a_lone_segment_in_status_is_that_segment_not_the_total() -> None:
    # Bandung early 2026: 98.80 % and 80.10 %, with 615,079 paid by the region.
    data = run_json(
        "status", "--region", "Kota Bandung", "--coverage", "98,80", "--active-rate", "80,10",
        "--segment", "pbi-apbd=615079", "--awards", "2026",
    )  # fmt: skip
    assert data["coverage_pct"] == 98.8
    assert data["uhc"] is True
    assert data["registered"] is None
    # 98.795 % of 2,591,763 is 2,560,532.25; 98.805 % is 2,560,791.4.
    assert data["registered_range"] == [2560533, 2560791]
    assert data["region_paid_pct"] == 23.732  # 615,079 of 2,591,763, cut
    assert [s["segment"] for s in data["segments"]] == ["pbi-apbd"]


def test_the_other_rows_active_count_is_unknown_when_a_segment_lacks_its_own() -> None:
    made = totals(gathered({"pbpu": (300, None), "ppu": (200, 100)}), registered=1000, active=900)
    other = made.get("other")
    assert other is not None
    assert (other.registered, other.active) == (500, None)
    known = totals(gathered({"pbpu": (300, 200), "ppu": (200, 100)}), registered=1000, active=700)
    assert known.get("other") == SegmentCount("other", 500, 400)


def test_the_active_total_may_hold_every_segment_whose_active_count_is_unknown() -> None:
    # 100 known active in PPU; PBPU's 300 and the other 500 may all be active: 900 at most.
    found = {"pbpu": (300, None), "ppu": (200, 100)}
    assert totals(gathered(found), registered=1000, active=900).active == 900
    assert totals(gathered(found), registered=1000, active=100).active == 100
    for active in (901, 99):
        with pytest.raises(InputError) as caught:
            totals(gathered(found), registered=1000, active=active)
        assert caught.value.key == "segment.active_differs"


def test_members_pay_again_only_where_some_are_inactive() -> None:
    # All 5 registered are active: 8 active are needed of 10 people, and none can pay again.
    data = run_json(
        "segments", "--pop", "10", "-r", "5", "-a", "5", "--segment", "pbpu=5/5",
        "--base", "population",
    )  # fmt: skip
    assert data["active_needed"] == 3
    assert data["members_paying_again"] == 0
    assert data["new_members_needed"] == 3
    some = run_json("segments", "--pop", "10", "-r", "7", "-a", "5", "--segment", "pbpu=5/5",
                    "--base", "population")  # fmt: skip
    assert some["members_paying_again"] == 2


def test_no_one_is_enrolled_where_the_target_is_already_met() -> None:
    # 90 % active, PBPU's active count unknown: route (a) enrols no one, it does not not know.
    data = run_json("segments", "-r", "1000", "-a", "900", "--segment", "pbpu=300")
    assert (data["apbd_people"], data["apbd_budget"], data["apbd_enough"]) == (0, 0, True)


def test_a_met_target_is_a_met_budget() -> None:
    # met: the target is reached now; budget_met: reached once the budget's people join.
    for args in (
        ["-r", "0", "-a", "0", "--segment", "pbpu=0/0", "--budget", "1000"],
        ["-r", "1000", "-a", "900", "--segment", "pbpu=300/250", "--budget", "1000"],
    ):
        data = run_json("segments", *args)
        assert data["met"] is True
        assert data["budget_people"] == 0
        assert data["budget_met"] is True
    short = run_json("segments", *PBPU, "--budget", "1000")
    assert (short["met"], short["budget_met"]) == (False, False)


def test_every_format_and_both_languages() -> None:
    args = ["segments", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100"]
    rows = list(csv.DictReader(io.StringIO(run(*args, "-f", "csv").stdout)))
    assert rows[0]["apbd_budget"] == "50400000"
    table = run(*args, "-f", "table", "--lang", "id").stdout
    assert "Rp50.400.000" in table
    assert "PBPU (mandiri)" in table
    assert "peserta" in table
    english = run(*args, "-f", "table").stdout
    assert "Rp50,400,000" in english
    assert "(a) APBD budget a year" in english


@given(
    registered=st.integers(1, 10**7),
    active_share=st.fractions(0, 1),
    pbpu_share=st.fractions(0, 1),
    pbpu_active_share=st.fractions(0, 1),
    target=st.integers(1, 10000).map(lambda n: Fraction(n, 100)),
    budget=st.integers(0, 10**12),
)
def test_route_a_is_the_least_people_and_budget(
    registered: int,
    active_share: Fraction,
    pbpu_share: Fraction,
    pbpu_active_share: Fraction,
    target: Fraction,
    budget: int,
) -> None:
    active = int(registered * active_share)
    pbpu = int(registered * pbpu_share)
    pbpu_active = min(int(pbpu * pbpu_active_share), active)
    # The rest (registered - pbpu, of whom active - pbpu_active active) must be able to hold.
    if active - pbpu_active > registered - pbpu:
        pbpu_active = active - (registered - pbpu)
    result = routes(
        {"pbpu": (pbpu, pbpu_active)},
        registered=registered,
        active=active,
        target=target,
        budget=budget,
    )
    people = result.apbd_people
    assert people is not None
    share = target / 100
    reaches = (active + people) >= share * registered
    assert result.apbd_enough is reaches
    assert people <= pbpu - pbpu_active
    if reaches and people:  # least: one person fewer does not reach the target
        assert active + people - 1 < share * registered
    if not reaches:
        assert people == pbpu - pbpu_active
    yearly = Rates().yearly
    assert result.record()["apbd_budget"] == people * yearly
    # The budget's people: all it pays for in full, within the inactive PBPU members.
    bought = result.budget_people
    assert bought is not None
    assert bought * yearly <= budget
    assert bought == min(budget // yearly, pbpu - pbpu_active)
    assert result.record()["budget_met"] is (active + bought >= share * registered)


def test_no_segment_is_a_usage_error() -> None:
    result = run("segments", "-r", "1000", "-a", "700")
    assert result.exit_code == 2
    assert result.stderr == (
        "jkngap: error: --segment: give at least one segment, as NAME=REGISTERED/ACTIVE "
        "(pbpu=300/100)\n"
    )


def test_an_empty_detail_list_keeps_csv_columns_in_line() -> None:
    from jkngap.output.machine import write_delimited

    stream = io.StringIO()
    write_delimited([{"people": 3, "segments": [], "met": True}], stream, ",")
    assert stream.getvalue() == "people,met\n3,true\n"


def test_the_workbook_has_a_sheet_of_segments_in_the_language(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "segmen.xlsx"
    args = ["segments", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100"]
    assert run(*args, "-o", str(path), "--lang", "id").exit_code == 0
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Hasil", "Peserta per segmen", "Catatan"]
    rows = list(workbook["Peserta per segmen"].iter_rows(values_only=True))
    assert rows[1][:5] == ("PBPU (mandiri)", "peserta", 300, 100, 200)
    main = sheet_table(workbook["Hasil"])
    assert main[0]["(a) Anggaran APBD per tahun"] == 50_400_000


def test_segments_beyond_the_registered_a_coverage_allows_are_warned_of() -> None:
    # 20 % of 1,000 people is 195 to 204 registered: a segment of 300 cannot be part of them.
    result = run("status", "--pop", "1000", "--coverage", "20", "--segment", "pbpu=300", "-f",
                 "json")  # fmt: skip
    assert result.exit_code == 0
    assert (
        "warning: the segments given add up to 300, more than the 204 registered the figures "
        "allow at most"
    ) in result.stderr
    quiet = run("status", "--pop", "1000", "--coverage", "20", "--segment", "pbpu=150", "-f",
                "json")  # fmt: skip
    assert "segments given add up" not in quiet.stderr
