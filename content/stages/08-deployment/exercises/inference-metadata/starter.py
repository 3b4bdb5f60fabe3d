from stepwise.onnx_reader import read_model


def tensor_metadata(model_bytes: bytes) -> dict:
    """The inputs and outputs of an ONNX model, as the Open Inference Protocol describes them.

    Returns {"inputs": [...], "outputs": [...]}, each tensor as
    {"name": str, "datatype": "FP32" | "INT64" | "BYTES" | ..., "shape": [int, ...]},
    in the file's order, with -1 for every dimension whose size is not fixed.
    Raises ValueError for a tensor the protocol cannot describe.
    """
    raise NotImplementedError("read the model, then map each input and output")
