"""Table export: the Qt-free writer round-trips 100,000 rows; the desk's dialog path writes a model."""
from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from commandcenter.export import safe_csv_cell, write_table
from commandcenter.views.export import ExportJob, export_model

HEADER = ["编号", "标题", "状态", "期限"]
TRICKY = ["=HYPERLINK(\"x\")", "a,b \"quoted\"\nnext line", "-0:12:00", "@cmd"]


def table(n: int) -> list[list[str]]:
    return [[f"SJ{i:06d}", f"水管爆裂 第{i}号", TRICKY[i % 4], f"2026-11-{1 + i % 28:02d} 09:30"] for i in range(n)]


def read_back(path) -> list[list[str]]:
    if str(path).endswith(".xlsx"):
        book = load_workbook(path, read_only=True)
        return [["" if v is None else v for v in row] for row in book.active.iter_rows(values_only=True)]
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def expected(rows, suffix: str) -> list[list[str]]:
    if suffix == "csv":
        return [[safe_csv_cell(v) for v in row] for row in rows]
    return rows


@pytest.mark.parametrize(("suffix", "count"), [("xlsx", 20_000), ("csv", 100_000)])  # (reading xlsx back is slow)
def test_writer_round_trips_many_rows(tmp_path, suffix, count):
    rows = table(count)
    path = tmp_path / f"out.{suffix}"
    assert write_table(path, HEADER, rows) == count
    assert read_back(path) == [HEADER, *expected(rows, suffix)]


def test_csv_has_a_bom_and_defuses_formulas(tmp_path):
    write_table(tmp_path / "t.csv", HEADER, [TRICKY])
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "编号".encode() in raw
    assert read_back(tmp_path / "t.csv")[1] == ["'=HYPERLINK(\"x\")", TRICKY[1], "-0:12:00", "'@cmd"]


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    write_table(tmp_path / "t.xlsx", HEADER, [TRICKY])
    cell = load_workbook(tmp_path / "t.xlsx").active["A2"]
    assert cell.value == TRICKY[0] and cell.data_type == "s"


@pytest.fixture
def owner(qtbot):
    """A widget to own the test's models, deleted with the test (stray models crash PySide at exit)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def model_of(rows, owner) -> QStandardItemModel:
    model = QStandardItemModel(len(rows), len(HEADER), owner)
    model.setHorizontalHeaderLabels(HEADER)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(value))
    return model


def choose_file_when_asked(path) -> None:
    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(30, answer)
            return
        dialogs[0].findChild(QLineEdit, "fileNameEdit").setText(str(path))  # typed, as a person would
        dialogs[0].accept()
        QTimer.singleShot(500, dialogs[0].reject)  # never hang the run if the name was not taken

    QTimer.singleShot(50, answer)


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_model_asks_for_the_file_and_writes_in_chunks(qtbot, owner, tmp_path, suffix):
    rows = table(5000)
    model = model_of(rows, owner)
    choose_file_when_asked(tmp_path / f"queue.{suffix}")
    job = export_model(model, None)
    assert isinstance(job, ExportJob) and job.done == 0  # nothing written before the loop turns
    with qtbot.waitSignal(job.finished, timeout=30_000) as done:
        pass
    assert done.args == [True] and job.done == 5000, job.path
    assert job.path == tmp_path / f"queue.{suffix}", job.path
    assert read_back(tmp_path / f"queue.{suffix}") == [HEADER, *expected(rows, suffix)]


def test_cancelled_export_leaves_no_file(qtbot, owner, tmp_path):
    job = ExportJob(model_of(table(3000), owner), tmp_path / "big.csv", owner, chunk=500).start()
    qtbot.waitUntil(lambda: job.done >= 500)
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        pass
    assert done.args == [False] and job.done < 3000 and not (tmp_path / "big.csv").exists()


def test_a_table_that_changes_mid_export_is_noticed(qtbot, owner, tmp_path):
    model = model_of(table(3000), owner)
    job = ExportJob(model, tmp_path / "live.csv", chunk=500).start()
    qtbot.waitUntil(lambda: job.done >= 500)
    model.removeRow(0)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert job.changed_meanwhile
