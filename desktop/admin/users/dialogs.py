"""Creating and editing an account: its role (client, agent, administrator or any other role),
identity, language and — for a client role — its customer company and optional contact."""

from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.admin.common.form_dialog import FormDialog, FormInvalid
from desktop.admin.common.labels import language_label
from desktop.admin.customers.picker import ContactChooser, CustomerPicker
from desktop.admin.roles.operations import role_list
from desktop.admin.users.operations import user_create, user_update
from shared_schemas.accounts import RoleOut, UserOut
from shared_schemas.enums import BuiltinRole, Language, RoleAudience

_BUILTIN_ORDER = {BuiltinRole.CLIENT: 0, BuiltinRole.AGENT: 1, BuiltinRole.ADMINISTRATOR: 2}


def role_order(role: RoleOut) -> tuple:
    """Client, Agent, Administrateur first, then the other roles by name."""
    return (_BUILTIN_ORDER.get(role.code, 3) if role.is_builtin else 3, role.name.lower())


class UserDialog(FormDialog):
    def __init__(self, ctx, *, user: UserOut | None = None, parent=None) -> None:
        title = self.tr("Modifier l'utilisateur") if user else self.tr("Nouvel utilisateur")
        super().__init__(ctx, title, parent)
        self.user = user
        self._roles_loaded = False

        self.role = QComboBox(self)
        self.role.setPlaceholderText(self.tr("Chargement des rôles…"))
        self.add_row("role", self.tr("&Rôle"), self.role)
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(150)
        self.add_row("full_name", self.tr("&Nom complet"), self.full_name)
        self.email = QLineEdit(self)
        self.email.setMaxLength(254)
        self.email.setPlaceholderText(self.tr("prenom.nom@societe.fr"))
        self.add_row(
            "email",
            self.tr("&E-mail"),
            self.email,
            hint=self.tr("Identifiant de connexion ; il ne peut plus être changé ensuite.") if not user else "",
        )
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(30)
        self.add_row("phone", self.tr("&Téléphone"), self.phone)
        self.language = QComboBox(self)
        for language in Language:
            self.language.addItem(language_label(language), language)
        self.add_row("language", self.tr("&Langue"), self.language)
        self.customer = CustomerPicker(ctx, self)
        self.add_row("customer", self.tr("&Société cliente"), self.customer, invalid_target=self.customer.combo)
        self.contact = ContactChooser(ctx, self)
        self.add_row(
            "contact", self.tr("C&ontact"), self.contact, hint=self.tr("Facultatif : la personne de la société.")
        )
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        if user is None:
            self.add_row(
                "password",
                self.tr("Mot de &passe initial"),
                self.password,
                hint=self.tr("Facultatif. Laissé vide, une invitation sera envoyée par e-mail."),
            )
        self.finish_layout()

        self.role.currentIndexChanged.connect(self._role_changed)
        self.customer.customer_changed.connect(self._customer_changed)
        self.contact.currentIndexChanged.connect(self._contact_changed)
        self.contact.load_failed.connect(self._failed)
        self.activity.watch(lambda: self.customer.activity.busy or self.contact.activity.busy)
        self.contact.load(None)
        if user is not None:
            self._fill(user)
        self.activity.run(self._load_roles())
        self.customer.refresh()

    def _fill(self, user: UserOut) -> None:
        self.full_name.setText(user.full_name)
        self.email.setText(user.email)
        self.email.setReadOnly(True)
        self.phone.setText(user.phone)
        self.language.setCurrentIndex(max(0, self.language.findData(user.language)))
        self.customer.set_current(user.customer)
        self.contact.load(user.customer, keep=user.contact.id if user.contact else None, holder=user.id)
        me = self.ctx.session.user
        if me is not None and me.id == user.id:
            self.role.setEnabled(False)
            self.set_hint("role", self.tr("Vous ne pouvez pas changer votre propre rôle."))

    async def _load_roles(self) -> None:
        roles = sorted(await role_list(self.ctx), key=role_order)
        wanted = self.user.role.code if self.user else BuiltinRole.CLIENT
        self.role.clear()
        for role in roles:
            self.role.addItem(role.name, role)
        self.role.setPlaceholderText(self.tr("Choisissez un rôle"))
        self.role.setCurrentIndex(next((i for i, r in enumerate(roles) if r.code == wanted), -1))
        self._roles_loaded = True
        self._role_changed()

    # --- reactions -------------------------------------------------------------------------
    def current_role(self) -> RoleOut | None:
        data = self.role.currentData()
        return data if isinstance(data, RoleOut) else None

    def _role_changed(self, *_args) -> None:
        role = self.current_role()
        is_client = role is not None and role.audience == RoleAudience.CLIENT
        self.set_row_visible("customer", is_client)
        self.set_row_visible("contact", is_client)
        if role is None:
            hint = ""
        elif is_client:
            hint = self.tr("Compte client : rattaché à une société, il ne voit que les tickets de celle-ci.")
        else:
            hint = self.tr("Membre de l'équipe Origyne : il reçoit un profil d'agent.")
        me = self.ctx.session.user
        if not (self.user is not None and me is not None and me.id == self.user.id):
            self.set_hint("role", hint)

    def _customer_changed(self, customer) -> None:
        self.contact.load(customer, holder=self.user.id if self.user else None)

    def _contact_changed(self, _index: int) -> None:
        contact = self.contact.current_contact()
        if contact is None or self.user is not None:
            return
        if not self.full_name.text().strip():
            self.full_name.setText(f"{contact.first_name} {contact.last_name}".strip())
        if not self.email.text().strip():
            self.email.setText(contact.email)
        if not self.phone.text().strip():
            self.phone.setText(contact.phone)

    # --- saving ----------------------------------------------------------------------------
    async def submit(self) -> UserOut | None:
        await self.customer.idle()
        await self.contact.idle()
        role = self.current_role()
        if role is None:
            raise FormInvalid({"role": self.tr("Choisissez un rôle.")})
        is_client = role.audience == RoleAudience.CLIENT
        customer = self.customer.current_customer() if is_client else None
        contact = self.contact.current_contact() if is_client else None
        if self.user is None:
            return await user_create(
                self.ctx,
                email=self.email.text(),
                full_name=self.full_name.text(),
                role=role.code,
                customer=customer.id if customer else None,
                contact=contact.id if contact else None,
                phone=self.phone.text(),
                language=self.language.currentData(),
                password=self.password.text(),
            )
        changes = self._changes(role, customer.id if customer else None, contact.id if contact else None)
        return await user_update(self.ctx, self.user.id, **changes) if changes else None

    def _changes(self, role: RoleOut, customer_id: int | None, contact_id: int | None) -> dict:
        user = self.user
        changes: dict = {}
        if self.full_name.text().strip() != user.full_name:
            changes["full_name"] = self.full_name.text().strip()
        if self.phone.text().strip() != user.phone:
            changes["phone"] = self.phone.text().strip()
        if self.language.currentData() != user.language:
            changes["language"] = str(self.language.currentData())
        if role.code != user.role.code:
            changes["role"] = role.code
        if role.audience == RoleAudience.CLIENT:
            moved = customer_id != (user.customer.id if user.customer else None)
            if "role" in changes or moved or contact_id != (user.contact.id if user.contact else None):
                changes["customer"] = customer_id
                changes["contact"] = contact_id
        return changes
