import math

from early_stopping_patience import early_stopping


def recorder(losses):
    """A val_loss function that replays `losses` and remembers which epochs were run."""
    calls = []

    def val_loss(epoch):
        calls.append(epoch)
        return losses[epoch]

    return val_loss, calls


def test_keeps_improving_until_max_epochs():
    val_loss, calls = recorder([5.0, 4.0, 3.0, 2.0, 1.0])
    result = early_stopping(val_loss, max_epochs=5, patience=2)
    assert result == (4, 1.0, 5), (
        f"every epoch improves, so all 5 run and the best is the last: expected (4, 1.0, 5), got {result}"
    )
    assert calls == [0, 1, 2, 3, 4], f"call val_loss once per epoch, in order; got calls {calls}"


def test_stops_after_patience_epochs_without_improvement():
    val_loss, calls = recorder([5.0, 4.0, 3.0, 3.5, 3.6, 3.7, 1.0])
    result = early_stopping(val_loss, max_epochs=7, patience=3)
    assert result == (2, 3.0, 6), (
        "the best loss 3.0 is at epoch 2; epochs 3, 4, 5 do not beat it, so training stops "
        f"after epoch 5 (6 epochs run): expected (2, 3.0, 6), got {result}"
    )
    assert calls == [0, 1, 2, 3, 4, 5], (
        f"after stopping, no further epoch may be trained; got calls {calls}"
    )


def test_an_improvement_resets_the_counter():
    val_loss, _ = recorder([1.0, 1.2, 1.3, 0.9, 1.1, 1.2, 1.3, 0.1])
    result = early_stopping(val_loss, max_epochs=8, patience=3)
    assert result == (3, 0.9, 7), (
        "epochs 1-2 are bad, epoch 3 improves and resets the count, then 4, 5, 6 are bad: "
        f"expected (3, 0.9, 7), got {result}"
    )


def test_min_delta_is_measured_against_the_best_loss():
    losses = [0.90, 0.75, 0.70, 0.695, 0.688, 0.70, 0.71, 0.60]
    val_loss, _ = recorder(losses)
    result = early_stopping(val_loss, max_epochs=8, patience=2, min_delta=0.01)
    assert result[:2] == (4, 0.688) and result[2] == 7, (
        "0.695 is only 0.005 below the best 0.70 (not an improvement), but 0.688 is 0.012 "
        f"below it (an improvement): expected (4, 0.688, 7), got {result}"
    )


def test_an_equal_loss_is_not_an_improvement():
    val_loss, _ = recorder([2.0, 2.0, 2.0, 2.0, 2.0])
    result = early_stopping(val_loss, max_epochs=5, patience=2)
    assert result == (0, 2.0, 3), (
        "with min_delta = 0 an epoch must be strictly lower to count; a flat loss should stop "
        f"after 2 more epochs: expected (0, 2.0, 3), got {result}"
    )


def test_nan_loss_counts_as_no_improvement():
    val_loss, _ = recorder([1.0, math.nan, math.nan, 0.5])
    result = early_stopping(val_loss, max_epochs=4, patience=2)
    assert result == (0, 1.0, 3), (
        f"a NaN loss must not become the best: expected (0, 1.0, 3), got {result}"
    )


def test_bad_arguments_raise_value_error():
    val_loss, _ = recorder([1.0] * 5)
    for kwargs in (
        {"max_epochs": 0, "patience": 2},
        {"max_epochs": 5, "patience": 0},
        {"max_epochs": 5, "patience": 2, "min_delta": -0.1},
    ):
        try:
            early_stopping(val_loss, **kwargs)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {kwargs}")
