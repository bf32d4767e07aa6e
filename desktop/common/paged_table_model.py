"""A QAbstractTableModel fed page by page from a keyset-paginated API list.

The server sorts and filters; the model only appends pages as the view scrolls
(`canFetchMore` / `fetchMore`) and never loads the whole table. `reload()` starts again
from the first page (new filters); results of a superseded load are dropped."""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.common.plain_text import tooltip_text
from desktop.tasks import spawn
from shared_schemas.common import Page

Row = TypeVar("Row")
PageFetcher = Callable[[str | None], Awaitable[Page]]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    key: str
    title: str
    display: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None


class PagedTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception
    loaded = Signal()  # a page arrived (also when it was empty)

    def __init__(self, columns: Sequence[Column], fetch_page: PageFetcher | None = None, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_page = fetch_page
        self._rows: list[Any] = []
        self._next_cursor: str | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self.pages_loaded = 0  # pages read since the last reload

    # --- loading ---------------------------------------------------------------------------
    def set_fetcher(self, fetch_page: PageFetcher) -> None:
        self._fetch_page = fetch_page

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def is_exhausted(self) -> bool:
        return self._exhausted

    def reload(self) -> None:
        """Drops the rows and loads the first page again."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._next_cursor = None
        self._exhausted = False
        self.pages_loaded = 0
        self.endResetModel()
        self._set_loading(False)
        self._load_next()

    async def reload_and_wait(self) -> None:
        self.reload()
        while self._loading:
            await self._current

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._load_next()

    async def fetch_more_and_wait(self) -> None:
        self.fetchMore()
        while self._loading:
            await self._current

    def _load_next(self) -> None:
        if self._fetch_page is None or self._loading or self._exhausted:
            return
        self._set_loading(True)
        generation = self._generation
        self._current = spawn(
            self._load(generation, self._next_cursor), on_error=lambda error: self._failed(error, generation)
        )

    async def _load(self, generation: int, cursor: str | None) -> None:
        page = await self._fetch_page(cursor)
        if generation != self._generation:
            return
        if page.results:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.results) - 1)
            self._rows.extend(page.results)
            self.endInsertRows()
        self._next_cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.pages_loaded += 1
        self._set_loading(False)
        self.loaded.emit()

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.load_failed.emit(error)

    def _set_loading(self, value: bool) -> None:
        if self._loading != value:
            self._loading = value
            self.loading_changed.emit(value)

    # --- rows ------------------------------------------------------------------------------
    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, item in enumerate(self._rows) if predicate(item)), -1)

    def replace_row(self, row: int, item: Any) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def insert_first(self, item: Any) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, item)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    # --- Qt model --------------------------------------------------------------------------
    def column_key(self, column: int) -> str:
        return self._columns[column].key

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return column.display(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return tooltip_text(column.tooltip(item))
        if role == ROW_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
