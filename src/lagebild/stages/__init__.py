"""The built-in stages, registered in one place: stage name == module name == config key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..config import Config

Factory = Callable[[Config], Any]


def _clean(cfg: Config) -> Any:
    from .clean import Clean

    return Clean(cfg.clean)


def _recurring(cfg: Config) -> Any:
    from .recurring import Recurring

    return Recurring(cfg.recurring)


def _segment(cfg: Config) -> Any:
    from .segment import Segment

    return Segment()


def _language(cfg: Config) -> Any:
    from .language import Language

    return Language()


def _dates(cfg: Config) -> Any:
    from .dates import Dates

    return Dates()


def _actors(cfg: Config) -> Any:
    from .actors import Actors

    return Actors(cfg.actors)


def _events(cfg: Config) -> Any:
    from .events import Events

    return Events()


def _dedupe(cfg: Config) -> Any:
    from .dedupe import Dedupe

    return Dedupe(cfg.dedupe)


def _cluster(cfg: Config) -> Any:
    from .cluster import Cluster

    return Cluster(cfg.cluster)


def _anchor(cfg: Config) -> Any:
    from .actors import Actors
    from .anchor import Anchor
    from .dates import Dates
    from .events import Events

    return Anchor([Dates(), Actors(cfg.actors), Events()])


# Bump a version when a stage's output changes for the same input: stored articles are then redone.
STAGES: dict[str, tuple[int, Factory]] = {
    "clean": (1, _clean),
    "recurring": (1, _recurring),
    "segment": (2, _segment),
    "language": (1, _language),
    "dates": (2, _dates),
    "actors": (1, _actors),
    "events": (10, _events),
    "dedupe": (1, _dedupe),
    "cluster": (1, _cluster),
    "anchor": (1, _anchor),
}


def make_stage(name: str, cfg: Config) -> Any:
    if name not in STAGES:
        raise KeyError(f"unknown stage '{name}' (known: {', '.join(STAGES)})")
    return STAGES[name][1](cfg)


def signature(names: tuple[str, ...] | list[str]) -> str:
    """'clean@1,recurring@1,...': what an article stored by this pipeline has been through."""
    return ",".join(f"{n}@{STAGES[n][0]}" for n in names)
