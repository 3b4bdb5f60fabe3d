import re
from typing import NamedTuple


class Problem(NamedTuple):
    line: int  # line where the instruction starts (1-based); 0 for the whole file
    code: str  # unpinned-base, root-user, add-local, pip-cache or missing-expose
    message: str


Instruction = tuple[int, str, str]  # (line number, KEYWORD, arguments)

SHELL_SEPARATORS = re.compile(r"&&|\|\||;|\|")
PIP = re.compile(r"(?:.*/)?pip3?")


def _parse(text: str) -> list[Instruction]:
    """Instructions with their starting line; comments dropped, continuations joined."""
    instructions: list[Instruction] = []
    parts: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue  # also inside a continuation, as Docker does
        if not parts:
            start = number
        continued = line.endswith("\\")
        parts.append(line[:-1].strip() if continued else line)
        if not continued:
            keyword, _, args = " ".join(parts).partition(" ")
            instructions.append((start, keyword.upper(), args.strip()))
            parts = []
    if parts:  # a trailing backslash on the last line
        keyword, _, args = " ".join(parts).partition(" ")
        instructions.append((start, keyword.upper(), args.strip()))
    return instructions


def _without_flags(args: str) -> list[str]:
    return [word for word in args.split() if not word.startswith("--")]


def _base_is_unpinned(image: str, stages: set[str]) -> bool:
    if image.lower() in stages or image == "scratch" or "$" in image:
        return False
    if "@" in image:  # a digest pins the exact image
        return False
    last = image.rsplit("/", 1)[-1]  # a ":" before the last "/" is a registry port
    _, colon, tag = last.partition(":")
    return not colon or tag == "latest"


def _pip_install_without_cache_flag(command: str) -> bool:
    words = command.split()
    for i, word in enumerate(words):
        if PIP.fullmatch(word) and "install" in words[i + 1:]:
            return "--no-cache-dir" not in words
    return False


def lint_dockerfile(text: str, port: int | None = None) -> list[Problem]:
    """Return the problems found in a Dockerfile, sorted by (line, code).

    Rules: unpinned-base (FROM without a tag other than latest, or a
    digest), root-user (final stage has no USER, or it is root/0),
    add-local (ADD of a non-URL source), pip-cache (pip install without
    --no-cache-dir), missing-expose (port given but not EXPOSEd in the
    final stage). Raises ValueError if there is no FROM.
    """
    instructions = _parse(text)
    if not any(keyword == "FROM" for _, keyword, _ in instructions):
        raise ValueError("not a Dockerfile: there is no FROM instruction")

    problems: list[Problem] = []
    stages: set[str] = set()
    # What we know about the current stage; reset at every FROM, so what is
    # left after the loop describes the final stage, the image that ships.
    last_user: tuple[int, str] | None = None
    exposed: set[int] = set()

    for line, keyword, args in instructions:
        if keyword == "FROM":
            words = _without_flags(args)
            image = words[0] if words else ""
            if _base_is_unpinned(image, stages):
                message = f"base image {image!r} is not pinned to a version tag or digest"
                problems.append(Problem(line, "unpinned-base", message))
            if len(words) >= 3 and words[1].upper() == "AS":
                stages.add(words[2].lower())
            last_user, exposed = None, set()
        elif keyword == "USER":
            last_user = (line, args.split(":")[0])
        elif keyword == "EXPOSE":
            exposed |= {int(p.split("/")[0]) for p in args.split() if p.split("/")[0].isdigit()}
        elif keyword == "ADD":
            sources = _without_flags(args)[:-1]  # the last word is the destination
            if any(not s.startswith(("http://", "https://")) for s in sources):
                problems.append(Problem(line, "add-local", "ADD of local files; use COPY instead"))
        elif keyword == "RUN":
            if any(_pip_install_without_cache_flag(c) for c in SHELL_SEPARATORS.split(args)):
                message = "pip install without --no-cache-dir leaves pip's cache in the image"
                problems.append(Problem(line, "pip-cache", message))

    if last_user is None:
        problems.append(Problem(0, "root-user", "the final stage has no USER, so it runs as root"))
    elif last_user[1] in ("root", "0"):
        problems.append(Problem(last_user[0], "root-user", "the final stage switches back to root"))
    if port is not None and port not in exposed:
        problems.append(Problem(0, "missing-expose", f"port {port} is not listed by EXPOSE"))
    return sorted(problems, key=lambda p: (p.line, p.code))
