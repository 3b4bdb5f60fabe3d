# Hidden tests: other models than the visible ones — other network sizes and class labels, the
# remaining datatypes, unnamed and mid-position free sizes, and the other refusals (no shape, a
# sequence, complex64), each error naming the tensor. The files are encoded by hand below.
from stepwise.export import mlp_to_onnx

from inference_metadata import tensor_metadata


# A minimal protobuf encoder for the few ONNX messages these tests need (field numbers from onnx.proto).
def varint(value):
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def field(number, payload):
    if isinstance(payload, int):
        return varint(number << 3) + varint(payload)
    if isinstance(payload, str):
        payload = payload.encode()
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def dim(d):
    if d is None:
        return field(1, b"")                      # a dimension with neither a size nor a name
    return field(1, field(1, d) if isinstance(d, int) else field(2, d))


def tensor_type(elem_type, shape):
    body = field(1, elem_type)
    if shape is not None:                         # None: the file gives no shape at all
        body += field(2, b"".join(dim(d) for d in shape))
    return field(1, body)                         # TypeProto.tensor_type


def sequence_type(elem_type, shape):
    return field(4, field(1, tensor_type(elem_type, shape)))  # TypeProto.sequence_type


def value_info(name, type_bytes):
    return field(1, name) + field(2, type_bytes)


def model(inputs, outputs):
    nodes = b"".join(
        field(1, field(1, inputs[0][0]) + field(2, name) + field(3, f"copy_{name}") + field(4, "Identity"))
        for name, _ in outputs
    )
    graph = nodes + field(2, "hidden")
    graph += b"".join(field(11, value_info(n, t)) for n, t in inputs)
    graph += b"".join(field(12, value_info(n, t)) for n, t in outputs)
    return field(1, 8) + field(2, "tests") + field(7, graph) + field(8, field(2, 17))


def expect_error_naming(data, name, why):
    try:
        tensor_metadata(data)
    except ValueError as error:
        assert name in str(error), f"the error should name the tensor {name!r}, got: {error}"
        return
    raise AssertionError(f"expected a ValueError naming {name!r}: {why}")


def test_other_network_sizes_and_labels():
    layers = [([[0.1] * 5] * 7, [0.0] * 5, "tanh"), ([[0.2] * 4] * 5, [0.0] * 4, "softmax")]
    meta = tensor_metadata(mlp_to_onnx(layers, classes=[10, 20, 30, 40]))
    assert meta["inputs"] == [{"name": "input", "datatype": "FP32", "shape": [-1, 7]}], (
        f"7 input features: expected [-1, 7], got {meta['inputs']}"
    )
    assert meta["outputs"] == [
        {"name": "label", "datatype": "INT64", "shape": [-1]},
        {"name": "probabilities", "datatype": "FP32", "shape": [-1, 4]},
    ], f"4 integer classes: expected label INT64 and probabilities [-1, 4], got {meta['outputs']}"


def test_remaining_datatypes():
    types = {3: "INT8", 5: "INT16", 7: "INT64", 4: "UINT16", 12: "UINT32", 13: "UINT64", 10: "FP16", 8: "BYTES"}
    outputs = [(f"t{code}", tensor_type(code, ["N"])) for code in types]
    meta = tensor_metadata(model([("x", tensor_type(1, ["N"]))], outputs))
    got = [(t["name"], t["datatype"]) for t in meta["outputs"]]
    want = [(f"t{code}", name) for code, name in types.items()]
    assert got == want, f"expected {want} in the file's order, got {got}"


def test_unnamed_and_middle_free_sizes():
    data = model(
        [("frames", tensor_type(1, [None, 3, "height", "width"])), ("lengths", tensor_type(6, [None]))],
        [("out", tensor_type(11, [2, None, 5, "seq"]))],
    )
    meta = tensor_metadata(data)
    assert meta["inputs"] == [
        {"name": "frames", "datatype": "FP32", "shape": [-1, 3, -1, -1]},
        {"name": "lengths", "datatype": "INT32", "shape": [-1]},
    ], f"unnamed and named free sizes are both -1, wherever they are; got {meta['inputs']}"
    assert meta["outputs"] == [{"name": "out", "datatype": "FP64", "shape": [2, -1, 5, -1]}], f"got {meta['outputs']}"


def test_scalar_output_has_an_empty_shape():
    meta = tensor_metadata(model([("x", tensor_type(1, [4]))], [("score", tensor_type(1, []))]))
    assert meta["outputs"] == [{"name": "score", "datatype": "FP32", "shape": []}], (
        f"a scalar (a shape with no dimensions) has shape [], got {meta['outputs']}"
    )


def test_refuses_what_the_protocol_cannot_describe():
    expect_error_naming(
        model([("x", tensor_type(1, ["N"]))], [("no_shape_here", tensor_type(1, None))]),
        "no_shape_here", "a tensor with no shape in the file",
    )
    expect_error_naming(
        model([("x", tensor_type(1, ["N"]))], [("ok", tensor_type(1, ["N"])), ("seq_out", sequence_type(1, ["N"]))]),
        "seq_out", "a sequence is not a tensor",
    )
    expect_error_naming(
        model([("cplx_in", tensor_type(14, ["N", 2]))], [("y", tensor_type(1, ["N", 2]))]),
        "cplx_in", "complex64 has no datatype in the protocol",
    )
    try:
        tensor_metadata(b"\x08")
    except ValueError:
        return
    raise AssertionError("a truncated file is not an ONNX model: expected a ValueError")
