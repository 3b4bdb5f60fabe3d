import numpy as np
from sklearn.ensemble import GradientBoostingRegressor

from boosting_stumps import fit_gradient_boosting, fit_stump, predict_gradient_boosting, predict_stump


def random_data(seed: int, n: int = 60, d: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.uniform(-2, 2, size=(n, d))
    y = np.sin(2 * X[:, 0]) + 0.5 * X[:, 1] ** 2 + rng.normal(scale=0.2, size=n)
    return X, y


def test_stump_on_the_hand_example():
    X = np.array([[0.0], [1.0], [2.0]])
    got = fit_stump(X, np.array([-2.0, -1.0, 3.0]))
    assert got[0] == 0 and np.allclose(got[1:], (1.5, -1.5, 3.0)), (
        "the split at 1.5 leaves SSE 0.5, the one at 0.5 leaves 8: expected "
        f"(0, 1.5, -1.5, 3.0), got {got}"
    )


def test_stump_picks_the_feature_that_explains_r():
    rng = np.random.default_rng(1)
    X = rng.uniform(0, 10, size=(40, 3))
    r = np.where(X[:, 2] > 5, 4.0, -1.0)
    j, t, left, right = fit_stump(X, r)
    assert j == 2, f"only feature 2 separates r, expected feature 2, got {j}"
    assert np.isclose(left, -1.0) and np.isclose(right, 4.0), (
        f"each side should predict the mean of its r (-1 and 4), got {left}, {right}"
    )
    assert np.allclose(predict_stump((j, t, left, right), X), r), "the stump should fit r exactly"


def test_starts_from_the_mean():
    X, y = random_data(2)
    model = fit_gradient_boosting(X, y, n_estimators=0, learning_rate=0.1)
    assert np.isclose(model["init"], y.mean()), (
        f"for squared error F0 is the mean of y = {y.mean():.4f}, got {model['init']}"
    )
    assert np.allclose(predict_gradient_boosting(model, X), y.mean()), (
        "with no stumps the model predicts the mean everywhere"
    )


def test_one_round_on_the_hand_example():
    X = np.array([[0.0], [1.0], [2.0]])
    y = np.array([1.0, 2.0, 6.0])
    model = fit_gradient_boosting(X, y, n_estimators=1, learning_rate=0.5)
    got = predict_gradient_boosting(model, X)
    assert np.allclose(got, [2.25, 2.25, 4.5]), (
        "3 + 0.5 * (-1.5, -1.5, 3) = (2.25, 2.25, 4.5); got "
        f"{got}. Did you fit the stump to y instead of the residuals, or forget the learning rate?"
    )


def test_training_loss_never_rises():
    X, y = random_data(3)
    model = fit_gradient_boosting(X, y, n_estimators=25, learning_rate=0.3)
    partial = dict(model)
    losses = []
    for m in range(26):
        partial["stumps"] = model["stumps"][:m]
        losses.append(np.mean((y - predict_gradient_boosting(partial, X)) ** 2))
    assert all(b <= a + 1e-12 for a, b in zip(losses, losses[1:])), (
        f"the training MSE should never rise from one stump to the next, got {np.round(losses, 4)}"
    )
    assert losses[-1] < 0.5 * losses[0], (
        f"25 stumps should at least halve the MSE of the mean, got {losses[0]:.3f} -> {losses[-1]:.3f}"
    )


def test_matches_scikit_learn_with_depth_one_trees():
    X, y = random_data(4)
    X_new, _ = random_data(5, n=30)
    ours = fit_gradient_boosting(X, y, n_estimators=20, learning_rate=0.3)
    ref = GradientBoostingRegressor(
        n_estimators=20, learning_rate=0.3, max_depth=1, random_state=0
    ).fit(X, y)
    for name, data in (("training", X), ("new", X_new)):
        got, expected = predict_gradient_boosting(ours, data), ref.predict(data)
        assert np.allclose(got, expected, atol=1e-6), (
            f"on {name} rows, GradientBoostingRegressor(max_depth=1) predicts "
            f"{np.round(expected[:4], 4)}..., you predict {np.round(got[:4], 4)}..."
        )


def test_constant_features_give_the_mean():
    X = np.ones((4, 2))
    stump = fit_stump(X, np.array([1.0, 2.0, 3.0, 6.0]))
    assert np.allclose(predict_stump(stump, X), 3.0), (
        f"with nothing to split on, the stump predicts the mean 3.0 everywhere, got {stump}"
    )


def test_inputs_unchanged_and_bad_arguments_raise():
    X, y = random_data(6, n=10)
    X0, y0 = X.copy(), y.copy()
    fit_gradient_boosting(X, y, n_estimators=3, learning_rate=0.5)
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"
    cases = [
        ((X, y, -1, 0.1), "n_estimators=-1"),
        ((X, y, 5, 0.0), "learning_rate=0"),
        ((X, y[:-1], 5, 0.1), "10 rows but 9 targets"),
        ((X[:, 0], y, 5, 0.1), "a 1-D X"),
    ]
    for args, why in cases:
        try:
            fit_gradient_boosting(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
