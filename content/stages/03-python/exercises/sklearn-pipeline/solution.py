import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def build_pipeline(C: float = 1.0) -> Pipeline:
    """An unfitted pipeline: standardise the features, then logistic regression.

    Steps: ("scaler", StandardScaler()) and
    ("model", LogisticRegression(C=C, max_iter=1000)).
    """
    # New estimator objects on every call, so two pipelines never share state.
    return Pipeline([
        ("scaler", StandardScaler()),
        ("model", LogisticRegression(C=C, max_iter=1000)),
    ])


def fit_and_score(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, y_test: np.ndarray,
    C: float = 1.0,
) -> tuple[Pipeline, float]:
    """Fit build_pipeline(C) on the training split; return it and its test accuracy."""
    pipe = build_pipeline(C)
    # fit: the scaler learns mean and std from X_train, transforms it, and the
    # model is trained on the result. The test split plays no part.
    pipe.fit(X_train, y_train)
    # score: X_test is scaled with the *training* statistics, then classified;
    # for a classifier the score is the accuracy.
    accuracy = float(pipe.score(X_test, y_test))
    return pipe, accuracy
