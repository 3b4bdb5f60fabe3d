"""Turns Python errors into messages a beginner can act on."""

from __future__ import annotations

import traceback
from types import TracebackType


def syntax_error(error: SyntaxError, filename: str) -> str:
    """`line 3 of dot_product.py` plus the line with a caret under the problem."""
    kind = "indentation error" if isinstance(error, IndentationError) else "syntax error"
    where = f"line {error.lineno}" if error.lineno else "an unknown line"
    lines = [f"Your code has a {kind} on {where} of {filename}: {error.msg}"]
    if error.text:
        text = error.text.rstrip("\n")
        stripped = text.lstrip()
        lines.append(f"    {stripped}")
        if error.offset:
            column = max(error.offset - 1 - (len(text) - len(stripped)), 0)
            lines.append("    " + " " * column + "^")
    return "\n".join(lines)


def _where(tb: TracebackType | None, filenames: set[str]) -> str:
    """The deepest frame in the learner's or the tests' file, as `line N of file: code`."""
    frames = [frame for frame in traceback.extract_tb(tb) if frame.filename in filenames]
    if not frames:
        return ""
    frame = frames[-1]
    code = f": {frame.line.strip()}" if frame.line else ""
    return f" (line {frame.lineno} of {frame.filename}{code})"


_HINTS = {
    NotImplementedError: "replace `raise NotImplementedError` with your code",
    RecursionError: "a function calls itself too deeply; check that the recursion has a base case",
    MemoryError: "your code tried to use more memory than it may; look for a data structure that grows without end",
    EOFError: "input() cannot be used here; the tests call your functions directly",
}


def exception(error: BaseException, filenames: set[str]) -> str:
    """`TypeError: ... (line 4 of dot_product.py: return a + b)` plus a hint where we have one."""
    if isinstance(error, SystemExit):
        return "Your code called sys.exit(); exercises are graded by calling your functions, so return a value instead" + _where(
            error.__traceback__, filenames
        )
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    text += _where(error.__traceback__, filenames)
    for kind, hint in _HINTS.items():
        if isinstance(error, kind):
            return f"{text} — {hint}"
    return text
