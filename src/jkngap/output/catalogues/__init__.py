"""One module per language: a third language is one more file here, not a refactor.

Each module (named by its language code, as Babel knows it: ``en``, ``id``, ``ms`` ...)
defines ``MESSAGES`` with every key of ``en.MESSAGES`` (a test checks), ``USAGE_ERRORS``
(regular expressions over the option parser's English usage errors, with templates in the
language) and ``USAGE_PHRASES``. Modules are found by their file name and imported only
when their language is spoken.
"""
