"""Benchmark `allocate`: the exact budget choice and the sharing of agents, at the sizes
officials have (514 kabupaten/kota; a province's thousands of desa; the country's 83,762).

    python benchmarks/allocate_bench.py

Processor time in this process, best of three, for each case (data made up, seeded);
and the work limit's case: the most bit-steps the exact choice of the most people takes
before it refuses, to check that WORK_LIMIT costs about what core/budget.py says.
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable
from datetime import date

from jkngap.core.agents import share_agents
from jkngap.core.allocate import Area
from jkngap.core.budget import WORK_LIMIT, Money, choose_regions, most_people

YEARLY = 42_000 * 12


def best_of(run: Callable[[], object], times: int = 3) -> float:
    spent = []
    for _ in range(times):
        start = time.process_time()
        run()
        spent.append(time.process_time() - start)
    return min(spent)


def regions(count: int, most: int, seed: int) -> list[Area]:
    """Regions with an activity gap of up to ``most`` and inactive PBPU enough for most."""
    rng = random.Random(seed)
    made = []
    for i in range(count):
        registered = rng.randint(20 * most // 10, 60 * most // 10)
        active = rng.randint(registered * 60 // 100, registered * 85 // 100)
        made.append(
            Area(
                i,
                None,
                None,
                registered=registered,
                active=active,
                pbpu_inactive=rng.randint(0, registered - active),
            )
        )
    return made


def main() -> None:
    cases = {
        "514 kabupaten/kota, Rp310 miliar, most people": (
            regions(514, 200_000, 1),
            Money(budget=310_000_000_000),
            "people",
        ),
        "514 kabupaten/kota, Rp310 miliar, most regions": (
            regions(514, 200_000, 1),
            Money(budget=310_000_000_000),
            "regions",
        ),
        "8,500 desa, Rp100 miliar, most people": (
            regions(8_500, 1_000, 2),
            Money(budget=100_000_000_000),
            "people",
        ),
        "83,762 desa, Rp1 triliun, most regions": (
            regions(83_762, 1_000, 3),
            Money(budget=10**12),
            "regions",
        ),
    }
    for name, (areas, money, aim) in cases.items():
        seconds = best_of(functools.partial(choose_regions, areas, money, maximise=aim))
        print(f"{name}: {seconds:.3f} s")
    # The limit: distinct even sizes (no grouping helps) and an odd capacity (never filled
    # to the last person, so no early stop), the work the limit itself.
    sizes = [2 * k for k in range(1, 20_001)]
    capacity = (WORK_LIMIT // len(sizes) - 1) // 2 * 2 - 1
    rng = random.Random(4)
    rng.shuffle(sizes)
    seconds = best_of(lambda: most_people(sizes, capacity), times=1)
    print(f"at the work limit ({len(sizes)} sizes x {capacity} people): {seconds:.3f} s")
    areas = [
        Area(
            i,
            f"33.{i // 10_000:02d}.{i // 100 % 100:02d}.{2001 + i % 100}",
            None,
            active_needed=random.Random(i).randint(0, 900),
        )
        for i in range(83_762)
    ]
    seconds = best_of(
        lambda: share_agents(
            areas,
            agents=10_000,
            start=date(2025, 6, 2),
            deadline=date(2025, 12, 31),
            need_for="active",
        )
    )
    print(f"10,000 agents over 83,762 desa: {seconds:.3f} s")


if __name__ == "__main__":
    main()
