"""The case's recipients as a Qt list model (tested without a window)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ua_desktop.core.case.model import Recipient, RecipientRole
from ua_desktop.i18n import _

RecipientObjectRole = Qt.ItemDataRole.UserRole + 1


class RecipientListModel(QAbstractListModel):
    def __init__(self, recipients: tuple[Recipient, ...] = (), parent=None):
        super().__init__(parent)
        self._recipients = tuple(recipients)

    def set_recipients(self, recipients: tuple[Recipient, ...]) -> None:
        self.beginResetModel()
        self._recipients = tuple(recipients)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._recipients)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._recipients):
            return None
        recipient = self._recipients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(recipient)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.label(recipient).replace("\n", ", ")
        if role == RecipientObjectRole:
            return recipient
        return None

    @staticmethod
    def label(recipient: Recipient) -> str:
        lines = [recipient.name]
        if recipient.title:
            lines.append(recipient.title)
        lines.append(_("Copy of your letter") if recipient.role is RecipientRole.COPY
                     else _("Main recipient"))
        return "\n".join(lines)
