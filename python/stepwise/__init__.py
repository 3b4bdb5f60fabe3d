"""Stepwise's learner-side Python package (standard library only).

`harness` grades an exercise: it loads the learner's module and the exercise's tests in memory,
runs every test in file order and returns a result dict in the documented results format.
`export` writes trained models (scikit-learn, or a network of your own) as ONNX files; see
docs/deploy.md; `onnx_reader` reads such a file back (inputs, outputs, nodes, weights) without
the onnx package. Everything runs unchanged in Pyodide and in CPython >= 3.10. The modules stay
flat in this folder: Pyodide is given its top-level files only.
"""
