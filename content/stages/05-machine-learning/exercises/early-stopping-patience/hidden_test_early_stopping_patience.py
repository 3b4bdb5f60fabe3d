import math
import random

from early_stopping_patience import early_stopping


def reference(losses, max_epochs, patience, min_delta):
    best, best_epoch, bad = math.inf, 0, 0
    for epoch in range(max_epochs):
        if losses[epoch] < best - min_delta:
            best, best_epoch, bad = losses[epoch], epoch, 0
        else:
            bad += 1
            if bad >= patience:
                return best_epoch, best, epoch + 1
    return best_epoch, best, max_epochs


def test_matches_reference_on_noisy_curves():
    rng = random.Random(5)
    for trial in range(40):
        n = rng.randint(3, 30)
        losses = [1.0 / (1 + 0.3 * e) + rng.uniform(-0.05, 0.05) for e in range(n)]
        patience = rng.randint(1, 5)
        min_delta = rng.choice([0.0, 0.001, 0.02])
        calls = []

        def val_loss(epoch):
            calls.append(epoch)
            return losses[epoch]

        got = early_stopping(val_loss, n, patience, min_delta)
        want = reference(losses, n, patience, min_delta)
        assert got == want, (
            f"losses {[round(v, 3) for v in losses]}, patience {patience}, min_delta {min_delta}: "
            f"expected {want}, got {got}"
        )
        assert len(calls) == want[2], f"expected {want[2]} calls to val_loss, got {len(calls)}"


def test_patience_one_stops_at_the_first_bad_epoch():
    losses = [3.0, 2.0, 2.5, 1.0]
    assert early_stopping(lambda e: losses[e], 4, 1) == (1, 2.0, 3)
