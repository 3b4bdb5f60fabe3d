import pandas as pd

from encode_unseen_categories import one_hot_train_test, ordinal_encode


def test_small_frames():
    train = pd.DataFrame({"x": [1.0, 2.0, 3.0], "colour": ["red", "blue", "red"]}, index=[7, 8, 9])
    test = pd.DataFrame({"x": [4.0, 5.0], "colour": ["green", "blue"]}, index=[0, 1])
    X_train, X_test = one_hot_train_test(train, test, ["colour"])
    assert list(X_train.columns) == ["x", "colour_blue", "colour_red"]
    assert X_test.values.tolist() == [[4.0, 0.0, 0.0], [5.0, 1.0, 0.0]]
    assert list(X_test.index) == [0, 1]


def test_other_order():
    got = ordinal_encode(pd.Series(["high", "low", "medium", "low"]), ["low", "medium", "high"])
    assert got.tolist() == [2, 0, 1, 0]
