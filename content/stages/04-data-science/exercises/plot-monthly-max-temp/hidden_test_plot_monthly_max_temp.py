import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from plot_monthly_max_temp import plot_monthly_max  # noqa: E402


def test_small_frame():
    plt.close("all")
    data = pd.DataFrame({
        "date": ["2030-03-01", "2030-03-09", "2031-01-05", "2030-05-02"],
        "temp_max": [4.0, 9.5, -2.0, 20.0],
    })
    lines = plot_monthly_max(data).axes[0].get_lines()
    assert [line.get_label() for line in lines] == ["2030", "2031"]
    assert list(np.asarray(lines[0].get_xdata(), dtype=float)) == [3, 5]
    assert list(np.asarray(lines[0].get_ydata(), dtype=float)) == [9.5, 20.0]
    assert list(np.asarray(lines[1].get_ydata(), dtype=float)) == [-2.0]
