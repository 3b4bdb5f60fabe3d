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
    raise NotImplementedError("sort, add month, shift the target by one day")


def build_model() -> Pipeline:
    """An unfitted pipeline: preprocessing by column type, then logistic regression."""
    raise NotImplementedError


def train_and_evaluate(weather: pd.DataFrame, split_date: str = "2015-01-01") -> tuple[Pipeline, float]:
    """Fit on the days before split_date; return the model and its accuracy on the rest."""
    raise NotImplementedError
