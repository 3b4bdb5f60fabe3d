import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from plot_monthly_max_temp import plot_monthly_max  # noqa: E402


def figure():
    plt.close("all")
    return plot_monthly_max(pd.read_csv("seattle-weather.csv"))


def test_one_axes_with_one_line_per_year():
    fig = figure()
    assert len(fig.axes) == 1, f"expected exactly one Axes, got {len(fig.axes)}"
    labels = [line.get_label() for line in fig.axes[0].get_lines()]
    assert labels == ["2012", "2013", "2014", "2015"], f"expected one line per year labelled '2012'..., got {labels}"


def test_x_is_the_month_number():
    for line in figure().axes[0].get_lines():
        assert list(np.asarray(line.get_xdata(), dtype=float)) == list(range(1, 13)), (
            f"line {line.get_label()}: x should be the months 1..12, got {list(line.get_xdata())}"
        )


def test_y_is_the_monthly_maximum():
    lines = figure().axes[0].get_lines()
    y2012 = np.asarray(lines[0].get_ydata(), dtype=float)
    assert np.allclose(y2012[:3], [12.8, 16.1, 15.6]), (
        f"2012: the hottest days of January-March were 12.8, 16.1 and 15.6 °C, got {y2012[:3]}"
    )
    y2014 = np.asarray(lines[2].get_ydata(), dtype=float)
    assert y2014.max() == 35.6 and int(np.argmax(y2014)) == 7, "the hottest day, 35.6 °C, was in August 2014"


def test_labels_title_and_legend():
    ax = figure().axes[0]
    assert ax.get_xlabel() == "month", f"x label: got {ax.get_xlabel()!r}"
    assert ax.get_ylabel() == "max temperature (°C)", f"y label: got {ax.get_ylabel()!r}"
    assert ax.get_title() == "Monthly maximum temperature in Seattle", f"title: got {ax.get_title()!r}"
    assert ax.get_legend() is not None, "add a legend so the years can be told apart"


def test_partial_year_has_a_shorter_line():
    plt.close("all")
    weather = pd.read_csv("seattle-weather.csv")
    part = weather[(weather["date"] >= "2014-06-01") & (weather["date"] < "2015-03-01")]
    before = part.copy()
    lines = plot_monthly_max(part).axes[0].get_lines()
    assert [line.get_label() for line in lines] == ["2014", "2015"]
    assert list(np.asarray(lines[0].get_xdata(), dtype=float)) == [6, 7, 8, 9, 10, 11, 12]
    assert list(np.asarray(lines[1].get_xdata(), dtype=float)) == [1, 2], "no NaN points for months without data"
    assert part.equals(before), "do not modify the input"
