import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from nested_cross_validation import nested_cv_scores


def test_other_data_matches_reference():
    X, y = make_classification(n_samples=120, n_features=5, n_informative=2, weights=[0.7, 0.3], random_state=3)
    X[:, 2] *= 0.001
    C_values = [0.003, 0.3, 30.0]
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    search = GridSearchCV(pipe, {"logisticregression__C": C_values},
                          cv=StratifiedKFold(3, shuffle=True, random_state=7), scoring="accuracy")
    want = cross_val_score(search, X, y, cv=StratifiedKFold(4, shuffle=True, random_state=7), scoring="accuracy")
    got = nested_cv_scores(X, y, C_values, outer_k=4, inner_k=3, seed=7)
    assert np.allclose(got, want), f"expected {np.round(want, 3)}, got {np.round(got, 3)}"
