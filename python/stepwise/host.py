"""The entry point for in-process hosts (Pyodide in a Node worker thread or a browser worker).

The host calls `run_json(job_json, seed, token)` and gets back one JSON string, so results come
back as a return value — never through stdout, which the learner's code can write to.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from typing import Iterator

from . import harness

# Bound when the host starts, before any learner code: replacing json.dumps later cannot forge a reply.
_dumps = json.dumps
_loads = json.loads
_run = harness.run


@contextmanager
def _in_data_directory(files: list[dict[str, str]]) -> Iterator[None]:
    """Runs the job in a fresh folder holding its data files, as the native runner does.

    The host validated the names (plain file names, no folders); the folder goes when the run ends.
    """
    previous = os.getcwd()
    folder = tempfile.mkdtemp(prefix="stepwise-run-")
    try:
        for file in files:
            with open(os.path.join(folder, file["name"]), "w", encoding="utf-8") as handle:
                handle.write(file["text"])
        os.chdir(folder)
        yield
    finally:
        os.chdir(previous)
        shutil.rmtree(folder, ignore_errors=True)


def run_json(job_json: str, seed: int, token: str) -> str:
    job = _loads(job_json)
    with _in_data_directory(job.get("dataFiles") or []):
        result = _run(
            learner_source=job["learnerSource"],
            module=job["module"],
            test_source=job["testSource"],
            test_filename=job["testFilename"],
            seed=seed,
        )
    return _dumps({"token": token, "result": result})


def forget_file_listings() -> None:
    """Makes the import system look at its folders again, for files written after it listed them.

    A restored memory snapshot remembers the harness's folders as they were when it was made, and
    the host then writes the files anew. `importlib.invalidate_caches()` would do this too, but it
    also imports `importlib.metadata` and what that needs: 40-60 ms in Pyodide, on every restore.
    """
    for finder in list(sys.path_importer_cache.values()):
        if finder is not None and hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()
