"""The query library: Cypher files under ``queries/`` with a header that names them.

A file looks like this, and its body runs unchanged in Neo4j Browser or cypher-shell::

    // name: partnership_overlap
    // title: Partnership overlap
    // description: Pairs of active partnerships that share members ...
    // param: as_of date = today | Date the landscape is viewed at
    // param: min_shared int = 1 | Fewest shared members a pair needs
    // example: tirlun query run partnership_overlap --param members=people
    MATCH ...

A query whose header and body disagree about parameters is rejected when loaded, so
the app's parameter forms and the CLI can trust the header.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tirlun.errors import QueryError
from tirlun.i18n import catalogue, msg

# queries/ is mapped into the package as tirlun.queries (package-dir), so the files are found the same way
# in a checkout, an editable install and an installed wheel.
QUERIES_DIR = Path(str(resources.files("tirlun.queries")))
PARAM_TYPES = ("str", "int", "float", "bool", "date", "datetime", "list")
_HEADER = re.compile(r"^//\s*([a-z_]+)\s*:\s?(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s+(?P<type>[a-z]+)(?:\s*=\s*(?P<default>[^|]*?))?\s*(?:\|\s*(?P<help>.*))?$"
)
_BODY_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.S)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None  # as written in the header; None means required
    help: str = ""
    choices: tuple[str, ...] = ()

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, raw: Any) -> Any:
        """Turn a CLI/form value (usually text) into the type Cypher expects."""
        if raw is None or (isinstance(raw, str) and raw.strip().lower() in ("", "null", "none")):
            return None
        try:
            if self.type == "date":
                if isinstance(raw, dt.date):
                    return raw
                return dt.date.today() if str(raw) == "today" else dt.date.fromisoformat(str(raw))
            if self.type == "datetime":
                return raw if isinstance(raw, dt.datetime) else dt.datetime.fromisoformat(str(raw))
            if self.type == "int":
                return int(raw)
            if self.type == "float":
                return float(raw)
            if self.type == "bool":
                if isinstance(raw, bool):
                    return raw
                text = str(raw).strip().lower()
                if text in ("true", "yes", "1", "ie"):
                    return True
                if text in ("false", "no", "0", "na"):
                    return False
                raise ValueError(raw)
            if self.type == "list":
                return list(raw) if isinstance(raw, (list, tuple)) else [p.strip() for p in str(raw).split(",") if p.strip()]
        except ValueError:
            raise QueryError(
                msg("registry.bad_type", name=self.name, type=msg(f"registry.bad_type.{self.type}"), value=str(raw)),
                msg("registry.bad_type_hint"),
            ) from None
        value = str(raw)
        if self.choices and value not in self.choices:
            raise QueryError(msg("registry.bad_choice", name=self.name, choices=", ".join(self.choices), value=value))
        return value

    def default_value(self) -> Any:
        return None if self.default in (None, "null") else self.convert(self.default)


@dataclass(frozen=True)
class Query:
    name: str
    path: Path
    body: str
    title: str = ""
    description: str = ""
    topic: str = ""
    mode: str = "read"
    example: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)

    @property
    def title_cy(self) -> str:
        """The Welsh title, from the one Welsh catalogue (tirlun/i18n/cy.json: query.NAME.title)."""
        return catalogue("cy").get(f"query.{self.name}.title", "")

    @property
    def description_cy(self) -> str:
        return catalogue("cy").get(f"query.{self.name}.description", "")

    def title_for(self, lang: str) -> str:
        """The title in ``lang``: Welsh from the catalogue when there is one, else the header's English."""
        return (self.title_cy if lang == "cy" else "") or self.title

    def description_for(self, lang: str) -> str:
        return (self.description_cy if lang == "cy" else "") or self.description

    def param_help(self, param_name: str, lang: str) -> str:
        """A parameter's help in ``lang``: Welsh from cy.json ``query.NAME.param.PARAM``, else the header's English."""
        english = self.param(param_name).help
        if lang == "cy":
            return catalogue("cy").get(f"query.{self.name}.param.{param_name}", "") or english
        return english

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        names = ", ".join(p.name for p in self.params)
        raise QueryError(
            msg("registry.no_such_param", query=self.name, name=name),
            msg("registry.its_params", names=names) if names else msg("registry.its_params_none"),
        )

    def bind(self, values: dict[str, Any] | None = None) -> dict[str, Any]:
        """Defaults, then given values, converted; every declared name is present."""
        values = dict(values or {})
        for key in values:
            self.param(key)
        bound: dict[str, Any] = {}
        for p in self.params:
            if p.name in values:
                bound[p.name] = p.convert(values[p.name])
            elif p.required:
                raise QueryError(msg("registry.missing_param", query=self.name, name=p.name),
                                 msg("registry.missing_param_hint", name=p.name))
            else:
                bound[p.name] = p.default_value()
        return bound

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "topic": self.topic,
            "title": self.title,
            "title_cy": self.title_cy,
            "description": self.description,
            "description_cy": self.description_cy,
            "params": [
                {"name": p.name, "type": p.type, "default": p.default, "help": p.help,
                 "help_cy": catalogue("cy").get(f"query.{self.name}.param.{p.name}", ""), "choices": list(p.choices)}
                for p in self.params
            ],
            "example": self.example,
        }


def body_params(body: str) -> set[str]:
    return set(_BODY_PARAM.findall(_STRINGS_AND_COMMENTS.sub(" ", body)))


def parse(path: Path, root: Path = QUERIES_DIR) -> Query:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    params: list[Param] = []
    body_lines: list[str] = []
    in_header = True
    for line in text.splitlines():
        m = _HEADER.match(line.strip()) if in_header else None
        if m:
            key, value = m.group(1), m.group(2).strip()
            if key == "param":
                params.append(_parse_param(path, value))
            elif key in header and key.startswith("description"):
                header[key] += " " + value  # descriptions may run over several lines
            else:
                header[key] = value
            continue
        if in_header and not line.strip():
            continue
        in_header = False
        body_lines.append(line)
    body = "\n".join(body_lines).strip()
    name = header.get("name")
    where = f"{path.relative_to(root) if path.is_relative_to(root) else path}"
    if not name:
        raise QueryError(f"{where}: the header has no '// name:' line.")
    if name != path.stem:
        raise QueryError(f"{where}: the header names '{name}' but the file is '{path.stem}'.", "Make them the same.")
    declared = {p.name for p in params}
    used = body_params(body)
    if used - declared:
        raise QueryError(
            f"{where}: the body uses ${', $'.join(sorted(used - declared))} but the header does not declare it.",
            "Add a '// param:' line for each.",
        )
    if welsh := sorted(k for k in header if k.endswith("_cy")):
        raise QueryError(
            f"{where}: the header has {', '.join(welsh)}; Welsh lives in the one Welsh catalogue.",
            f"Move it to tirlun/i18n/cy.json as query.{name}.title and query.{name}.description.",
        )
    if declared - used:
        raise QueryError(
            f"{where}: the header declares {', '.join(sorted(declared - used))} but the body never uses it.",
            "Remove the '// param:' line or use the parameter.",
        )
    return Query(
        name=name,
        path=path,
        body=body,
        title=header.get("title", name),
        description=header.get("description", ""),
        topic=path.relative_to(root).parts[0] if path.is_relative_to(root) and len(path.relative_to(root).parts) > 1 else "",
        mode=header.get("mode", "read"),
        example=header.get("example", ""),
        params=tuple(params),
    )


def _parse_param(path: Path, spec: str) -> Param:
    m = _PARAM.match(spec)
    if not m or m.group("type").split("[")[0] not in PARAM_TYPES:
        raise QueryError(
            f"{path.name}: cannot read param line '{spec}'.",
            f"Write it as 'name type = default | help' with type one of {', '.join(PARAM_TYPES)}.",
        )
    help_text = (m.group("help") or "").strip()
    choices: tuple[str, ...] = ()
    cm = re.search(r"\bone of ([a-z0-9_, ]+)", help_text)
    if cm:
        choices = tuple(c.strip() for c in cm.group(1).split(",") if c.strip())
    default = m.group("default")
    return Param(m.group("name"), m.group("type"), default.strip() if default is not None else None, help_text, choices)


@dataclass(frozen=True)
class Registry:
    queries: dict[str, Query]

    def get(self, name: str) -> Query:
        try:
            return self.queries[name]
        except KeyError:
            import difflib

            close = difflib.get_close_matches(name, self.queries, n=1)
            raise QueryError(
                msg("registry.unknown_query", name=name),
                msg("registry.did_you_mean", name=close[0]) if close else msg("registry.see_list"),
            ) from None

    def public(self) -> list[Query]:
        return sorted(
            (q for q in self.queries.values() if not q.topic.startswith("_") and q.mode == "read"),
            key=lambda q: (q.topic, q.name),
        )


@cache
def registry(root: Path = QUERIES_DIR) -> Registry:
    """All queries, parsed once per process. Folders starting with '_' are internal."""
    found: dict[str, Query] = {}
    for path in sorted(root.rglob("*.cypher")):
        q = parse(path, root)
        if q.name in found:
            raise QueryError(f"Two queries are called '{q.name}': {found[q.name].path} and {path}.")
        found[q.name] = q
    return Registry(found)


def get(name: str) -> Query:
    return registry().get(name)
