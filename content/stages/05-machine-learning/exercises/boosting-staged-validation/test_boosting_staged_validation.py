import numpy as np
from sklearn.ensemble import GradientBoostingRegressor

from boosting_staged_validation import (
    best_n_estimators,
    early_stopping_choice,
    staged_validation_errors,
)


def noisy_split(seed: int = 0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-3, 3, size=(200, 3))
    y = np.sin(X[:, 0]) + 0.3 * X[:, 1] + rng.normal(scale=0.5, size=200)
    return X[:140], y[:140], X[140:], y[140:]


def overfitting_model(X_train, y_train, n_estimators=120):
    return GradientBoostingRegressor(
        n_estimators=n_estimators, learning_rate=0.5, max_depth=3, random_state=0
    ).fit(X_train, y_train)


def test_one_error_per_stage():
    X_train, y_train, X_val, y_val = noisy_split()
    model = overfitting_model(X_train, y_train)
    errors = staged_validation_errors(model, X_val, y_val)
    assert np.shape(errors) == (120,), f"expected one error per tree, 120, got shape {np.shape(errors)}"
    first = np.mean((y_val - next(model.staged_predict(X_val))) ** 2)
    assert np.isclose(errors[0], first), (
        f"entry 0 is the validation MSE with one tree, {first:.4f}, got {errors[0]:.4f}"
    )
    last = np.mean((y_val - model.predict(X_val)) ** 2)
    assert np.isclose(errors[-1], last), (
        f"the last entry is the MSE of the full model, {last:.4f}, got {errors[-1]:.4f}"
    )


def test_best_count_is_one_based():
    got = best_n_estimators(np.array([5.0, 4.0, 3.0, 3.5, 3.2, 3.1, 2.9, 4.0]))
    assert got == 7, f"the lowest error is entry 6, which is 7 trees; got {got}"
    assert isinstance(got, int), f"return a Python int, got {type(got).__name__}"


def test_best_count_prefers_fewer_trees_on_a_tie():
    got = best_n_estimators(np.array([3.0, 2.0, 2.5, 2.0]))
    assert got == 2, f"2 and 4 trees tie at 2.0; expected the smaller count, 2, got {got}"


def test_validation_curve_beats_the_full_model():
    X_train, y_train, X_val, y_val = noisy_split(1)
    model = overfitting_model(X_train, y_train)
    errors = staged_validation_errors(model, X_val, y_val)
    n = best_n_estimators(errors)
    assert n < 120 and errors[n - 1] < errors[-1], (
        f"with learning_rate 0.5 the model overfits: expected a best count below 120 "
        f"with a lower error than the full model, got {n} ({errors[n - 1]:.3f} vs {errors[-1]:.3f})"
    )
    refit = overfitting_model(X_train, y_train, n_estimators=n)
    refit_error = np.mean((y_val - refit.predict(X_val)) ** 2)
    assert np.isclose(refit_error, errors[n - 1]), (
        f"refitting with n_estimators={n} should reproduce the staged error "
        f"{errors[n - 1]:.4f}, got {refit_error:.4f}"
    )


def test_early_stopping_waits_for_patience_rounds():
    errors = np.array([5.0, 4.0, 3.0, 3.5, 3.2, 3.1, 2.9, 4.0])
    got = early_stopping_choice(errors, patience=3)
    assert got == 3, f"rounds 4-6 do not beat 3.0, so patience 3 stops and keeps 3 trees, got {got}"
    got = early_stopping_choice(errors, patience=4)
    assert got == 7, f"with patience 4, round 7 (2.9) arrives in time; expected 7, got {got}"


def test_equal_error_is_not_an_improvement():
    got = early_stopping_choice(np.array([2.0, 1.0, 1.0, 1.0, 0.5]), patience=2)
    assert got == 2, (
        f"rounds 3 and 4 only equal the best 1.0, so patience 2 stops there and keeps 2; got {got}"
    )


def test_list_can_end_before_stopping():
    got = early_stopping_choice(np.array([4.0, 3.0, 2.0, 1.0]), patience=5)
    assert got == 4, f"the error falls every round, so all 4 trees are kept, got {got}"


def test_bad_arguments_raise_value_error():
    for call, why in (
        (lambda: best_n_estimators(np.array([])), "an empty list of errors"),
        (lambda: early_stopping_choice(np.array([]), 3), "an empty list of errors"),
        (lambda: early_stopping_choice(np.array([1.0, 2.0]), 0), "patience=0"),
    ):
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
