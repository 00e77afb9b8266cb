"""Reading: files into sheets of text, sheets into tables, cells into typed rows.

The stages, one module each: :mod:`.workbook` (a file's bytes into sheets of
text, behind :mod:`.xlsx_guard`; CSV and other delimited text in
:mod:`.delimited`, its encoding found by :mod:`.encoding`), :mod:`.columns` (which row is the header and
what each column means), :mod:`.values` (typing a cell by its column's
meaning) and :mod:`.contacts` (rows into a :class:`~.contacts.Dataset`, every
problem collected).
"""
