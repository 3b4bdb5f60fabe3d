import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from sklearn_pipeline import build_pipeline, fit_and_score

X, y = load_breast_cancer(return_X_y=True)
X_TRAIN, X_TEST, Y_TRAIN, Y_TEST = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y
)


def reference_accuracy(C: float) -> float:
    """The same model without a Pipeline: scale with training statistics by hand."""
    scaler = StandardScaler().fit(X_TRAIN)
    model = LogisticRegression(C=C, max_iter=1000).fit(scaler.transform(X_TRAIN), Y_TRAIN)
    return model.score(scaler.transform(X_TEST), Y_TEST)


def test_pipeline_has_named_scaler_and_model_steps():
    pipe = build_pipeline()
    assert isinstance(pipe, Pipeline), f"expected a sklearn Pipeline, got {type(pipe).__name__}"
    names = [name for name, _ in pipe.steps]
    assert names == ["scaler", "model"], (
        f"expected the steps ['scaler', 'model'], got {names}; "
        "make_pipeline names steps after their classes"
    )
    assert isinstance(pipe.named_steps["scaler"], StandardScaler), (
        "the 'scaler' step should be a StandardScaler"
    )
    assert isinstance(pipe.named_steps["model"], LogisticRegression), (
        "the 'model' step should be a LogisticRegression"
    )


def test_model_settings_are_passed_through():
    model = build_pipeline(C=0.25).named_steps["model"]
    assert model.C == 0.25, f"expected C = 0.25 on the model, got {model.C}"
    assert model.max_iter == 1000, f"expected max_iter = 1000, got {model.max_iter}"


def test_build_returns_a_new_unfitted_pipeline_each_time():
    first, second = build_pipeline(), build_pipeline()
    assert first is not second, "each call should build a new pipeline"
    assert not hasattr(first.named_steps["scaler"], "mean_"), (
        "build_pipeline should not fit anything"
    )
    first.fit(X_TRAIN, Y_TRAIN)
    assert not hasattr(second.named_steps["scaler"], "mean_"), (
        "fitting one pipeline fitted the other too: the two share estimator objects"
    )


def test_test_accuracy_matches_the_hand_made_reference():
    _, accuracy = fit_and_score(X_TRAIN, Y_TRAIN, X_TEST, Y_TEST)
    expected = reference_accuracy(1.0)
    assert isinstance(accuracy, float), (
        f"the score should be a float, got {type(accuracy).__name__}"
    )
    assert abs(accuracy - expected) < 1e-12, (
        f"expected test accuracy {expected:.4f}, got {accuracy:.4f}; "
        "fit on the training split and score on the test split"
    )


def test_scaler_learns_from_the_training_split_only():
    pipe, _ = fit_and_score(X_TRAIN, Y_TRAIN, X_TEST, Y_TEST)
    mean = pipe.named_steps["scaler"].mean_
    assert np.allclose(mean, X_TRAIN.mean(axis=0)), (
        "the scaler's mean_ should equal the training columns' means; "
        "if it matches all of X instead, test data leaked into preprocessing"
    )


def test_returned_pipeline_is_fitted_and_predicts():
    pipe, accuracy = fit_and_score(X_TRAIN, Y_TRAIN, X_TEST, Y_TEST)
    predictions = pipe.predict(X_TEST)
    assert predictions.shape == Y_TEST.shape, (
        f"expected {Y_TEST.shape} predictions, got {predictions.shape}"
    )
    assert abs(np.mean(predictions == Y_TEST) - accuracy) < 1e-12, (
        "the returned accuracy should be the share of correct predictions on the test split"
    )


def test_smaller_C_is_used_when_given():
    pipe, accuracy = fit_and_score(X_TRAIN, Y_TRAIN, X_TEST, Y_TEST, C=0.01)
    assert pipe.named_steps["model"].C == 0.01, (
        f"expected C = 0.01, got {pipe.named_steps['model'].C}"
    )
    expected = reference_accuracy(0.01)
    assert abs(accuracy - expected) < 1e-12, (
        f"with C = 0.01 expected accuracy {expected:.4f}, got {accuracy:.4f}"
    )


def test_inputs_are_not_modified():
    x_train, x_test = X_TRAIN.copy(), X_TEST.copy()
    fit_and_score(x_train, Y_TRAIN, x_test, Y_TEST)
    assert np.array_equal(x_train, X_TRAIN) and np.array_equal(x_test, X_TEST), (
        "the feature arrays changed; scaling must not happen in place"
    )
