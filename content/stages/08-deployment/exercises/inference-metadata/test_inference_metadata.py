from stepwise import onnx_writer
from stepwise.export import mlp_to_onnx

from inference_metadata import tensor_metadata

# A small network as plain lists: 4 features -> 3 hidden units -> 3 classes.
HIDDEN = ([[0.5, -1.0, 0.2], [1.5, 0.5, -0.7], [0.1, 0.2, 0.3], [-0.4, 0.0, 1.0]], [0.1, 0.0, -0.1], "relu")
OUTPUT = ([[1.0, 0.0, -1.0], [0.3, 0.3, 0.3], [0.5, -0.5, 0.0]], [0.0, 0.1, 0.2], "softmax")


def hand_made(inputs: list, outputs: list) -> bytes:
    """A model whose inputs and outputs are given as (name, ONNX element type, shape); each output copies input 0."""
    nodes = [onnx_writer.node("Identity", [inputs[0][0]], [name], f"copy_{name}") for name, _, _ in outputs]
    graph = onnx_writer.graph(
        "hand_made", nodes, [],
        [onnx_writer.value_info(*spec) for spec in inputs],
        [onnx_writer.value_info(*spec) for spec in outputs],
    )
    return onnx_writer.model(graph, {"": 17}, 8, "tests")


def test_describes_a_classifiers_input():
    meta = tensor_metadata(mlp_to_onnx([HIDDEN, OUTPUT]))
    assert meta["inputs"] == [{"name": "input", "datatype": "FP32", "shape": [-1, 4]}], (
        f"expected the input as FP32 of shape [-1, 4] (the batch is free), got {meta['inputs']}"
    )


def test_describes_label_and_probabilities_in_order():
    meta = tensor_metadata(mlp_to_onnx([HIDDEN, OUTPUT]))
    assert meta["outputs"] == [
        {"name": "label", "datatype": "INT64", "shape": [-1]},
        {"name": "probabilities", "datatype": "FP32", "shape": [-1, 3]},
    ], f"expected label (INT64, [-1]) then probabilities (FP32, [-1, 3]), got {meta['outputs']}"


def test_string_labels_travel_as_bytes():
    meta = tensor_metadata(mlp_to_onnx([HIDDEN, OUTPUT], classes=["cat", "dog", "fish"]))
    label = meta["outputs"][0]
    assert label["datatype"] == "BYTES", f"string tensors are BYTES in the protocol, got {label['datatype']}"


def test_describes_a_regressor_with_two_targets():
    data = mlp_to_onnx([HIDDEN, ([[1.0, 2.0], [0.5, 0.0], [0.0, 1.0]], [0.0, 0.0], "identity")], task="regressor")
    meta = tensor_metadata(data)
    assert meta["outputs"] == [{"name": "prediction", "datatype": "FP32", "shape": [-1, 2]}], (
        f"expected one output 'prediction', FP32 of shape [-1, 2], got {meta['outputs']}"
    )


def test_keeps_fixed_sizes_and_writes_minus_one_for_every_free_one():
    data = hand_made(
        inputs=[("image", 2, [1, 28, 28])],                              # uint8, every size fixed
        outputs=[("scores", 11, ["batch", "k"]), ("ids", 6, [3, "n"])],  # double, int32
    )
    meta = tensor_metadata(data)
    assert meta["inputs"] == [{"name": "image", "datatype": "UINT8", "shape": [1, 28, 28]}], (
        f"fixed sizes stay as they are, got {meta['inputs']}"
    )
    assert meta["outputs"] == [
        {"name": "scores", "datatype": "FP64", "shape": [-1, -1]},
        {"name": "ids", "datatype": "INT32", "shape": [3, -1]},
    ], f"any named size is free, whatever its name, so it becomes -1; got {meta['outputs']}"


def test_several_inputs_keep_the_files_order():
    data = hand_made(inputs=[("b_second", 1, ["N", 2]), ("a_first", 7, ["N"]), ("flag", 9, [])],
                     outputs=[("out", 1, ["N", 2])])
    names = [tensor["name"] for tensor in tensor_metadata(data)["inputs"]]
    assert names == ["b_second", "a_first", "flag"], f"keep the inputs in the file's order, got {names}"
    flag = tensor_metadata(data)["inputs"][2]
    assert flag == {"name": "flag", "datatype": "BOOL", "shape": []}, f"a bool scalar has shape [], got {flag}"


def test_refuses_a_type_the_protocol_cannot_name():
    data = hand_made(inputs=[("x", 1, ["N", 2])], outputs=[("half", 16, ["N", 2])])  # bfloat16
    try:
        tensor_metadata(data)
    except ValueError as error:
        assert "half" in str(error), f"the error should name the tensor 'half', got: {error}"
    else:
        raise AssertionError("bfloat16 has no datatype in the protocol: expected a ValueError naming 'half'")


def test_refuses_bytes_that_are_not_a_model():
    try:
        tensor_metadata(b'{"inputs": []}')
    except ValueError:
        pass
    else:
        raise AssertionError("JSON is not an ONNX model: expected a ValueError")
