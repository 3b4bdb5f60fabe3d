import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler


def make_search(C_values: list[float], inner_k: int = 3, seed: int = 0) -> GridSearchCV:
    """An unfitted grid search over C for standardised logistic regression (inner loop)."""
    raise NotImplementedError("wrap a scaler + logistic regression pipeline in GridSearchCV")


def nested_cv_scores(
    X: np.ndarray, y: np.ndarray, C_values: list[float], outer_k: int = 5, inner_k: int = 3, seed: int = 0
) -> np.ndarray:
    """Outer-fold accuracies of the whole tuning procedure (search over C, then refit)."""
    # A tempting shortcut: scale once, tune once on all rows, then cross-validate the winner.
    X_scaled = StandardScaler().fit_transform(X)
    search = GridSearchCV(LogisticRegression(max_iter=1000), {"C": list(C_values)}, cv=inner_k)
    best = search.fit(X_scaled, y).best_estimator_
    outer = StratifiedKFold(n_splits=outer_k, shuffle=True, random_state=seed)
    return cross_val_score(best, X_scaled, y, cv=outer, scoring="accuracy")
