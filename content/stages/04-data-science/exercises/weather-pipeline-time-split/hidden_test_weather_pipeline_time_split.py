import numpy as np
import pandas as pd

from weather_pipeline_time_split import NUMERIC, make_features, train_and_evaluate


def test_other_split_date():
    data = pd.read_csv("seattle-weather.csv")
    model, accuracy = train_and_evaluate(data, split_date="2014-01-01")
    X, y, dates = make_features(data)
    train = dates < pd.Timestamp("2014-01-01")
    scaler = model.named_steps["prep"].named_transformers_["num"].named_steps["scale"]
    assert np.allclose(scaler.mean_, X.loc[train, NUMERIC].mean().to_numpy())
    assert accuracy == float(model.score(X[~train], y[~train]))


def test_small_frame_target():
    data = pd.DataFrame({
        "date": ["2020-01-03", "2020-01-01", "2020-01-02"],
        "precipitation": [0.0, 0.0, 2.0], "temp_max": [1.0, 2.0, 3.0],
        "temp_min": [0.0, 0.0, 0.0], "wind": [1.0, 1.0, 1.0], "weather": ["sun", "sun", "rain"],
    })
    X, y, dates = make_features(data)
    assert y.tolist() == [1, 0] and X["temp_max"].tolist() == [2.0, 3.0]
