"""The project's own exceptions: each carries a message key and its parameters.

The CLI turns them into messages in the user's language (see :mod:`jkngap.messages`)
and into exit codes in one place; ``str()`` gives the English text for library users.
"""

from __future__ import annotations

from typing import Any


class JkngapError(Exception):
    """Base of every error jkngap raises on purpose."""

    exit_code = 70

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        # Imported here so that ``errors`` has no import-time dependency cycle.
        from jkngap.messages import translate

        return translate(self.key, lang, **self.params)


class InputError(JkngapError):
    """Bad input: an unreadable number, a value out of range, options that do not fit.

    ``subject`` names what was wrong (an option such as ``--pop``), or ``column`` the column
    of a file, so that the message can say where to look. Nothing was computed: exit code 2.
    """

    exit_code = 2

    def __init__(
        self, key: str, /, *, subject: str | None = None, column: str | None = None, **params: Any
    ) -> None:
        self.subject = subject
        self.column = column  # a file's column, named in the user's language
        super().__init__(key, **params)

    def message(self, lang: str) -> str:
        from jkngap.messages import translate

        text = super().message(lang)
        if self.column is not None:
            return f"{translate('subject.column', lang, name=self.column)}: {text}"
        return f"{self.subject}: {text}" if self.subject else text
