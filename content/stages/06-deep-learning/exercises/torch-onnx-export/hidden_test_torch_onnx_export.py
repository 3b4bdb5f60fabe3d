# Hidden tests: another architecture, feature count and class count than the visible ones, with dropout
# left in training mode and a str path; names, the "batch" axis, opset and the graph's numbers checked.
import tempfile
from pathlib import Path

import numpy as np
import torch
from torch import nn

from stepwise import onnx_numpy
from stepwise.onnx_reader import read_model
from torch_onnx_export import export_classifier


def classifier():
    torch.manual_seed(7)
    model = nn.Sequential(nn.Linear(5, 10), nn.ReLU(), nn.Dropout(0.4), nn.Linear(10, 6), nn.ReLU(), nn.Linear(6, 4))
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(1.5)
    model.train()  # left in training mode: the export must still be the inference graph
    return model


def export(model, n_features, as_str=False):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "other.onnx"
        export_classifier(model, str(path) if as_str else path, n_features)
        assert path.is_file(), "export_classifier should write the file at the path it is given"
        return read_model(path)


def run_graph(model_file, x: torch.Tensor) -> torch.Tensor:
    """The graph's first output for the rows x, computed node by node by stepwise.onnx_numpy."""
    outputs = onnx_numpy.run_graph(np, model_file, x.detach().numpy(), "; export in eval mode with the classic exporter (dynamo=False)")
    return torch.from_numpy(next(iter(outputs.values())))


def test_names_batch_axis_and_opset_for_another_model():
    model_file = export(classifier(), 5, as_str=True)
    (inp,), (out,) = model_file.graph.inputs, model_file.graph.outputs
    assert (inp.name, out.name) == ("features", "logits"), f"expected input 'features' and output 'logits', got {inp.name!r}, {out.name!r}"
    assert inp.shape is not None and list(inp.shape) == ["batch", 5], f"expected input shape ['batch', 5], got {inp.shape}"
    assert out.shape is not None and list(out.shape) == ["batch", 4], (
        f"expected output shape ['batch', 4] (4 classes come from the model), got {out.shape}"
    )
    assert model_file.opset_imports.get("") == 17, f"expected opset 17, got {model_file.opset_imports}"


def test_graph_computes_the_eval_model_on_a_batch_of_seven():
    model = classifier()
    model_file = export(model, 5)
    x = torch.randn(7, 5, generator=torch.Generator().manual_seed(3))
    model.eval()
    with torch.no_grad():
        want = model(x)
    got = run_graph(model_file, x)
    assert got.shape == (7, 4), f"seven rows in should give (7, 4) logits, got {tuple(got.shape)}"
    assert torch.allclose(got, want, atol=1e-5), "the exported graph should compute the model's inference logits (dropout off)"


def test_one_feature_two_classes():
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(1, 3), nn.ReLU(), nn.Linear(3, 2))
    model_file = export(model, 1)
    (inp,), (out,) = model_file.graph.inputs, model_file.graph.outputs
    assert list(inp.shape) == ["batch", 1] and list(out.shape) == ["batch", 2], (
        f"expected ['batch', 1] -> ['batch', 2], got {inp.shape} -> {out.shape}"
    )
    x = torch.tensor([[-2.0], [0.0], [0.5]])
    with torch.no_grad():
        want = model(x)
    assert torch.allclose(run_graph(model_file, x), want, atol=1e-5), "the graph should compute the model on three rows"
