import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402


def plot_monthly_max(weather: pd.DataFrame) -> Figure:
    """One Axes; one line per year: the highest temp_max of each month.

    Lines labelled "2012", ...; x = months 1-12 with data; labels "month"
    and "max temperature (°C)"; title "Monthly maximum temperature in Seattle".
    """
    fig, ax = plt.subplots()
    # One line over all four years: the years are not separated yet.
    ax.plot(range(len(weather)), weather["temp_max"])
    return fig
