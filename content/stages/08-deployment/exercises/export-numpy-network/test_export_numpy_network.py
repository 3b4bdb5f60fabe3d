import os
import tempfile

import numpy as np

from export_numpy_network import export_network
from stepwise.onnx_numpy import run_graph
from stepwise.onnx_reader import read_model

CLASSES = ["setosa", "versicolor", "virginica"]


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


ROWS = np.random.default_rng(0).normal(size=(40, 4))


def test_writes_an_onnx_model_named_iris():
    model = read_model(export(saved_weights(4, 8, 3, seed=1), CLASSES))
    assert model.graph.name == "iris", f"the graph should be named 'iris' (mlp_to_onnx's name=), got {model.graph.name!r}"


def test_input_takes_rows_of_four_features():
    inputs = read_model(export(saved_weights(4, 8, 3, seed=1), CLASSES)).graph.inputs
    shape = inputs[0].shape
    assert shape is not None and shape[1:] == [4], (
        f"the input should be [N, 4], one value per feature, got {shape}. A first dimension of 8 means the "
        "hidden weight went in as (outputs, inputs): mlp_to_onnx wants (inputs, outputs)"
    )


def test_outputs_are_string_labels_and_three_probabilities():
    outputs = {o.name: o for o in read_model(export(saved_weights(4, 8, 3, seed=1), CLASSES)).graph.outputs}
    assert sorted(outputs) == ["label", "probabilities"], f"expected label and probabilities, got {sorted(outputs)}"
    assert outputs["label"].type_name == "string", (
        f"with class names the label should be a string tensor, got {outputs['label'].type_name}: pass classes="
    )
    assert outputs["probabilities"].shape[1:] == [3], (
        f"probabilities should be [N, 3], got {outputs['probabilities'].shape}"
    )


def test_probabilities_match_the_saved_network():
    state = saved_weights(4, 8, 3, seed=1)
    got = run_graph(np, read_model(export(state, CLASSES)), ROWS)["probabilities"]
    want = reference_probabilities(state, ROWS)
    worst = float(np.max(np.abs(got - want)))
    assert worst < 1e-5, (
        f"the exported network's probabilities differ from the saved network's by up to {worst:.3g}; "
        "check the orientation of each weight matrix and each layer's activation"
    )


def test_labels_are_the_names_of_the_most_probable_classes():
    state = saved_weights(4, 8, 3, seed=1)
    got = run_graph(np, read_model(export(state, CLASSES)), ROWS)["label"]
    want = [CLASSES[i] for i in reference_probabilities(state, ROWS).argmax(axis=1)]
    assert list(got) == want, f"expected labels {want[:5]}..., got {list(got)[:5]}..."


def test_square_layers_are_transposed_too():
    # With 4 features, 4 hidden units and 4 classes every shape fits either way round,
    # so only the predictions show whether the weights were transposed.
    state = saved_weights(4, 4, 4, seed=2)
    classes = ["a", "b", "c", "d"]
    got = run_graph(np, read_model(export(state, classes)), ROWS)["probabilities"]
    want = reference_probabilities(state, ROWS)
    assert np.allclose(got, want, atol=1e-5), (
        "with square weight matrices nothing fails loudly, but the probabilities are wrong: mlp_to_onnx computes "
        "x @ W + b, the saved network x @ W.T + b"
    )


def test_other_sizes_work_without_changes():
    state = saved_weights(6, 16, 2, seed=3)
    rows = np.random.default_rng(4).normal(size=(20, 6))
    got = run_graph(np, read_model(export(state, ["no", "yes"])), rows)["probabilities"]
    assert got.shape == (20, 2), f"a 6-16-2 network should give probabilities of shape (20, 2), got {got.shape}"
    assert np.allclose(got, reference_probabilities(state, rows), atol=1e-5), (
        "the 6-16-2 network's probabilities differ from the saved network's"
    )
