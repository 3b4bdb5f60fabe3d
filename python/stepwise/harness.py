"""Grades a learner's module against an exercise's tests, in memory, in file order.

`run(...)` returns the results dict documented in docs/results-format.md. It never raises:
whatever the learner's code does (syntax errors, sys.exit, floods of output, deep recursion),
the outcome is a result. Only KeyboardInterrupt — the host stopping the run — ends it early,
and even then a result with the tests finished so far is returned.
"""

from __future__ import annotations

import builtins
import linecache
import random
import sys
import time
import types
import unittest
from typing import Any, Callable, Iterator

from . import messages
from .assertions import compile_with_rewritten_asserts, helpers
from .capture import CappedStream, OutputLimitExceeded

TEST_OUTPUT_KEEP = 2_000
RUN_OUTPUT_LIMIT = 1_000_000


def _no_input(prompt: object = "") -> str:
    raise EOFError("input() is not available while tests run")


def _register_source(filename: str, source: str) -> None:
    # Tracebacks read source lines through linecache; our files exist only in memory.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)


def _load_module(name: str, filename: str, code: Any) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = filename
    sys.modules[name] = module
    exec(code, module.__dict__)
    return module


def _tests_in_file_order(module: types.ModuleType, filename: str) -> Iterator[tuple[str, Callable[[], None]]]:
    """Yields (name, run) for test functions and TestCase methods, in the order they are defined."""
    for name, value in list(vars(module).items()):
        if isinstance(value, types.FunctionType) and name.startswith("test_") and value.__code__.co_filename == filename:
            yield name, value
        elif isinstance(value, type) and issubclass(value, unittest.TestCase) and value.__module__ == module.__name__:
            for method in [key for key in vars(value) if key.startswith("test") and callable(getattr(value, key))]:
                yield f"{name}.{method}", _unittest_runner(value, method)


def _unittest_runner(case_class: type[unittest.TestCase], method: str) -> Callable[[], None]:
    def run_case() -> None:
        result = unittest.TestResult()
        case_class(method).run(result)
        for _, trace in result.errors:
            raise _ReportedError(trace.strip().splitlines()[-1])
        for _, trace in result.failures:
            raise AssertionError(trace.strip().splitlines()[-1].removeprefix("AssertionError: "))
        for _, reason in result.skipped:
            raise _ReportedError(f"skipped: {reason}")

    return run_case


class _ReportedError(Exception):
    """An error unittest already caught and formatted."""


def _summary(tests: list[dict[str, Any]]) -> tuple[str, str]:
    counts = {status: sum(1 for test in tests if test["status"] == status) for status in ("pass", "fail", "error")}
    total = len(tests)
    if total == 0:
        return "error", "The test file defines no tests (functions named test_… or unittest.TestCase methods)."
    if counts["pass"] == total:
        return "pass", f"All {total} tests passed." if total > 1 else "The test passed."
    parts = [f"{counts['pass']} of {total} passed"]
    if counts["fail"]:
        parts.append(f"{counts['fail']} failed")
    if counts["error"]:
        parts.append(f"{counts['error']} raised an error")
    return ("error" if counts["error"] else "fail"), ", ".join(parts) + "."


def run(
    *,
    learner_source: str,
    module: str,
    test_source: str,
    test_filename: str,
    seed: int,
) -> dict[str, Any]:
    """Runs the tests in `test_source` against `learner_source` loaded as module `module`."""
    started = time.perf_counter()
    learner_filename = f"{module}.py"
    filenames = {learner_filename, test_filename}
    stream = CappedStream(TEST_OUTPUT_KEEP, RUN_OUTPUT_LIMIT)
    saved_streams = (sys.stdout, sys.stderr)
    saved_builtins = dict(builtins.__dict__)
    sys.stdout = sys.stderr = stream
    builtins.input = _no_input
    random.seed(seed)
    tests: list[dict[str, Any]] = []

    def finish(status: str, message: str, output: str = "") -> dict[str, Any]:
        return {
            "status": status,
            "message": message,
            "tests": tests,
            "output": output,
            "durationMs": round((time.perf_counter() - started) * 1000, 3),
        }

    try:
        _register_source(learner_filename, learner_source)
        _register_source(test_filename, test_source)
        try:
            learner_code = compile(learner_source, learner_filename, "exec")
        except SyntaxError as error:
            return finish("error", messages.syntax_error(error, learner_filename))
        try:
            test_code = compile_with_rewritten_asserts(test_source, test_filename)
        except SyntaxError as error:
            return finish("error", "The exercise's test file does not compile — please report this. " + messages.syntax_error(error, test_filename))
        try:
            _load_module(module, learner_filename, learner_code)
        except (KeyboardInterrupt, OutputLimitExceeded):
            raise
        except BaseException as error:  # noqa: BLE001 — anything the learner's top level does is reported
            return finish("error", "Your code raised an error while it was loading: " + messages.exception(error, filenames), stream.take())
        load_output = stream.take()
        test_module = types.ModuleType(test_filename.removesuffix(".py"))
        test_module.__file__ = test_filename
        test_module.__dict__.update(helpers(frozenset({learner_filename})))
        try:
            exec(test_code, test_module.__dict__)
        except (KeyboardInterrupt, OutputLimitExceeded):
            raise
        except ImportError as error:
            name = getattr(error, "name", None)
            missing = str(error).split("'")[1] if str(error).startswith("cannot import name") else name
            return finish("error", f"The tests need `{missing}` from your code, but it is not defined. Keep the names from the starter.", load_output)
        except BaseException as error:  # noqa: BLE001
            return finish("error", "The tests could not be loaded: " + messages.exception(error, filenames), load_output)

        for name, test in _tests_in_file_order(test_module, test_filename):
            test_started = time.perf_counter()
            entry: dict[str, Any] = {"name": name, "status": "pass", "message": None}
            try:
                test()
            except (KeyboardInterrupt, OutputLimitExceeded):
                raise
            except AssertionError as error:
                entry["status"], entry["message"] = "fail", str(error) or "assertion failed"
            except _ReportedError as error:
                entry["status"], entry["message"] = "error", str(error)
            except BaseException as error:  # noqa: BLE001 — SystemExit, MemoryError, ... are errors of this test
                entry["status"], entry["message"] = "error", messages.exception(error, filenames)
            entry["output"] = stream.take()
            entry["durationMs"] = round((time.perf_counter() - test_started) * 1000, 3)
            tests.append(entry)
        status, message = _summary(tests)
        return finish(status, message, load_output)
    except KeyboardInterrupt:
        return finish("error", "interrupted", stream.take())
    except OutputLimitExceeded:
        return finish(
            "error",
            f"Your code printed more than {RUN_OUTPUT_LIMIT:,} characters, so the run was stopped. Remove print() calls inside loops.",
            stream.take(),
        )
    finally:
        sys.stdout, sys.stderr = saved_streams
        # A warm interpreter runs many learners' code: undo what this run may have changed.
        # Library modules (numpy, ...) stay imported: reloading them is slow and they hold no learner state.
        builtins.__dict__.clear()
        builtins.__dict__.update(saved_builtins)
        sys.modules.pop(module, None)
        for filename in filenames:
            linecache.cache.pop(filename, None)
