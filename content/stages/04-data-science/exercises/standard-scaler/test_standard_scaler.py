import math
import random

from standard_scaler import StandardScaler

TRAIN = [[52, 2], [80, 3], [120, 4], [64, 2], [95, 3], [70, 3]]
TEST = [[41, 1], [35, 1]]


def close(a: float, b: float, tol: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def test_fit_learns_the_training_means_and_population_std():
    scaler = StandardScaler()
    returned = scaler.fit(TRAIN)
    assert returned is scaler, "fit should return self so calls can be chained"
    assert close(scaler.mean_[0], 481 / 6) and close(scaler.mean_[1], 17 / 6), (
        f"expected training means [80.17, 2.83], got {scaler.mean_}"
    )
    squares = sum((x - 481 / 6) ** 2 for x, _ in TRAIN)
    area_std, sample_std = math.sqrt(squares / 6), math.sqrt(squares / 5)
    assert close(scaler.scale_[0], area_std), (
        f"expected the area scale {area_std:.4f} (divide by n = 6, like scikit-learn), "
        f"got {scaler.scale_[0]}; {sample_std:.4f} would mean you divided by n - 1"
    )


def test_training_columns_come_out_with_mean_0_and_std_1():
    z = StandardScaler().fit(TRAIN).transform(TRAIN)
    for j in range(2):
        col = [row[j] for row in z]
        mean = sum(col) / len(col)
        std = math.sqrt(sum((v - mean) ** 2 for v in col) / len(col))
        assert close(mean, 0.0) and close(std, 1.0), (
            f"column {j} of the transformed training rows should have mean 0 and std 1, got "
            f"{mean}, {std}"
        )


def test_test_rows_use_the_training_statistics():
    z = StandardScaler().fit(TRAIN).transform(TEST)
    mean, std = 481 / 6, math.sqrt(sum((x - 481 / 6) ** 2 for x, _ in TRAIN) / 6)
    expected = (41 - mean) / std
    assert close(z[0][0], expected), (
        f"the test area 41 should become (41 - train mean) / train std = {expected:.4f}, got "
        f"{z[0][0]}"
    )
    assert z[0][0] < 0 and z[1][0] < 0, (
        "both test flats are smaller than every training flat, so their scaled areas must be "
        "negative; if they are not, transform is using the test rows' own statistics"
    )


def test_fitting_on_all_rows_gives_different_numbers():
    leaky = StandardScaler().fit(TRAIN + TEST)
    honest = StandardScaler().fit(TRAIN)
    assert not close(leaky.mean_[0], honest.mean_[0]), (
        "fitting on train + test should change the mean (69.62 instead of 80.17); this is the "
        "information that would leak"
    )


def test_constant_column_is_centred_not_divided_by_zero():
    scaler = StandardScaler().fit([[5.0, 1.0], [5.0, 2.0], [5.0, 3.0]])
    assert scaler.scale_[0] == 1.0, f"a constant column should get scale 1, got {scaler.scale_[0]}"
    z = scaler.transform([[5.0, 2.0], [7.0, 2.0]])
    assert z[0][0] == 0.0 and close(z[1][0], 2.0), (
        f"the constant column should become x - 5, giving 0 and 2, got {[z[0][0], z[1][0]]}"
    )


def test_matches_a_direct_computation_on_random_data():
    rng = random.Random(0)
    train = [[rng.uniform(0, 100), rng.gauss(5, 2), rng.randint(1, 6)] for _ in range(40)]
    test = [[rng.uniform(0, 100), rng.gauss(5, 2), rng.randint(1, 6)] for _ in range(10)]
    z = StandardScaler().fit(train).transform(test)
    for j in range(3):
        col = [row[j] for row in train]
        m = sum(col) / len(col)
        s = math.sqrt(sum((v - m) ** 2 for v in col) / len(col))
        for i, row in enumerate(test):
            assert close(z[i][j], (row[j] - m) / s), (
                f"row {i}, column {j}: expected {(row[j] - m) / s}, got {z[i][j]}"
            )


def test_inputs_are_not_modified():
    train = [row[:] for row in TRAIN]
    test = [row[:] for row in TEST]
    scaler = StandardScaler().fit(train)
    out = scaler.transform(test)
    assert train == TRAIN and test == TEST, (
        "fit and transform must not change the rows they are given"
    )
    assert out is not test and out[0] is not test[0], "transform should return new lists"


def test_transform_before_fit_raises_value_error():
    try:
        StandardScaler().transform(TEST)
    except ValueError:
        return
    raise AssertionError("expected ValueError: transform has no statistics before fit is called")


def test_bad_shapes_raise_value_error():
    cases = [
        (lambda: StandardScaler().fit([]), "fit on no rows"),
        (lambda: StandardScaler().fit([[1, 2], [3]]), "fit on rows of lengths 2 and 1"),
        (
            lambda: StandardScaler().fit(TRAIN).transform([[1, 2, 3]]),
            "transform a 3-column row after fitting 2 columns",
        ),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
