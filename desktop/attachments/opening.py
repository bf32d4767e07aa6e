"""What « Ouvrir » may hand to the system. The system picks the program from the file's extension, and
on Windows a `.bat`, `.js` or `.hta` runs: only images, PDF and office documents are opened, and only
when the name agrees with the type the server found in the bytes (files stored before the server
checked names may disagree). Text is opened as a `.txt` copy, so a `.csv` never reaches a spreadsheet.
The local copy always carries its type's own extension, never the one the sender chose."""

import re
import unicodedata

from shared_schemas.attachments import EXTENSIONS, TEXT, AttachmentOut, agreeing_name, extension_of, name_agrees

OPENABLE = frozenset({
    "image/png", "image/jpeg", "image/gif", "image/webp",
    "application/pdf",
    "application/msword", "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
    TEXT,
})
ARCHIVES = frozenset({"application/zip", "application/x-7z-compressed", "application/gzip", "application/x-tar"})
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*]')
_STEM_LENGTH = 100


def may_open(attachment: AttachmentOut) -> bool:
    """Both its type and its name are safe to hand to the system."""
    return attachment.content_type in OPENABLE and name_agrees(attachment.name, attachment.content_type)


def _plain(name: str) -> str:
    """`name` without anything a file system could read as a path or a control."""
    kept = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    return _NOT_IN_FILE_NAMES.sub("_", kept).strip(". ")


def local_name(attachment: AttachmentOut) -> str:
    """The cache copy's name: the id, the sender's name without its extension, and the extension of
    the detected type (`12-journal.txt` for `journal.csv`, `13-Facture.txt` for a kept `Facture.bat`)."""
    extension = extension_of(attachment.name)
    stem = attachment.name.rstrip(". ")[: -len(extension)] if extension else attachment.name
    suffix = EXTENSIONS.get(attachment.content_type, (".bin",))[0]
    return f"{attachment.id}-{_plain(stem)[:_STEM_LENGTH] or 'piece-jointe'}{suffix}"


def save_name(attachment: AttachmentOut) -> str:
    """The name « Enregistrer… » proposes: the sender's, with the type's extension added when it does
    not agree (`Facture.bat` holding text is proposed as `Facture.bat.txt`)."""
    return _plain(agreeing_name(attachment.name, attachment.content_type)) or local_name(attachment)
