"""The queue's quick filters: status buttons, category, severity, area, free text."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.replica.event_index import Filter


def status_groups() -> list[tuple[str, frozenset[str]]]:
    return [
        (tr("All open"), frozenset()),
        (tr("New"), frozenset({"reported"})),
        (tr("Awaiting dispatch"), frozenset({"accepted"})),
        (tr("In progress"), frozenset({"dispatched", "in_progress"})),
        (tr("Awaiting verification"), frozenset({"resolved"})),
        (tr("Follow-up"), frozenset({"verified", "followed_up"})),
    ]


class FilterBar(QWidget):
    changed = Signal(object)  # Filter

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.group = QButtonGroup(self)
        self.statuses: list[frozenset[str]] = []
        for number, (name, statuses) in enumerate(status_groups()):
            button = QPushButton(f"{name}")
            button.setCheckable(True)
            button.setToolTip(tr("Alt+{n}").format(n=number))
            button.setShortcut(f"Alt+{number}")
            self.group.addButton(button, number)
            self.statuses.append(statuses)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        self.category = self._combo(tr("All categories"), labels.all_categories())
        self.severity = self._combo(tr("Any severity"), {4: labels.severity(4), 3: tr("High and up")})
        self.overdue = QPushButton(tr("Overdue"))
        self.overdue.setCheckable(True)
        self.area = QLineEdit(placeholderText=tr("Area code"))
        self.area.setMaximumWidth(130)
        self.scope = QComboBox(objectName="area_switch")  # a city desk's "all areas" / one area (set_areas)
        self.scope.setToolTip(tr("Show every area, or only one district or street"))
        self.scope.hide()
        self.text = QLineEdit(placeholderText=tr("Search code, title, description (Ctrl+F)"))
        for widget in (self.category, self.severity, self.overdue, self.scope, self.area):
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        self.new_count = QLabel()
        layout.addWidget(self.new_count)
        self._debounce = QTimer(self, singleShot=True, interval=150, timeout=self.emit_filter)
        self._wire()

    def _combo(self, everything: str, items: dict) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, name in items.items():
            combo.addItem(name, code)
        return combo

    def _wire(self) -> None:
        self.group.idClicked.connect(lambda _id: self.emit_filter())
        self.category.currentIndexChanged.connect(lambda _i: self.emit_filter())
        self.severity.currentIndexChanged.connect(lambda _i: self.emit_filter())
        self.overdue.toggled.connect(lambda _on: self.emit_filter())
        self.scope.currentIndexChanged.connect(lambda _i: self.emit_filter())
        self.area.textChanged.connect(lambda _t: self._debounce.start())
        self.text.textChanged.connect(lambda _t: self._debounce.start())

    def current(self) -> Filter:
        category = self.category.currentData()
        severity = self.severity.currentData()
        area = self.area.text().strip()
        area = self.scope.currentData() or area
        return Filter(
            statuses=self.statuses[max(0, self.group.checkedId())],
            categories=frozenset({category}) if category else frozenset(),
            severities=frozenset({4}) if severity == 4 else frozenset({3, 4}) if severity == 3 else frozenset(),
            area=area if area.isdigit() and len(area) in (6, 9, 12, 15) else None,
            text=self.text.text().strip(),
            overdue_only=self.overdue.isChecked(),
        )

    def emit_filter(self) -> None:
        self.changed.emit(self.current())

    def clear(self) -> None:
        """Back to every open case: no status group, category, severity, area or text narrowing."""
        blockers = [QSignalBlocker(w) for w in (self.category, self.severity, self.overdue, self.scope, self.area,
                                                 self.text)]
        self.group.button(0).setChecked(True)
        self.category.setCurrentIndex(0)
        self.severity.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.scope.setCurrentIndex(0)
        self.area.clear()
        self.text.clear()
        del blockers
        self.emit_filter()

    def set_areas(self, areas: list[tuple[str, str]]) -> None:
        """Offer a switch between every area and one of ``areas`` ((area id, label)); none hides it."""
        with QSignalBlocker(self.scope):
            self.scope.clear()
            self.scope.addItem(tr("All areas"), None)
            for area_id, label in areas:
                self.scope.addItem(label, area_id)
        self.scope.setVisible(bool(areas))

    def set_new_count(self, count: int) -> None:
        self.new_count.setText(tr("{n} new").format(n=count) if count else "")
