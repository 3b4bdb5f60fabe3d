import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["precipitation", "temp_max", "temp_min", "wind"]
CATEGORICAL = ["weather", "month"]


def make_features(weather: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series, pd.Series]:
    """X (today's weather and month), y (1 if tomorrow has precipitation), and each row's date.

    Days are sorted by date; the last day (no tomorrow) is dropped; index 0..n-1.
    """
    days = weather.assign(date=pd.to_datetime(weather["date"], format="%Y-%m-%d"))
    days = days.sort_values("date").reset_index(drop=True)  # shifting needs time order
    days["month"] = days["date"].dt.month
    # shift(-1) brings tomorrow's precipitation onto today's row: the value to predict.
    tomorrow = days["precipitation"].shift(-1)
    keep = tomorrow.notna()  # the last day has no tomorrow
    X = days.loc[keep, NUMERIC + CATEGORICAL].reset_index(drop=True)
    y = (tomorrow[keep] > 0).astype(int).reset_index(drop=True)
    return X, y, days.loc[keep, "date"].reset_index(drop=True)


def build_model() -> Pipeline:
    """An unfitted pipeline: preprocessing by column type, then logistic regression."""
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    prep = ColumnTransformer([
        ("num", numeric, NUMERIC),
        # An unseen label becomes all zeros instead of an error at predict time.
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("prep", prep), ("model", LogisticRegression(max_iter=1000))])


def train_and_evaluate(weather: pd.DataFrame, split_date: str = "2015-01-01") -> tuple[Pipeline, float]:
    """Fit on the days before split_date; return the model and its accuracy on the rest."""
    X, y, dates = make_features(weather)
    train = dates < pd.Timestamp(split_date)  # the past trains, the future tests
    model = build_model().fit(X[train], y[train])  # every statistic comes from training rows
    return model, float(model.score(X[~train], y[~train]))
