import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from weather_pipeline_time_split import CATEGORICAL, NUMERIC, build_model, make_features, train_and_evaluate


def weather() -> pd.DataFrame:
    return pd.read_csv("seattle-weather.csv")


def test_features_and_target_shift():
    X, y, dates = make_features(weather())
    assert list(X.columns) == NUMERIC + CATEGORICAL, f"expected columns {NUMERIC + CATEGORICAL}, got {list(X.columns)}"
    assert len(X) == len(y) == len(dates) == 1460, "1461 days minus the last one, which has no tomorrow"
    assert X.iloc[0].tolist() == [0.0, 12.8, 5.0, 4.7, "drizzle", 1]
    assert y.iloc[0] == 1, "2 January 2012 had 10.9 mm: the target of 1 January is 1"
    assert y.iloc[4] == 1 and y.iloc[6] == 0, "the target is the NEXT day's precipitation > 0"
    assert dates.iloc[-1] == pd.Timestamp("2015-12-30"), f"the last row is 30 December 2015, got {dates.iloc[-1]}"
    assert list(X.index[:3]) == [0, 1, 2]


def test_unsorted_input_is_sorted_first():
    X, y, dates = make_features(weather().sample(frac=1.0, random_state=0))
    X0, y0, _ = make_features(weather())
    assert dates.is_monotonic_increasing, "sort by date before shifting the target"
    assert y.equals(y0) and X.equals(X0)


def test_pipeline_structure():
    model = build_model()
    assert list(model.named_steps) == ["prep", "model"]
    prep, clf = model.named_steps["prep"], model.named_steps["model"]
    assert isinstance(prep, ColumnTransformer) and isinstance(clf, LogisticRegression)
    names = [name for name, _, _ in prep.transformers]
    assert names == ["num", "cat"], f"expected transformers num and cat, got {names}"
    num, cat = prep.transformers[0], prep.transformers[1]
    assert list(num[2]) == NUMERIC and list(cat[2]) == CATEGORICAL
    assert [type(step).__name__ for _, step in num[1].steps] == ["SimpleImputer", "StandardScaler"]
    assert num[1].steps[0][1].strategy == "median"
    assert isinstance(cat[1], OneHotEncoder) and cat[1].handle_unknown == "ignore", (
        "the encoder must ignore unseen categories, or a new label crashes the model in production"
    )


def test_fitted_on_the_training_days_only():
    data = weather()
    model, _ = train_and_evaluate(data)
    X, _, dates = make_features(data)
    train = X[dates < pd.Timestamp("2015-01-01")]
    num = model.named_steps["prep"].named_transformers_["num"]
    imputer, scaler = num.named_steps["impute"], num.named_steps["scale"]
    assert isinstance(imputer, SimpleImputer) and isinstance(scaler, StandardScaler)
    assert np.allclose(imputer.statistics_, train[NUMERIC].median().to_numpy()), (
        "the imputer's medians should be those of the training days (2012-2014) only"
    )
    assert np.allclose(scaler.mean_, train[NUMERIC].mean().to_numpy()), (
        "the scaler's means should be those of the training days only: did the test year leak in?"
    )


def test_accuracy_beats_the_baselines():
    _, accuracy = train_and_evaluate(weather())
    assert 0.0 <= accuracy <= 1.0
    assert accuracy > 0.68, (
        f"expected an accuracy near 0.72 on 2015 (always 'dry' scores 0.604), got {accuracy:.3f}"
    )


def test_unseen_label_and_missing_value_at_predict_time():
    model, _ = train_and_evaluate(weather())
    new_days = pd.DataFrame({
        "precipitation": [np.nan, 3.0], "temp_max": [11.0, np.nan], "temp_min": [4.0, 2.0],
        "wind": [3.0, 5.5], "weather": ["hail", "rain"], "month": [11, 2],
    })
    predictions = model.predict(new_days)
    assert len(predictions) == 2 and set(predictions) <= {0, 1}
