"""What is inside a file whose first bytes name a container: a zip is an office document only when its
package says so (OOXML: `[Content_Types].xml` and its main part; OpenDocument: its `mimetype`), and an
office document carrying macros — VBA, Excel 4 macro sheets, ActiveX, OpenDocument Basic or scripts — is
refused, whatever its name. The head-only guess of `filetype` decides nothing here."""

import struct
import zipfile
from xml.parsers import expat

import olefile

from core.errors import UnsupportedContent

ZIP = "application/zip"
DOC, XLS = "application/msword", "application/vnd.ms-excel"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT, ODS = "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"
ZIPPED = {ZIP, DOCX, XLSX, PPTX, ODT, ODS}

# The content type of an OOXML package's main part → what the package is. Templates, slide shows,
# add-ins and macro-enabled documents have other main types and are refused.
_OOXML_MAIN = {f"{kind}.main+xml": kind for kind in (DOCX, XLSX, PPTX)}
_CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
# Part names and content types of VBA projects, ActiveX controls and Excel 4 macro sheets (and the
# main types of macro-enabled documents).
_MACRO_PARTS = ("vbaproject", "vbadata", "/activex/", "/macrosheets/")
_MACRO_TYPES = ("vba", "macro", "activex")
_ODF_MACRO_FOLDERS = ("basic/", "scripts/")
_SMALL_PART_LIMIT = 1024 * 1024  # [Content_Types].xml and `mimetype` are a few KB at most

# Legacy office files (OLE2): the storages that hold a VBA project.
_OLE_MACRO_STORAGES = {"macros", "_vba_project_cur", "vba"}
_BIFF_BOUNDSHEET, _BIFF_FILEPASS, _BIFF_EOF = 0x0085, 0x002F, 0x000A
_BIFF_MACRO_SHEETS = {1, 6}  # BoundSheet8.dt: Excel 4 macro sheet, VBA module


def _refuse(detail: str) -> UnsupportedContent:
    return UnsupportedContent(detail, code="attachment_type_not_allowed")


def _macros() -> UnsupportedContent:
    return UnsupportedContent(
        "Documents with macros cannot be attached: save it without macros (.docx, .xlsx, .pptx) and send it again.",
        code="attachment_macros_not_allowed",
    )


def refine(file, detected: str) -> str:
    """The type of `file` (a seekable binary file), given what its head looked like (`detected`):
    zips are classified from their own directory, legacy office files are searched for macros."""
    if detected in ZIPPED:
        return _zip_type(file)
    if detected in (DOC, XLS):
        _check_ole(file, detected)
    return detected


def _zip_type(file) -> str:
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            names = {info.filename.lower(): info.filename for info in archive.infolist()}
            if "[content_types].xml" in names:
                return _ooxml_type(archive, names)
            if "mimetype" in names:
                return _odf_type(archive, names)
            return ZIP
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as exc:
        raise _refuse("This archive is damaged or cannot be read.") from exc


def _read_small(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as part:
        data = part.read(_SMALL_PART_LIMIT + 1)
    if len(data) > _SMALL_PART_LIMIT:
        raise _refuse("This document's package is not valid.")
    return data


def _package_types(raw: bytes) -> tuple[dict[str, str], list[str]] | None:
    """The overrides (part name → content type) and the default content types of a package's
    `[Content_Types].xml`, lower-case; None when it is not XML. A document type declaration (where
    entities would be declared) is refused before anything is expanded."""
    overrides: dict[str, str] = {}
    defaults: list[str] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == f"{_CONTENT_TYPES_NS} Override":
            overrides[attributes.get("PartName", "").lstrip("/").lower()] = attributes.get("ContentType", "").lower()
        elif tag == f"{_CONTENT_TYPES_NS} Default":
            defaults.append(attributes.get("ContentType", "").lower())

    def doctype(*_args) -> None:
        raise _refuse("This document's package is not valid.")

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = start
    try:
        parser.Parse(raw, True)
    except expat.ExpatError:
        return None
    return overrides, defaults


def _ooxml_type(archive: zipfile.ZipFile, names: dict[str, str]) -> str:
    """The package's type from `[Content_Types].xml`: one of our main parts, present in the zip. A zip
    whose package names no main part (or that is not a package at all) is a plain archive."""
    types = _package_types(_read_small(archive, names["[content_types].xml"]))
    if types is None:
        return ZIP
    overrides, defaults = types
    if any(marker in name for name in names for marker in _MACRO_PARTS) or any(
        marker in content_type for content_type in (*overrides.values(), *defaults) for marker in _MACRO_TYPES
    ):
        raise _macros()
    mains = {part: content_type for part, content_type in overrides.items() if ".main" in content_type}
    if not mains:
        return ZIP
    (part, content_type), *others = mains.items()
    if others or content_type not in _OOXML_MAIN:
        raise _refuse("Only office documents can be attached, not templates, slide shows or add-ins.")
    return _OOXML_MAIN[content_type] if part in names else ZIP


def _odf_type(archive: zipfile.ZipFile, names: dict[str, str]) -> str:
    mimetype = _read_small(archive, names["mimetype"]).decode("ascii", "replace").strip()
    if not mimetype.startswith("application/vnd.oasis.opendocument."):
        return ZIP
    if mimetype not in (ODT, ODS):
        raise _refuse("Only OpenDocument texts and spreadsheets can be attached.")
    if any(name.startswith(_ODF_MACRO_FOLDERS) for name in names):
        raise _macros()
    return mimetype


def _check_ole(file, detected: str) -> None:
    file.seek(0)
    try:
        with olefile.OleFileIO(file) as ole:
            entries = ole.listdir(streams=True, storages=True)
            if any(part.lower() in _OLE_MACRO_STORAGES for entry in entries for part in entry):
                raise _macros()
            if detected == XLS:
                stream = "Workbook" if ole.exists("Workbook") else "Book"
                _check_workbook(ole.openstream(stream).read() if ole.exists(stream) else b"")
    except (OSError, struct.error, IndexError, ValueError) as exc:
        raise _refuse("This document is damaged or cannot be read.") from exc


def _check_workbook(data: bytes) -> None:
    """The global records of a BIFF workbook: a macro sheet is refused, and so is an encrypted workbook,
    whose sheet types cannot be read."""
    position = 0
    while position + 4 <= len(data):
        record, length = struct.unpack_from("<HH", data, position)
        body = data[position + 4 : position + 4 + length]
        if record == _BIFF_FILEPASS:
            raise _refuse("An encrypted workbook cannot be checked: send it without a password.")
        if record == _BIFF_BOUNDSHEET and len(body) >= 6 and body[5] in _BIFF_MACRO_SHEETS:
            raise _macros()
        if record == _BIFF_EOF:
            return
        position += 4 + length

