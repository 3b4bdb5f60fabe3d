"""Entry point of the native runtime: `python3 -I run_native.py`, driven by src/runner/native.

Reads one job as JSON from stdin, limits its own memory, CPU, file sizes and open files, grades,
and writes the result to the results pipe (not stdout, which the learner's code can write to),
then exits at once so that nothing the learner registered (atexit, threads) runs afterwards.
The host ends every process the run started once it is over (see src/runner/native).
"""

from __future__ import annotations

import json
import os
import sys

# Per-file cap: a program that writes without end is stopped at this size ("File too large").
FILE_SIZE_LIMIT = 128 * 1024 * 1024
OPEN_FILES_LIMIT = 256


def _limit_resources(memory_mb: int, cpu_seconds: int, processes: int | None) -> None:
    try:
        import resource
    except ImportError:  # not on this platform (Windows): the host's wall-clock limit still applies
        return
    limits = [
        (resource.RLIMIT_AS, memory_mb * 1024 * 1024),
        (resource.RLIMIT_CPU, cpu_seconds),
        (resource.RLIMIT_FSIZE, FILE_SIZE_LIMIT),
        (resource.RLIMIT_NOFILE, OPEN_FILES_LIMIT),
        (resource.RLIMIT_CORE, 0),  # a crash or the CPU limit's SIGXCPU leaves no core file
    ]
    if processes is not None:
        # Counted per user: the sandbox runs each slot as a user of its own, so this caps the run.
        limits.append((resource.RLIMIT_NPROC, processes))
    for limit, value in limits:
        try:
            hard = resource.getrlimit(limit)[1]
            capped = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(limit, (capped, capped))
        except (ValueError, OSError):
            pass  # e.g. macOS refuses RLIMIT_AS; the wall-clock limit still applies


def main() -> None:
    job = json.loads(sys.stdin.read())
    channel_fd = int(job["resultFd"])
    # Keep the results pipe on a descriptor of our own and close the well-known one.
    channel = os.fdopen(os.dup(channel_fd), "w", encoding="utf-8")
    os.close(channel_fd)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from stepwise import harness

    processes = job.get("processLimit")
    _limit_resources(int(job["memoryLimitMb"]), int(job["cpuLimitSeconds"]), None if processes is None else int(processes))
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


if __name__ == "__main__":
    main()
