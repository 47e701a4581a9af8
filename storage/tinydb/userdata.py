"""One user's file held in memory: its tables as model rows, indexes, and whole-file rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.model import Contact, Favor, Interaction, Nudge, UserProfile
from storage.tinydb.documents import (
    contact_from,
    favor_from,
    interaction_from,
    nudge_from,
    profile_from,
)
from storage.tinydb.tables import Chunk, Table, TableChange, body
from storage.tinydb.userdb import META_ID

# The tables this adapter understands, in the order a new file lists them.
KNOWN_TABLES = ("meta", "profile", "contacts", "interactions", "nudges", "favors")


def _raw(document: dict[str, Any]) -> dict[str, Any]:
    return document


@dataclass
class Change:
    """Everything one write changes in one user's file."""

    meta: TableChange[dict[str, Any]] = field(default_factory=TableChange)
    profile: TableChange[UserProfile] = field(default_factory=TableChange)
    contacts: TableChange[Contact] = field(default_factory=TableChange)
    interactions: TableChange[Interaction] = field(default_factory=TableChange)
    nudges: TableChange[Nudge] = field(default_factory=TableChange)
    favors: TableChange[Favor] = field(default_factory=TableChange)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in KNOWN_TABLES)


@dataclass
class UserData:
    """The tables of one user's file, plus the indexes that make every read a lookup."""

    meta: Table[dict[str, Any]] = field(default_factory=Table)
    profile: Table[UserProfile] = field(default_factory=Table)
    contacts: Table[Contact] = field(default_factory=Table)
    interactions: Table[Interaction] = field(default_factory=Table)
    nudges: Table[Nudge] = field(default_factory=Table)
    favors: Table[Favor] = field(default_factory=Table)
    # Tables this version does not know (a later migration's, TinyDB's _default): kept verbatim.
    others: dict[str, Table[dict[str, Any]]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # table names as the file lists them
    contact_ids: dict[str, int] = field(default_factory=dict)  # contact id -> document id
    by_contact: dict[str, list[int]] = field(default_factory=dict)  # contact id -> exchanges

    @classmethod
    def load(cls, data: dict[str, Any]) -> UserData:
        """Build the state from a file's parsed JSON (KeyError, ValueError or TypeError if bad)."""
        state = cls(order=list(data))
        decoders: dict[str, Any] = {
            "meta": _raw,
            "profile": profile_from,
            "contacts": contact_from,
            "interactions": interaction_from,
            "nudges": nudge_from,
            "favors": favor_from,
        }
        for name, raw in data.items():
            if not isinstance(raw, dict):
                raise TypeError(f"table {name!r} is not an object")
            table = Table.load(raw, decoders.get(name, _raw))
            if name in KNOWN_TABLES:
                setattr(state, name, table)
            else:
                state.others[name] = table
        for doc_id, contact in state.contacts.rows.items():
            state.contact_ids.setdefault(contact.contact_id, doc_id)
        for doc_id, interaction in state.interactions.rows.items():
            state.by_contact.setdefault(interaction.contact_id, []).append(doc_id)
        return state

    def render(self, change: Change) -> tuple[list[bytes], dict[str, list[Chunk]]]:
        """The whole file once `change` is applied, as pieces, and each known table's chunks."""
        chunks = {name: getattr(self, name).render(getattr(change, name)) for name in KNOWN_TABLES}
        names = self.order + [
            name for name in KNOWN_TABLES if name not in self.order and chunks[name]
        ]
        # Small pieces around the tables' chunks: the file is written without one big join.
        parts = [b"{"]
        for name in names:
            table = chunks[name] if name in chunks else self.others[name].chunks
            parts += [b'"%s":{' % name.encode(), *body(table), b"},"]
        parts[-1] = b"}}" if len(parts) > 1 else b"}"
        return parts, chunks

    def apply(self, change: Change, chunks: dict[str, list[Chunk]]) -> None:
        """Publish `change`, now on disk, to the tables and indexes."""
        for doc_id in change.contacts.removes:
            self.contact_ids.pop(self.contacts.rows[doc_id].contact_id, None)
        removed = change.interactions.removes
        for contact_id in {self.interactions.rows[i].contact_id for i in removed}:
            kept = [i for i in self.by_contact.pop(contact_id, []) if i not in removed]
            if kept:
                self.by_contact[contact_id] = kept
        for doc_id, (contact, _) in change.contacts.puts.items():
            self.contact_ids.setdefault(contact.contact_id, doc_id)
        for doc_id, (interaction, _) in change.interactions.puts.items():
            if doc_id not in self.interactions.rows:
                self.by_contact.setdefault(interaction.contact_id, []).append(doc_id)
        for name in KNOWN_TABLES:
            getattr(self, name).apply(getattr(change, name), chunks[name])
        self.order += [name for name in KNOWN_TABLES if name not in self.order and chunks[name]]

    def stamp(self, change: Change, schema_version: int) -> None:
        """Give a new file its schema version in its first write."""
        if META_ID not in self.meta.rows:
            document = {"schema_version": schema_version}
            self.meta.put(change.meta, document, document, META_ID)
