"""Company charter tokens (colours, typography, spacing, logo) loaded from one JSON file.

The Origyne charter ships in `charters/origyne.json`; a real charter drops in by pointing
SAV_CHARTER at another file with the same keys — no code change."""

import json
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

CHARTERS_DIR = Path(__file__).parent / "charters"
DEFAULT_CHARTER = CHARTERS_DIR / "origyne.json"


class Typography(BaseModel):
    model_config = ConfigDict(frozen=True)
    family: str
    size_base: int = Field(ge=6, le=30)
    size_small: int = Field(ge=6, le=30)
    size_title: int = Field(ge=6, le=40)
    size_heading: int = Field(ge=6, le=40)
    weight_heading: int = Field(ge=100, le=900)


class Spacing(BaseModel):
    model_config = ConfigDict(frozen=True)
    xs: int
    sm: int
    md: int
    lg: int
    xl: int


class Radius(BaseModel):
    model_config = ConfigDict(frozen=True)
    sm: int
    md: int
    lg: int
    pill: int


class Palette(BaseModel):
    """Every colour a widget may use; names say what they are for, not what they look like."""

    model_config = ConfigDict(frozen=True)
    window: str
    surface: str
    surface_alt: str
    sidebar: str
    sidebar_text: str
    sidebar_active: str
    header: str
    border: str
    text: str
    text_muted: str
    text_on_primary: str
    primary: str
    primary_hover: str
    accent: str
    focus: str
    selection: str
    success: str
    warning: str
    danger: str
    info: str
    note_background: str
    note_border: str
    offline_background: str
    offline_text: str
    status_open: str
    status_in_progress: str
    status_waiting: str
    status_resolved: str
    status_closed: str
    priority_low: str
    priority_normal: str
    priority_high: str

    def status(self, value: str) -> str:
        return getattr(self, f"status_{value}", self.text_muted)

    def priority(self, value: str) -> str:
        return getattr(self, f"priority_{value}", self.text_muted)


class Charter(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str
    logo: str
    logo_dark: str | None = None  # a variant readable on the dark palette; the light logo otherwise
    typography: Typography
    spacing: Spacing
    radius: Radius
    modes: dict[str, Palette]
    source: Path = DEFAULT_CHARTER

    @property
    def logo_path(self) -> Path:
        return (self.source.parent / self.logo).resolve()

    def logo_path_for(self, mode: str) -> Path:
        if mode == "dark" and self.logo_dark:
            return (self.source.parent / self.logo_dark).resolve()
        return self.logo_path

    def palette(self, mode: str) -> Palette:
        return self.modes.get(mode) or self.modes["light"]


def load_charter(path: Path | None = None) -> Charter:
    chosen = Path(path or os.environ.get("SAV_CHARTER") or DEFAULT_CHARTER)
    data = json.loads(chosen.read_text(encoding="utf-8"))
    return Charter(**data, source=chosen)
