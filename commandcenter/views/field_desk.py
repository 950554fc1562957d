"""Levels of centres on a desk window (PROTOCOL.md "Levels and the field"), wired from outside so
the console and the supervisor desk keep their own code:

- the centre (``路北区 · 区级中心``) in the window title and the status bar;
- the map framed on the desk's area, its outline drawn;
- who holds a case in its detail; a case held above is read-only there (no buttons, its keys
  swallowed), with who holds it;
- the delegate action (下派, Ctrl+L) with a picker of the centres below;
- for a city-level supervisor, a switch between every area and one district or street;
- the SOS banner at the top (:mod:`.sos_alarm`);
- a worker's day replayed on the map (:mod:`.replay`, F6 or a click on a worker) and, on a
  supervisor's map, the patrol coverage layer (:mod:`.coverage`).

``FieldDesk(window, desk, grids)`` on an :class:`~.console.OperatorConsole` (or the supervisor desk)
after its ``map_binding`` is set; on another window (a seat panel) only the centre and the banner.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton

from commandcenter.domain import permissions
from commandcenter.i18n import tr
from commandcenter.models.centre import Centre
from commandcenter.replica.event_index import Filter

from .console import ACTION_KEYS, OperatorConsole
from .coverage import CoverageLayer, add_toggle
from .delegate import DelegateDialog
from .detail import clear_layout
from .replay import add_replay_dock
from .sos_alarm import SosAlarm, on_top

DELEGATE_KEY = "Ctrl+L"
#: the console's single keys that act on the current case (its actions, and M: merge into a duplicate)
CASE_KEYS = frozenset(ACTION_KEYS) | {Qt.Key.Key_M}


class FieldDesk(QObject):
    def __init__(self, window, desk, grids: list[dict]) -> None:
        super().__init__(window)
        self.window, self.desk = window, desk
        self.role = desk.session.get("role", "operator")
        self.centre = Centre(desk.session, grids)
        self.show_centre()
        detail = getattr(window, "detail", None)
        self.sos = SosAlarm(desk, self.centre.names, can_ack=permissions.may(self.role, "sos.ack"),
                            show_error=getattr(detail, "show_error", None), parent=self)
        on_top(window, self.sos.banner)
        self.shown_area: str | None = None
        if isinstance(window, OperatorConsole):
            self._levels(window)

    def show_centre(self) -> None:
        text = self.centre.title()
        self.window.setWindowTitle(f"{text} — {self.window.windowTitle()}")
        bar = self.window.statusBar()
        if hasattr(bar, "set_centre"):
            bar.set_centre(text)

    def _levels(self, window: OperatorConsole) -> None:
        window.detail.hook = self.on_detail
        for watched in (window.queue, window.detail):
            watched.installEventFilter(self)  # after the console's own filter, so asked first
        QShortcut(QKeySequence(DELEGATE_KEY), window, activated=self.delegate)
        if self.centre.is_city and self.role == "supervisor":
            window.filters.set_areas(self.centre.switch_areas())
        window.filters.changed.connect(self.on_filter)
        self.focus(self.centre.area)
        self._field_tools(window)

    def _field_tools(self, window: OperatorConsole) -> None:
        """The replay dock (F6, or a click on a worker) where the role may ask for tracks; the coverage
        toggle on a supervisor's map."""
        self.replay = self.coverage = None
        if window.map is None:
            return
        if permissions.may(self.role, "query.track"):
            self.replay = add_replay_dock(window, self.desk, window.map, self.centre.names)
        if self.role == "supervisor" and permissions.may(self.role, "query.coverage"):
            self.coverage = CoverageLayer(self.desk, window.map, list(self.centre.grids.values()), self)
            self.coverage_toggle = add_toggle(self.coverage)

    # -- the map ----------------------------------------------------------------------------------

    def focus(self, area: str | None) -> None:
        """Frame the map on an area (None: the city), outline it and draw only its events."""
        self.shown_area = area
        binding = getattr(self.window, "map_binding", None)
        if binding is not None:
            binding.focus(area, self.centre.rings(area), self.centre.bounds(area))

    def on_filter(self, chosen: Filter) -> None:
        area = chosen.area if chosen.area and (self.centre.is_city or chosen.area.startswith(self.centre.area)) \
            else self.centre.area
        if area != self.shown_area:
            self.focus(area)

    # -- the detail -------------------------------------------------------------------------------

    def on_detail(self, detail, event) -> None:
        """Who holds the case; read-only when held above, else the delegate button when it can go down."""
        detail.fields.addRow(tr("Held by"), QLabel(self.centre.held_by(event)))
        note = self.centre.held_note(event)
        if note is not None:
            clear_layout(detail.buttons)
            if hasattr(detail, "case_buttons"):
                clear_layout(detail.case_buttons)
            label = QLabel(note, objectName="held_note")
            label.setProperty("role", "muted")
            label.setWordWrap(True)
            detail.buttons.addWidget(label, 1)
            return
        if permissions.may(self.role, "event.delegate") and self.centre.delegate_targets(event):
            button = QPushButton(tr("Delegate…") + f"  ({DELEGATE_KEY})", objectName="action_delegate")
            button.setProperty("role", "primary")
            button.clicked.connect(self.delegate)
            detail.buttons.insertWidget(max(detail.buttons.count() - 1, 0), button)

    def eventFilter(self, watched, event) -> bool:
        """The console's single-key actions do nothing on a case held above (its detail says why)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in CASE_KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return self.centre.held_note(self.window.current_event()) is not None
        return False

    def delegate(self):
        """Pick a centre below and send ``event.delegate`` (a refusal shows in the detail)."""
        event = self.window.current_event()
        targets = self.centre.delegate_targets(event) if permissions.may(self.role, "event.delegate") else []
        if not targets:
            return None
        dialog = DelegateDialog(event, targets, self.window)
        if not dialog.exec():
            return None
        return self.window.send({"type": "event.delegate", "event_id": event.id, **dialog.fields()})
