from typing import NamedTuple


class Problem(NamedTuple):
    line: int  # line where the instruction starts (1-based); 0 for the whole file
    code: str  # unpinned-base, root-user, add-local, pip-cache or missing-expose
    message: str


def lint_dockerfile(text: str, port: int | None = None) -> list[Problem]:
    """Return the problems found in a Dockerfile, sorted by (line, code).

    Rules: unpinned-base (FROM without a tag other than latest, or a
    digest), root-user (final stage has no USER, or it is root/0),
    add-local (ADD of a non-URL source), pip-cache (pip install without
    --no-cache-dir), missing-expose (port given but not EXPOSEd in the
    final stage). Raises ValueError if there is no FROM.
    """
    raise NotImplementedError("parse the instructions, then apply each rule")
