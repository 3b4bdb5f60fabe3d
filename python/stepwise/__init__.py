"""Stepwise's learner-side Python package (standard library only).

`harness` grades an exercise: it loads the learner's module and the exercise's tests in memory,
runs every test in file order and returns a result dict in the documented results format.
It runs unchanged in Pyodide and in CPython >= 3.10.
"""
