"""Reads weights and class labels as plain Python values, without importing numpy.

Anything with `.tolist()` (numpy arrays and scalars) goes through it, so the exporter needs no
numpy of its own and runs where numpy is absent; nested lists and tuples are taken as they are.
Non-finite weights are refused: one NaN (a training run that diverged) makes every prediction NaN.
"""

from __future__ import annotations

import math
from typing import Any

from .onnx_writer import INT64, STRING


def plain(value: Any) -> Any:
    """`value.tolist()` when it has one (numpy), else `value`."""
    return value.tolist() if hasattr(value, "tolist") else value


def number(value: Any, what: str) -> float:
    """One finite number as a float."""
    value = plain(value)
    if isinstance(value, (str, bytes)) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must hold numbers, got {type(value).__name__} {value!r}")
    result = float(value)
    if not math.isfinite(result):
        raise ValueError(f"{what} holds {result}: NaN or infinite weights cannot be exported (did training diverge?)")
    return result


def vector(value: Any, what: str) -> list[float]:
    """A 1-D array (or list) of finite numbers."""
    items = plain(value)
    if not isinstance(items, (list, tuple)) or any(isinstance(item, (list, tuple)) for item in items):
        raise ValueError(f"{what} must be a 1-D array of numbers, got {_describe(items)}")
    return [number(item, what) for item in items]


def matrix(value: Any, what: str) -> list[list[float]]:
    """A 2-D array (or list of equally long lists) of finite numbers, at least 1 x 1."""
    rows = plain(value)
    if (
        not isinstance(rows, (list, tuple))
        or not rows
        or not all(isinstance(row, (list, tuple)) and row for row in rows)
        or len({len(row) for row in rows}) != 1
    ):
        raise ValueError(f"{what} must be a 2-D array of numbers (rows of equal length), got {_describe(rows)}")
    return [vector(row, what) for row in rows]


def class_labels(value: Any, what: str) -> tuple[int, list[Any]]:
    """Class labels as (ONNX data type, values): whole numbers become INT64, strings STRING.

    Whole floats such as 1.0 and bools count as integers, since a label column read with pandas
    often arrives as floats; any other kind of label is refused rather than guessed at.
    """
    labels = plain(value)
    if not isinstance(labels, (list, tuple)) or len(labels) < 2:
        raise ValueError(f"{what} must list at least two classes, got {labels!r}")
    if all(isinstance(label, str) for label in labels):
        return STRING, list(labels)
    if all(isinstance(label, (int, float)) and float(label).is_integer() for label in labels):
        return INT64, [int(label) for label in labels]
    odd = next(label for label in labels if not (isinstance(label, (int, float)) and float(label).is_integer()))
    raise TypeError(
        f"{what} must be all integers or all strings, got {odd!r} ({type(odd).__name__}) among {labels!r}: "
        "encode the labels as integers (e.g. with sklearn.preprocessing.LabelEncoder) before fitting"
    )


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
