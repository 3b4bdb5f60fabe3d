"""A stand-in for onnxruntime, for the bundle's tests only.

pip's onnxruntime cannot be installed where Stepwise's tests run (no PyPI, and Debian has no
python3-onnxruntime), so the tests put this folder first on sys.path. The "model.onnx" the tests
write is JSON describing one of the tiny models below, each computed with numpy, so the tests
can check every route's JSON against numbers they know. Like onnxruntime, run() refuses inputs
of the wrong name, type or shape: the app must catch those first and say what to send.
"""
import json

import numpy as np

__version__ = "0.0.0-stand-in"

# A linear classifier on 3 features: probabilities = softmax(x @ W + b), label = argmax.
WEIGHTS = np.array([[1.0, -1.0], [0.5, 0.25], [-2.0, 1.0]], dtype=np.float32)
BIAS = np.array([0.1, -0.1], dtype=np.float32)

MODELS = {
    "classifier": {
        "inputs": [("input", "tensor(float)", ["N", 3])],
        "outputs": [("label", "tensor(int64)", ["N"]), ("probabilities", "tensor(float)", ["N", 2])],
    },
    "two-inputs": {
        "inputs": [("a", "tensor(float)", ["N", 2]), ("b", "tensor(float)", ["N", 2])],
        "outputs": [("total", "tensor(float)", ["N"])],
    },
    "fixed": {
        "inputs": [("x", "tensor(float)", [2, 3])],
        "outputs": [("doubled", "tensor(float)", [2, 3])],
    },
}


class NodeArg:
    def __init__(self, name, type, shape):
        self.name = name
        self.type = type
        self.shape = shape


class InvalidArgument(Exception):
    pass


def classify(feeds):
    scores = feeds["input"] @ WEIGHTS + BIAS
    exp = np.exp(scores - scores.max(axis=1, keepdims=True))
    probabilities = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
    return {"label": probabilities.argmax(axis=1).astype(np.int64), "probabilities": probabilities}


def add(feeds):
    return {"total": (feeds["a"].sum(axis=1) + 2 * feeds["b"].sum(axis=1)).astype(np.float32)}


def double(feeds):
    return {"doubled": feeds["x"] * np.float32(2)}


COMPUTE = {"classifier": classify, "two-inputs": add, "fixed": double}


class InferenceSession:
    def __init__(self, path, providers=None, **options):
        with open(path, "rb") as file:
            self.kind = json.loads(file.read())["stand-in"]
        model = MODELS[self.kind]
        self.inputs = [NodeArg(*node) for node in model["inputs"]]
        self.outputs = [NodeArg(*node) for node in model["outputs"]]

    def get_inputs(self):
        return self.inputs

    def get_outputs(self):
        return self.outputs

    def run(self, output_names, input_feed):
        if sorted(input_feed) != sorted(node.name for node in self.inputs):
            raise InvalidArgument("stand-in: inputs %s given, %s expected" % (sorted(input_feed), [n.name for n in self.inputs]))
        for node in self.inputs:
            value = input_feed[node.name]
            if not isinstance(value, np.ndarray) or value.dtype != np.float32:
                raise InvalidArgument("stand-in: %s must be a float32 array" % node.name)
            if len(value.shape) != len(node.shape) or any(
                isinstance(size, int) and size != got for size, got in zip(node.shape, value.shape)
            ):
                raise InvalidArgument("stand-in: %s has shape %s" % (node.name, value.shape))
        results = COMPUTE[self.kind](input_feed)
        names = output_names or [node.name for node in self.outputs]
        return [results[name] for name in names]
