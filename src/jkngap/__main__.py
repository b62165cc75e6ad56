"""``python -m jkngap``: the same as the ``jkngap`` command."""

from jkngap.cli import main

main()
