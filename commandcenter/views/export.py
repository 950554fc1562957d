"""Export any table model's current rows to XLSX or CSV, with a cancelable progress dialog.

The writer (:mod:`commandcenter.export`) is fed in chunks from the Qt event loop, so a large
export never freezes the desk; each chunk reads the display text of the rows as they are then.
A live table may change while a long export runs: the job notices and says so.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from commandcenter.export import open_writer
from commandcenter.i18n import tr

#: rows read and written between two passes of the event loop
CHUNK_ROWS = 2000
_DISPLAY = Qt.ItemDataRole.DisplayRole


def headers(model: QAbstractItemModel) -> list[str]:
    return [str(model.headerData(c, Qt.Orientation.Horizontal, _DISPLAY) or "") for c in range(model.columnCount())]


def row_texts(model: QAbstractItemModel, first: int, last: int) -> list[list[str]]:
    """Display text of rows ``first`` … ``last - 1``, every column."""
    columns = range(model.columnCount())
    out = []
    for row in range(first, min(last, model.rowCount())):
        values = (model.data(model.index(row, c), _DISPLAY) for c in columns)
        out.append(["" if v is None else str(v) for v in values])
    return out


class ExportJob(QObject):
    """One export in progress; ``finished(ok)`` once written (True) or cancelled / failed (False)."""

    finished = Signal(bool)

    def __init__(self, model: QAbstractItemModel, path: str | Path, parent: QWidget | None = None,
                 title: str = "Export", chunk: int = CHUNK_ROWS) -> None:
        super().__init__(parent)
        self.model, self.path, self.chunk = model, Path(path), chunk
        self.total = model.rowCount()
        self.done = 0
        self.changed_meanwhile = False
        self.error = ""
        self.cancelled = False
        self.writer = open_writer(self.path, headers(model), title)
        self.dialog = QProgressDialog(tr("Exporting {n} rows…").format(n=self.total), tr("Cancel"), 0,
                                      self.total + 1, parent)
        self.dialog.setWindowTitle(tr("Export"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._moved)

    def start(self) -> ExportJob:
        QTimer.singleShot(0, self._step)
        return self

    def cancel(self) -> None:
        """Stop at the next chunk and remove the half-written file (the dialog's Cancel does the same)."""
        self.cancelled = True

    def _moved(self, *args) -> None:
        self.changed_meanwhile = True

    def _step(self) -> None:
        if self.cancelled or self.dialog.wasCanceled():
            self._end(False)
            return
        try:
            self._write_chunk()
        except Exception as exc:  # disk full, permission denied: tell, don't crash the desk
            self.error = str(exc)
            self._end(False)
            return
        if self.done < self.total:
            QTimer.singleShot(0, self._step)
        else:
            self._finish()

    def _write_chunk(self) -> None:
        rows = row_texts(self.model, self.done, self.done + self.chunk)
        self.writer.write(rows)
        self.done = self.done + len(rows) if rows else self.total
        self.dialog.setValue(self.done)

    def _finish(self) -> None:
        self.dialog.setLabelText(tr("Saving {name}…").format(name=self.path.name))
        try:
            self.writer.close()
        except Exception as exc:
            self.error = str(exc)
            self._end(False)
            return
        self.dialog.setValue(self.total + 1)
        self._end(True)

    def _end(self, ok: bool) -> None:
        if not ok:
            self.writer.discard()
        self.dialog.reset()  # stops its pending show timer too
        self.dialog.close()
        self.dialog.deleteLater()
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.layoutChanged):
            signal.disconnect(self._moved)
        self.finished.emit(ok)
        self.deleteLater()  # its Python side keeps done/error/path for whoever still holds it


def ask_path(parent: QWidget | None) -> str | None:
    """The file to write, from a save dialog; the suffix follows the chosen type."""
    xlsx, csv = tr("Excel workbook (*.xlsx)"), tr("CSV, UTF-8 (*.csv)")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = folder if Path(folder).is_dir() else str(Path.home())
    dialog = QFileDialog(parent, tr("Export table"), folder, f"{xlsx};;{csv}")
    dialog.setObjectName("exportFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = dialog.selectedFiles()[0]
    wanted = "csv" if dialog.selectedNameFilter() == csv else "xlsx"
    if not path.lower().endswith((".xlsx", ".csv")):
        path = f"{path}.{wanted}"
    return path


def export_model(model: QAbstractItemModel, parent: QWidget | None = None, path: str | None = None,
                 title: str = "Export") -> ExportJob | None:
    """Ask for a file name (unless given) and export the model's rows there; returns the running job."""
    path = path or ask_path(parent)
    if not path:
        return None
    job = ExportJob(model, path, parent, title)
    job.finished.connect(lambda ok: _report(job, ok, parent))
    return job.start()


def _report(job: ExportJob, ok: bool, parent: QWidget | None) -> None:
    if job.error:
        QMessageBox.warning(parent, tr("Export failed"), tr("Could not write {path}: {error}").format(
            path=str(job.path), error=job.error))
    elif ok and job.changed_meanwhile:
        QMessageBox.information(parent, tr("Export"), tr(
            "The table changed while it was exported; some rows may be missing or repeated. "
            "Export again for an exact copy."))

