#!/usr/bin/env bash
# Start-up cost of a plain-output calculation against an empty one-command Typer app.
# Usage: benchmarks/startup.sh [PYTHON]   (default: .venv/bin/python). Mean of 20 runs each.
set -euo pipefail
python=${1:-.venv/bin/python}
empty=$(mktemp --suffix=.py)
trap 'rm -f "$empty"' EXIT
cat >"$empty" <<'APP'
import typer
app = typer.Typer()
@app.command()
def main(pop: str = "1") -> None:
    print(pop)
app()
APP
mean_ms() {
    local start end
    start=$(date +%s%N)
    for _ in $(seq 20); do "$@" >/dev/null; done
    end=$(date +%s%N)
    echo $(((end - start) / 20000000))
}
printf 'python -c pass\t%s ms\n' "$(mean_ms "$python" -c pass)"
printf 'empty Typer app\t%s ms\n' "$(mean_ms "$python" "$empty" --pop 5)"
printf 'jkngap needed -f plain\t%s ms\n' "$(mean_ms "$python" -m jkngap needed --pop 590393 --target 98 -f plain)"
printf 'jkngap needed -f table\t%s ms\n' "$(mean_ms "$python" -m jkngap needed --pop 590393 --target 98 -f table)"
if "$python" -X importtime -m jkngap needed --pop 590393 -f plain 2>&1 >/dev/null | grep -qE '\| +rich(\.|$)'; then
    echo "plain output imported Rich" >&2
    exit 1
fi
