import math

import numpy as np

from sinusoidal_positional_encoding import sinusoidal_positional_encoding


def test_other_sizes_follow_the_formula():
    for n, d in [(9, 6), (3, 2), (12, 20)]:
        pe = sinusoidal_positional_encoding(n, d)
        assert pe.shape == (n, d)
        for p in range(n):
            for i in range(d // 2):
                angle = p / 10000 ** (2 * i / d)
                assert math.isclose(pe[p, 2 * i], math.sin(angle), abs_tol=1e-12)
                assert math.isclose(pe[p, 2 * i + 1], math.cos(angle), abs_tol=1e-12)


def test_rows_are_distinct():
    pe = sinusoidal_positional_encoding(100, 8)
    distances = np.linalg.norm(pe[:, None, :] - pe[None, :, :], axis=-1)
    assert np.all(distances[~np.eye(100, dtype=bool)] > 1e-6), "every position must get its own vector"
