# Hidden tests: other loss curves, patiences and epoch budgets than the visible ones, including a
# patience counter that must reset on improvement, max_epochs cutting the run short, and restoring epoch 1.
import torch
from torch import nn

from early_stopping import train_with_early_stopping


class Scripted:
    """Epoch k sets every weight and the batch-norm running variance to k; its loss is losses[k - 1]."""

    def __init__(self, losses):
        self.losses = losses
        self.trained = 0
        self.validated = 0

    def train_one_epoch(self, model):
        self.trained += 1
        with torch.no_grad():
            for p in model.parameters():
                p.fill_(float(self.trained))
            model[1].running_var.fill_(float(self.trained))

    def validation_loss(self, model):
        self.validated += 1
        return self.losses[self.trained - 1]


def run(losses, patience, max_epochs):
    model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
    script = Scripted(losses)
    result = train_with_early_stopping(model, script.train_one_epoch, script.validation_loss, patience, max_epochs)
    return model, script, result


def test_counter_resets_after_each_improvement():
    losses = [3.0, 2.5, 2.6, 2.7, 2.4, 2.45, 2.5, 2.3, 2.31, 2.32, 2.33, 1.0]
    model, script, result = run(losses, patience=3, max_epochs=50)
    assert result == {"best_epoch": 8, "best_loss": 2.3, "epochs_run": 11}, (
        f"epochs 3, 4, 6, 7 do not improve, but never three in a row; 9, 10 and 11 do after the best (epoch 8): "
        f"expected stop after epoch 11 with best epoch 8, got {result}. Reset the counter on every improvement"
    )
    assert script.trained == script.validated == 11, f"train and validate once per epoch: {script.trained}, {script.validated}"
    assert model[0].weight[0, 0].item() == 8.0 and model[1].running_var.tolist() == [8.0, 8.0], (
        "the model should hold epoch 8's weights and buffers"
    )


def test_patience_one_stops_at_the_first_setback():
    model, _, result = run([4.0, 1.0, 1.5, 0.5], patience=1, max_epochs=10)
    assert result == {"best_epoch": 2, "best_loss": 1.0, "epochs_run": 3}, f"expected stop after epoch 3, got {result}"
    assert model[0].bias[0].item() == 2.0, f"epoch 2's weights should be restored, got {model[0].bias[0].item()}"


def test_max_epochs_ends_the_run_before_patience_does():
    model, script, result = run([5.0, 4.0, 4.5, 4.6, 3.0], patience=5, max_epochs=4)
    assert result == {"best_epoch": 2, "best_loss": 4.0, "epochs_run": 4}, f"only 4 epochs may run: got {result}"
    assert script.trained == 4, f"stop after max_epochs = 4, trained {script.trained}"
    assert model[0].weight[1, 2].item() == 2.0, "the best epoch's (2) weights should be restored, not epoch 4's"


def test_best_first_epoch_and_negative_losses():
    model, _, result = run([-1.0, -0.5, -0.9, -1.0], patience=3, max_epochs=10)
    assert result == {"best_epoch": 1, "best_loss": -1.0, "epochs_run": 4}, (
        f"-1.0 at epoch 1 is never beaten (a tie is not an improvement): got {result}"
    )
    assert isinstance(result["best_loss"], float), "best_loss should be a float"
    assert model[0].weight[0, 0].item() == 1.0 and model[1].running_var.tolist() == [1.0, 1.0], (
        "the weights and buffers from epoch 1 should be restored"
    )
    _, _, one = run([2.0], patience=1, max_epochs=1)
    assert one == {"best_epoch": 1, "best_loss": 2.0, "epochs_run": 1}, f"a single epoch is the best one: got {one}"


def test_more_bad_arguments_raise_value_error():
    for patience, max_epochs in ((-1, 5), (3, -2)):
        try:
            run([1.0] * 5, patience, max_epochs)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for patience={patience}, max_epochs={max_epochs}")
