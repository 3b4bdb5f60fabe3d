# Hidden tests: another architecture with batch-norm buffers than the visible ones, string paths in
# new nested folders, a Path overwritten, and loading into a model with an extra layer.
import tempfile
from pathlib import Path

import torch
from torch import nn

from torch_save_load import load_weights, save_weights


def build():
    return nn.Sequential(nn.Linear(5, 6), nn.BatchNorm1d(6), nn.Tanh(), nn.Dropout(0.3), nn.Linear(6, 3))


def trained():
    torch.manual_seed(10)
    model = build()
    with torch.no_grad():
        for _ in range(4):  # move the running statistics away from their defaults
            model(torch.randn(16, 5) * 2 + 1)
        model[1].weight.mul_(1.7)
    return model


def test_buffers_come_back_and_outputs_match_in_eval_mode():
    model = trained()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "a" / "b" / "c" / "weights.pth")
        save_weights(model, path)
        torch.manual_seed(99)
        restored = load_weights(build(), path)
    assert torch.equal(restored[1].running_mean, model[1].running_mean) and torch.equal(
        restored[1].running_var, model[1].running_var
    ), "batch norm's running mean and variance are in the state_dict and must be restored too"
    model.eval()
    x = torch.randn(4, 5)
    assert not restored.training and not restored[3].training, "the restored model and its submodules should be in eval mode"
    assert torch.equal(restored(x), model(x)), "in eval mode the restored model should give exactly the trained model's outputs"


def test_file_keys_are_the_state_dict_keys_including_buffers():
    model = trained()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.pt"
        save_weights(model, path)
        state = torch.load(path, map_location="cpu")
    want = list(model.state_dict())
    assert isinstance(state, dict) and list(state) == want, f"expected the keys {want}, got {list(state) if isinstance(state, dict) else type(state).__name__}"
    assert torch.equal(state["1.running_var"], model[1].running_var), "the saved running variance should be the model's"


def test_overwriting_and_loading_into_an_extra_layer():
    torch.manual_seed(3)
    first, second = build(), build()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "nested" / "m.pt"
        save_weights(first, path)
        save_weights(second, str(path))
        restored = load_weights(build(), path)
        assert torch.equal(restored[0].weight, second[0].weight), "saving again should replace the file"
        bigger = nn.Sequential(*build(), nn.Linear(3, 3))
        try:
            load_weights(bigger, path)
        except RuntimeError:
            return
    raise AssertionError("a model with an extra layer has keys the file lacks: loading must raise (keep strict=True)")
