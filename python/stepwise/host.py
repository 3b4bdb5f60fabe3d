"""The entry point for in-process hosts (Pyodide in a Node worker thread or a browser worker).

The host calls `run_json(job_json, seed, token)` and gets back one JSON string, so results come
back as a return value — never through stdout, which the learner's code can write to.
"""

from __future__ import annotations

import json

from . import harness

# Bound when the host starts, before any learner code: replacing json.dumps later cannot forge a reply.
_dumps = json.dumps
_loads = json.loads
_run = harness.run


def run_json(job_json: str, seed: int, token: str) -> str:
    job = _loads(job_json)
    result = _run(
        learner_source=job["learnerSource"],
        module=job["module"],
        test_source=job["testSource"],
        test_filename=job["testFilename"],
        seed=seed,
    )
    return _dumps({"token": token, "result": result})
