"""Table export to XLSX and CSV, Qt-free: rows of display text in, a file out, in chunks.

A writer is opened with the header, fed rows in as many ``write`` calls as the caller likes (a
desk feeds chunks between paints, so the UI stays live), then ``close``d; ``discard`` removes a
half-written file. CSV is UTF-8 with a BOM, so Excel opens Chinese text correctly; XLSX uses
openpyxl's write-only mode, so memory stays flat for 100,000 rows.

Cells are never formulas: XLSX cells are written as text, and a CSV cell that a spreadsheet would
read as a formula (``=``, ``+``, ``@``, or ``-`` not starting a number) gets a leading apostrophe.
"""
from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMATS = ("xlsx", "csv")
_FORMULA_START = re.compile(r"^(?:[=+@\t\r]|-(?![\d.]))")


def safe_csv_cell(value: object) -> str:
    """The CSV text of a cell, defused so no spreadsheet evaluates it."""
    text = "" if value is None else str(value)
    return "'" + text if _FORMULA_START.match(text) else text


def format_of(path: str | Path) -> str:
    """``xlsx`` or ``csv`` from the file name (anything else is written as CSV)."""
    return "xlsx" if str(path).lower().endswith(".xlsx") else "csv"


class CsvWriter:
    def __init__(self, path: str | Path, header: Sequence[str]) -> None:
        self.path = Path(path)
        self.file = self.path.open("w", encoding="utf-8-sig", newline="")
        self.csv = csv.writer(self.file)
        self.rows = 0
        self.csv.writerow([safe_csv_cell(h) for h in header])

    def write(self, rows: Iterable[Sequence]) -> None:
        for row in rows:
            self.csv.writerow([safe_csv_cell(v) for v in row])
            self.rows += 1

    def close(self) -> None:
        self.file.close()

    def discard(self) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)


class XlsxWriter:
    def __init__(self, path: str | Path, header: Sequence[str], title: str = "Export") -> None:

        self.path = Path(path)
        self.book = Workbook(write_only=True)
        self.sheet = self.book.create_sheet(_sheet_title(title))
        self.rows = 0
        self.sheet.append([self._cell(h) for h in header])

    def _cell(self, value: object):
        text = ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))
        if not text.startswith("="):
            return text
        cell = WriteOnlyCell(self.sheet, value=text)
        cell.data_type = "s"  # openpyxl would take it for a formula: keep it text
        return cell

    def write(self, rows: Iterable[Sequence]) -> None:
        for row in rows:
            self.sheet.append([self._cell(v) for v in row])
            self.rows += 1

    def close(self) -> None:
        self.book.save(self.path)

    def discard(self) -> None:
        """Finish the sheet's temporary XML (so its row generator closes cleanly), then drop it."""
        with contextlib.suppress(Exception):
            self.sheet.close()
            self.sheet._writer.cleanup()
        self.path.unlink(missing_ok=True)


def open_writer(path: str | Path, header: Sequence[str], title: str = "Export") -> CsvWriter | XlsxWriter:
    return XlsxWriter(path, header, title) if format_of(path) == "xlsx" else CsvWriter(path, header)


def write_table(path: str | Path, header: Sequence[str], rows: Iterable[Sequence], title: str = "Export") -> int:
    """Write a whole table at once; returns the number of data rows."""
    writer = open_writer(path, header, title)
    try:
        writer.write(rows)
    except BaseException:
        writer.discard()
        raise
    writer.close()
    return writer.rows


def _sheet_title(title: str) -> str:
    """Excel's sheet names: at most 31 characters, none of ``[]:*?/\\``."""
    return re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Export"
