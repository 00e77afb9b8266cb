"""click's own messages, for netkort's catalogue.

click says "Usage:", "Error: ..." and "Did you mean ...?" through gettext's global functions. The
command line makes netkort's catalogue the global domain for a run (:func:`netkort.i18n.speaking`),
so click's msgids must be in it: they are listed here, exactly as click writes them, so that
``pybabel extract`` puts them in the template with netkort's own. Nothing imports this module.
Developer-only messages (a command defined twice, Bash completion) are left out.
"""

from __future__ import annotations

from .i18n import N_, Nn_

CLICK_MESSAGES = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Positional arguments"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("default: {default}"),
    N_("env var: {var}"),
    N_("(dynamic)"),
    N_("%(prog)s, version %(version)s"),
    N_("deprecated"),
    # TRANSLATORS: click only says this one through gettext, it does not mark it (core.py).
    N_("required"),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Aborted!"),
    N_("Missing option"),
    N_("Missing argument"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("Missing command."),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    Nn_("Did you mean {possibility}?",
        "(Did you mean one of: {possibilities}?)"),
    Nn_("Got unexpected extra argument ({args})",
        "Got unexpected extra arguments ({args})"),
    Nn_("Option {name!r} requires an argument.",
        "Option {name!r} requires {nargs} arguments."),
    N_("Option {name!r} does not take a value."),
    N_("Argument {name!r} takes {nargs} values."),
    Nn_("Takes {nargs} values but 1 was given.",
        "Takes {nargs} values but {len} were given."),
    Nn_("{len_type} values are required, but {len_value} was given.",
        "{len_type} values are required, but {len_value} were given."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    Nn_("{value!r} is not {choice}.",
        "{value!r} is not one of {choices}."),
    N_("Choose from:\n\t{choices}"),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    Nn_("{value!r} does not match the format {format}.",
        "{value!r} does not match the formats {formats}."),
    N_("{value!r} is not a valid UUID."),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("{name} {filename!r} is not executable."),
    N_("Could not open file {filename!r}: {message}"),
    N_("unknown error"),
)
