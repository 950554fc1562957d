"""Hotline intake (12345 接诉): an operator records a caller's report on their behalf.

The dialog only gathers the ``event.report`` fields; the place is the chosen grid's centre (the
caller names a place, the operator finds its grid by name or code). Sources an operator takes
by phone or at the desk: hotline, citizen walk-in, one-key call.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from commandcenter.i18n import tr
from commandcenter.models import labels

from .dialogs import FieldsDialog, _combo, _note

INTAKE_SOURCES = ("hotline", "citizen", "one_key")
PLACE_KINDS = ("comprehensive", "exclusive", "special")


def grid_centre(polygon: list) -> tuple[float, float]:
    """(lat, lon) of a grid's ring: the mean of its corners (the ring closes on its first point)."""
    ring = np.asarray(polygon, dtype=float)[:-1]
    return float(ring[:, 1].mean()), float(ring[:, 0].mean())


class IntakeDialog(FieldsDialog):
    def __init__(self, grids: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(tr("New report (hotline intake)"), parent)
        self.places = {g["id"]: g for g in grids if g["kind"] in PLACE_KINDS}
        self.source = _combo({code: labels.source(code) for code in INTAKE_SOURCES}, "hotline")
        self.request_type = _combo({"": tr("Grid matter (no request type)"), **labels.all_request_types()},
                                   "complaint")
        self.caller, self.phone = QLineEdit(), QLineEdit()
        self.phone.setMaxLength(32)
        self.category = _combo(labels.all_categories(), "other")
        self.severity = _combo(labels.all_severities(), 2)
        self.title = QLineEdit(placeholderText=tr("What is wrong, in a few words"))
        self.title.setMaxLength(200)
        self.description = _note(tr("What the caller says: where exactly, since when, who is affected"))
        self.grid = self._grid_picker()
        for label, widget in ((tr("Source"), self.source), (tr("Request type"), self.request_type),
                              (tr("Caller"), self.caller), (tr("Phone"), self.phone),
                              (tr("Category"), self.category), (tr("Severity"), self.severity),
                              (tr("Title"), self.title), (tr("Description"), self.description),
                              (tr("Grid"), self.grid)):
            self.form.addRow(label, widget)
        self.setMinimumWidth(520)

    def _grid_picker(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for grid_id, grid in sorted(self.places.items(), key=lambda item: item[1]["code"]):
            combo.addItem(f"{grid['name']} · {grid['code']}", grid_id)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def accept(self) -> None:
        if self.title.text().strip() and self.grid.currentData() in self.places:
            super().accept()
            return
        (self.title if not self.title.text().strip() else self.grid).setFocus()

    def fields(self) -> dict:
        lat, lon = grid_centre(self.places[self.grid.currentData()]["polygon"])
        frame = {"category": self.category.currentData(), "title": self.title.text().strip(),
                 "description": self.description.toPlainText().strip(), "lat": lat, "lon": lon,
                 "source": self.source.currentData(), "severity": self.severity.currentData(),
                 "grid_id": self.grid.currentData(), "request_type": self.request_type.currentData() or None}
        for key, edit in (("reporter", self.caller), ("reporter_phone", self.phone)):
            if edit.text().strip():
                frame[key] = edit.text().strip()
        return frame
