"""Immutable value types shared by every stage, store and renderer.

The Article is the container; everything derived from it is a span into its
original text (``article.text[start:end]``). Model objects never copy text
where an offset will do, and all of them round-trip through
``to_dict()``/``from_dict()``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from typing import Any


def hash_id(*parts: str | None, length: int = 16) -> str:
    """Stable content hash of the given parts (None and '' hash differently)."""
    h = hashlib.sha1()
    for part in parts:
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class When:
    """A normalised time (see the dossier contract's ``when``)."""

    value: str | None = None
    start: str | None = None
    end: str | None = None
    precision: str | None = None
    origin: str | None = "unknown"
    expression: str | None = None
    reason: str | None = None  # why value is null, in plain words

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "When":
        data = data or {}
        return cls(**{f.name: data.get(f.name) for f in fields(cls) if f.name in data})


UNKNOWN_TIME = When(value=None, precision="unknown", origin="unknown")


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression in an article: ``text[start:end]``, its kind and what time it means."""

    start: int
    end: int
    kind: str  # date, time, duration, set, ref
    when: When

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "when": self.when.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TimeMention":
        return cls(int(data["start"]), int(data["end"]), str(data["kind"]), When.from_dict(data.get("when")))


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor in an article: ``text[start:end]``, the actor and why it links."""

    start: int
    end: int
    actor_id: str
    actor_type: str
    how: str
    acts_for: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "actor_id": self.actor_id, "actor_type": self.actor_type,
                "how": self.how, "acts_for": self.acts_for}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ActorMention":
        return cls(int(data["start"]), int(data["end"]), str(data["actor_id"]), str(data["actor_type"]),
                   str(data["how"]), data.get("acts_for"))


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor taking part in a frame, with its role and the words that name it."""

    actor_id: str
    role: str  # agent, target, co-agent, other
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"actor_id": self.actor_id, "role": self.role, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Participant":
        return cls(str(data["actor_id"]), str(data["role"]), int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount tied to a frame: value, unit ("km", "EUR", "%") and the noun it counts."""

    value: float
    unit: str | None
    what: str | None
    start: int
    end: int
    approx: str | None = None  # less ("fast"), more ("mehr als"), approx ("rund"), min, max

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "what": self.what, "start": self.start, "end": self.end,
                "approx": self.approx}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quantity":
        return cls(float(data["value"]), data.get("unit"), data.get("what"), int(data["start"]), int(data["end"]),
                   data.get("approx"))


@dataclass(frozen=True, slots=True)
class Frame:
    """One event statement of an article: what, who, when, where, how many, said by whom and how.

    ``start``/``end`` is the sentence it came from, ``trigger`` the words that carry it; ``group``
    numbers the frames of one article that mention the same event.
    """

    start: int
    end: int
    trigger: tuple[int, int]
    type: str
    participants: tuple[Participant, ...] = ()
    when: When = UNKNOWN_TIME
    time_span: tuple[int, int] | None = None
    where: str | None = None
    where_id: str | None = None
    quantities: tuple[Quantity, ...] = ()
    modality: str = "asserted"
    attributed_to: str | None = None
    attributed_id: str | None = None
    group: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "trigger": list(self.trigger), "type": self.type,
                "participants": [p.to_dict() for p in self.participants], "when": self.when.to_dict(),
                "time_span": list(self.time_span) if self.time_span else None, "where": self.where,
                "where_id": self.where_id, "quantities": [q.to_dict() for q in self.quantities],
                "modality": self.modality, "attributed_to": self.attributed_to, "attributed_id": self.attributed_id,
                "group": self.group}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Frame":
        ts = data.get("time_span")
        return cls(int(data["start"]), int(data["end"]), tuple(data["trigger"]), str(data["type"]),
                   tuple(Participant.from_dict(p) for p in data.get("participants", ())),
                   When.from_dict(data.get("when")), tuple(ts) if ts else None, data.get("where"),
                   data.get("where_id"), tuple(Quantity.from_dict(q) for q in data.get("quantities", ())),
                   data.get("modality") or "asserted", data.get("attributed_to"), data.get("attributed_id"),
                   int(data.get("group", 0)))


@dataclass(frozen=True, slots=True)
class Removed:
    """A stretch of the text left out of analysis, with the reason why."""

    start: int
    end: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Removed":
        return cls(int(data["start"]), int(data["end"]), str(data["reason"]))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its tokens, all as character offsets into article.text."""

    start: int
    end: int
    tokens: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "tokens": [list(t) for t in self.tokens]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Sentence":
        return cls(int(data["start"]), int(data["end"]), tuple((int(a), int(b)) for a, b in data.get("tokens", ())))


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested news article; ``text`` is never modified after ingest."""

    id: str
    input: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None
    published: When = UNKNOWN_TIME
    duplicate_of: str | None = None
    removed: tuple[Removed, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    times: tuple[TimeMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    frames: tuple[Frame, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def replace(self, **changes: Any) -> "Article":
        return replace(self, **changes)

    def kept_ranges(self) -> list[tuple[int, int]]:
        """The stretches of text not covered by any removed span, in order."""
        out: list[tuple[int, int]] = []
        pos = 0
        for rem in sorted(self.removed, key=lambda r: (r.start, r.end)):
            if rem.start > pos:
                out.append((pos, rem.start))
            pos = max(pos, rem.end)
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return out

    def clean_text(self, sep: str = "\n") -> str:
        """The kept stretches joined by ``sep`` (for features, never for offsets)."""
        return sep.join(self.text[a:b].strip() for a, b in self.kept_ranges() if self.text[a:b].strip())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "input": self.input,
            "text": self.text,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "language": self.language,
            "published": self.published.to_dict(),
            "duplicate_of": self.duplicate_of,
            "removed": [r.to_dict() for r in self.removed],
            "sentences": [s.to_dict() for s in self.sentences],
            "times": [t.to_dict() for t in self.times],
            "actors": [a.to_dict() for a in self.actors],
            "frames": [f.to_dict() for f in self.frames],
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls(
            id=data["id"],
            input=data["input"],
            text=data["text"],
            url=data.get("url"),
            source=data.get("source"),
            title=data.get("title"),
            language=data.get("language"),
            published=When.from_dict(data.get("published")),
            duplicate_of=data.get("duplicate_of"),
            removed=tuple(Removed.from_dict(r) for r in data.get("removed", ())),
            sentences=tuple(Sentence.from_dict(s) for s in data.get("sentences", ())),
            times=tuple(TimeMention.from_dict(t) for t in data.get("times", ())),
            actors=tuple(ActorMention.from_dict(a) for a in data.get("actors", ())),
            frames=tuple(Frame.from_dict(f) for f in data.get("frames", ())),
            meta=dict(data.get("meta") or {}),
        )


@dataclass(frozen=True, slots=True)
class Story:
    """A set of articles about the same story."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    summary: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "article_ids": list(self.article_ids), "summary": self.summary}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Story":
        return cls(data["id"], data["title"], tuple(data["article_ids"]), data.get("summary"))


@dataclass(frozen=True, slots=True)
class Problem:
    """Input that could not be used, with a plain-language reason (never dropped silently)."""

    input: str
    message: str

    def __str__(self) -> str:
        return f"{self.input}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "message": self.message}


@dataclass(frozen=True, slots=True)
class Corpus:
    """What collection-level stages read and return: articles in order, and their stories."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...] = ()

    def replace(self, **changes: Any) -> "Corpus":
        return replace(self, **changes)
