"""Refuse Cypher that could act outside the graph even in a read transaction.

The server already refuses writes and schema changes in a read transaction; this
check adds what read mode allows but a read-only console must not: LOAD CSV (reads
files and URLs), admin and security commands, and procedures outside a safe list.
"""

from __future__ import annotations

import re

from tirlun.errors import ReadOnlyViolation

_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.S)
_FORBIDDEN = [
    (re.compile(r"\bLOAD\s+CSV\b", re.I), "LOAD CSV reads files and web addresses"),
    (re.compile(r"\b(CREATE|DELETE|DETACH|SET|REMOVE|MERGE|DROP|FOREACH)\b", re.I), "it changes the graph"),
    (re.compile(r"\b(GRANT|REVOKE|DENY|ALTER|START\s+DATABASE|STOP\s+DATABASE|TERMINATE)\b", re.I), "it is an admin command"),
    (re.compile(r"\bSHOW\s+(USERS?|ROLES?|PRIVILEGES|CURRENT\s+USER|SERVERS?|SETTINGS?)\b", re.I), "it is an admin command"),
    (re.compile(r"\bUSE\s+[`\w]", re.I), "it switches database"),
    (re.compile(r"\bCALL\s*\{[^}]*\}\s*IN\s+TRANSACTIONS\b", re.I | re.S), "it opens transactions"),
]
_SAFE_PROCEDURES = ("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                    "db.schema.nodetypeproperties", "db.schema.reltypeproperties")
_CALL_PROC = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)", re.I)


def check_readonly(text: str) -> None:
    code = _STRINGS_AND_COMMENTS.sub(" ", text)
    if not code.strip():
        raise ReadOnlyViolation("The query is empty.", "Type a Cypher query, e.g. MATCH (p:Partnership) RETURN p.name_en")
    for pattern, why in _FORBIDDEN:
        if pattern.search(code):
            raise ReadOnlyViolation(
                f"Refused: this console is read-only and {why}.",
                "Use `tirlun load` to change data; here, use MATCH ... RETURN.",
            )
    for proc in _CALL_PROC.findall(code):
        if proc.lower() not in _SAFE_PROCEDURES:
            raise ReadOnlyViolation(
                f"Refused: procedure '{proc}' is not allowed in the read-only console.",
                f"Allowed procedures: {', '.join(_SAFE_PROCEDURES)}.",
            )
