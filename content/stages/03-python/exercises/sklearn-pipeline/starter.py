import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def build_pipeline(C: float = 1.0) -> Pipeline:
    """An unfitted pipeline: standardise the features, then logistic regression.

    Steps: ("scaler", StandardScaler()) and
    ("model", LogisticRegression(C=C, max_iter=1000)).
    """
    raise NotImplementedError("a Pipeline with the steps 'scaler' and 'model'")


def fit_and_score(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, y_test: np.ndarray,
    C: float = 1.0,
) -> tuple[Pipeline, float]:
    """Fit build_pipeline(C) on the training split; return it and its test accuracy."""
    raise NotImplementedError("fit on the training split, score on the test split")
