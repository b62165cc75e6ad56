"""The shared refusals of a name that is not among the known ones."""

from __future__ import annotations

import pytest

from jkngap.core.errors import InputError, entry, preset_named, refused_choice


def test_an_entry_is_looked_up_and_another_name_refused_naming_the_entries() -> None:
    table = {"pbi": 42_000, "kelas-1": 150_000}
    assert entry(table, "kelas-1", "member_class") == 150_000
    with pytest.raises(InputError) as caught:
        entry(table, "kelas-9", "member_class")
    assert caught.value.key == "option.choice"
    assert caught.value.field == "member_class"
    assert caught.value.params == {"text": "kelas-9", "choices": "pbi, kelas-1"}
    assert caught.value.__suppress_context__  # the KeyError is no part of the message


def test_a_preset_is_refused_under_its_own_key_naming_the_known_ones() -> None:
    presets = {"2025": "98/80", "2023": "95/75"}
    assert preset_named(presets, "2023", key="criteria.unknown", field="criteria") == "95/75"
    with pytest.raises(InputError) as caught:
        preset_named(presets, "2019", key="criteria.unknown", field="criteria")
    assert caught.value.key == "criteria.unknown"
    assert caught.value.params == {"name": "2019", "known": "2025, 2023"}


def test_a_refused_choice_lists_the_choices_in_their_order() -> None:
    error = refused_choice("x", iter(["b", "a"]), "category")
    assert (error.key, error.field) == ("option.choice", "category")
    assert error.params == {"text": "x", "choices": "b, a"}
