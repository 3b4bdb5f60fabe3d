# Hidden tests: another data set, other splits and other values of C, each checked against the
# scaler and model fitted by hand, so accuracies fitted to the visible split cannot pass.
import numpy as np
from sklearn.datasets import load_wine, make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from sklearn_pipeline import build_pipeline, fit_and_score

X_WINE, Y_WINE = load_wine(return_X_y=True)
SPLIT = train_test_split(X_WINE, Y_WINE, test_size=0.3, random_state=5, stratify=Y_WINE)


def by_hand(X_train, y_train, X_test, y_test, C):
    scaler = StandardScaler().fit(X_train)
    model = LogisticRegression(C=C, max_iter=1000).fit(scaler.transform(X_train), y_train)
    return scaler, model, model.score(scaler.transform(X_test), y_test)


def test_other_data_and_C_match_a_hand_made_fit():
    X_train, X_test, y_train, y_test = SPLIT
    for C in (0.05, 3.0):
        pipe, accuracy = fit_and_score(X_train, y_train, X_test, y_test, C=C)
        scaler, model, expected = by_hand(X_train, y_train, X_test, y_test, C)
        assert isinstance(accuracy, float), f"the score should be a float, got {type(accuracy).__name__}"
        assert abs(accuracy - expected) < 1e-12, (
            f"C={C}: expected test accuracy {expected:.4f}, got {accuracy:.4f}"
        )
        assert np.allclose(pipe.named_steps["model"].coef_, model.coef_, atol=1e-6), (
            f"C={C}: the fitted weights differ from a scaler + LogisticRegression fitted by hand"
        )


def test_scaler_statistics_come_from_the_given_training_rows():
    X, y = make_classification(n_samples=80, n_features=5, random_state=1)
    X = X * [1, 10, 100, 0.1, 5] + [0, -3, 50, 2, 7]
    X_train, X_test, y_train, y_test = X[:20], X[20:], y[:20], y[20:]
    pipe, _ = fit_and_score(X_train, y_train, X_test, y_test)
    scaler = pipe.named_steps["scaler"]
    assert np.allclose(scaler.mean_, X_train.mean(axis=0)), (
        "the scaler's mean_ should be the means of the 20 training rows only"
    )
    assert np.allclose(scaler.scale_, X_train.std(axis=0)), (
        "the scaler's scale_ should be the standard deviations of the training rows only"
    )


def test_build_pipeline_settings_for_another_C():
    pipe = build_pipeline(C=7.5)
    assert [name for name, _ in pipe.steps] == ["scaler", "model"], (
        f"expected the steps ['scaler', 'model'], got {[name for name, _ in pipe.steps]}"
    )
    scaler, model = pipe.named_steps["scaler"], pipe.named_steps["model"]
    assert isinstance(scaler, StandardScaler) and isinstance(model, LogisticRegression), (
        f"expected StandardScaler then LogisticRegression, got {type(scaler).__name__} "
        f"and {type(model).__name__}"
    )
    assert scaler.with_mean and scaler.with_std, "the scaler should keep its default settings"
    assert model.C == 7.5 and model.max_iter == 1000, (
        f"expected C = 7.5 and max_iter = 1000, got C = {model.C} and max_iter = {model.max_iter}"
    )
    assert not hasattr(model, "coef_"), "build_pipeline should return an unfitted pipeline"


def test_fit_and_score_uses_a_fresh_pipeline_each_call():
    X_train, X_test, y_train, y_test = SPLIT
    first, _ = fit_and_score(X_train, y_train, X_test, y_test, C=1.0)
    half = len(X_train) // 2
    second, _ = fit_and_score(X_train[:half], y_train[:half], X_test, y_test, C=1.0)
    assert first is not second, "each call should build and return a new pipeline"
    assert np.allclose(first.named_steps["scaler"].mean_, X_train.mean(axis=0)), (
        "fitting a second pipeline changed the first one's scaler; they share estimator objects"
    )


def test_inputs_are_not_modified():
    X_train, X_test, y_train, y_test = (a.copy() for a in SPLIT)
    fit_and_score(X_train, y_train, X_test, y_test, C=0.5)
    assert all(np.array_equal(a, b) for a, b in zip((X_train, X_test, y_train, y_test), SPLIT)), (
        "the input arrays changed; scaling must not happen in place"
    )
