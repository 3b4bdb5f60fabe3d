"""Rewrites `assert` statements in test files so that failures show the values compared.

`assert total(xs) == 6` that fails reports::

    assert total(xs) == 6
      left:  5
      right: 6

like pytest does, without pytest. The optional message is evaluated only when the assertion
fails, as Python itself does.

A comparison between a plain value (a number, string, list, …) and an object whose comparison
method is written in the learner's own file is refused: such an object can answer "equal" to
anything, and an assertion must not take its word for it.
"""

from __future__ import annotations

import ast
import operator
import reprlib
from typing import Any, Callable

_OPERATORS: dict[type[ast.cmpop], tuple[str, Callable[[Any, Any], Any]]] = {
    ast.Eq: ("==", operator.eq),
    ast.NotEq: ("!=", operator.ne),
    ast.Lt: ("<", operator.lt),
    ast.LtE: ("<=", operator.le),
    ast.Gt: (">", operator.gt),
    ast.GtE: (">=", operator.ge),
    ast.Is: ("is", operator.is_),
    ast.IsNot: ("is not", operator.is_not),
    ast.In: ("in", lambda a, b: a in b),
    ast.NotIn: ("not in", lambda a, b: a not in b),
}

_repr = reprlib.Repr()
_repr.maxstring = 200
_repr.maxother = 200
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 20

COMPARE_HELPER = "__stepwise_assert_compare__"
TRUTH_HELPER = "__stepwise_assert_truth__"


def _describe(message: Callable[[], object] | None, lines: list[str]) -> str:
    text = "\n".join(lines)
    if message is None:
        return text
    return f"{message()}\n{text}"


# Values whose comparisons are Python's own.
_PLAIN = (int, float, complex, str, bytes, bool, type(None), list, tuple, dict, set, frozenset)

# The methods that decide each comparison, the reflected one included.
_DECIDED_BY = {
    "==": ("__eq__",),
    "!=": ("__ne__", "__eq__"),
    "<": ("__lt__", "__gt__"),
    "<=": ("__le__", "__ge__"),
    ">": ("__gt__", "__lt__"),
    ">=": ("__ge__", "__le__"),
}


def _self_judging(value: Any, methods: tuple[str, ...], learner_files: frozenset[str]) -> bool:
    """Whether one of the value's class's `methods` is Python code from the learner's files."""
    for method in methods:
        code = getattr(getattr(type(value), method, None), "__code__", None)
        if code is not None and code.co_filename in learner_files:
            return True
    return False


def _judged_by_learner(left: Any, right: Any, op: str, learner_files: frozenset[str]) -> bool:
    if op in ("in", "not in"):
        return _self_judging(right, ("__contains__",), learner_files) and isinstance(left, _PLAIN)
    methods = _DECIDED_BY.get(op)
    if methods is None:
        return False
    return (isinstance(right, _PLAIN) and _self_judging(left, methods, learner_files)) or (
        isinstance(left, _PLAIN) and _self_judging(right, methods, learner_files)
    )


def _compare(learner_files: frozenset[str]) -> Callable[..., None]:
    def assert_compare(left: Any, right: Any, op: str, message: Callable[[], object] | None, source: str) -> None:
        """Evaluates `left <op> right`; on failure raises AssertionError showing both sides."""
        if _judged_by_learner(left, right, op, learner_files):
            raise AssertionError(
                f"assert {source}\n  a value from your code decides this comparison itself (its class defines how it "
                "compares, in your file), so the test cannot take its word: return a plain value — a number, string, "
                "list, tuple or dict"
            )
        symbol_and_test = next(pair for pair in _OPERATORS.values() if pair[0] == op)
        if symbol_and_test[1](left, right):
            return
        raise AssertionError(
            _describe(message, [f"assert {source}", f"  left:  {_repr.repr(left)}", f"  right: {_repr.repr(right)}"])
        )

    return assert_compare


def _truth(learner_files: frozenset[str]) -> Callable[..., None]:
    def assert_truth(value: Any, message: Callable[[], object] | None, source: str) -> None:
        """Evaluates a plain `assert value`; on failure shows what the value was."""
        if _self_judging(value, ("__bool__", "__len__"), learner_files):
            raise AssertionError(
                f"assert {source}\n  a value from your code decides whether it counts as true (its class defines "
                "__bool__ or __len__ in your file), so the test cannot take its word: return True or False"
            )
        if value:
            return
        raise AssertionError(_describe(message, [f"assert {source}", f"  value: {_repr.repr(value)}"]))

    return assert_truth


class _AssertRewriter(ast.NodeTransformer):
    def __init__(self, source: str) -> None:
        self._source = source

    def visit_Assert(self, node: ast.Assert) -> ast.AST:
        text = ast.get_source_segment(self._source, node.test) or ast.unparse(node.test)
        text = " ".join(text.split())
        message: ast.expr = (
            ast.Lambda(
                args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]),
                body=node.msg,
            )
            if node.msg is not None
            else ast.Constant(None)
        )
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in _OPERATORS:
            symbol = _OPERATORS[type(test.ops[0])][0]
            call = ast.Call(
                func=ast.Name(COMPARE_HELPER, ast.Load()),
                args=[test.left, test.comparators[0], ast.Constant(symbol), message, ast.Constant(text)],
                keywords=[],
            )
        else:
            call = ast.Call(
                func=ast.Name(TRUTH_HELPER, ast.Load()),
                args=[test, message, ast.Constant(text)],
                keywords=[],
            )
        return ast.copy_location(ast.Expr(call), node)


def compile_with_rewritten_asserts(source: str, filename: str) -> Any:
    """Compiles test source with every `assert` rewritten to report its values."""
    tree = ast.parse(source, filename)
    tree = _AssertRewriter(source).visit(tree)
    ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec")


def helpers(learner_files: frozenset[str] = frozenset()) -> dict[str, Callable[..., None]]:
    """The names the rewritten code calls; put them in the test module's namespace.

    `learner_files` are the files of the code under test: comparisons decided by code from them
    are refused (see the module's docstring).
    """
    return {COMPARE_HELPER: _compare(learner_files), TRUTH_HELPER: _truth(learner_files)}
