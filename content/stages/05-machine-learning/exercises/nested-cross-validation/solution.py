import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_search(C_values: list[float], inner_k: int = 3, seed: int = 0) -> GridSearchCV:
    """An unfitted grid search over C for standardised logistic regression (inner loop)."""
    # The scaler is a step of the tuned estimator, so every inner fit (and the refit
    # on the whole outer training part) learns its means and scales from its own rows.
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    inner = StratifiedKFold(n_splits=inner_k, shuffle=True, random_state=seed)
    return GridSearchCV(
        pipe,
        {"logisticregression__C": list(C_values)},  # step name + "__" + parameter
        cv=inner,
        scoring="accuracy",
    )


def nested_cv_scores(
    X: np.ndarray, y: np.ndarray, C_values: list[float], outer_k: int = 5, inner_k: int = 3, seed: int = 0
) -> np.ndarray:
    """Outer-fold accuracies of the whole tuning procedure (search over C, then refit)."""
    outer = StratifiedKFold(n_splits=outer_k, shuffle=True, random_state=seed)
    # cross_val_score clones the unfitted search for each outer fold and fits it on the
    # outer training part only: the search, the scaler and the refit never see the outer
    # test fold, which is what makes these scores an honest estimate.
    return cross_val_score(make_search(C_values, inner_k, seed), X, y, cv=outer, scoring="accuracy")
