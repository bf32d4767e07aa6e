"""« Nouveau ticket »: subject, description, category, priority, and an order OR a delivered
product of the company. Staff first choose the customer (and, with users.manage, the requester
among its client accounts). Field errors show under each field; the draft's client UUID is made
once, so pressing « Créer le ticket » again after a failure never creates a second ticket.

What is typed (subject, description, category, priority) is written to the local store as the user
types and when the dialog closes, and comes back the next time it opens — after a crash too. When
the server cannot be reached (or fails), the ticket goes to the outbox, which creates it later.

Opened with a `TicketPrefill` (from a customer record or a CRM link), the customer is chosen and the
given order or delivered product is selected once the customer's lists have loaded."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments.tray import AttachmentTray
from desktop.common.plain_text import tooltip_text
from desktop.context import AppContext
from desktop.i18n.errors import error_message, field_errors
from desktop.outbox.store import NEW_TICKET
from desktop.outbox.sync import is_retried
from desktop.tickets import labels, operations
from desktop.tickets.customer_picker import CustomerPicker
from desktop.tickets.prefill import TicketPrefill
from desktop.tickets.store import TicketStore
from desktop.tickets.subject_matter import SubjectMatterCombos
from desktop.tickets.widgets import label, repolish, run
from shared_schemas.crm import CustomerOut
from shared_schemas.enums import Permission, TicketPriority
from shared_schemas.tickets import TicketCreate

FIELDS = ("customer", "requester", "subject", "category", "priority", "order", "delivered_product", "description")
DRAFT_SAVE_DELAY_MS = 300


class NewTicketDialog(QDialog):
    created = Signal(object)  # TicketDetail
    queued = Signal(int)  # the outbox item that will create the ticket

    def __init__(
        self,
        ctx: AppContext,
        store: TicketStore,
        parent: QWidget | None = None,
        *,
        prefill: TicketPrefill | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._store = store
        self._prefill: TicketPrefill | None = None
        self._staff = bool(ctx.session.user and ctx.session.user.is_staff)
        self._client_uuid = operations.new_client_uuid()
        self._restored_category: int | None = None
        self._finished = False
        self.task = None
        self.setWindowTitle(self.tr("Nouveau ticket"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = self.tr("Nouveau ticket pour un client") if self._staff else self.tr("Décrivez votre demande")
        layout.addWidget(label(title, role="title"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

        self.customer: CustomerPicker | None = None
        self.requester: QComboBox | None = None
        if self._staff:
            self.customer = CustomerPicker(ctx, self)
            self.customer.customer_changed.connect(self._customer_changed)
            self.customer.search_failed.connect(self._show_general_error)
            self._row(form, self.tr("Client"), "customer", self.customer)
            if ctx.session.user.can(Permission.USERS_MANAGE):
                self.requester = QComboBox(self)
                self.requester.setAccessibleName(self.tr("Demandeur"))
                self._reset_requesters()
                self._row(form, self.tr("Demandeur"), "requester", self.requester)

        self.subject = QLineEdit(self)
        self.subject.setMaxLength(200)
        self.subject.setPlaceholderText(self.tr("En quelques mots : ex. « Terminal T200 bloqué au démarrage »"))
        self.subject.setAccessibleName(self.tr("Sujet"))
        self._row(form, self.tr("Sujet"), "subject", self.subject)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Catégorie"))
        self._row(form, self.tr("Catégorie"), "category", self.category)
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priorité"))
        for value in TicketPriority:
            self.priority.addItem(labels.priority_label(value), value.value)
        self.priority.setCurrentIndex(self.priority.findData(TicketPriority.NORMAL.value))
        self._row(form, self.tr("Priorité"), "priority", self.priority)
        self.subject_matter = SubjectMatterCombos(self)
        self.order = self.subject_matter.order
        self._row(form, self.tr("Commande"), "order", self.order)
        self.delivered_product = self.subject_matter.delivered_product
        self._row(form, self.tr("Ou produit livré"), "delivered_product", self.delivered_product)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(
            self.tr("Que se passe-t-il ? Depuis quand ? Messages d'erreur, numéros de série…")
        )
        self.description.setMinimumHeight(140)
        self._row(form, self.tr("Description"), "description", self.description)
        layout.addLayout(form)
        # Screenshots, photos, PDF: dropped on the dialog, pasted in the description, or chosen.
        self.tray = AttachmentTray(ctx, self)
        self.setAcceptDrops(True)
        self.description.viewport().setAcceptDrops(True)
        for watched in (self, self.description.viewport()):
            watched.installEventFilter(self.tray.drop_filter)
        self.description.installEventFilter(self.tray.paste_filter)
        layout.addWidget(self.tray)

        self.general_error = label(role="error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Joindre…"), self)
        self.attach_button.setProperty("variant", "ghost")
        self.attach_button.setToolTip(self.tr("Joindre des fichiers (ou glissez-les, ou collez une image)"))
        self.attach_button.clicked.connect(self.tray.choose_files)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        self.cancel = QPushButton(self.tr("Annuler"), self)
        self.cancel.clicked.connect(self.reject)
        self.submit = QPushButton(self.tr("Créer le ticket"), self)
        self.submit.setProperty("variant", "primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.send)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)

        self._restore_draft()
        self._fill_categories()
        store.categories_changed.connect(lambda _c: self._fill_categories())
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DRAFT_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)
        for changed in (
            self.subject.textChanged, self.description.textChanged,
            self.category.activated, self.priority.activated, self.tray.changed,
        ):
            changed.connect(self._save_timer.start)
        ctx.outbox.flush_requested.connect(self.save_draft)
        if not store.categories:
            run(operations.load_categories(ctx, store), on_error=self._show_general_error)
        if prefill is not None:
            self.apply_prefill(prefill)
        elif not self._staff:
            self._load_subject_matter(None)

    def _row(self, form: QFormLayout, caption: str, field: str, widget: QWidget) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = label(role="error", parent=box)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        form.addRow(caption, box)
        self.errors[field] = error
        self.inputs[field] = widget

    # --- choices ---------------------------------------------------------------------------
    def _fill_categories(self) -> None:
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("Choisissez une catégorie"), None)
        for category in self._store.categories:
            if category.is_active:
                self.category.addItem(category.name, category.id)
                if category.description:
                    self.category.setItemData(
                        self.category.count() - 1, tooltip_text(category.description), Qt.ItemDataRole.ToolTipRole
                    )
        if current is None and self._restored_category is not None:
            current = self._restored_category
        self.category.setCurrentIndex(max(0, self.category.findData(current)))

    def _reset_requesters(self) -> None:
        assert self.requester is not None
        self.requester.clear()
        me = self._ctx.session.user
        self.requester.addItem(labels.fill(self.tr("Moi-même (%1)"), me.full_name if me else ""), None)

    def _customer_changed(self, customer: CustomerOut | None) -> None:
        self.subject_matter.reset()
        if self.requester is not None:
            self._reset_requesters()
        if customer is not None:
            self._set_error("customer", "")
            self._load_subject_matter(customer.id)

    def _load_subject_matter(self, customer_id: int | None) -> None:
        async def load() -> None:
            orders = await operations.load_orders(self._ctx, customer_id)
            products = await operations.load_delivered_products(self._ctx, customer_id)
            requesters = []
            if self.requester is not None and customer_id is not None:
                requesters = await operations.load_requesters(self._ctx, customer_id)
            if self._current_customer_id() != customer_id:
                return  # the user chose another customer meanwhile
            self.subject_matter.fill(orders, products, self._prefill_for(customer_id))
            if self.requester is not None:
                self._reset_requesters()
                for user in requesters:
                    self.requester.addItem(f"{user.full_name} <{user.email}>", user.id)

        self.task = run(load(), on_error=self._show_general_error)

    def apply_prefill(self, prefill: TicketPrefill) -> None:
        """Chooses the prefill's customer (staff) and, once its lists are loaded, its order or
        delivered product. What is already typed stays."""
        self._prefill = prefill
        if self.customer is not None and self._current_customer_id() != prefill.customer.id:
            self.customer.set_customer(prefill.customer)  # loads the customer's lists, then selects
        else:
            self._load_subject_matter(prefill.customer.id if self.customer is not None else None)

    def _prefill_for(self, customer_id: int | None) -> TicketPrefill | None:
        """The prefill, while the lists shown are its customer's (a client only ever sees their own)."""
        prefill = self._prefill
        if prefill is None or (self.customer is not None and prefill.customer.id != customer_id):
            return None
        return prefill

    def _current_customer_id(self) -> int | None:
        if self.customer is None:
            return None
        return self.customer.customer.id if self.customer.customer else None

    # --- the draft on disk ----------------------------------------------------------------------
    def _restore_draft(self) -> None:
        store = self._ctx.outbox.store
        stored = store.draft(NEW_TICKET) if store is not None else None
        if stored is None:
            return
        self._client_uuid = stored.client_uuid
        self.subject.setText(stored.fields.get("subject", ""))
        self.description.setPlainText(stored.text)
        self._restored_category = stored.fields.get("category")
        priority = self.priority.findData(stored.fields.get("priority"))
        if priority >= 0:
            self.priority.setCurrentIndex(priority)
        self.tray.restore(stored.fields.get("files", []))

    def save_draft(self) -> None:
        """Writes what is typed to the local store; an empty form forgets the draft."""
        self._save_timer.stop()
        store = self._ctx.outbox.store
        if store is None or self._finished:
            return
        subject, text = self.subject.text(), self.description.toPlainText()
        files = self.tray.draft_entries(store.keep_file)
        if not subject.strip() and not text.strip() and not files:
            store.clear_draft(NEW_TICKET)
            return
        fields = {
            "subject": subject, "category": self.category.currentData(), "priority": self.priority.currentData(),
            "files": files,
        }
        store.save_draft(NEW_TICKET, text=text, client_uuid=self._client_uuid, fields=fields)

    def done(self, result: int) -> None:
        self.save_draft()
        super().done(result)

    def hideEvent(self, event) -> None:  # noqa: N802 — the app closing with the dialog open
        self.save_draft()
        super().hideEvent(event)

    # --- sending ---------------------------------------------------------------------------
    def draft(self) -> TicketCreate | None:
        """The ticket to create, or None after showing what is missing."""
        self._clear_errors()
        missing = {}
        if self.customer is not None and self.customer.customer is None:
            missing["customer"] = self.tr("Choisissez le client concerné.")
        if not self.subject.text().strip():
            missing["subject"] = self.tr("Indiquez un sujet.")
        if self.category.currentData() is None:
            missing["category"] = self.tr("Choisissez une catégorie.")
        if not self.description.toPlainText().strip():
            missing["description"] = self.tr("Décrivez votre demande.")
        for field, text in missing.items():
            self._set_error(field, text)
        if missing:
            self.inputs[next(iter(missing))].setFocus()
            return None
        if self.tray.busy or self.tray.has_failures:
            self._show_general_text(
                self.tr("Patientez : des fichiers sont encore en cours d'envoi.")
                if self.tray.busy
                else self.tr("Retirez les fichiers refusés avant d'envoyer.")
            )
            return None
        return TicketCreate(
            subject=self.subject.text().strip(),
            description=self.description.toPlainText().strip(),
            category=self.category.currentData(),
            priority=TicketPriority(self.priority.currentData()),
            order=self.order.currentData(),
            delivered_product=self.delivered_product.currentData(),
            client_uuid=self._client_uuid,
            customer=self._current_customer_id(),
            requester=self.requester.currentData() if self.requester is not None else None,
            attachments=self.tray.attachment_ids(),
        )

    def send(self) -> None:
        draft = self.draft()
        if draft is None or not self.submit.isEnabled():
            return
        if self._ctx.outbox.is_open and (not self._ctx.connection.online or self.tray.waiting_files()):
            self._queue(draft)  # files the server could not take yet go with it, via the outbox
            return
        self.submit.setEnabled(False)
        self.submit.setText(self.tr("Création…"))
        self.task = run(
            operations.create_ticket(self._ctx, self._store, draft),
            on_error=lambda error: self._failed(draft, error),
            on_done=self._succeeded,
        )

    def _queue(self, draft: TicketCreate) -> None:
        seq = self._ctx.outbox.queue_ticket(draft.payload(), self._client_uuid, files=self.tray.waiting_files())
        self._finished = True
        self.queued.emit(seq)
        self.accept()

    def _succeeded(self, detail) -> None:
        store = self._ctx.outbox.store
        if store is not None:
            store.clear_draft(NEW_TICKET, self._client_uuid)
        self._finished = True
        self.created.emit(detail)
        self.accept()

    def _failed(self, draft: TicketCreate, error: BaseException) -> None:
        if is_retried(error) and self._ctx.outbox.is_open:
            self._queue(draft)
            return
        self.submit.setEnabled(True)
        self.submit.setText(self.tr("Créer le ticket"))
        details = field_errors(error)
        unplaced = []
        for field, text in details.items():
            if field in self.errors:
                self._set_error(field, text)
            else:
                unplaced.append(text)
        if not details or unplaced:
            self._show_general_error(error, extra=unplaced)

    def _show_general_error(self, error: BaseException, extra: list[str] | None = None) -> None:
        self.general_error.setText("\n".join([error_message(error), *(extra or [])]))
        self.general_error.show()

    def _show_general_text(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    def _set_error(self, field: str, text: str) -> None:
        error = self.errors[field]
        error.setText(text)
        error.setVisible(bool(text))
        widget = self.inputs[field]
        widget.setProperty("invalid", "true" if text else "false")
        repolish(widget)

    def _clear_errors(self) -> None:
        self.general_error.hide()
        for field in self.errors:
            self._set_error(field, "")

    def field_error(self, field: str) -> str:
        error = self.errors[field]
        return "" if error.isHidden() else error.text()
