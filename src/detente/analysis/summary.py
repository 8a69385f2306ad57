"""What went into the measures: origins, counts, dates and what the filters left out."""

from __future__ import annotations

from typing import Any

import duckdb

from detente.analysis._sql import common_filters, dyad_filters
from detente.analysis.options import MeasureOptions


def summary(con: duckdb.DuckDBPyConnection, options: MeasureOptions | None = None) -> dict:
    """The data behind a brief, in one query: per origin, all events, what the options
    keep, how many documents, the date range, and how many events the modality filter
    and the dyad rules set aside.

    Keys: ``options``, ``events_total``, ``events_counted``, ``documents_counted``,
    ``dyads_counted``, ``date_from``, ``date_to``, ``excluded_modalities``,
    ``excluded_no_dyad``, ``origins`` (list of per-origin dicts with the same counts).
    """
    options = options or MeasureOptions()
    keep_conditions, keep_params = dyad_filters(options)
    common_conditions, common_params = common_filters(options.replace(include_modalities=True))
    modality_ok = "(negated IS NOT TRUE AND hypothetical IS NOT TRUE AND future IS NOT TRUE)"
    has_dyad = (
        "(source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country)"
    )
    sql = f"""
    WITH tagged AS (
        SELECT coalesce(origin, 'unknown') AS origin, doc_id, date,
               least(source_country, target_country) || '-' ||
                   greatest(source_country, target_country) AS dyad,
               ({" AND ".join(keep_conditions)}) AS counted,
               ({" AND ".join(common_conditions)}) AS in_scope,
               {modality_ok} AS asserted, {has_dyad} AS has_dyad
        FROM {options.source}
    )
    SELECT origin,
           count(*) AS events_total,
           count(*) FILTER (WHERE counted) AS events_counted,
           count(DISTINCT doc_id) FILTER (WHERE counted) AS documents_counted,
           count(DISTINCT dyad) FILTER (WHERE counted) AS dyads_counted,
           min(date) FILTER (WHERE counted) AS date_from,
           max(date) FILTER (WHERE counted) AS date_to,
           count(*) FILTER (WHERE in_scope AND NOT asserted AND {not options.include_modalities})
               AS excluded_modalities,
           count(*) FILTER (WHERE in_scope AND NOT has_dyad) AS excluded_no_dyad
    FROM tagged
    GROUP BY GROUPING SETS ((origin), ())
    ORDER BY origin NULLS LAST
    """
    cursor = con.execute(sql, keep_params + common_params)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    total = next((r for r in rows if r["origin"] is None), None)
    per_origin = [r for r in rows if r["origin"] is not None]
    result: dict[str, Any] = {"options": options.to_dict()}
    for key in names[1:]:
        value = total[key] if total else None
        if key.startswith("date_"):
            result[key] = value.isoformat() if value is not None else None
        else:
            result[key] = int(value or 0)
    if not options.include_modalities:
        result["counted"] = "asserted events only (negated, hypothetical and future left out)"
    else:
        result["counted"] = "all events, whatever their modality"
    result["origins"] = [
        {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()}
        for r in per_origin
    ]
    return result
