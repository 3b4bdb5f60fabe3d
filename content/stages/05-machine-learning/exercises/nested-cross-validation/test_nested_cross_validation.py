import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from nested_cross_validation import make_search, nested_cv_scores

X, y = make_classification(n_samples=150, n_features=6, n_informative=3, random_state=0)
X[:, 0] *= 1000.0  # very different units: without scaling the penalty treats features unequally
X[:, 1] += 50.0
C_VALUES = [0.001, 0.01, 0.1, 1.0]


def reference(X, y, C_values, outer_k, inner_k, seed):
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    search = GridSearchCV(
        pipe, {"logisticregression__C": list(C_values)},
        cv=StratifiedKFold(inner_k, shuffle=True, random_state=seed), scoring="accuracy",
    )
    outer = StratifiedKFold(outer_k, shuffle=True, random_state=seed)
    return cross_val_score(search, X, y, cv=outer, scoring="accuracy")


class FitSpy:
    """Record how many rows every StandardScaler and LogisticRegression fit sees."""

    def __enter__(self):
        self.rows = {"scaler": [], "model": []}
        self.originals = (StandardScaler.fit, LogisticRegression.fit)
        orig_scaler, orig_model = self.originals
        rows = self.rows

        def scaler_fit(est, X, y=None, *args, **kwargs):
            rows["scaler"].append(len(X))
            return orig_scaler(est, X, y, *args, **kwargs)

        def model_fit(est, X, y, *args, **kwargs):
            rows["model"].append(len(X))
            return orig_model(est, X, y, *args, **kwargs)

        StandardScaler.fit, LogisticRegression.fit = scaler_fit, model_fit
        return self

    def __exit__(self, *exc):
        StandardScaler.fit, LogisticRegression.fit = self.originals


def test_make_search_is_an_unfitted_grid_search_over_a_scaled_pipeline():
    search = make_search(C_VALUES, inner_k=3, seed=0)
    assert isinstance(search, GridSearchCV), f"expected a GridSearchCV, got {type(search).__name__}"
    assert not hasattr(search, "best_estimator_"), "make_search must not fit anything"
    est = search.estimator
    assert isinstance(est, Pipeline), (
        f"the tuned estimator should be a Pipeline, so the scaler is refitted in every fold; got {type(est).__name__}"
    )
    kinds = [type(step) for _, step in est.steps]
    assert kinds[0] is StandardScaler and kinds[-1] is LogisticRegression, (
        f"expected the steps StandardScaler → LogisticRegression, got {[k.__name__ for k in kinds]}"
    )


def test_search_tries_every_C_on_inner_folds():
    search = make_search(C_VALUES, inner_k=3, seed=0).fit(X[:90], y[:90])
    key = next((k for k in search.cv_results_ if k.startswith("param_") and k.endswith("__C")), None)
    assert key is not None, (
        f"no pipeline parameter ending in __C was searched; found {[k for k in search.cv_results_ if k.startswith('param_')]}"
    )
    tried = sorted(float(c) for c in search.cv_results_[key])
    assert tried == C_VALUES, f"the grid should hold exactly the C values {C_VALUES}, got {tried}"
    n_splits = sum(1 for k in search.cv_results_ if k.startswith("split") and k.endswith("_test_score"))
    assert n_splits == 3, f"the inner search should use 3 folds, got {n_splits}"


def test_outer_scores_match_the_nested_procedure():
    got = nested_cv_scores(X, y, C_VALUES, outer_k=5, inner_k=3, seed=0)
    want = reference(X, y, C_VALUES, 5, 3, 0)
    assert np.shape(got) == (5,), f"expected one accuracy per outer fold, shape (5,), got {np.shape(got)}"
    assert np.allclose(got, want), (
        f"expected outer accuracies {np.round(want, 3)}, got {np.round(got, 3)}. The outer loop is "
        "StratifiedKFold(outer_k, shuffle=True, random_state=seed) around the unfitted search"
    )


def test_no_scaler_fit_sees_an_outer_test_fold():
    with FitSpy() as spy:
        nested_cv_scores(X, y, [0.01, 1.0], outer_k=5, inner_k=2, seed=0)
    assert spy.rows["scaler"], (
        "no StandardScaler was fitted: put one in the pipeline (and do not pass n_jobs, so the "
        "fits run in this process)"
    )
    assert max(spy.rows["scaler"]) <= 120, (
        f"a StandardScaler was fitted on {max(spy.rows['scaler'])} of the 150 rows; with 5 outer "
        "folds no fit may see more than the 120 rows of an outer training part. Scaling before "
        "the outer split leaks the test folds"
    )


def test_no_model_is_tuned_or_fitted_on_all_rows():
    with FitSpy() as spy:
        nested_cv_scores(X, y, [0.01, 1.0], outer_k=5, inner_k=2, seed=0)
    assert max(spy.rows["model"]) <= 120, (
        f"a LogisticRegression was fitted on {max(spy.rows['model'])} of the 150 rows: the search "
        "ran on all rows, so C was chosen with the outer test folds in view"
    )
    assert len(spy.rows["model"]) == 5 * (2 * 2 + 1), (
        f"expected 5 outer folds × (2 values of C × 2 inner folds + 1 refit) = 25 fits, "
        f"got {len(spy.rows['model'])}"
    )


def test_other_fold_counts_and_seed():
    got = nested_cv_scores(X, y, [0.01, 1.0], outer_k=3, inner_k=2, seed=5)
    want = reference(X, y, [0.01, 1.0], 3, 2, 5)
    assert np.allclose(got, want), f"outer_k=3, inner_k=2, seed=5: expected {np.round(want, 3)}, got {np.round(got, 3)}"
