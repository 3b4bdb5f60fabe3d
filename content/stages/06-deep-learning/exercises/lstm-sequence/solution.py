import torch
from torch import nn


class NextValueLSTM(nn.Module):
    """Reads a sequence of numbers and predicts the one that comes next."""

    def __init__(self, hidden_size: int = 32) -> None:
        super().__init__()
        # batch_first=True: tensors are (batch, time, features), like the data the tests pass.
        # The default is (time, batch, features).
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden_size, batch_first=True)
        self.head = nn.Linear(hidden_size, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (batch, time, 1) -> (batch, 1), the predicted next value of each sequence."""
        outputs, (h_n, c_n) = self.lstm(x)  # outputs: (batch, time, hidden), one per step
        last = outputs[:, -1, :]  # the state after reading the whole sequence (equals h_n[-1])
        return self.head(last)
