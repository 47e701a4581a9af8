"""The full backup: every record of one user as JSON, with its format's name and version.

Read back by `read_backup`, which accepts only what `write_backup` writes (the same format
marker, a version it knows) and rebuilds the same model objects.
"""

from __future__ import annotations

import json
import types
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, time
from typing import Any, Union, get_args, get_origin, get_type_hints

from core.model import Birthday, Channel, Contact, Favor, Interaction, UserProfile

FORMAT = "garder-contact-backup"
VERSION = 1
MAX_BACKUP_BYTES = 20 * 1024 * 1024  # far above 2,000 contacts with long histories


class NotABackupError(ValueError):
    """The bytes are not a backup this version can read."""


@dataclass(frozen=True)
class Backup:
    """Everything a backup holds."""

    profile: UserProfile
    contacts: tuple[Contact, ...]
    interactions: tuple[Interaction, ...]
    favors: tuple[Favor, ...]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _plain(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def write_backup(backup: Backup, exported_at: datetime) -> bytes:
    """The backup as UTF-8 JSON, readable by a person too."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
        "profile": _plain(backup.profile),
        "contacts": _plain(backup.contacts),
        "interactions": _plain(backup.interactions),
        "favors": _plain(backup.favors),
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def looks_like_backup(data: bytes) -> bool:
    """Whether these bytes carry the backup's format marker (their content is not checked)."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(document, dict) and document.get("format") == FORMAT


def read_backup(data: bytes) -> Backup:
    """The records of a backup; NotABackupError if it is not one this version can read."""
    if len(data) > MAX_BACKUP_BYTES:
        raise NotABackupError("too large")
    try:
        document = json.loads(data)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise NotABackupError("no backup marker")
        if document.get("version") != VERSION:
            raise NotABackupError(f"unknown version {document.get('version')!r}")
        return Backup(
            profile=_build(UserProfile, document["profile"]),
            contacts=tuple(_build(Contact, item) for item in document["contacts"]),
            interactions=tuple(_build(Interaction, item) for item in document["interactions"]),
            favors=tuple(_build(Favor, item) for item in document["favors"]),
        )
    except NotABackupError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise NotABackupError(repr(error)) from error


_RECORDS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _RECORDS:
        _RECORDS[cls] = get_type_hints(cls)
    return _RECORDS[cls]


def _build(cls: type[Any], value: Any) -> Any:
    if not isinstance(value, dict):
        raise TypeError(f"{cls.__name__} is not an object")
    hints = _hints(cls)
    known = {item.name for item in fields(cls)}
    return cls(**{name: _value(hints[name], item) for name, item in value.items() if name in known})


def _value(hint: Any, value: Any) -> Any:  # noqa: PLR0911 - one case per field type
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [arg for arg in get_args(hint) if arg is not type(None)]
        return _value(inner, value)
    if origin is tuple:
        if not isinstance(value, list):
            raise TypeError("expected a list")
        return tuple(_value(get_args(hint)[0], item) for item in value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if hint is time:
        return time.fromisoformat(value)
    if hint in (Channel, Birthday):
        return _build(hint, value)
    if hint is bool:
        if not isinstance(value, bool):
            raise TypeError("expected true or false")
        return value
    if hint in (int, str) and (not isinstance(value, hint) or isinstance(value, bool)):
        raise TypeError(f"expected {hint.__name__}")
    return value
