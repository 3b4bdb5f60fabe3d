import math

import torch
from torch import nn

from lstm_sequence import NextValueLSTM

torch.set_num_threads(min(2, torch.get_num_threads()))


def noisy_sines(n: int, length: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """n sine waves with random frequency and phase plus noise; X: (n, length, 1), y: (n, 1) the next value."""
    g = torch.Generator().manual_seed(seed)
    freq = 0.1 + 0.4 * torch.rand(n, 1, generator=g)
    phase = 2 * math.pi * torch.rand(n, 1, generator=g)
    t = torch.arange(length + 1, dtype=torch.float32)
    series = torch.sin(freq * t + phase) + 0.1 * torch.randn(n, length + 1, generator=g)
    return series[:, :-1, None], series[:, -1:]


def test_one_prediction_per_sequence():
    torch.manual_seed(0)
    model = NextValueLSTM(hidden_size=8)
    for length in (1, 5, 30):
        out = model(torch.randn(4, length, 1))
        assert out.shape == (4, 1), f"4 sequences of length {length} should give shape (4, 1), got {tuple(out.shape)}"


def test_uses_an_lstm_layer():
    model = NextValueLSTM(hidden_size=8)
    lstms = [m for m in model.modules() if isinstance(m, nn.LSTM)]
    assert lstms, "the model should use nn.LSTM, created in __init__"
    assert lstms[0].hidden_size == 8, f"the LSTM should have hidden_size=8 as asked, got {lstms[0].hidden_size}"


def test_sequences_in_a_batch_do_not_mix():
    torch.manual_seed(1)
    model = NextValueLSTM(hidden_size=8)
    x = torch.randn(3, 6, 1)
    changed = x.clone()
    changed[0] += 5.0  # change only the first sequence
    with torch.no_grad():
        before, after = model(x), model(changed)
    assert torch.allclose(before[1:], after[1:]), (
        "changing sequence 0 changed the predictions for sequences 1 and 2: the LSTM is reading the batch "
        "axis as time. Pass batch_first=True (the default layout is (time, batch, features))"
    )


def test_prediction_depends_on_the_last_step():
    torch.manual_seed(2)
    model = NextValueLSTM(hidden_size=8)
    x = torch.randn(2, 6, 1)
    changed = x.clone()
    changed[:, -1] += 3.0  # change only the latest value
    with torch.no_grad():
        before, after = model(x), model(changed)
    assert not torch.allclose(before, after), (
        "changing the last value did not change the prediction: take the LSTM's output at the last "
        "time step, outputs[:, -1, :], not the first"
    )


def test_beats_repeating_the_last_value():
    X, y = noisy_sines(512, 20, seed=0)
    X_test, y_test = noisy_sines(256, 20, seed=1)
    torch.manual_seed(0)
    model = NextValueLSTM(hidden_size=32)
    optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(60):  # full-batch training: the test, not your code, does the training
        optimiser.zero_grad()
        nn.functional.mse_loss(model(X), y).backward()
        optimiser.step()
    model.eval()
    with torch.no_grad():
        mse = nn.functional.mse_loss(model(X_test), y_test).item()
    baseline = nn.functional.mse_loss(X_test[:, -1], y_test).item()  # "tomorrow is like today"
    assert mse < 0.6 * baseline, (
        f"test MSE {mse:.4f} should be well below the naive forecast's {baseline:.4f} (repeat the last value); "
        "check that the model returns one value per sequence from the last step's output"
    )
