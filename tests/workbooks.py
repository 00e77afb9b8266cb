"""Building small workbooks and CSV files inside tests (no binaries committed)."""

from __future__ import annotations

from pathlib import Path

HEADER = ["Navn", "Type", "Sektor", "Medarbejder", "Relation", "Rum", "Målgrupper",
          "Indflydelse", "Interesse", "Sidste kontakt"]


def make_xlsx(path: Path, sheets: dict[str, list[list]], merged: dict[str, list[str]] | None = None,
              hidden: tuple[str, ...] = (), tables: dict[str, list[tuple[str, str]]] | None = None,
              origin: dict[str, str] | None = None) -> Path:
    """Write ``sheets`` (name -> rows; None cells left empty) as an xlsx file.

    ``tables`` adds Excel tables (sheet -> [(name, 'C5:J17')]); ``origin`` puts a
    sheet's first row and column elsewhere than A1 (sheet -> 'C5').
    """
    from openpyxl import Workbook
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
    from openpyxl.worksheet.table import Table

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        letters, top = coordinate_from_string((origin or {}).get(name, "A1"))
        left = column_index_from_string(letters)
        for r, row in enumerate(rows, start=top):
            for c, value in enumerate(row, start=left):
                if value is not None:
                    cell = sheet.cell(row=r, column=c, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
        for area in (merged or {}).get(name, []):
            sheet.merge_cells(area)
        if name in hidden:
            sheet.sheet_state = "hidden"
        for table, ref in (tables or {}).get(name, []):
            sheet.add_table(Table(displayName=table, ref=ref))
    book.save(path)
    return path


def contacts_xlsx(path: Path, rows: list[list], header: list[str] | None = None,
                  sheet: str = "Kontakter") -> Path:
    """A one-sheet contacts workbook with ``header`` on row 1."""
    return make_xlsx(path, {sheet: [header or HEADER, *rows]})
