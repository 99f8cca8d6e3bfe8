"""The `newsbrief` command (CLI contract of ARCHITECTURE.md): `main` parses the arguments,
sets up logging and runs the command, turning what it raises into an exit code and one line.

Exit codes: 0 done; 1 failed (or nothing matched the story); 2 bad input or config (the
message names the input); 3 done with some pages rejected, blocked or failed (run.json says
which); 4 another run holds the lock; 5 the network failed (no page could be fetched).
The parser and each command's arguments are in `cli_parser`, what each command does in
`cli_handlers` (heavy modules are imported inside the commands that need them, so
`newsbrief --help` starts fast), the log lines' setup in `cli_logging`.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import signal
import sys
from collections.abc import Sequence

from pipeline.app.cli_logging import HANDLER_NAME, JsonFormatter, setup_logging
from pipeline.app.cli_parser import build_parser
from pipeline.app.progress import set_enabled
from pipeline.app.say import say
from pipeline.errors import (
    ConfigError,
    ExitCode,
    InputError,
    LockHeld,
    PipelineError,
    describe_exception,
    shown_bytes,
)

__all__ = ["HANDLER_NAME", "JsonFormatter", "build_parser", "main", "setup_logging"]

logger = logging.getLogger("newsbrief")


def _say(args: argparse.Namespace, message: str) -> None:
    """The one line ending a failed command: plain text, or a JSON log line at ERROR."""
    say(message, logging.ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.log_format, -1 if args.quiet else args.verbose)
    set_enabled(args.log_format == "text" and not args.quiet)
    try:
        code: int = args.func(args)
    except (ConfigError, InputError) as exc:
        _say(args, f"newsbrief: error: {exc}")
        return ExitCode.BAD_INPUT
    except LockHeld as exc:
        _say(args, f"newsbrief: {exc}")
        return ExitCode.LOCKED
    except PipelineError as exc:
        _say(args, f"newsbrief: failed: {exc}")
        return ExitCode.FAILED
    except KeyboardInterrupt:
        _say(args, "newsbrief: interrupted; stored articles are kept, re-run to complete")
        return 130
    except BrokenPipeError:
        # `newsbrief process ARCHIVE | head`: the reader has what it wanted. Quiet, as a
        # command killed by SIGPIPE, and nothing left for Python to flush into the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + getattr(signal, "SIGPIPE", 13)
    except OSError as exc:
        if exc.errno in _BAD_PATH and exc.filename is not None:
            # a path given that no file can have (a name over 255 bytes, a symlink loop),
            # met wherever it is first used: the user's to mend, like any bad input
            _say(args, f"newsbrief: error: {shown_bytes(str(exc.filename))}: {exc.strerror}")
            return ExitCode.BAD_INPUT
        if exc.errno not in _NO_ROOM:
            return _internal_error(args, exc)
        # a full disk or quota met writing standard output (files name themselves:
        # OutputError): no bug of ours, the user's to mend. What stdout still holds would
        # only fail again as Python exits.
        if exc.filename is None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        where = exc.filename or "standard output"
        _say(args, f"newsbrief: failed: {where}: cannot write: {exc.strerror}")
        return ExitCode.FAILED
    except Exception as exc:  # noqa: BLE001 - a bug: one line for the user, the traceback in -v
        return _internal_error(args, exc)
    return code


_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_BAD_PATH = frozenset({errno.ENAMETOOLONG, errno.ELOOP})


def _internal_error(args: argparse.Namespace, exc: BaseException) -> int:
    """A bug: one line for the user, the traceback in -v."""
    logger.debug("internal error", exc_info=exc)
    what = describe_exception(exc)
    _say(args, f"newsbrief: internal error ({what}); stored articles are kept, -v shows more")
    return ExitCode.FAILED


if __name__ == "__main__":
    sys.exit(main())
