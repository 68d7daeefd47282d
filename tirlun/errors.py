"""One exception hierarchy: every error a user can meet says what happened and what to do."""

from __future__ import annotations

from typing import Any

from tirlun.i18n import EN, Msg, Translator, msg


class TirlunError(Exception):
    """Base class. ``hint`` is the sentence that tells the user how to fix it.

    Both are a ``Msg`` (a catalogue key and its values) when the error can reach a page, so the
    reader's translator words it (``err.say(tr)``); ``message``, ``hint`` and ``str()`` are English.
    A plain string stays as it is (the server's own words, a developer's error).
    """

    def __init__(self, message: str | Msg, hint: str | Msg | None = None) -> None:
        self.said = message
        self.said_hint = hint
        super().__init__(EN.say(message))

    @property
    def message(self) -> str:
        return EN.say(self.said)

    @property
    def hint(self) -> str | None:
        return EN.say(self.said_hint) if self.said_hint is not None else None

    def say(self, tr: Translator, with_hint: bool = True) -> str:
        """The error in the reader's language: what happened, then what to do."""
        text = tr.say(self.said)
        if with_hint and self.said_hint is not None:
            return f"{text} {tr.say(self.said_hint)}"
        return text

    def say_hint(self, tr: Translator) -> str | None:
        return tr.say(self.said_hint) if self.said_hint is not None else None

    def __str__(self) -> str:
        return self.say(EN)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (the console's child sends its errors back): the keys, not only the English."""
        return (restore, (type(self), dict(self.__dict__)))


def restore(cls: type[TirlunError], state: dict[str, Any]) -> TirlunError:
    """An error as it was (its keys, hint and any code), without calling its constructor again."""
    err = cls.__new__(cls)
    Exception.__init__(err, EN.say(state.get("said")))
    err.__dict__.update(state)
    return err


class LocalServerError(TirlunError):
    """The bundled local Neo4j could not be fetched, started or stopped."""


class Neo4jUnavailable(TirlunError):
    """No Neo4j answers at the configured address, or it refused our credentials."""


class QueryError(TirlunError):
    """A library query is malformed, unknown, or was given bad parameters."""


class ReadOnlyViolation(QueryError):
    """Someone tried to write through a read-only path (the Cypher console)."""


class ValidationFailed(TirlunError):
    """Input data has problems; ``problems`` lists them all (nothing was written)."""

    def __init__(self, problems: list[Any]) -> None:  # list[loader.validate.Problem]
        n = len(problems)
        super().__init__(msg("load.validation_failed_one") if n == 1 else msg("load.validation_failed", n=n),
                         msg("load.validation_failed_hint"))
        self.problems = problems


class LoadFailed(TirlunError):
    """The database failed during a load; the graph was restored to its state before it."""


class DatabaseError(TirlunError):
    """Neo4j answered with an error we did not expect."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(msg("db.error", message=message))  # the server's own words stay as it wrote them
        self.code = code
