"""One exception hierarchy: every error a user can meet says what happened and what to do."""

from __future__ import annotations

from typing import Any


class TirlunError(Exception):
    """Base class. ``hint`` is the sentence that tells the user how to fix it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


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
        from tirlun.i18n import t

        n = len(problems)
        super().__init__(t("load.validation_failed_one") if n == 1 else t("load.validation_failed", n=n),
                         t("load.validation_failed_hint"))
        self.problems = problems


class LoadFailed(TirlunError):
    """The database failed during a load; the graph was restored to its state before it."""


class DatabaseError(TirlunError):
    """Neo4j answered with an error we did not expect."""

    def __init__(self, message: str, code: str | None = None) -> None:
        from tirlun.i18n import t

        super().__init__(t("db.error", message=message))  # the server's own words stay as it wrote them
        self.code = code
