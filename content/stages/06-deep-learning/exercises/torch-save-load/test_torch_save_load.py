import tempfile
from pathlib import Path

import torch
from torch import nn

from torch_save_load import load_weights, save_weights


def build() -> nn.Module:
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


def test_restored_model_gives_the_same_outputs():
    torch.manual_seed(0)
    trained = build()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.pt"
        save_weights(trained, path)
        fresh = build()  # different random weights
        x = torch.randn(5, 4)
        assert not torch.equal(fresh(x), trained(x))
        restored = load_weights(fresh, path)
        assert torch.equal(restored(x), trained(x)), "the restored model should give exactly the trained model's outputs"


def test_file_holds_a_state_dict():
    torch.manual_seed(1)
    model = build()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "weights.pt"
        save_weights(model, path)
        try:
            state = torch.load(path, map_location="cpu")
        except Exception as error:  # PyTorch 2.6+ refuses to unpickle a whole model by default
            raise AssertionError(f"torch.load could not read the file as weights ({error}): save model.state_dict()")
        assert isinstance(state, dict), (
            f"the file should hold model.state_dict() (a dict of tensors), got a {type(state).__name__}: "
            "save the weights, not the model object"
        )
        assert list(state) == ["0.weight", "0.bias", "2.weight", "2.bias"], f"unexpected keys {list(state)}"
        assert torch.equal(state["0.weight"], model[0].weight), "the saved tensors should be the model's weights"


def test_restored_model_is_in_evaluation_mode():
    model = build()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.pt"
        save_weights(model, path)
        fresh = build()
        fresh.train()
        restored = load_weights(fresh, path)
        assert restored is fresh, "return the model you loaded the weights into"
        assert not restored.training, "call model.eval() before returning: the model is about to be used, not trained"


def test_creates_missing_folders_and_accepts_a_string_path():
    model = build()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "runs" / "best" / "model.pt")
        save_weights(model, path)
        assert Path(path).is_file(), "save_weights should create the missing folders runs/best/"
        load_weights(build(), path)


def test_wrong_architecture_raises():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.pt"
        save_weights(build(), path)
        other = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
        try:
            load_weights(other, path)
        except RuntimeError:
            return
        raise AssertionError("loading 8-unit weights into a 16-unit model must raise: keep strict=True")


def test_saving_again_replaces_the_file():
    torch.manual_seed(2)
    first, second = build(), build()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.pt"
        save_weights(first, path)
        save_weights(second, path)
        x = torch.randn(2, 4)
        assert torch.equal(load_weights(build(), path)(x), second(x)), "the file should hold the last model saved"
