"""Read a contacts file a user sends (a phone's .vcf, LinkedIn's export, a CSV) into candidates.

`read_file` looks at the name and the bytes and returns a `Reading`: the people found, in file
order, and the numbers of the cards or lines that could not be read; or None when the file is
no format it knows (a CSV whose columns say nothing about names, a picture...). Pure: no I/O,
and no input makes it raise.
"""

from __future__ import annotations

import io
import zipfile

from core.reading.importing.candidates import Candidate, Reading, decode_text
from core.reading.importing.tables import read_table
from core.reading.importing.vcf import read_vcf

__all__ = ["Candidate", "Reading", "read_file"]

MAX_ZIP_MEMBER = 20 * 1024 * 1024  # bytes of Connections.csv read out of a ZIP, at most


def _from_zip(data: bytes) -> bytes | None:
    """Connections.csv out of LinkedIn's export ZIP, if it is there and not too big."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if info.filename.rsplit("/", 1)[-1].lower() == "connections.csv":
                    if info.file_size > MAX_ZIP_MEMBER:
                        return None
                    with archive.open(info) as member:
                        return member.read(MAX_ZIP_MEMBER + 1)[:MAX_ZIP_MEMBER]
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return None
    return None


def read_file(filename: str, data: bytes, default_region: str | None = "FR") -> Reading | None:
    """The people in a sent file, or None when it is no contacts file this bot knows."""
    if data.startswith(b"PK"):
        inner = _from_zip(data)
        return None if inner is None else read_table(decode_text(inner), default_region)
    text = decode_text(data)
    if filename.lower().endswith((".vcf", ".vcard")) or "BEGIN:VCARD" in text[:4096].upper():
        return read_vcf(text, default_region)
    return read_table(text, default_region)
