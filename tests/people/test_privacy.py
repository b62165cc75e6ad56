"""A NIK never reaches a message, a warning, a note, an error or a table of counts: over
hostile lists, DuckDB's own errors included; lists of people mask NIK and KK unless told;
the private folder is gone after a run, however it ends; a list file is its owner's alone."""

from __future__ import annotations

import logging
import os
import re
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import people_gen
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from people_lists import write_csv, write_xlsx

from jkngap.core.errors import JkngapError, OutputError
from jkngap.core.match import CATEGORIES
from jkngap.core.model import Note
from jkngap.output.words import explain, translate
from jkngap.people import open_match
from jkngap.people.private import private_file, private_folder

# Twelve digits or more, together or in groups, and long hexadecimal runs: a NIK (sixteen
# digits), a KK, what Excel left of either, a hash. A desa code (ten) may be shown.
SECRET = re.compile(r"\d(?:[\s.,/\-]?\d){11,}|[0-9a-fA-F]{16,}")
NIKS = ("3601014101990002", "3601015512870113", "3674010101010001")


def _texts_of_error(error: BaseException) -> Iterator[str]:
    seen: BaseException | None = error
    while seen is not None:
        yield str(seen)
        yield repr(seen)
        if isinstance(seen, JkngapError):
            yield from (repr(value) for value in seen.params.values())
            for lang in ("en", "id"):
                yield explain(seen, lang)
        seen = seen.__cause__ or seen.__context__


def _texts_of_note(note: Note) -> Iterator[str]:
    yield repr(note.params)
    for lang in ("en", "id"):
        yield translate(note.key, lang, **note.params)


def _no_secret(texts: Iterator[str]) -> None:
    for text in texts:
        assert not SECRET.search(text), text


HOSTILE_CELLS = st.one_of(
    st.sampled_from(NIKS),
    st.sampled_from(NIKS).map(lambda nik: f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"),
    st.sampled_from(NIKS).map(lambda nik: f'"{nik}'),  # a quote never closed
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20),
    st.sampled_from(("", "36.01.01.2001", "AKTIF", "=cmd|' /C calc'!A0", "PBPU", "3")),
)


@st.composite
def hostile_files(draw: st.DrawFn) -> dict[str, Any]:
    width = draw(st.integers(1, 4))
    header = draw(
        st.lists(
            st.one_of(
                st.sampled_from(("NIK", "Kode Desa", "Status", "No KK", "Desil")), HOSTILE_CELLS
            ),
            min_size=width,
            max_size=width,
        )
    )
    rows = draw(st.lists(st.lists(HOSTILE_CELLS, min_size=1, max_size=width + 1), max_size=6))
    broken = draw(st.sampled_from(("none", "bytes", "long", "name")))
    return {"header": header, "rows": rows, "broken": broken}


def _write_hostile(folder: Path, given: dict[str, Any], role: str) -> Path:
    name = f"{NIKS[0]}-{role}.csv" if given["broken"] == "name" else f"{role}.csv"
    path = folder / name
    lines = [",".join(given["header"])] + [",".join(map(str, row)) for row in given["rows"]]
    data = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    if given["broken"] == "bytes":
        data += b"\r\n" + NIKS[1].encode() + b",\xff\xfe36.01.01.2001"
    elif given["broken"] == "long":
        data += b"\r\n" + (NIKS[2] + ",").encode() * 80_000
    path.write_bytes(data)
    return path


@settings(
    max_examples=50,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(hostile_files(), hostile_files())
def test_no_nik_in_anything_raised_or_noted(
    tmp_path_factory: pytest.TempPathFactory,
    caplog: pytest.LogCaptureFixture,
    population: dict[str, Any],
    members: dict[str, Any],
) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    paths = [_write_hostile(folder, population, "p"), _write_hostile(folder, members, "m")]
    caplog.set_level(logging.DEBUG)
    try:
        with open_match(paths[0], paths[1]) as run:
            _no_secret(text for note in run.result.notes for text in _texts_of_note(note))
            _no_secret(repr(value) for record in run.result.regions for value in record.values())
            _no_secret(repr(value) for value in run.result.summary.values())
            _no_secret(repr(summary) for summary in run.result.lists)
            for category in CATEGORIES:
                try:
                    people = list(run.people(category))
                except JkngapError as error:
                    _no_secret(_texts_of_error(error))
                    continue
                _no_secret(repr(value) for person in people for value in person.values())
    except JkngapError as error:
        _no_secret(_texts_of_error(error))
    _no_secret(record.getMessage() for record in caplog.records)


def test_duckdb_errors_are_told_without_what_they_quote(tmp_path: Path) -> None:
    # A line DuckDB cannot decode is counted (unreadable, an invalid NIK), never dropped.
    population = tmp_path / "p.csv"
    population.write_bytes(
        b"NIK,Kode Desa\r\n"
        + NIKS[0].encode()
        + b",36.01.01.2001\r\n"
        + NIKS[1].encode()
        + b",\xff36.01.01.2001\r\n"
    )
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[NIKS[0]]])
    with open_match(population, members) as run:
        summary = run.counted.lists[0]
        (line,) = [p["line"] for p in run.people("invalid")]
    assert (summary.unreadable, summary.invalid, line) == (1, 1, 3)
    # A file DuckDB cannot read at all: its error, which names the file (here a NIK), is
    # told by its kind alone, and is not the context of jkngap's.
    broken = tmp_path / f"{NIKS[2]}.parquet"
    broken.write_bytes(b"NIK\r\n" + NIKS[2].encode() + b"\r\n")
    with pytest.raises(JkngapError) as refused, open_match(broken, members):
        pass
    assert refused.value.key == "match.engine_failed"
    assert refused.value.__context__ is None
    assert refused.value.__cause__ is None
    _no_secret(_texts_of_error(refused.value))


def test_lists_mask_nik_and_kk_unless_revealed(tmp_path: Path) -> None:
    lists = people_gen.generate(people_gen.Spec(people=400, desa_limit=4, seed=2), tmp_path)
    with open_match(lists.paths["population"], lists.paths["members"]) as run:
        masked = list(run.people("not-registered"))
        shown = list(run.people("not-registered", reveal_nik=True))
    assert masked
    assert len(masked) == len(shown)
    for hidden, full in zip(masked, shown, strict=True):
        assert re.fullmatch(r"[0-9]{16}", full["nik"])
        assert hidden["nik"] == full["nik"][:4] + "********" + full["nik"][-4:]
        if full["kk"] is not None:
            assert hidden["kk"] == full["kk"][:4] + "*" * (len(full["kk"]) - 8) + full["kk"][-4:]
        _no_secret(repr(value) for value in hidden.values())


def test_the_private_folder_is_removed_and_only_its_owner_enters(tmp_path: Path) -> None:
    lists = people_gen.generate(people_gen.Spec(people=200, desa_limit=3, seed=4), tmp_path)
    parent = tmp_path / "private"
    parent.mkdir()
    from jkngap.people import Settings

    with open_match(
        lists.paths["population"],
        lists.paths["members"],
        settings=Settings(private_parent=str(parent)),
    ) as run:
        (folder,) = parent.iterdir()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert run.result.regions
    assert not list(parent.iterdir())

    def stopped_half_way() -> None:
        with private_folder(parent) as made:
            (made / "x").write_text("3601014101990002")
            raise RuntimeError("an error in the middle of a run")

    with pytest.raises(RuntimeError):
        stopped_half_way()
    assert not list(parent.iterdir())


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_the_private_folder_is_removed_on_sigterm_and_ctrl_c(
    tmp_path: Path, how: signal.Signals
) -> None:
    parent = tmp_path / "private"
    parent.mkdir()
    script = textwrap.dedent(
        f"""
        import sys, time
        from jkngap.people.private import private_folder
        try:
            with private_folder({str(parent)!r}) as folder:
                (folder / "spill").write_text("3601014101990002")
                print("ready", flush=True)
                time.sleep(60)
        except KeyboardInterrupt:
            sys.exit(130)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        assert len(list(parent.iterdir())) == 1
        child.send_signal(how)
        assert child.wait(timeout=30) == 130
    assert not list(parent.iterdir())


def test_a_list_file_is_its_owners_alone_and_whole_or_absent(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    old = os.umask(0)
    try:
        with private_file(target) as stream:
            stream.write("nik\n3601014101990002\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    def written_half_way() -> None:
        with private_file(tmp_path / "half.csv") as stream:
            stream.write("nik\n")
            raise RuntimeError("stopped half-way")

    with pytest.raises(RuntimeError):
        written_half_way()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]
    with pytest.raises(OutputError) as refused, private_file(tmp_path / "none" / "x.csv"):
        pass
    assert refused.value.key == "match.output_unwritable"


def test_a_name_is_never_read(tmp_path: Path) -> None:
    population = write_xlsx(
        tmp_path / "p.xlsx",
        ["NIK", "Nama", "Kode Desa"],
        [[NIKS[0], "Siti Rahayu", "36.01.01.2001"], ["", "Budi", "36.01.01.2001"]],
    )
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[NIKS[0]]])
    with open_match(population, members) as run:
        everything = [
            *run.result.regions,
            *(
                p
                for category in ("invalid", "duplicates")
                for p in run.people(category, reveal_nik=True)
            ),
        ]
        tables = run.engine.run(
            "SELECT table_name, column_name FROM information_schema.columns"
        ).fetchall()
    # A row with a name and no NIK is a person without one, counted invalid ...
    assert run.result.summary["invalid_nik"] == 1
    # ... and the name itself is in no table and no record.
    assert not any("nama" in str(column).lower() or column == "name" for _, column in tables)
    assert "Budi" not in repr(everything)
    assert "Siti" not in repr(everything)
