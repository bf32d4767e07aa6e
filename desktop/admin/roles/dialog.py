"""Creating a role (code, name, type, permissions) and editing one (name, permissions).

Permissions are checkboxes with French labels, grouped by topic; a client role is only offered
the permissions a client role may hold."""

import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.admin.common.form_dialog import FormDialog
from desktop.admin.common.labels import PERMISSION_GROUPS, audience_label, group_label, permission_label
from desktop.admin.roles.operations import permissions_for, role_create, role_update
from desktop.common.plain_text import plain_label
from shared_schemas.accounts import RoleOut
from shared_schemas.enums import RoleAudience


def code_from_name(name: str) -> str:
    """`Support niveau 2` → `support-niveau-2` (what the server accepts as a code)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:50]


class PermissionChecklist(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Permissions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}
        self._groups: list[tuple[QGroupBox, list[str]]] = []
        for title, permissions in PERMISSION_GROUPS:
            group = QGroupBox(group_label(title), self)
            group.setProperty("role", "permissions")
            group.setAccessibleName(group_label(title))
            column = QVBoxLayout(group)
            column.setSpacing(2)
            for permission in permissions:
                box = QCheckBox(permission_label(permission), group)
                box.setAccessibleName(permission_label(permission))
                box.setToolTip(str(permission))
                column.addWidget(box)
                self._boxes[str(permission)] = box
            layout.addWidget(group)
            self._groups.append((group, [str(p) for p in permissions]))

    def set_audience(self, audience: RoleAudience) -> None:
        """Hides (and unticks) what a role of this type may not hold."""
        allowed = {str(p) for p in permissions_for(audience)}
        for code, box in self._boxes.items():
            box.setVisible(code in allowed)
            if code not in allowed:
                box.setChecked(False)
        for group, codes in self._groups:
            group.setVisible(any(code in allowed for code in codes))

    def offered(self) -> list[str]:
        return [code for code, box in self._boxes.items() if box.isVisibleTo(self)]

    def checkbox(self, code: str) -> QCheckBox:
        return self._boxes[code]

    def selected(self) -> list[str]:
        return [code for code, box in self._boxes.items() if box.isChecked() and box.isVisibleTo(self)]

    def set_selected(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self._boxes.items():
            box.setChecked(code in wanted)


class RoleDialog(FormDialog):
    def __init__(self, ctx, *, role: RoleOut | None = None, parent=None) -> None:
        title = self.tr("Modifier le rôle") if role else self.tr("Nouveau rôle")
        super().__init__(ctx, title, parent)
        self.role = role
        self._code_edited = False

        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.add_row("name", self.tr("&Nom"), self.name)
        if role is None:
            self.code = QLineEdit(self)
            self.code.setMaxLength(50)
            self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[a-z0-9_-]*"), self.code))
            self.add_row(
                "code",
                self.tr("&Code"),
                self.code,
                hint=self.tr("Identifiant technique (minuscules, chiffres, tirets) ; il ne change plus ensuite."),
            )
            self.audience = QComboBox(self)
            self.audience.addItem(audience_label(RoleAudience.STAFF), RoleAudience.STAFF)
            self.audience.addItem(audience_label(RoleAudience.CLIENT), RoleAudience.CLIENT)
            self.add_row("audience", self.tr("&Type"), self.audience)
            self.name.textEdited.connect(self._suggest_code)
            self.code.textEdited.connect(self._code_typed)
            self.audience.currentIndexChanged.connect(self._audience_changed)
        else:
            self.add_row("code", self.tr("Code"), self._read_only(role.code))
            self.add_row("audience", self.tr("Type"), self._read_only(audience_label(role.audience)))
        self.permissions = PermissionChecklist(self)
        self.add_row("permissions", self.tr("Permissions"), self.permissions)
        self.finish_layout()

        if role is not None:
            self.name.setText(role.name)
            self.permissions.set_audience(role.audience)
            self.permissions.set_selected(role.permissions)
        else:
            self._audience_changed()

    def _read_only(self, text: str) -> QLabel:
        label = plain_label(text, self)
        label.setProperty("role", "read-only")
        return label

    @property
    def chosen_audience(self) -> RoleAudience:
        return self.role.audience if self.role else self.audience.currentData()

    def _audience_changed(self, *_args) -> None:
        audience = self.chosen_audience
        self.permissions.set_audience(audience)
        hint = (
            self.tr("Un rôle client ne peut tenir que des permissions client.")
            if audience == RoleAudience.CLIENT
            else self.tr("Pour les membres de l'équipe Origyne.")
        )
        self.set_hint("audience", hint)

    def _suggest_code(self, name: str) -> None:
        if not self._code_edited:
            self.code.setText(code_from_name(name))

    def _code_typed(self, text: str) -> None:
        self._code_edited = bool(text)

    async def submit(self) -> RoleOut | None:
        if self.role is None:
            return await role_create(
                self.ctx,
                code=self.code.text(),
                name=self.name.text(),
                audience=self.chosen_audience,
                permissions=self.permissions.selected(),
            )
        name = self.name.text().strip()
        permissions = sorted(self.permissions.selected())
        changes: dict = {}
        if name != self.role.name:
            changes["name"] = name
        if permissions != sorted(self.role.permissions):
            changes["permissions"] = permissions
        return await role_update(self.ctx, self.role.id, **changes) if changes else None
