"""A table fed by a PagedTableModel that never shows a blank grid: a loading placeholder while
the first page comes, an empty state that says what to do when there is nothing."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedLayout, QTableView, QWidget

from desktop.common.paged_table_model import PagedTableModel

translate = QCoreApplication.translate


class ListPanel(QWidget):
    selection_changed = Signal(object)  # the selected row's item, or None
    activated = Signal(object)  # Enter or double-click on a row

    def __init__(
        self,
        model: PagedTableModel,
        *,
        accessible_name: str,
        empty_text: str,
        stretch_column: int | None = None,
        parent=None,
    ) -> None:
        """`stretch_column` takes the width left over (default: the last column)."""
        super().__init__(parent)
        self.model = model
        self._empty_text = empty_text
        self._failed = False
        self._sized = False
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(accessible_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self._stretched = model.columnCount() - 1 if stretch_column is None else stretch_column
        header.setSectionResizeMode(self._stretched, QHeaderView.ResizeMode.Stretch)
        self.placeholder = QLabel(self)
        self.placeholder.setProperty("role", "empty")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.placeholder)

        model.loading_changed.connect(self._refresh)
        model.loaded.connect(self._loaded)
        model.load_failed.connect(self._load_failed)
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._refresh)
        model.rowsRemoved.connect(self._refresh)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self._refresh()

    # --- what the panel shows --------------------------------------------------------------
    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._refresh()

    @property
    def placeholder_text(self) -> str:
        return self.placeholder.text() if self._stack.currentWidget() is self.placeholder else ""

    def _loaded(self) -> None:
        self._failed = False
        self._refresh()
        if self.model.rowCount() and not self._sized:
            self._sized = True
            # Column by column: resizeColumnsToContents() would also shrink the stretched one.
            for column in range(self.model.columnCount()):
                if column != self._stretched:
                    self.table.resizeColumnToContents(column)

    def _reset(self) -> None:
        self._sized = False
        self._refresh()
        self.selection_changed.emit(None)

    def _load_failed(self, _error: object) -> None:
        self._failed = True
        self._refresh()

    def _refresh(self, *_args: Any) -> None:
        if self.model.rowCount():
            self._stack.setCurrentWidget(self.table)
            return
        if self.model.is_loading:
            text = translate("ListPanel", "Chargement…")
        elif self._failed:
            text = translate("ListPanel", "La liste n'a pas pu être chargée.")
        else:
            text = self._empty_text
        self.placeholder.setText(text)
        self.placeholder.setAccessibleName(text)
        self._stack.setCurrentWidget(self.placeholder)

    # --- selection -------------------------------------------------------------------------
    def selected_item(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def select_where(self, predicate) -> bool:
        row = self.model.row_of(predicate)
        self.select_row(row)
        return row >= 0

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed.emit(self.model.row_at(current.row()) if current.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is not None:
            self.activated.emit(item)
