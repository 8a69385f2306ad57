"""Charts of dyad series as inline SVG: altair builds Vega-Lite, vl-convert renders it offline.

The SVG is made here from numbers and dyad codes only (no document text), so the
brief can embed it as markup and still open without a network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import altair as alt
import pyarrow as pa
import vl_convert
from markupsafe import Markup

from detente.analysis import Break, Comparison

COOPERATION = "#1b7f3b"
CONFLICT = "#b3261e"
NEUTRAL = "#6b7280"
SPARSE_FILL = "#e5e7eb"
DYAD_COLOURS = ("#1f4e9c", "#c05600")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
_Y_TITLE = "Net cooperation"
_SUBTITLE = "−1 all conflict · +1 all cooperation · bars: interval · grey: too few events"


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _period_end(start: dt.date, period: str) -> dt.date:
    """The first day of the next period, so sparse periods can be shaded as spans."""
    if period == "week":
        return start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[period]
    month_index = start.month - 1 + months
    return dt.date(start.year + month_index // 12, month_index % 12 + 1, 1)


def _time_axis(period: str) -> alt.X:
    """One tick per period (or per month for weeks), labelled like "Mar 2018"."""
    interval, step = {"week": ("week", 1), "month": ("month", 1), "quarter": ("month", 3)}.get(
        period, ("year", 1)
    )
    fmt = "%Y" if period == "year" else "%b %Y"
    return alt.X(
        "period:T",
        title=f"{period.capitalize()} (start)",
        axis=alt.Axis(format=fmt, tickCount={"interval": interval, "step": step}, labelAngle=0),
    )


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (
        chart.configure(font=FONT)
        .configure_view(stroke=None)
        .configure_axis(labelColor="#374151", titleColor="#111827", gridColor="#eef0f3")
        .configure_title(fontSize=14, anchor="start", color="#111827")
    )


def to_svg(chart: alt.TopLevelMixin) -> Markup:
    """Render a chart to an SVG string (no browser, no network)."""
    svg = vl_convert.vegalite_to_svg(chart.to_dict())
    return Markup(svg)


def _sparse_layer(rows: list[dict[str, Any]], period: str) -> alt.LayerChart | None:
    spans = [
        {
            "start": _iso(r["period_start"]),
            "end": _iso(_period_end(r["period_start"], period)),
            "events": r["events"],
            "label": f"sparse: {r['events']} events",
        }
        for r in rows
        if r["sparse"]
    ]
    if not spans:
        return None
    data = alt.Data(values=spans)
    shade = (
        alt.Chart(data)
        .mark_rect(color=SPARSE_FILL, opacity=0.8)
        .encode(x=alt.X("start:T"), x2="end:T", tooltip=[alt.Tooltip("label:N", title="period")])
    )
    label = (
        alt.Chart(data)
        .mark_text(align="left", dx=3, dy=10, fontSize=9, color=NEUTRAL)
        .encode(x="start:T", y=alt.value(0), text=alt.value("few events"))
    )
    return shade + label


def series_chart(series: pa.Table, title: str, period: str, breaks: Sequence[Break] = ()) -> Markup:
    """Net cooperation per period with its interval; sparse periods shaded, not drawn as 0.

    Points are green above 0 and red below; a dashed line marks each change point.
    """
    rows = series.to_pylist()
    points = [
        {
            "period": _iso(r["period_start"]),
            "net_coop": r["net_coop"],
            "lo": r["net_coop_lo"],
            "hi": r["net_coop_hi"],
            "events": r["events"],
            "documents": r["documents"],
            "side": "cooperation" if (r["net_coop"] or 0) >= 0 else "conflict",
        }
        for r in rows
        if not r["sparse"] and r["net_coop"] is not None
    ]
    line_rows = [
        {"period": _iso(r["period_start"]), "net_coop": None if r["sparse"] else r["net_coop"]}
        for r in rows
    ]
    x = _time_axis(period)
    y = alt.Y("net_coop:Q", title=_Y_TITLE, scale=alt.Scale(domain=[-1, 1]))
    colour = alt.Color(
        "side:N",
        scale=alt.Scale(domain=["cooperation", "conflict"], range=[COOPERATION, CONFLICT]),
        legend=alt.Legend(title=None, orient="top"),
    )
    layers: list[alt.Chart | alt.LayerChart] = []
    sparse = _sparse_layer(rows, period)
    if sparse is not None:
        layers.append(sparse)
    zero = alt.Chart(alt.Data(values=[{"zero": 0}])).mark_rule(color=NEUTRAL).encode(y="zero:Q")
    layers.append(zero)
    if points:
        layers.append(
            alt.Chart(alt.Data(values=points))
            .mark_rule(strokeWidth=6, opacity=0.35, strokeCap="round")
            .encode(x=x, y=alt.Y("lo:Q", title=_Y_TITLE), y2="hi:Q", color=colour)
        )
        layers.append(
            alt.Chart(alt.Data(values=line_rows))
            .mark_line(color="#374151", strokeWidth=1.5, invalid="break-paths-show-domains")
            .encode(x=x, y=y)
        )
        layers.append(
            alt.Chart(alt.Data(values=points))
            .mark_point(filled=True, size=60, opacity=1)
            .encode(
                x=x,
                y=y,
                color=colour,
                tooltip=["period:T", "net_coop:Q", "lo:Q", "hi:Q", "events:Q", "documents:Q"],
            )
        )
    if breaks:
        marks = [
            {"date": _iso(b.date), "label": f"change {b.before:+.2f} → {b.after:+.2f}"}
            for b in breaks
        ]
        layers.append(
            alt.Chart(alt.Data(values=marks))
            .mark_rule(color="#111827", strokeDash=[5, 4])
            .encode(x="date:T", tooltip=["label:N"])
        )
        layers.append(
            alt.Chart(alt.Data(values=marks))
            .mark_text(align="left", dx=4, dy=-6, fontSize=10, color="#111827")
            .encode(x="date:T", y=alt.value(8), text="label:N")
        )
    if not points:
        layers.append(
            alt.Chart(alt.Data(values=[{"message": "not enough data in any period"}]))
            .mark_text(fontSize=13, color=NEUTRAL)
            .encode(text="message:N", x=alt.value(400), y=alt.value(110))
        )
    chart = alt.layer(*layers).properties(
        width=820, height=240, title=alt.TitleParams(title, subtitle=_SUBTITLE)
    )
    return to_svg(_config(chart))


def comparison_chart(comparison: Comparison, period: str) -> Markup:
    """Both dyads' net cooperation per period with intervals, one colour per dyad."""
    label_a, label_b = comparison.dyad_a.label, comparison.dyad_b.label
    points: list[dict[str, Any]] = []
    for row in comparison.periods.to_pylist():
        for label, suffix in ((label_a, "a"), (label_b, "b")):
            value = row[f"net_coop_{suffix}"]
            if value is None:
                continue
            points.append(
                {
                    "period": _iso(row["period_start"]),
                    "dyad": label,
                    "net_coop": value,
                    "lo": row[f"net_coop_{suffix}_lo"],
                    "hi": row[f"net_coop_{suffix}_hi"],
                }
            )
    x = _time_axis(period)
    colour = alt.Color(
        "dyad:N",
        scale=alt.Scale(domain=[label_a, label_b], range=list(DYAD_COLOURS)),
        legend=alt.Legend(title=None, orient="top"),
    )
    zero = alt.Chart(alt.Data(values=[{"zero": 0}])).mark_rule(color=NEUTRAL).encode(y="zero:Q")
    title = f"{label_a} vs {label_b}: {comparison.verdict}"
    if not points:
        empty = (
            alt.Chart(alt.Data(values=[{"message": "not enough data in any period"}]))
            .mark_text(fontSize=13, color=NEUTRAL)
            .encode(text="message:N", x=alt.value(400), y=alt.value(110))
        )
        return to_svg(
            _config(alt.layer(zero, empty).properties(width=820, height=240, title=title))
        )
    data = alt.Data(values=points)
    band = (
        alt.Chart(data)
        .mark_area(opacity=0.18)
        .encode(
            x=x,
            y=alt.Y("lo:Q", title=_Y_TITLE, scale=alt.Scale(domain=[-1, 1])),
            y2="hi:Q",
            color=colour,
        )
    )
    line = (
        alt.Chart(data)
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=x,
            y=alt.Y("net_coop:Q", title=_Y_TITLE),
            color=colour,
            tooltip=["dyad:N", "period:T", "net_coop:Q", "lo:Q", "hi:Q"],
        )
    )
    chart = alt.layer(zero, band, line).properties(width=820, height=240, title=title)
    return to_svg(_config(chart))
