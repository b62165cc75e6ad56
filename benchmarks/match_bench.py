"""Benchmark `jkngap match`: a province's lists of people matched per desa, against the
hand-written DuckDB query that does the same joins.

    python benchmarks/match_bench.py                        # 10 million people, 2 GiB, 2 cores
    python benchmarks/match_bench.py --people 1000000       # a quick look
    python benchmarks/match_bench.py --people 30000000 --memory 4GiB --repeat 1

The lists (population, members 96 %, welfare 30 %, region-paid) are made once by
people_gen.generate_fast into benchmarks/data/ (ignored by git): for 10 million people,
about 10.0 million population rows, 9.6 million membership rows and 3 million welfare rows,
with what real lists get wrong (people listed twice, NIKs missing, mistyped, damaged by
Excel, desa codes missing).

Each run is a process of its own, timed from within (the match, not Python's start-up)
and measured for its peak resident memory (DuckDB's threads included). DuckDB is given
``--memory`` less 512 MiB for Python and DuckDB's own overheads, and ``--threads``;
spill files go to the private folder. The baseline is the same DuckDB, with the same
settings, running one hand-written query that reads the four CSV files and counts
population, registered, active, not registered, not in the population and the three
decile categories per desa, with only the plainest NIK rule (16 digits). Best of
``--repeat`` runs each, alternating; wall time and processor time (user + system).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
sys.path.insert(0, str(HERE))

ENGINE = r"""
import json, resource, sys, time
from jkngap.people import Settings, open_match
folder, memory, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
started, cpu = time.perf_counter(), time.process_time()
with open_match(
    f"{folder}/population.csv", f"{folder}/members.csv",
    welfare=f"{folder}/welfare.csv", region_paid=f"{folder}/region_paid.csv",
    settings=Settings(memory_limit=memory, threads=threads),
) as run:
    total = run.result.total
    rows = len(run.result.records)
print(json.dumps({
    "wall": time.perf_counter() - started, "cpu": time.process_time() - cpu,
    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "rows": rows,
    "total": {k: total[k] for k in ("population", "registered", "active", "not_registered",
              "not_in_population", "takeover_candidates", "region_paid_high_decile",
              "unregistered_low_decile", "duplicate_nik", "invalid_nik", "damaged_nik")},
}))
"""

BASELINE = r"""
import json, resource, sys, tempfile, time
import duckdb
folder, memory, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
started, cpu = time.perf_counter(), time.process_time()
with tempfile.TemporaryDirectory() as spill:
    con = duckdb.connect(config={"threads": threads, "memory_limit": memory,
                                 "temp_directory": spill})
    con.execute("SET enable_progress_bar = false")
    def scan(name):
        return f"read_csv('{folder}/{name}.csv', all_varchar = true, header = true)"
    key = "CAST(NIK AS BIGINT)"
    ok = "regexp_full_match(NIK, '[0-9]{16}')"
    rows = con.execute(f'''
        WITH p AS (SELECT {key} AS k, min("Kode Desa") AS desa FROM {scan("population")}
                   WHERE {ok} GROUP BY 1),
        m AS (SELECT {key} AS k, bool_or(Status = 'AKTIF') AS act,
                     bool_or(Status = 'NON AKTIF') AS inactive, bool_or(Segmen = 'PBPU') AS pbpu,
                     bool_or(Segmen = 'PBI APBD') AS apbd, min("Kode Desa") AS desa
              FROM {scan("members")} WHERE {ok} GROUP BY 1),
        w AS (SELECT {key} AS k, min(TRY_CAST(Desil AS INTEGER)) AS decile
              FROM {scan("welfare")} WHERE {ok} GROUP BY 1),
        d AS (SELECT DISTINCT {key} AS k FROM {scan("region_paid")} WHERE {ok}),
        joined AS (SELECT p.desa, m.k IS NOT NULL AS reg, m.act, m.inactive AND NOT m.act
                          AND m.pbpu AS takeover, (m.apbd OR d.k IS NOT NULL) AS paid, w.decile
                   FROM p LEFT JOIN m ON p.k = m.k LEFT JOIN w ON p.k = w.k
                   LEFT JOIN d ON p.k = d.k)
        SELECT desa, count(*), count(*) FILTER (WHERE reg), count(*) FILTER (WHERE act),
               count(*) FILTER (WHERE NOT reg),
               count(*) FILTER (WHERE NOT reg AND decile <= 5),
               count(*) FILTER (WHERE reg AND takeover AND decile <= 5),
               count(*) FILTER (WHERE reg AND paid AND decile >= 6), 0
        FROM joined GROUP BY 1
        UNION ALL
        SELECT m.desa, 0, 0, 0, 0, 0, 0, 0, count(*) FROM m ANTI JOIN p ON m.k = p.k GROUP BY 1
    ''').fetchall()
    con.close()
sums = [sum(row[i] for row in rows) for i in range(1, 9)]
names = ("population", "registered", "active", "not_registered", "unregistered_low_decile",
         "takeover_candidates", "region_paid_high_decile", "not_in_population")
print(json.dumps({
    "wall": time.perf_counter() - started, "cpu": time.process_time() - cpu,
    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "rows": len(rows),
    "total": dict(zip(names, sums)),
}))
"""


def _bytes(text: str) -> int:
    units = {"GiB": 1024**3, "MiB": 1024**2, "GB": 10**9, "MB": 10**6}
    for unit, size in units.items():
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * size)
    return int(text)


def _lists(people: int, province: str) -> Path:
    import people_gen

    folder = DATA / f"match-{province}-{people}"
    if not (folder / "region_paid.csv").exists():
        started = time.perf_counter()
        made = people_gen.generate_fast(people_gen.Spec(people=people, province=province), folder)
        print(f"generated in {time.perf_counter() - started:.0f} s: " + ", ".join(
            f"{role} {rows:,}" for role, rows in made.rows.items()
        ))
    return folder


def _run(code: str, folder: Path, memory: str, threads: int) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-c", code, str(folder), memory, str(threads)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "OMP_NUM_THREADS": str(threads)},
    )
    if completed.returncode:
        raise SystemExit(completed.stderr[-2000:])
    found: dict[str, object] = json.loads(completed.stdout.splitlines()[-1])
    return found


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000_000)
    parser.add_argument("--province", default="36")
    parser.add_argument("--memory", default="2GiB", help="the process's budget")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    folder = _lists(args.people, args.province)
    sizes = {p.name: p.stat().st_size for p in folder.glob("*.csv")}
    print(f"lists: {sum(sizes.values()) / 1e9:.2f} GB of CSV in {folder}")
    duck = f"{(_bytes(args.memory) - 512 * 1024**2) // 1024**2}MB"
    print(f"DuckDB: memory_limit {duck}, {args.threads} threads; {_load()}")
    engine: list[dict[str, object]] = []
    baseline: list[dict[str, object]] = []
    for _ in range(args.repeat):
        engine.append(_run(ENGINE, folder, duck, args.threads))
        print(f"  match    {engine[-1]['wall']:.1f} s  ({_load()})")
        if not args.no_baseline:
            baseline.append(_run(BASELINE, folder, duck, args.threads))
            print(f"  baseline {baseline[-1]['wall']:.1f} s  ({_load()})")
    best = min(engine, key=lambda r: float(r["wall"]))  # type: ignore[arg-type]
    rss = max(int(r["rss"]) for r in engine)  # type: ignore[call-overload]
    print(
        f"match: {best['wall']:.1f} s wall, {best['cpu']:.1f} s processor, peak "
        f"{rss / 1024**3:.2f} GiB ({args.memory} allowed), {best['rows']} desa rows"
    )
    print(f"  totals {best['total']}")
    if baseline:
        fastest = min(baseline, key=lambda r: float(r["wall"]))  # type: ignore[arg-type]
        ratio = float(best["wall"]) / float(fastest["wall"])  # type: ignore[arg-type]
        cpu_ratio = float(best["cpu"]) / float(fastest["cpu"])  # type: ignore[arg-type]
        print(
            f"baseline: {fastest['wall']:.1f} s wall, {fastest['cpu']:.1f} s processor; "
            f"match / baseline: {ratio:.2f} wall, {cpu_ratio:.2f} processor"
        )
        print(f"  totals {fastest['total']}")


if __name__ == "__main__":
    main()
