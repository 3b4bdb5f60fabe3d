from stepwise.onnx_reader import ValueInfo, read_model

# ONNX element types (as stepwise.onnx_reader names them) -> the protocol's datatypes.
# Strings travel as BYTES; bfloat16 and complex numbers have no name in the protocol.
DATATYPES = {
    "bool": "BOOL",
    "uint8": "UINT8",
    "uint16": "UINT16",
    "uint32": "UINT32",
    "uint64": "UINT64",
    "int8": "INT8",
    "int16": "INT16",
    "int32": "INT32",
    "int64": "INT64",
    "float16": "FP16",
    "float": "FP32",
    "double": "FP64",
    "string": "BYTES",
}


def describe_tensor(info: ValueInfo) -> dict:
    """One input or output: its name, the protocol's datatype and a shape with -1 for free sizes."""
    datatype = DATATYPES.get(info.type_name or "")
    if info.kind != "tensor" or datatype is None:
        what = info.type_name or info.kind or "no type"
        raise ValueError(f"{info.name!r} is {what}, which the Open Inference Protocol has no datatype for")
    if info.shape is None:
        raise ValueError(f"{info.name!r} has no shape in the file, so its metadata cannot give one")
    # A named size ("N") and an unnamed one are both free: the protocol writes -1 for either.
    shape = [dim if isinstance(dim, int) else -1 for dim in info.shape]
    return {"name": info.name, "datatype": datatype, "shape": shape}


def tensor_metadata(model_bytes: bytes) -> dict:
    """The inputs and outputs of an ONNX model, as the Open Inference Protocol describes them.

    Returns {"inputs": [...], "outputs": [...]}, each tensor as
    {"name": str, "datatype": "FP32" | "INT64" | "BYTES" | ..., "shape": [int, ...]},
    in the file's order, with -1 for every dimension whose size is not fixed.
    Raises ValueError for a tensor the protocol cannot describe.
    """
    graph = read_model(model_bytes).graph  # ValueError already if the bytes are not ONNX
    return {
        "inputs": [describe_tensor(info) for info in graph.inputs],
        "outputs": [describe_tensor(info) for info in graph.outputs],
    }
