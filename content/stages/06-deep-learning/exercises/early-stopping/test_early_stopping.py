import torch
from torch import nn

from early_stopping import train_with_early_stopping


class Scripted:
    """A fake training run: epoch k sets every weight and batch-norm running mean to k,
    and the validation loss of epoch k is losses[k - 1]."""

    def __init__(self, losses):
        self.losses = losses
        self.trained = 0
        self.validated = 0

    def train_one_epoch(self, model):
        self.trained += 1
        with torch.no_grad():
            for p in model.parameters():
                p.fill_(float(self.trained))
            model[1].running_mean.fill_(float(self.trained))

    def validation_loss(self, model):
        self.validated += 1
        return self.losses[self.trained - 1]


def scripted_model():
    return nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))


def run(losses, patience, max_epochs=20):
    model = scripted_model()
    script = Scripted(losses)
    result = train_with_early_stopping(model, script.train_one_epoch, script.validation_loss, patience, max_epochs)
    return model, script, result


def test_stops_after_patience_epochs_without_improvement():
    _, script, result = run([5.0, 4.0, 3.0, 3.5, 3.2, 3.1, 2.0], patience=3)
    assert result["best_epoch"] == 3 and abs(result["best_loss"] - 3.0) < 1e-12, (
        f"epoch 3 has the lowest loss before stopping (3.0): got {result}"
    )
    assert result["epochs_run"] == 6 and script.trained == 6, (
        f"epochs 4, 5, 6 do not beat 3.0, so with patience 3 training stops after epoch 6 "
        f"(epochs_run {result['epochs_run']}, trained {script.trained} epochs)"
    )


def test_restores_the_best_weights_not_the_last():
    model, _, _ = run([5.0, 4.0, 3.0, 3.5, 3.2, 3.1, 2.0], patience=3)
    weight = model[0].weight[0, 0].item()
    assert weight == 3.0, (
        f"the model should hold epoch 3's weights (3.0), but holds {weight}. "
        "If that is 6.0, the saved state followed the live tensors: save copy.deepcopy(model.state_dict())."
    )


def test_restores_buffers_too():
    model, _, _ = run([5.0, 4.0, 3.0, 3.5, 3.2, 3.1, 2.0], patience=3)
    running = model[1].running_mean.tolist()
    assert running == [3.0, 3.0], (
        f"batch norm's running mean should come back from epoch 3 as well, got {running}; "
        "save and load the whole state_dict, which includes buffers, not only parameters()"
    )


def test_equal_loss_is_not_an_improvement():
    _, _, result = run([2.0, 2.0, 2.0, 1.0], patience=2)
    assert result == {"best_epoch": 1, "best_loss": 2.0, "epochs_run": 3}, (
        f"a loss equal to the best does not count as improving: epochs 2 and 3 use up patience 2, got {result}"
    )


def test_runs_all_epochs_when_always_improving():
    model, script, result = run([10.0 - k for k in range(8)], patience=2, max_epochs=8)
    assert result == {"best_epoch": 8, "best_loss": 3.0, "epochs_run": 8}, f"every epoch improves: got {result}"
    assert model[0].weight[0, 0].item() == 8.0, "the last epoch is the best, so its weights stay"
    assert script.validated == 8, f"validate once per epoch: 8 epochs, {script.validated} validations"


def test_rejects_bad_arguments():
    for patience, max_epochs in ((0, 5), (2, 0)):
        try:
            run([1.0] * 5, patience=patience, max_epochs=max_epochs)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for patience={patience}, max_epochs={max_epochs}")


def test_real_training_run_ends_at_its_best_validation_loss():
    torch.manual_seed(0)
    x = torch.linspace(-1, 1, 24).unsqueeze(1)
    y = torch.sin(3 * x) + 0.3 * torch.randn_like(x)
    train, val = slice(0, 24, 2), slice(1, 24, 2)
    model = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 1))
    optimiser = torch.optim.Adam(model.parameters(), lr=0.02)
    history = []

    def train_one_epoch(m):
        optimiser.zero_grad()
        nn.functional.mse_loss(m(x[train]), y[train]).backward()
        optimiser.step()

    def validation_loss(m):
        with torch.no_grad():
            loss = nn.functional.mse_loss(m(x[val]), y[val]).item()
        history.append(loss)
        return loss

    result = train_with_early_stopping(model, train_one_epoch, validation_loss, patience=10, max_epochs=300)
    assert abs(result["best_loss"] - min(history)) < 1e-12, "best_loss should be the lowest validation loss seen"
    assert history.index(min(history)) + 1 == result["best_epoch"], "best_epoch should be the epoch of that loss"
    assert len(history) == result["epochs_run"], "epochs_run should count the epochs actually run"
    again = validation_loss(model)
    assert abs(again - result["best_loss"]) < 1e-6, (
        f"after returning, the model should score the best validation loss {result['best_loss']:.5f}, "
        f"but scores {again:.5f}: the best weights were not restored"
    )
