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
spill files go to the private folder. Two baselines, each the same DuckDB with the same
settings running one hand-written statement over the four CSV files: the same counts
(every category per desa, the NIK rules written out by hand), which is what the 1.3
times is measured against; and the joins alone (population, registered, active, not
registered, not in the population and the decile categories, with only the plainest NIK
rule: 16 digits), to show what the checks cost. Best of
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
    total = run.result.summary
    rows = len(run.result.regions)
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


# The same counts by one hand-written statement: the NIK rules of jkngap.core.nik written
# out (edges trimmed, scientific and rounded Excel numbers damaged, 16 digits, a real
# date, a serial), each list's people, the joins, every category per desa.
BASELINE_SAME = r"""
import json, resource, sys, tempfile, time
import duckdb
folder, memory, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
started, cpu = time.perf_counter(), time.process_time()

def rows(name, extra, keep="true"):
    t = "trim(NIK, ' ')"
    return f'''(SELECT *,
        CASE WHEN ok THEN CAST(t AS BIGINT) END AS k,
        CASE WHEN ok THEN NULL
             WHEN regexp_full_match(t, '[0-9]([.,][0-9]+)?[eE]\\+?[0-9]+')
                  OR regexp_full_match(t, '[0-9]{{15}}0[.,]0+') THEN 'damaged'
             ELSE 'invalid' END AS problem
    FROM (SELECT *, regexp_full_match(t, '[0-9]{{16}}')
            AND (x // 100) % 100 BETWEEN 1 AND 12
            AND (x // 10000) % 40 BETWEEN 1 AND 31
            AND (x // 10000) % 40 <= CASE WHEN (x // 100) % 100 = 2 THEN 28 + (x % 4 = 0)::INT
                 WHEN (x // 100) % 100 IN (4, 6, 9, 11) THEN 30 ELSE 31 END
            AND right(t, 4) <> '0000' AS ok
        FROM (SELECT *, TRY_CAST(substr(t, 7, 6) AS INTEGER) AS x
            FROM (SELECT {t} AS t, {extra} FROM read_csv('{folder}/{name}.csv',
                  all_varchar = true, header = true, quote = '"', escape = '"')
                  WHERE {keep}))))'''

desa = "TRY_CAST(replace(\"Kode Desa\", '.', '') AS BIGINT) AS desa"
filled = "coalesce(NIK, '') <> ''"  # a list of NIKs alone: an empty row is no person
with tempfile.TemporaryDirectory() as spill:
    con = duckdb.connect(config={"threads": threads, "memory_limit": memory,
                                 "temp_directory": spill})
    con.execute("SET enable_progress_bar = false")
    found = con.execute(f'''
        WITH pr AS {rows("population", desa)},
        mr AS {rows("members", desa + ', Status, Segmen')},
        wr AS {rows("welfare", "NULL::BIGINT AS desa, Desil")},
        dr AS {rows("region_paid", "NULL::BIGINT AS desa", filled)},
        p AS (SELECT k, min(desa) AS desa, count(*) AS n FROM pr WHERE k IS NOT NULL GROUP BY 1),
        m AS (SELECT k, bool_or(Status = 'AKTIF') AS act, bool_or(Status = 'NON AKTIF') AS off,
                     bool_or(Segmen = 'PBPU') AS pbpu, bool_or(Segmen = 'PBI APBD') AS apbd,
                     min(desa) AS desa, count(*) AS n
              FROM mr WHERE k IS NOT NULL GROUP BY 1),
        w AS (SELECT k, min(TRY_CAST(Desil AS INTEGER)) AS decile, count(*) AS n
              FROM wr WHERE k IS NOT NULL GROUP BY 1),
        d AS (SELECT k, count(*) AS n FROM dr WHERE k IS NOT NULL GROUP BY 1),
        joined AS (
            SELECT p.desa, p.n, m.k IS NOT NULL AS reg, coalesce(m.act, false) AS act,
                   coalesce(m.off AND NOT m.act AND m.pbpu, false) AS takeover,
                   coalesce(m.apbd, false) OR d.k IS NOT NULL AS paid, w.decile
            FROM p LEFT JOIN m ON p.k = m.k LEFT JOIN w ON p.k = w.k LEFT JOIN d ON p.k = d.k),
        counts AS (
            SELECT desa, count(*) AS people, count(*) FILTER (WHERE reg) AS registered,
                count(*) FILTER (WHERE act) AS active, count(*) FILTER (WHERE NOT reg) AS not_reg,
                0 AS outside, sum(n - 1) AS dup, 0 AS bad, 0 AS broken,
                count(*) FILTER (WHERE reg AND takeover AND decile <= 5) AS takeover,
                count(*) FILTER (WHERE reg AND paid AND decile >= 6) AS paid_high,
                count(*) FILTER (WHERE NOT reg AND decile <= 5) AS unreg_low
            FROM joined GROUP BY 1
            UNION ALL SELECT m.desa, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0
            FROM m ANTI JOIN p ON m.k = p.k GROUP BY 1
            UNION ALL SELECT CASE WHEN p.k IS NULL THEN x.desa ELSE p.desa END, 0, 0, 0, 0, 0,
                sum(x.n - 1), 0, 0, 0, 0, 0
            FROM (SELECT k, desa, n FROM m UNION ALL SELECT k, NULL, n FROM w
                  UNION ALL SELECT k, NULL, n FROM d) x LEFT JOIN p ON x.k = p.k
            WHERE x.n > 1 GROUP BY 1
            UNION ALL SELECT desa, count(*), 0, 0, 0, 0, 0,
                count(*) FILTER (WHERE problem = 'invalid'),
                count(*) FILTER (WHERE problem = 'damaged'), 0, 0, 0
            FROM pr WHERE problem IS NOT NULL GROUP BY 1
            UNION ALL SELECT desa, 0, 0, 0, 0, 0, 0, count(*) FILTER (WHERE problem = 'invalid'),
                count(*) FILTER (WHERE problem = 'damaged'), 0, 0, 0
            FROM (SELECT desa, problem FROM mr UNION ALL SELECT desa, problem FROM wr
                  UNION ALL SELECT desa, problem FROM dr) WHERE problem IS NOT NULL GROUP BY 1)
        SELECT desa, sum(people), sum(registered), sum(active), sum(not_reg), sum(outside),
               sum(dup), sum(bad), sum(broken), sum(takeover), sum(paid_high), sum(unreg_low)
        FROM counts GROUP BY 1
    ''').fetchall()
    con.close()
names = ("population", "registered", "active", "not_registered", "not_in_population",
         "duplicate_nik", "invalid_nik", "damaged_nik", "takeover_candidates",
         "region_paid_high_decile", "unregistered_low_decile")
sums = [sum(int(row[i] or 0) for row in found) for i in range(1, 12)]
print(json.dumps({
    "wall": time.perf_counter() - started, "cpu": time.process_time() - cpu,
    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "rows": len(found),
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
        print(
            f"generated in {time.perf_counter() - started:.0f} s: "
            + ", ".join(f"{role} {rows:,}" for role, rows in made.rows.items())
        )
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
    joins: list[dict[str, object]] = []
    for _ in range(args.repeat):
        engine.append(_run(ENGINE, folder, duck, args.threads))
        print(f"  match    {engine[-1]['wall']:.1f} s  ({_load()})")
        if not args.no_baseline:
            baseline.append(_run(BASELINE_SAME, folder, duck, args.threads))
            print(f"  same counts by hand {baseline[-1]['wall']:.1f} s  ({_load()})")
            joins.append(_run(BASELINE, folder, duck, args.threads))
            print(f"  joins alone {joins[-1]['wall']:.1f} s  ({_load()})")
    best = min(engine, key=lambda r: float(r["wall"]))  # type: ignore[arg-type]
    rss = max(int(r["rss"]) for r in engine)  # type: ignore[call-overload]
    print(
        f"match: {best['wall']:.1f} s wall, {best['cpu']:.1f} s processor, peak "
        f"{rss / 1024**3:.2f} GiB ({args.memory} allowed), {best['rows']} desa rows"
    )
    print(f"  totals {best['total']}")
    for label, runs in (("the same counts by hand", baseline), ("the joins alone", joins)):
        if not runs:
            continue
        fastest = min(runs, key=lambda r: float(r["wall"]))  # type: ignore[arg-type]
        cheapest = min(float(r["cpu"]) for r in runs)  # type: ignore[arg-type]
        ratio = float(best["wall"]) / float(fastest["wall"])  # type: ignore[arg-type]
        cpu_ratio = min(float(r["cpu"]) for r in engine) / cheapest  # type: ignore[arg-type]
        print(
            f"{label}: {fastest['wall']:.1f} s wall, {cheapest:.1f} s processor; "
            f"match / it: {ratio:.2f} wall, {cpu_ratio:.2f} processor"
        )
        print(f"  totals {fastest['total']}")


if __name__ == "__main__":
    main()
