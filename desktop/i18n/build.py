"""Compiles the translation catalogues (`sav_*.ts` → `.qm`) with Qt's lrelease.

Run by `make` at install time and by the test suite; `--update` first refreshes the catalogues
from the source code with lupdate (new strings appear as unfinished)."""

import shutil
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).parent
DESKTOP_DIR = I18N_DIR.parent


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the desktop extra (PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in DESKTOP_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    for catalogue in sorted(I18N_DIR.glob("sav_*.ts")):
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(catalogue)],
            check=True, capture_output=True,
        )


def compile_all() -> list[Path]:
    built = []
    for catalogue in sorted(I18N_DIR.glob("sav_*.ts")):
        target = catalogue.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(target)], check=True
        )
        built.append(target)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    for path in compile_all():
        print(f"compiled {path.relative_to(DESKTOP_DIR.parent)}")
