"""The chart canvas: a scene of post cards and containers drawn from a Layout, and its views."""

from orgchart_app.ui.canvas.scene import ChartScene, LayoutScene
from orgchart_app.ui.canvas.view import ChartView

__all__ = ["ChartScene", "ChartView", "LayoutScene"]
