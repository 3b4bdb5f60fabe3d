# Hidden tests: other training and test matrices - learned statistics checked against a direct
# computation, a single training row, a refit, a column constant only in training, short rows.
import math
import random

from standard_scaler import StandardScaler


def close(a: float, b: float, tol: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def column_stats(rows):
    n = len(rows)
    means, scales = [], []
    for j in range(len(rows[0])):
        col = [row[j] for row in rows]
        m = sum(col) / n
        s = math.sqrt(sum((v - m) ** 2 for v in col) / n)
        means.append(m)
        scales.append(s if s > 0 else 1.0)
    return means, scales


def test_learned_statistics_on_random_matrices():
    rng = random.Random(17)
    for n, d in ((2, 1), (7, 4), (25, 2)):
        train = [[rng.uniform(-1000, 1000) for _ in range(d)] for _ in range(n)]
        test = [[rng.uniform(-1000, 1000) for _ in range(d)] for _ in range(3)]
        scaler = StandardScaler().fit(train)
        means, scales = column_stats(train)
        assert len(scaler.mean_) == d and all(close(a, b) for a, b in zip(scaler.mean_, means)), (
            f"{n} x {d}: expected means {means}, got {scaler.mean_}"
        )
        assert len(scaler.scale_) == d and all(close(a, b) for a, b in zip(scaler.scale_, scales)), (
            f"{n} x {d}: expected population stds {scales}, got {scaler.scale_}"
        )
        z = scaler.transform(test)
        for i, row in enumerate(test):
            for j in range(d):
                want = (row[j] - means[j]) / scales[j]
                assert close(z[i][j], want), f"{n} x {d}, row {i}, column {j}: expected {want}, got {z[i][j]}"


def test_a_single_training_row_only_centres():
    scaler = StandardScaler().fit([[4.0, -2.0, 0.0]])
    assert scaler.scale_ == [1.0, 1.0, 1.0], (
        f"one row makes every column constant, so every scale is 1, got {scaler.scale_}"
    )
    z = scaler.transform([[5.0, -2.0, 3.5]])
    assert all(close(a, b) for a, b in zip(z[0], [1.0, 0.0, 3.5])), (
        f"with scale 1 the values become x - mean: expected [1.0, 0.0, 3.5], got {z[0]}"
    )


def test_fit_again_replaces_the_statistics():
    scaler = StandardScaler().fit([[1.0, 10.0], [3.0, 30.0]])
    scaler.fit([[-5.0], [5.0], [0.0], [0.0]])
    assert len(scaler.mean_) == 1 and close(scaler.mean_[0], 0.0), (
        f"the second fit has one column with mean 0, got mean_ {scaler.mean_}"
    )
    assert close(scaler.scale_[0], math.sqrt(50 / 4)), (
        f"expected scale sqrt(50 / 4) = {math.sqrt(12.5):.4f}, got {scaler.scale_}"
    )
    z = scaler.transform([[10.0]])
    assert close(z[0][0], 10.0 / math.sqrt(12.5)), f"expected {10 / math.sqrt(12.5)}, got {z}"


def test_column_constant_in_training_but_not_in_the_test_rows():
    train = [[2.0, 7.0], [4.0, 7.0], [6.0, 7.0]]
    z = StandardScaler().fit(train).transform([[4.0, 9.0], [4.0, 1.0]])
    assert close(z[0][1], 2.0) and close(z[1][1], -6.0), (
        "column 1 is always 7 in training, so its scale is 1 and test values become x - 7: "
        f"expected 2 and -6, got {z[0][1]} and {z[1][1]}"
    )
    assert close(z[0][0], 0.0), f"4 is the training mean of column 0, so it becomes 0, got {z[0][0]}"


def test_other_bad_shapes_raise_value_error():
    cases = [
        (lambda: StandardScaler().fit([[1, 2, 3], [4, 5]]), "fit on rows of lengths 3 and 2"),
        (lambda: StandardScaler().fit([[1, 2], [3, 4]]).transform([[1]]), "a 1-column row after 2"),
        (
            lambda: StandardScaler().fit([[1, 2], [3, 4]]).transform([[1, 2], [1, 2, 3]]),
            "a later row with 3 columns",
        ),
        (lambda: StandardScaler().transform([[1.0, 2.0]]), "transform before fit"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
