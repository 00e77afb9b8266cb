"""Building small workbooks and CSV files inside tests (no binaries committed)."""

from __future__ import annotations

from pathlib import Path

HEADER = ["Navn", "Type", "Sektor", "Medarbejder", "Relation", "Rum", "Målgrupper",
          "Indflydelse", "Interesse", "Sidste kontakt"]


def make_xlsx(path: Path, sheets: dict[str, list[list]], merged: dict[str, list[str]] | None = None,
              hidden: tuple[str, ...] = ()) -> Path:
    """Write ``sheets`` (name -> rows; None cells left empty) as an xlsx file."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = sheet.cell(row=r, column=c, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
        for area in (merged or {}).get(name, []):
            sheet.merge_cells(area)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def contacts_xlsx(path: Path, rows: list[list], header: list[str] | None = None,
                  sheet: str = "Kontakter") -> Path:
    """A one-sheet contacts workbook with ``header`` on row 1."""
    return make_xlsx(path, {sheet: [header or HEADER, *rows]})
