"""Where the CRM link stands: the pull connector (configured, from where — or how to configure it),
whether a sync runs now and how far it got, the last run, the schedule; and the two buttons that ask
for a pull now. A refused request (no connector, a sync already running) is said here, under the
buttons, in French."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.admin.common.formatting import format_datetime
from desktop.admin.common.style import set_style_property
from desktop.admin.crm.labels import COUNT_KINDS, mode_label, source_label, status_label, translate
from desktop.common.plain_text import plain_label
from shared_schemas.crm_sync import CrmStatusOut, SyncRunOut


def counts_text(run: SyncRunOut) -> str:
    """« Créés : 3 · Mis à jour : 1 · Inchangés : 40 · Désactivés : 0 · Refusés : 1 »."""
    return " · ".join(
        QCoreApplication.translate("StatusPanel", "{kind} : {n}").format(kind=translate(title), n=getattr(run, kind))
        for kind, title in COUNT_KINDS
    )


class StatusPanel(QFrame):
    sync_requested = Signal(bool)  # full

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: CrmStatusOut | None = None
        self.setObjectName("crmStatus")
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("État du connecteur CRM"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)

        facts = QVBoxLayout()
        facts.setSpacing(4)
        self.connector = QLabel(self.tr("Chargement…"), self)
        self.connector.setProperty("role", "heading")
        facts.addWidget(self.connector)
        self.how_to = QLabel(
            self.tr(
                "Pour que le SAV lise le CRM lui-même, définissez sur le serveur les variables d'environnement "
                "SAV_CRM_DATABASE_URL (la base du CRM) et SAV_CRM_MAPPING (le fichier de correspondance) : voir "
                "docs/crm.md. L'API push fonctionne sans connecteur : un CRM peut envoyer ses données avec une "
                "clé d'API (onglet « Clés d'API »)."
            ),
            self,
        )
        self.how_to.setWordWrap(True)
        self.how_to.setProperty("role", "muted")
        self.how_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.addWidget(self.how_to)
        self.running = plain_label(parent=self)
        self.running.setWordWrap(True)
        facts.addWidget(self.running)
        self.progress = QProgressBar(self)
        self.progress.setProperty("role", "busy")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Synchronisation en cours"))
        facts.addWidget(self.progress)
        self.last_run = plain_label(parent=self)
        self.last_run.setWordWrap(True)
        facts.addWidget(self.last_run)
        self.schedule = QLabel(self)
        self.schedule.setProperty("role", "muted")
        self.schedule.setWordWrap(True)
        facts.addWidget(self.schedule)
        layout.addLayout(facts, 1)

        actions = QVBoxLayout()
        actions.setSpacing(8)
        self.sync_button = QPushButton(self.tr("&Synchroniser maintenant"), self)
        self.sync_button.setProperty("variant", "primary")
        self.sync_button.setAccessibleName(self.tr("Synchroniser maintenant"))
        self.sync_button.setToolTip(self.tr("Lit ce qui a changé dans le CRM depuis la dernière synchronisation."))
        self.sync_button.clicked.connect(lambda: self.sync_requested.emit(False))
        actions.addWidget(self.sync_button)
        self.full_button = QPushButton(self.tr("Resynchronisation &complète"), self)
        self.full_button.setAccessibleName(self.tr("Resynchronisation complète"))
        self.full_button.setToolTip(
            self.tr("Relit tout le CRM et désactive dans le SAV ce qui n'y est plus. Plus long.")
        )
        self.full_button.clicked.connect(lambda: self.sync_requested.emit(True))
        actions.addWidget(self.full_button)
        self.message_frame = QFrame(self)
        message_layout = QVBoxLayout(self.message_frame)
        message_layout.setContentsMargins(8, 6, 8, 6)
        self.message = plain_label(parent=self.message_frame)
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(320)
        message_layout.addWidget(self.message)
        actions.addWidget(self.message_frame)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.show_message("")
        self.show_status(None)

    # --- what the panel shows --------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self.status is not None and self.status.running

    def show_status(self, status: CrmStatusOut | None) -> None:
        self.status = status
        configured = status is not None and status.configured
        if status is None:
            self.connector.setText(self.tr("Chargement…"))
        elif configured:
            self.connector.setText(self.tr("Connecteur configuré : {source}").format(source=status.source or "—"))
        else:
            self.connector.setText(self.tr("Aucun connecteur CRM configuré"))
        self.how_to.setVisible(status is not None and not configured)
        self.connector.setAccessibleName(self.connector.text())
        running = status is not None and status.running
        self.progress.setVisible(running)
        self.running.setVisible(running)
        if running:
            current = status.last_run if status.last_run and status.last_run.status == "running" else None
            self.running.setText(
                self.tr("Synchronisation en cours depuis {when} — {counts}").format(
                    when=format_datetime(current.started_at), counts=counts_text(current)
                )
                if current is not None
                else self.tr("Synchronisation en cours…")
            )
        self.last_run.setText(self._last_run_text(status))
        self.last_run.setAccessibleName(self.last_run.text())
        self.schedule.setText(
            self.tr(
                "Planification : synchronisation incrémentale toutes les {minutes} min, complète toutes les {hours} h."
            ).format(minutes=status.incremental_every_minutes, hours=status.full_every_hours)
            if status is not None
            else ""
        )
        self.schedule.setVisible(configured)
        for button in (self.sync_button, self.full_button):
            button.setEnabled(status is not None and not running)

    def _last_run_text(self, status: CrmStatusOut | None) -> str:
        if status is None:
            return ""
        run = status.last_run
        if run is None:
            return self.tr("Aucune synchronisation pour l'instant.")
        if run.status == "running":
            return ""
        return self.tr("Dernière synchronisation : {status} le {when} ({source}, {mode}) — {counts}").format(
            status=status_label(run.status).lower(),
            when=format_datetime(run.finished_at or run.started_at),
            source=source_label(run.source),
            mode=mode_label(run.mode).lower(),
            counts=counts_text(run),
        )

    def show_message(self, text: str, *, error: bool = True) -> None:
        """A sentence under the buttons: why a request was refused, or that it was taken."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        set_style_property(self.message_frame, "role", "inline-error" if error else "inline-info")
        set_style_property(self.message, "role", "inline-text-error" if error else "inline-text-info")
        self.message_frame.setVisible(bool(text))
