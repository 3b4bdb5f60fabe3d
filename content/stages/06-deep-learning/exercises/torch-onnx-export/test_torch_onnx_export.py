import tempfile
from pathlib import Path

import numpy as np
import torch
from torch import nn

from stepwise import onnx_numpy
from stepwise.onnx_reader import read_model
from torch_onnx_export import export_classifier


def trained_classifier(n_features: int = 4, n_classes: int = 3) -> nn.Module:
    torch.manual_seed(0)
    X = torch.randn(120, n_features)
    y = ((X[:, 0] > 0).long() + (X[:, 1] > 0.5).long()) % n_classes  # classes 0 .. n_classes - 1
    model = nn.Sequential(nn.Linear(n_features, 8), nn.ReLU(), nn.Linear(8, n_classes))
    optimiser = torch.optim.SGD(model.parameters(), lr=0.5)
    for _ in range(50):
        optimiser.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        optimiser.step()
    return model


def exported(model: nn.Module, n_features: int):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "classifier.onnx"
        export_classifier(model, path, n_features)
        assert path.is_file(), f"export_classifier should write {path.name}"
        return read_model(path)


def run_graph(model_file, x: torch.Tensor) -> torch.Tensor:
    """The graph's first output for the rows x, computed node by node by stepwise.onnx_numpy."""
    outputs = onnx_numpy.run_graph(np, model_file, x.detach().numpy(), "; export the classic way (dynamo=False)")
    return torch.from_numpy(next(iter(outputs.values())))


def test_input_and_output_are_named():
    model_file = exported(trained_classifier(), 4)
    inputs = [v.name for v in model_file.graph.inputs]
    outputs = [v.name for v in model_file.graph.outputs]
    assert inputs == ["features"], f"expected one input named 'features', got {inputs}: pass input_names"
    assert outputs == ["logits"], f"expected one output named 'logits', got {outputs}: pass output_names"


def test_batch_axis_is_dynamic():
    model_file = exported(trained_classifier(), 4)
    (inp,), (out,) = model_file.graph.inputs, model_file.graph.outputs
    assert inp.type_name == "float", f"the input should be float32, got {inp.type_name}"
    assert inp.shape is not None and len(inp.shape) == 2 and inp.shape[1] == 4, f"expected input shape [batch, 4], got {inp.shape}"
    assert isinstance(inp.shape[0], str), (
        f"the input's first dimension is {inp.shape[0]!r}: a fixed size means the file only takes batches of that "
        "size. Name it with dynamic_axes={'features': {0: 'batch'}, ...}"
    )
    assert out.shape is not None and len(out.shape) == 2 and out.shape[1] == 3, f"expected output shape [batch, 3], got {out.shape}"
    assert isinstance(out.shape[0], str), "free the output's first axis as well: dynamic_axes for 'logits'"


def test_uses_opset_17():
    model_file = exported(trained_classifier(), 4)
    assert model_file.opset_imports.get("") == 17, f"expected opset 17 for the default domain, got {model_file.opset_imports}"


def test_file_holds_the_trained_weights():
    model = trained_classifier()
    model_file = exported(model, 4)
    stored = sorted((sorted(t.values) for t in model_file.graph.initializers if t.values), key=len)
    for name, parameter in model.named_parameters():
        want = sorted(parameter.detach().reshape(-1).tolist())
        assert any(
            len(values) == len(want) and all(abs(a - b) < 1e-6 for a, b in zip(values, want)) for values in stored
        ), f"the file has no weight matching the model's {name}: export the model you were given, after training"


def test_graph_computes_the_model_on_a_batch_of_five():
    torch.manual_seed(1)
    model = trained_classifier(n_features=6, n_classes=2)
    model_file = exported(model, 6)
    x = torch.randn(5, 6)
    with torch.no_grad():
        want = model(x)
    got = run_graph(model_file, x)
    assert got.shape == (5, 2), f"five rows in should give (5, 2) logits, got {tuple(got.shape)}"
    assert torch.allclose(got, want, atol=1e-5), "the exported graph should compute the same logits as the model"
