# Hidden tests: other networks than the visible ones — a square hidden layer with a non-square
# output layer, other sizes and class names, float32 weights, one-row batches, unchanged state.
import os
import tempfile

import numpy as np

from export_numpy_network import export_network
from stepwise.onnx_numpy import run_graph
from stepwise.onnx_reader import read_model


def saved_weights(n_features: int, n_hidden: int, n_classes: int, seed: int) -> dict:
    """Weights as a PyTorch state_dict holds them: each Linear layer's weight is (outputs, inputs)."""
    rng = np.random.default_rng(seed)
    return {
        "hidden.weight": rng.normal(size=(n_hidden, n_features)),
        "hidden.bias": rng.normal(size=n_hidden),
        "out.weight": rng.normal(size=(n_classes, n_hidden)),
        "out.bias": rng.normal(size=n_classes),
    }


def reference_probabilities(state: dict, x: np.ndarray) -> np.ndarray:
    """The saved network's own forward pass: softmax(relu(x @ Wh.T + bh) @ Wo.T + bo)."""
    hidden = np.maximum(x @ state["hidden.weight"].T + state["hidden.bias"], 0)
    logits = hidden @ state["out.weight"].T + state["out.bias"]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def export(state: dict, classes: list) -> bytes:
    path = os.path.join(tempfile.mkdtemp(), "iris.onnx")
    returned = export_network(state, classes, path)
    assert os.path.exists(path), f"export_network should write the ONNX file to {path}, but no file is there"
    with open(path, "rb") as file:
        written = file.read()
    assert returned == written, "the returned bytes should be the bytes written to path: mlp_to_onnx does both"
    return written


def test_square_hidden_layer_with_a_non_square_output():
    # 5 features and 5 hidden units: the hidden matrix fits either way round, only predictions tell.
    state = saved_weights(5, 5, 3, seed=11)
    rows = np.random.default_rng(12).normal(size=(30, 5))
    classes = ["low", "mid", "high"]
    answer = run_graph(np, read_model(export(state, classes)), rows)
    want = reference_probabilities(state, rows)
    assert np.allclose(answer["probabilities"], want, atol=1e-5), (
        "with a 5 x 5 hidden layer the probabilities differ from the saved network's: transpose every weight matrix"
    )
    assert list(answer["label"]) == [classes[i] for i in want.argmax(axis=1)], "labels should name the most probable class"


def test_other_sizes_and_class_names():
    state = saved_weights(3, 12, 5, seed=21)
    classes = ["a1", "b2", "c3", "d4", "e5"]
    model = read_model(export(state, classes))
    assert model.graph.name == "iris", f"the graph should be named 'iris', got {model.graph.name!r}"
    assert model.graph.inputs[0].shape[1:] == [3], f"3 features: input [N, 3], got {model.graph.inputs[0].shape}"
    rows = np.random.default_rng(22).normal(size=(25, 3)) * 2
    answer = run_graph(np, model, rows)
    want = reference_probabilities(state, rows)
    assert answer["probabilities"].shape == (25, 5) and np.allclose(answer["probabilities"], want, atol=1e-5), (
        "a 3-12-5 network's probabilities should match the saved network's forward pass"
    )
    assert list(answer["label"]) == [classes[i] for i in want.argmax(axis=1)], "labels should name the most probable class"


def test_float32_weights_and_a_single_row():
    state = {k: v.astype(np.float32) for k, v in saved_weights(4, 6, 2, seed=31).items()}
    row = np.array([[0.3, -1.2, 2.0, 0.7]])
    answer = run_graph(np, read_model(export(state, ["neg", "pos"])), row)
    want = reference_probabilities({k: v.astype(np.float64) for k, v in state.items()}, row)
    assert answer["probabilities"].shape == (1, 2) and np.allclose(answer["probabilities"], want, atol=1e-5), (
        f"one row through a 4-6-2 network: expected {want}, got {answer['probabilities']}"
    )


def test_state_is_not_modified():
    state = saved_weights(4, 8, 3, seed=41)
    before = {k: v.copy() for k, v in state.items()}
    export(state, ["x", "y", "z"])
    for key in before:
        assert state[key].shape == before[key].shape and np.array_equal(state[key], before[key]), (
            f"export_network changed state[{key!r}]; transpose into new arrays, do not modify the saved weights"
        )
