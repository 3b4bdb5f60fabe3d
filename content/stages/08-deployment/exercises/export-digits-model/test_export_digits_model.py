import os
import tempfile
from functools import lru_cache

import numpy as np
from sklearn.datasets import load_digits

from export_digits_model import export_digit_classifier
from stepwise.onnx_numpy import run_graph
from stepwise.onnx_reader import read_model

DIGITS = load_digits()  # 1,797 images of 8 x 8 pixels, 0 (background) to 16 (ink)
IMAGES, LABELS = DIGITS.images, DIGITS.target
TRAIN, HELD_OUT = slice(0, 1200), slice(1200, None)  # 1,200 images to learn from, 597 to check


@lru_cache(maxsize=None)
def exported(only_digits_below: int = 10) -> tuple[bytes, bytes]:
    """Calls export_digit_classifier once per training set; returns (what it returned, the file's bytes)."""
    keep = LABELS[TRAIN] < only_digits_below
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "digits.onnx")
    returned = export_digit_classifier(IMAGES[TRAIN][keep], LABELS[TRAIN][keep], path)
    assert os.path.exists(path), f"export_digit_classifier should write the ONNX file to {path}, but no file is there"
    with open(path, "rb") as file:
        return returned, file.read()


def test_returns_the_bytes_it_wrote_to_path():
    returned, written = exported()
    assert isinstance(returned, bytes), f"expected the ONNX file's bytes, got {type(returned).__name__}"
    assert returned == written, (
        f"the bytes returned ({len(returned)}) should be the file written to path ({len(written)}): "
        "to_onnx(model, path) does both"
    )


def test_file_is_an_onnx_model_named_digits():
    model = read_model(exported()[1])  # raises ValueError, saying why, if the bytes are not ONNX
    assert model.graph.name == "digits", (
        f"the graph should be named 'digits' (to_onnx's name=), got {model.graph.name!r}"
    )


def test_input_is_float_rows_of_64_pixels_with_a_free_batch_size():
    inputs = read_model(exported()[1]).graph.inputs
    assert [i.name for i in inputs] == ["input"], f"expected one input named 'input', got {[i.name for i in inputs]}"
    assert inputs[0].type_name == "float", f"the input should be float (float32), got {inputs[0].type_name}"
    shape = inputs[0].shape
    assert shape is not None and len(shape) == 2 and shape[1] == 64, (
        f"the input should be [N, 64]: one row of 8 x 8 = 64 pixels per image, got {shape}; "
        "flatten the images before fitting"
    )
    assert isinstance(shape[0], str), (
        f"the number of rows should be free (a name such as 'N'), so clients can send any batch, got {shape[0]!r}"
    )


def test_outputs_are_label_and_probabilities_over_ten_classes():
    outputs = {o.name: o for o in read_model(exported()[1]).graph.outputs}
    assert sorted(outputs) == ["label", "probabilities"], (
        f"a classifier should answer with 'label' and 'probabilities', got {sorted(outputs)}"
    )
    assert outputs["label"].type_name == "int64", f"labels should be int64 digits, got {outputs['label'].type_name}"
    shape = outputs["probabilities"].shape
    assert shape is not None and shape[1:] == [10], (
        f"probabilities should be [N, 10], one column per digit, got {shape}"
    )


def test_scaling_happens_inside_the_model():
    model = read_model(exported()[1])
    first = next(node for node in model.graph.nodes if "input" in node.inputs)
    assert first.op_type in ("Sub", "Div", "Mul"), (
        f"the first operation on the raw pixels should be the scaler's (Sub/Div for StandardScaler, Mul for "
        f"MinMaxScaler), got {first.op_type}: put the scaler in the Pipeline so it is exported with the model"
    )


def test_predicts_held_out_raw_images_accurately():
    rows = IMAGES[HELD_OUT].reshape(-1, 64)  # raw pixels 0-16, as a client would send them
    answer = run_graph(np, read_model(exported()[1]), rows)
    accuracy = float(np.mean(answer["label"] == LABELS[HELD_OUT]))
    assert accuracy >= 0.9, (
        f"on 597 held-out images sent as raw pixels the exported model is right {accuracy:.1%} of the time; "
        "a scaled logistic regression gets over 90%. Did the model learn from rows scaled some other way?"
    )


def test_label_is_the_most_probable_class_and_probabilities_sum_to_one():
    answer = run_graph(np, read_model(exported()[1]), IMAGES[HELD_OUT][:50].reshape(-1, 64))
    probabilities = answer["probabilities"]
    assert np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5), "each row of probabilities should sum to 1"
    assert np.array_equal(answer["label"], probabilities.argmax(axis=1)), (
        "the label should be the most probable digit in every row"
    )


def test_number_of_classes_follows_the_training_labels():
    model = read_model(exported(only_digits_below=5)[1])
    shape = next(o.shape for o in model.graph.outputs if o.name == "probabilities")
    assert shape is not None and shape[1:] == [5], (
        f"trained on the digits 0-4 only, the model knows 5 classes, so probabilities should be [N, 5], got {shape}"
    )
    labels = run_graph(np, model, IMAGES[HELD_OUT][:50].reshape(-1, 64))["label"]
    assert set(labels.tolist()) <= {0, 1, 2, 3, 4}, f"it can only answer 0-4, got {sorted(set(labels.tolist()))}"
