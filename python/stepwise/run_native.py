"""Entry point of the native runtime: `python3 -I run_native.py`, driven by src/runner/native.

Reads one job as JSON from stdin and forks. The child limits its own resources, grades, writes
the result to the results pipe (not stdout, which the learner's code can write to) and exits at
once, so that nothing the learner registered (atexit, threads) runs afterwards. The parent stays
behind as the run's supervisor: a child subreaper, so that every process the learner's code
starts stays its descendant even after `setsid` or a double fork, and it ends them all before it
exits — when the grading is over, or when the host asks it to stop (SIGTERM at the time limit).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

# Per-file cap: a program that writes without end is stopped at this size ("File too large").
FILE_SIZE_LIMIT = 128 * 1024 * 1024
OPEN_FILES_LIMIT = 256
_PR_SET_CHILD_SUBREAPER = 36


def _limit_resources(memory_mb: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform (Windows): the host's wall-clock limit still applies
        return
    limits = (
        (resource.RLIMIT_AS, memory_mb * 1024 * 1024),
        (resource.RLIMIT_CPU, cpu_seconds),
        (resource.RLIMIT_FSIZE, FILE_SIZE_LIMIT),
        (resource.RLIMIT_NOFILE, OPEN_FILES_LIMIT),
    )
    for limit, value in limits:
        try:
            _soft, hard = resource.getrlimit(limit)
            capped = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(limit, (capped, capped))
        except (ValueError, OSError):
            pass  # e.g. macOS refuses RLIMIT_AS; the wall-clock limit still applies


def _no_core_files() -> None:
    """A crash (or the CPU limit's SIGXCPU) ends the run without writing a core dump anywhere."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def _become_subreaper() -> bool:
    """Linux only: orphans of our descendants are re-parented to us instead of to init."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError, ImportError):
        return False


def _descendants(root: int) -> list[int]:
    """Every process below `root`, read from /proc (parent links of all processes)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                # "pid (name) state ppid ...": the name may hold spaces and parentheses.
                parent = int(stat.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # it ended while we looked
        children.setdefault(parent, []).append(int(entry))
    found: list[int] = []
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _end_every_descendant() -> None:
    """Kills and reaps until no process of the run is left; new orphans keep arriving as we go."""
    me = os.getpid()
    while True:
        try:
            while os.waitpid(-1, os.WNOHANG)[0] != 0:
                pass
        except ChildProcessError:
            return  # no child left, so no descendant either: orphans would have come to us
        for pid in _descendants(me):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.002)


class _Stop(Exception):
    """The host asked the run to stop."""


def _raise_stop(_signum: int, _frame: object) -> None:
    raise _Stop


def _grade(job: dict, channel_fd: int) -> None:
    channel = os.fdopen(channel_fd, "w", encoding="utf-8")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from stepwise import harness

    _limit_resources(int(job["memoryLimitMb"]), int(job["cpuLimitSeconds"]))
    result = harness.run(
        learner_source=job["learnerSource"],
        module=job["module"],
        test_source=job["testSource"],
        test_filename=job["testFilename"],
        seed=int(job["seed"]),
    )
    channel.write(json.dumps({"token": job["token"], "result": result}))
    channel.flush()
    os._exit(0)


def _exit_like(status: int) -> None:
    """Ends the supervisor the way the grading process ended, so the host can tell why."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)
    os._exit(os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 1)


def main() -> None:
    job = json.loads(sys.stdin.read())
    # Keep the results pipe on a descriptor of our own and close the well-known one.
    channel_fd = os.dup(int(job["resultFd"]))
    os.close(int(job["resultFd"]))
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)

    _no_core_files()
    subreaper = _become_subreaper()
    signal.signal(signal.SIGTERM, _raise_stop)
    grader = os.fork()
    if grader == 0:
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            _grade(job, channel_fd)
        finally:
            os._exit(1)  # never fall through into the supervisor's part
    os.close(channel_fd)  # only the grading process writes results

    status = None
    try:
        status = os.waitpid(grader, 0)[1]
    except _Stop:
        pass
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # Without a subreaper (macOS) the host ends the run's process group instead.
    if subreaper:
        _end_every_descendant()
    if status is None:
        os._exit(1)
    _exit_like(status)


if __name__ == "__main__":
    main()
