import matplotlib

matplotlib.use("Agg")  # draw without a window: works on servers and in tests
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402


def plot_monthly_max(weather: pd.DataFrame) -> Figure:
    """One Axes; one line per year: the highest temp_max of each month.

    Lines labelled "2012", ...; x = months 1-12 with data; labels "month"
    and "max temperature (°C)"; title "Monthly maximum temperature in Seattle".
    """
    dates = pd.to_datetime(weather["date"], format="%Y-%m-%d")
    days = weather.assign(year=dates.dt.year, month=dates.dt.month)
    # Months down the side, years across the top: each column is one line to draw.
    table = days.pivot_table(index="month", columns="year", values="temp_max", aggfunc="max")

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for year in sorted(table.columns):
        line = table[year].dropna()  # a month without data gets no point
        ax.plot(line.index, line.values, marker="o", label=str(year))
    ax.set_xlabel("month")
    ax.set_ylabel("max temperature (°C)")
    ax.set_title("Monthly maximum temperature in Seattle")
    ax.set_xticks(range(1, 13))
    ax.legend(title="year")
    return fig
