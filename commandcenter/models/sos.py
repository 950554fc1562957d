"""The SOS calls waiting on a desk: a small selector over the replica, for the alarm banner.

Which calls wait is the domain's rule (:func:`commandcenter.domain.sos.waiting`); the set of
waiting event ids is kept from the ``event`` ids each delta touched (a snapshot rescans), never
from position batches. The nearest workers are looked up when the calls are read, and the
banner re-reads them on a slow timer while a call waits.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from commandcenter.domain import privacy, sos
from commandcenter.i18n import tr

#: while a call waits, its nearest workers are looked up again this often
HELPERS_REFRESH_MS = 15_000


@dataclass(frozen=True)
class SosCall:
    event_id: int
    worker: str
    place: str
    at: str
    helpers: tuple[tuple[str, float], ...]  # (name, metres), nearest first


class SosWatch(QObject):
    changed = Signal()

    def __init__(self, desk, grid_names: dict[str, str] | None = None, *, masked: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk, self.grid_names, self.masked = desk, grid_names or {}, masked
        self.ids: set[int] = set()
        self.refresh = QTimer(self, interval=HELPERS_REFRESH_MS, timeout=self._tick)
        desk.changed.connect(self.on_changes)
        self._rescan()

    def on_changes(self, changes) -> None:
        if changes.reset:
            self._rescan()
            return
        touched = changes.touched("events") if "events" in changes.kinds else set()
        events = self.desk.replica.events
        mine = {i for i in touched if i in self.ids or sos.waiting(events.get(i))}
        if mine:
            self.ids = (self.ids - mine) | {i for i in mine if sos.waiting(events.get(i))}
            self._announce()

    def _rescan(self) -> None:
        self.ids = {e.id for e in self.desk.replica.events.values() if sos.waiting(e)}
        self._announce()

    def _announce(self) -> None:
        self.refresh.start() if self.ids else self.refresh.stop()
        self.changed.emit()

    def _tick(self) -> None:
        self.changed.emit()

    def calls(self) -> list[SosCall]:
        """The waiting calls, newest first."""
        events = self.desk.replica.events
        return [self._call(e) for e in sos.shown_order(events[i] for i in self.ids if i in events)]

    def _call(self, event) -> SosCall:
        worker = event.reporter or event.reported_by or "?"
        place = self.grid_names.get(event.grid_id or "", event.grid_id or f"{event.lat:.4f}, {event.lon:.4f}")
        return SosCall(event.id, privacy.mask_name(worker) if self.masked else worker, place,
                       event.created_at.strftime("%H:%M"), self._helpers(event))

    def _helpers(self, event) -> tuple[tuple[str, float], ...]:
        w = self.desk.replica.workers
        if not len(w):
            return ()
        rows, dist = sos.helpers(w.lat, w.lon, w.status >= 1, event.lat, event.lon, w.ids == event.reported_by)
        names = (w.records[r].name for r in rows.tolist())
        return tuple((privacy.mask_name(n) if self.masked else n, float(d)) for n, d in zip(names, dist, strict=True))

    def items(self) -> list[tuple[int, str]]:
        """(event id, one line) per waiting call, for :class:`~commandcenter.widgets.sos_banner.AlarmBanner`."""
        return [(c.event_id, call_text(c)) for c in self.calls()]


def call_text(call: SosCall) -> str:
    line = tr("SOS · {worker} · {place} · {time}").format(worker=call.worker, place=call.place, time=call.at)
    if not call.helpers:
        return line + "  ·  " + tr("no worker on duty nearby")
    near = ", ".join(tr("{name} {distance}").format(name=n, distance=_metres(d)) for n, d in call.helpers)
    return line + "  ·  " + tr("nearest: {workers}").format(workers=near)


def _metres(d: float) -> str:
    return f"{d:.0f} m" if d < 1000 else f"{d / 1000:.1f} km"
