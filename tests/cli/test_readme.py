"""README.md's examples are run: each prints exactly what the README says it prints."""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest

from conftest import run

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _console_examples() -> list[tuple[str, str, int]]:
    """(command, what it prints, its exit code): a line ``[exit N]`` states a non-zero code."""
    examples: list[tuple[str, str, int]] = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        command: str | None = None
        expected: list[str] = []
        code = 0
        for line in [*block.splitlines(), "$ "]:
            if line.startswith("$ "):
                if command is not None:
                    examples.append((command, "".join(expected), code))
                command, expected, code = line[2:], [], 0
            elif match := re.fullmatch(r"\[exit (\d+)\]", line):
                code = int(match[1])
            else:
                expected.append(line + "\n")
    return examples


EXAMPLES = _console_examples()


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize(("command", "expected", "code"), EXAMPLES, ids=[c for c, *_ in EXAMPLES])
def test_readme_example_prints_what_the_readme_says(
    command: str, expected: str, code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # examples name files under examples/
    words = shlex.split(command)
    assert words[0] == "jkngap"
    result = run(*words[1:])
    assert result.exit_code == code, result.stderr
    printed = "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())
    assert printed == expected


def test_readme_python_examples() -> None:
    blocks = "\n".join(re.findall(r"```python\n(.*?)```", README, flags=re.S))
    parser = doctest.DocTestParser()
    test = parser.get_doctest(blocks, {}, "README", "README.md", 0)
    assert test.examples
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_readme_gives_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    install_and_run = ".venv/bin/pip install . && .venv/bin/jkngap needed --pop 590393 --target 98"
    install_and_test = '.venv/bin/pip install -e ".[test]" && .venv/bin/pytest'
    assert install_and_run in README
    assert install_and_test in README
    assert install_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
