# Hidden tests: other hidden sizes, batch sizes and lengths than the visible ones; the prediction checked
# against the model's own LSTM and Linear applied by hand, and a quick copy-the-last-value task.
import torch
from torch import nn

from lstm_sequence import NextValueLSTM

torch.set_num_threads(min(2, torch.get_num_threads()))


def parts(model):
    lstms = [m for m in model.modules() if isinstance(m, nn.LSTM)]
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    assert len(lstms) == 1 and len(linears) == 1, f"expected one nn.LSTM and one nn.Linear, got {len(lstms)} and {len(linears)}"
    return lstms[0], linears[0]


def test_other_hidden_sizes_and_shapes():
    for hidden, batch, length in ((3, 1, 7), (16, 5, 2), (1, 2, 1)):
        torch.manual_seed(hidden)
        model = NextValueLSTM(hidden_size=hidden)
        lstm, linear = parts(model)
        assert lstm.hidden_size == hidden and lstm.input_size == 1, (
            f"expected nn.LSTM(input_size=1, hidden_size={hidden}), got input {lstm.input_size}, hidden {lstm.hidden_size}"
        )
        assert (linear.in_features, linear.out_features) == (hidden, 1), f"expected nn.Linear({hidden}, 1)"
        out = model(torch.randn(batch, length, 1))
        assert out.shape == (batch, 1), f"{batch} sequences of length {length}: expected shape ({batch}, 1), got {tuple(out.shape)}"


def test_prediction_is_the_linear_layer_on_the_last_output():
    torch.manual_seed(4)
    model = NextValueLSTM(hidden_size=6)
    lstm, linear = parts(model)
    assert lstm.batch_first, "create the LSTM with batch_first=True: the input is (batch, time, 1)"
    x = torch.randn(4, 9, 1)
    with torch.no_grad():
        outputs, _ = lstm(x)
        want = linear(outputs[:, -1, :])
        got = model(x)
    assert torch.allclose(got, want, atol=1e-6), (
        f"expected the linear layer applied to the output after the last step {want.flatten().tolist()}, "
        f"got {got.flatten().tolist()}"
    )


def test_reordering_the_batch_reorders_the_predictions():
    torch.manual_seed(5)
    model = NextValueLSTM(hidden_size=5)
    x = torch.randn(6, 4, 1)
    order = torch.tensor([3, 0, 5, 1, 4, 2])
    with torch.no_grad():
        together, shuffled = model(x), model(x[order])
    assert torch.allclose(together[order], shuffled, atol=1e-6), (
        "each sequence's prediction should depend only on that sequence, whatever its place in the batch"
    )


def test_learns_to_repeat_the_last_value():
    g = torch.Generator().manual_seed(3)
    X = torch.rand(128, 6, 1, generator=g) * 2 - 1
    y = X[:, -1]  # the target is the latest value: only the last step matters
    torch.manual_seed(0)
    model = NextValueLSTM(hidden_size=12)
    optimiser = torch.optim.Adam(model.parameters(), lr=0.03)
    for _ in range(80):
        optimiser.zero_grad()
        nn.functional.mse_loss(model(X), y).backward()
        optimiser.step()
    X_test = torch.rand(64, 6, 1, generator=g) * 2 - 1
    with torch.no_grad():
        mse = nn.functional.mse_loss(model(X_test), X_test[:, -1]).item()
    variance = X_test[:, -1].var().item()
    assert mse < 0.2 * variance, (
        f"after training, the error {mse:.4f} should be well below the target's variance {variance:.4f}: "
        "the prediction must come from the state after the last input"
    )
