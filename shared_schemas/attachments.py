"""Files attached to a ticket's opening or to a message."""

from datetime import datetime

from shared_schemas.common import WireModel


class AttachmentOut(WireModel):
    """`ticket` and `message` are null while the file is staged (uploaded, not sent yet); `message`
    stays null for the files sent with the ticket itself. `content_type` is detected from the bytes."""

    id: int
    name: str
    content_type: str
    size: int
    sha256: str
    ticket: int | None
    message: int | None
    created_at: datetime


# The types a file may have, as the server detects them from its bytes, each with the extensions its
# name may end with (the first is the one given to a name without any). A name must agree with its
# type: the server refuses any other (`attachment_extension_mismatch`), and the desktop opens a file
# only when both its type and its name are on its own, shorter, list of what is safe to open.
TEXT = "text/plain"
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "application/pdf": (".pdf",),
    # A CSV is text here: the desktop opens every text as a .txt copy, never in a spreadsheet.
    TEXT: (".txt", ".log", ".csv", ".tsv", ".md", ".json"),
    "application/msword": (".doc",),
    "application/vnd.ms-excel": (".xls",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (".pptx",),
    "application/vnd.oasis.opendocument.text": (".odt",),
    "application/vnd.oasis.opendocument.spreadsheet": (".ods",),
    "application/zip": (".zip",),
    "application/x-7z-compressed": (".7z",),
    "application/gzip": (".gz", ".tgz"),
    "application/x-tar": (".tar",),
}


def extension_of(name: str) -> str:
    """The extension a file manager sees in `name`, lower-case: what follows its last dot once the
    trailing dots and spaces Windows drops are gone (`x.bat. ` → `.bat`, `.bashrc` → `.bashrc`);
    empty when there is no dot. An extension that is not plain ASCII is returned as is, so that it
    matches no entry of EXTENSIONS."""
    _, dot, suffix = name.rstrip(". ").rpartition(".")
    if not dot:
        return ""
    suffix = "." + suffix
    return suffix.lower() if suffix.isascii() else suffix


def name_agrees(name: str, content_type: str) -> bool:
    """Whether `name` ends with one of the extensions of `content_type`."""
    return extension_of(name) in EXTENSIONS.get(content_type, ())


def agreeing_name(name: str, content_type: str) -> str:
    """`name` when it agrees with `content_type`, else with the type's own extension added: what a file
    stored before names had to agree is downloaded or saved as (`Facture.bat` holding text is
    `Facture.bat.txt`)."""
    allowed = EXTENSIONS.get(content_type, (".bin",))
    return name if extension_of(name) in allowed else name + allowed[0]
