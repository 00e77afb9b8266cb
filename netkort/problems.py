"""Problems found in the input, and the errors that stop a command.

A :class:`Problem` points at one place a spreadsheet user can find (file,
sheet, Excel row, column letter and header) and says what to do. Problems are
collected, never raised one by one; only a file netkort cannot read at all
raises :class:`InputFileError`. Every netkort exception is a
:class:`NetkortError`, which the command line turns into a message and an exit
code in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .messages import say
from .personal import Given

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (``error``) or worth knowing (``warning``) in the input.

    Examples
    --------
    >>> import netkort
    >>> problem = netkort.load([netkort.sample()]).problems[1]
    >>> problem.severity, problem.sheet, problem.row, problem.column, problem.field
    ('error', 'Kontakter 2025', 50, 'H', 'Relation')
    >>> print(problem.message("en"))
    'samarbejd' is not a relation level; did you mean 'samarbejde'? ...
    """

    severity: str
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)
    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: str = ""
    field: str = ""

    def message(self, lang: str = "da") -> str:
        """What is wrong and how to fix it, in ``lang``."""
        return say(self.code, lang, **self.params)

    def to_dict(self, lang: str = "da") -> dict:
        """The JSON form documented for ``netkort check --json``."""
        return {
            "severity": self.severity,
            "code": self.code,
            "file": Given(self.file) if isinstance(self.file, str) else self.file,  # the user's own file
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "message": self.message(lang),
        }


class NetkortError(Exception):
    """Base of every error netkort raises on purpose."""

    exit_code = 1

    def message(self, lang: str = "da") -> str:
        return str(self)


class CodedError(NetkortError):
    """An error whose sentence lives in :mod:`netkort.messages`, said in the user's language."""

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(say(code, "da", **params))  # str(error) is the Danish message

    def message(self, lang: str = "da") -> str:
        return say(self.code, lang, **self.params)


class InputFileError(CodedError):
    """A file that cannot be read at all: missing, empty, corrupt, protected…"""

    def __init__(self, code: str, path: Path | str, **params: object):
        self.path = str(path)
        super().__init__(code, file=self.path, **params)


class UsageError(CodedError):
    """An option value netkort does not know (an unknown layout, tag, format…): exit code 2."""

    exit_code = 2


def has_errors(problems: list[Problem]) -> bool:
    """Whether any problem is an error (which makes ``check`` exit 1)."""
    return any(p.severity == ERROR for p in problems)
