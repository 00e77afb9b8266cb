"""Writing an output file safely: never over an input, never half-written.

Every file netkort writes goes through :func:`replacing`: the content is written
to a temporary file beside the target and renamed over it only when complete, so
a full disk or a crash leaves the old file (or nothing), never a broken one. A
write that fails raises :class:`OutputError`, whose message names the file and
the reason in words (the folder is missing, the disk is full…). The command line
checks its outputs before any work (:func:`check_outputs`) and protects its
inputs (:func:`protecting`), so no output ever replaces an input, whatever writes it.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import IO

from .i18n import N_, gettext
from .messages import say
from .problems import NetkortError, UsageError

# The inputs of the running command: no write may replace one of them.
_INPUTS: ContextVar[tuple[Path, ...]] = ContextVar("netkort_inputs", default=())

# Why a write failed, by errno, as a sentence a spreadsheet user can act on.
REASONS: dict[int, str] = {
    errno.ENOENT: N_("the folder '{folder}' does not exist"),
    errno.ENOTDIR: N_("'{folder}' is not a folder"),
    errno.EISDIR: N_("there is a folder by that name; give a file name"),
    errno.ENAMETOOLONG: N_("the name is too long (at most 255 bytes per name); choose a shorter one"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("your disk quota is used up"),
    errno.EACCES: N_("netkort may not write there (is the file open in another program?)"),
    errno.EROFS: N_("the drive is read-only"),
    errno.EFBIG: N_("the file is too big for the drive"),
}
REASONS[errno.EPERM] = REASONS[errno.EACCES]


class OutputError(NetkortError):
    """An output file that could not be written; nothing half-written is left behind."""

    exit_code = 1

    def __init__(self, path: Path | str, error: OSError | int, folder: Path | str | None = None):
        self.path = str(path)
        self.folder = str(folder if folder is not None else Path(path).parent)
        self.errno = error if isinstance(error, int) else error.errno
        self.detail = os.strerror(self.errno) if isinstance(error, int) or not error.strerror \
            else error.strerror
        super().__init__(self.message("da"))

    def message(self, lang: str = "da") -> str:
        return say("output-failed", lang, file=self.path, reason=reason(self.errno, lang, self.folder, self.detail))


def reason(error: OSError | int, lang: str = "da", folder: str = "", detail: str = "") -> str:
    """Why a write failed, in words ("disken er fuld"); the system's own words only for a rare cause."""
    number = error if isinstance(error, int) else error.errno
    said = REASONS.get(number)
    if said:
        return gettext(said, lang).format(folder=folder or "?")
    detail = detail or (not isinstance(error, int) and error.strerror) or os.strerror(number or 0)
    return f"{detail} ({errno.errorcode.get(number, number)})"


class OutputIsInputError(UsageError):
    """An output that would replace one of the command's inputs."""

    def __init__(self, output: Path | str, given: Path | str):
        self.path = str(output)
        super().__init__("output-is-input", file=str(output), input=str(given))


def same_file(a: Path | str, b: Path | str) -> bool:
    """Whether two paths name one file: the same path, a link, a hard link, another case
    of the name on a case-insensitive disk."""
    try:
        if os.path.samefile(a, b):
            return True
    except (OSError, ValueError):
        pass  # one of them does not exist (yet)
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def check_outputs(outputs: Iterable[Path | str | None], inputs: Iterable[Path | str] = ()) -> None:
    """Before any work: refuse an output that is an input (:class:`OutputIsInputError`, exit 2)
    and one that cannot be written where it is asked for (:class:`OutputError`, exit 1):
    a folder by the same name, or a folder that does not exist."""
    inputs = [Path(i) for i in inputs]
    for output in outputs:
        if output is None:
            continue
        output = Path(output)
        for given in inputs:
            if same_file(output, given):
                raise OutputIsInputError(output, given)
        try:
            if output.is_dir():
                raise OutputError(output, errno.EISDIR)
            parent = output.parent
            if not parent.exists():
                raise OutputError(output, errno.ENOENT)
            if not parent.is_dir():
                raise OutputError(output, errno.ENOTDIR)
        except OSError as error:  # a name too long to look up, a folder netkort may not open
            raise OutputError(output, error) from None


@contextmanager
def protecting(inputs: Iterable[Path | str]) -> Iterator[None]:
    """While the block runs, every :func:`replacing` refuses to replace one of ``inputs``."""
    token = _INPUTS.set(_INPUTS.get() + tuple(Path(i) for i in inputs))
    try:
        yield
    finally:
        _INPUTS.reset(token)


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """A temporary path to write ``path``'s new content to; it replaces ``path`` when the block ends.

    On any failure the temporary file is removed and ``path`` is left as it was; an
    ``OSError`` becomes :class:`OutputError`. A link is followed (the file it points at
    is replaced, the link kept); a device or pipe (``/dev/null``) is written directly.
    """
    path = Path(path)
    for given in _INPUTS.get():
        if same_file(path, given):
            raise OutputIsInputError(path, given)
    target = Path(os.path.realpath(path))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise OutputError(path, error) from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(path, errno.EISDIR)
    if status is not None and not os.access(target, os.W_OK):  # a read-only file stays protected
        raise OutputError(path, errno.EACCES)
    if status is not None and not stat.S_ISREG(status.st_mode):
        try:
            yield target
        except OSError as error:
            raise OutputError(path, error) from None
        return
    temporary = target.with_name(f".netkort-{secrets.token_hex(6)}.tmp")  # short: a long name fails at the rename
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # the umask applies
    except OSError as error:
        raise OutputError(path, error) from None
    try:
        yield temporary
        if status is not None:
            os.chmod(temporary, stat.S_IMODE(status.st_mode))  # an existing file keeps its permissions
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise OutputError(path, error) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # already gone, or the disk will not let us: nothing more to do


@contextmanager
def opened(path: Path | str, encoding: str = "utf-8", newline: str | None = None) -> Iterator[IO[str]]:
    """A text file to write ``path`` through, replaced only when complete (see :func:`replacing`)."""
    with replacing(path) as temporary, open(temporary, "w", encoding=encoding, newline=newline) as handle:
        yield handle


def write_text(path: Path | str, text: str, encoding: str = "utf-8", newline: str | None = None) -> Path:
    """Write ``text`` to ``path`` whole or not at all; returns ``path``."""
    with opened(path, encoding=encoding, newline=newline) as handle:
        handle.write(text)
    return Path(path)


def make_folder(folder: Path | str) -> Path:
    """Create ``folder`` (and its parents) for outputs; a failure is an :class:`OutputError`."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(folder, errno.ENOTDIR, folder=folder) from None
    except OSError as error:
        raise OutputError(folder, error) from None
    return folder
