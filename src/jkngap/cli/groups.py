"""Options declared once, used by every command: a group of options is a function whose
parameters are the options and whose return value is what a command gets.

Typer has no option groups; what it reads is a function's signature (``inspect.signature``,
which honours ``__signature__``, Python's documented way for a wrapper to show one). So a
command names a group by the type of a parameter, ``view: ViewOptions``, and
:func:`grouped` gives Typer the command's own options with each group's options in its
place, then calls the command with the group's value built from them::

    def _place(pop: PopOption = None, region: RegionOption = None) -> Located:
        return located(pop, region)

    PlaceOptions = Annotated[Located, Group(_place)]

    @app.command(name="needed")
    @grouped
    def needed(*, place: PlaceOptions, target: TargetOption = None, view: ViewOptions):
        ...

A group may take another group the same way (``view: ViewOptions`` among its parameters):
its options are then the other group's too, in that place, and its ``build`` is handed the
other group's value, so that a group adds to one without declaring its options again.

sqlite-utils' ``output_options`` decorator is the model: one place declares the options,
every command reuses them, and help lists them where the command puts the group.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar, get_args, get_origin, get_type_hints

__all__ = ["Group", "grouped"]

T = TypeVar("T")


class Group(Generic[T]):
    """Options read into one value: ``build``'s parameters are the options (Annotated
    with ``typer.Option``, defaults and all); ``first`` groups are read before the others
    (the language, so that an error reading any option is said in it)."""

    def __init__(
        self,
        build: Callable[..., T],
        *,
        first: bool = False,
        parameters: list[inspect.Parameter] | None = None,
    ) -> None:
        self.build = build
        self.first = first
        self._parameters = parameters
        self._own: list[inspect.Parameter] | None = None

    @property
    def parameters(self) -> list[inspect.Parameter]:
        """The options, as keyword parameters with their annotations resolved (worked out
        when a command that takes the group is loaded, not when the group is declared); a
        group ``build`` takes stands for its options, in its place."""
        if self._parameters is None:
            self._parameters = []
            for parameter in self._taken():
                inner = _group_of(parameter.annotation)
                self._parameters.extend([parameter] if inner is None else inner.parameters)
        return self._parameters

    def _taken(self) -> list[inspect.Parameter]:
        """``build``'s own parameters, keyword-only, their annotations resolved."""
        if self._own is None:
            hints = get_type_hints(self.build, include_extras=True)
            self._own = [
                parameter.replace(
                    annotation=hints.get(parameter.name, parameter.annotation),
                    kind=inspect.Parameter.KEYWORD_ONLY,
                )
                for parameter in inspect.signature(self.build).parameters.values()
            ]
        return self._own

    def value(self, given: dict[str, Any], kept: set[str] | None = None) -> T:
        """The group's value from the options' values ``given`` by name: those of the
        options it keeps (:meth:`only`; ``kept``, those its taker keeps) from ``given``,
        the others left to their defaults, a group ``build`` takes built from them first."""
        own = {parameter.name for parameter in self.parameters}
        kept = own if kept is None else own & kept
        wanted: dict[str, Any] = {}
        for parameter in self._taken():
            inner = _group_of(parameter.annotation)
            if inner is not None:
                wanted[parameter.name] = inner.value(given, kept)
            elif parameter.name in kept:
                wanted[parameter.name] = given[parameter.name]
        return self.build(**wanted)

    def only(self, *names: str) -> Group[T]:
        """The group with only the options ``names`` (the others keep their defaults)."""
        unknown = set(names) - {parameter.name for parameter in self.parameters}
        if unknown:  # pragma: no cover - a command's own mistake
            raise TypeError(f"no such options in the group: {sorted(unknown)}")
        kept = [parameter for parameter in self.parameters if parameter.name in names]
        return Group(self.build, first=self.first, parameters=kept)


def _group_of(annotation: Any) -> Group[Any] | None:
    if get_origin(annotation) is Annotated:
        return next((extra for extra in get_args(annotation)[1:] if isinstance(extra, Group)), None)
    return None


def grouped(command: Callable[..., T]) -> Callable[..., T]:
    """``command`` with each parameter typed by a group made of that group's options."""
    hints = get_type_hints(command, include_extras=True)
    own = inspect.signature(command).parameters.values()
    shown: list[inspect.Parameter] = []
    groups: list[tuple[str, Group[Any]]] = []
    for parameter in own:
        group = _group_of(hints.get(parameter.name))
        if group is None:
            if parameter.name in {s.name for s in shown}:
                continue  # the context, taken by a group too
            shown.append(
                parameter.replace(
                    annotation=hints.get(parameter.name, parameter.annotation),
                    kind=inspect.Parameter.KEYWORD_ONLY,
                )
            )
            continue
        groups.append((parameter.name, group))
        shown.extend(p for p in group.parameters if p.name not in {s.name for s in shown})
    names = [parameter.name for parameter in shown]
    if len(set(names)) != len(names):  # pragma: no cover - a command's own mistake
        raise TypeError(f"{command.__name__}: an option is declared twice: {names}")
    ordered = sorted(groups, key=lambda item: not item[1].first)
    takes = {parameter.name for parameter in own} - {name for name, _ in groups}

    def run(**given: Any) -> T:
        values: dict[str, Any] = {}
        for name, group in ordered:
            values[name] = group.value(given)
        values.update((name, value) for name, value in given.items() if name in takes)
        return command(**values)

    run.__name__ = command.__name__
    run.__qualname__ = command.__qualname__
    run.__module__ = command.__module__
    run.__doc__ = command.__doc__
    # Python's documented way to show a signature other than the function's own, which
    # typeshed does not declare on a function.
    run.__signature__ = inspect.Signature(shown)  # type: ignore[attr-defined]  # see above
    run.__annotations__ = {parameter.name: parameter.annotation for parameter in shown}
    return run
