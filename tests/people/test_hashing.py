"""Keyed hashes: two agencies match hashed lists and find what plain lists find, and a list
half hashed, or hashed lists without the key, are refused."""

from __future__ import annotations

import hashlib
import hmac
import stat
from dataclasses import replace
from pathlib import Path

import people_gen
import pytest
from people_lists import write_csv

from jkngap.core.errors import InputError
from jkngap.core.match import ROLES, Counted, ListSummary
from jkngap.people import open_match

KEY = b"a shared secret of Dinkes and BPJS"


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    spec = people_gen.Spec(people=1500, desa_limit=12, seed=7)
    return people_gen.generate(spec, tmp_path_factory.mktemp("plain")).paths


def _counted(paths: dict[str, Path], key: bytes | None = None) -> Counted:
    with open_match(
        paths["population"],
        paths["members"],
        welfare=paths["welfare"],
        region_paid=paths["region_paid"],
        key=key,
    ) as run:
        return run.counted


def _same(summary: ListSummary) -> ListSummary:
    """What a list's summary says whatever form its NIKs took."""
    return replace(
        summary, source="", columns=(), hashed=False, blank=0, unreadable=0, unknown_area=None
    )


def test_keyed_hashes_match_what_plain_niks_match(lists: dict[str, Path]) -> None:
    plain = _counted(lists)
    keyed = _counted(lists, key=KEY)
    assert keyed.key_mode == "hmac"
    assert plain.key_mode == "digits"
    assert keyed.desas == plain.desas
    assert [_same(s) for s in keyed.lists] == [_same(s) for s in plain.lists]


def test_lists_hashed_by_two_agencies_match_as_plain_lists(
    lists: dict[str, Path], tmp_path: Path
) -> None:
    hashed: dict[str, Path] = {}
    with open_match(
        lists["population"],
        lists["members"],
        welfare=lists["welfare"],
        region_paid=lists["region_paid"],
        key=KEY,
    ) as run:
        for role in ROLES:
            hashed[role] = tmp_path / f"{role}-hashed.csv"
            written = run.write_hashed(role, hashed[role])
            summary = next(s for s in run.counted.lists if s.role == role)
            assert written == summary.rows
            assert stat.S_IMODE(hashed[role].stat().st_mode) == 0o600
    text = hashed["population"].read_text(encoding="utf-8")
    assert "nik_hash" in text.splitlines()[0]
    for path in lists.values():  # not one NIK of the plain lists is in a hashed one
        with path.open(encoding="utf-8") as stream:
            niks = {line.split(",")[0] for line in stream if line[:1].isdigit()}
        assert not any(nik in text for nik in list(niks)[:200])
    plain = _counted(lists)
    both_hashed = _counted(hashed)
    assert both_hashed.key_mode == "hex"
    assert both_hashed.desas == plain.desas
    assert [_same(s) for s in both_hashed.lists] == [_same(s) for s in plain.lists]
    # One agency's hashed list, the other's plain one hashed with the shared key.
    half = {**lists, "members": hashed["members"]}
    assert _counted(half, key=KEY).desas == plain.desas


def test_a_keyed_hash_is_hmac_sha256_of_the_nik(tmp_path: Path) -> None:
    nik = "3601014101990002"
    population = write_csv(tmp_path / "p.csv", ["NIK", "Kode Desa"], [[nik, "36.01.01.2001"]])
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[nik]])
    with open_match(population, members, key=KEY) as run:
        found = list(run.people("not-registered", reveal_nik=True))
        assert found == []
        run.write_hashed("population", tmp_path / "h.csv")
    expected = hmac.new(KEY, nik.encode(), hashlib.sha256).hexdigest()
    assert expected in (tmp_path / "h.csv").read_text(encoding="utf-8")


def test_a_key_file_is_read_and_its_openness_said(tmp_path: Path, lists: dict[str, Path]) -> None:
    key_file = tmp_path / "key"
    key_file.write_bytes(KEY + b"\n")
    key_file.chmod(0o644)
    with open_match(lists["population"], lists["members"], key_file=key_file) as run:
        assert run.result.key_mode == "hmac"
        assert "match.key_file_open" in [note.key for note in run.result.notes]
    short = tmp_path / "short"
    short.write_bytes(b"12345")
    with pytest.raises(InputError) as refused:
        open_match(lists["population"], lists["members"], key_file=short).__enter__()
    assert refused.value.key == "match.key_too_short"


def test_hashes_and_plain_niks_in_one_list_are_refused(tmp_path: Path) -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    population = write_csv(
        tmp_path / "p.csv",
        ["NIK", "Kode Desa"],
        [["3601014101990002", "36.01.01.2001"], [digest, "36.01.01.2001"]],
    )
    members = write_csv(tmp_path / "m.csv", ["NIK"], [["3601014101990002"]])
    with pytest.raises(InputError) as refused:
        open_match(population, members).__enter__()
    assert refused.value.key == "match.mixed_hashed"
    assert "3601014101990002" not in str(refused.value)


def test_a_hashed_list_beside_a_plain_one_needs_the_key(tmp_path: Path) -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    population = write_csv(
        tmp_path / "p.csv", ["NIK", "Kode Desa"], [["3601014101990002", "36.01.01.2001"]]
    )
    members = write_csv(tmp_path / "m.csv", ["nik_hash"], [[digest]])
    with pytest.raises(InputError) as refused:
        open_match(population, members).__enter__()
    assert refused.value.key == "match.hashed_needs_key"
