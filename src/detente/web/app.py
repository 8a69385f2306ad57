"""A Starlette app over a store opened read-only: overview, dyad, compare, alignment, events.

Every page is HTML at ``/path`` and JSON at ``/path.json`` (``/index.json`` for the
overview). Errors on ``.json`` paths share one shape, ``{"error": {"code", "message"}}``,
so scripts can rely on it; HTML paths get the same message as a page.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from detente.analysis import MeasureOptions
from detente.dyads import Dyad
from detente.errors import DetenteError, DyadError
from detente.report.sections import (
    alignment_section,
    comparison_section,
    dyad_events,
    dyad_overview,
    dyad_section,
    jsonable,
)
from detente.store import Store


class PageNotFoundError(DetenteError):
    """The dashboard has no page at this address."""

    code = "D804"


class ParameterError(DetenteError):
    """A dashboard page was asked for without a parameter it needs."""

    code = "D802"


#: HTTP status for each error code; unknown library errors are the client's input (400).
_STATUS = {PageNotFoundError.code: 404, "D899": 500}
INTERNAL_ERROR_CODE = "D899"


def _environment() -> Environment:
    return Environment(
        loader=ChoiceLoader(
            [
                PackageLoader("detente.web", "templates"),
                PackageLoader("detente.report", "templates"),
            ]
        ),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def _split_json(name: str) -> str:
    return name[: -len(".json")] if name.endswith(".json") else name


def error_response(request: Request, code: str, message: str, status: int) -> Response:
    """The one error shape: JSON on ``.json`` paths, a page elsewhere."""
    if _wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    html = (
        _environment()
        .get_template("error.html.j2")
        .render(
            code=code,
            message=message,
            status=status,
            title=f"Error {status}",
            options=MeasureOptions().to_dict(),
        )
    )
    return HTMLResponse(html, status_code=status)


def create_app(
    db: str | Path, options: MeasureOptions | None = None, bootstrap: int = 1000
) -> Starlette:
    """The dashboard over the store at ``db`` (opened read-only; never written)."""
    store = Store(db, read_only=True)
    base = options or MeasureOptions()
    env = _environment()

    def render(request: Request, template: str, data: dict[str, Any], **context: Any) -> Response:
        if _wants_json(request):
            return JSONResponse(data)
        page = env.get_template(template).render(options=base.to_dict(), **context)
        return HTMLResponse(page)

    def param(request: Request, name: str, example: str) -> str:
        value = request.query_params.get(name, "").strip()
        if not value:
            raise ParameterError(f"this page needs ?{name}=…, e.g. ?{name}={example}")
        return value

    async def index(request: Request) -> Response:
        rows = [jsonable(r) for r in dyad_overview(store.con.cursor(), base)]
        return render(request, "index.html.j2", {"dyads": rows}, dyads=rows, title="Dyads")

    async def dyad_page(request: Request) -> Response:
        dyad = Dyad.parse(_split_json(request.path_params["name"]))
        section = dyad_section(store.con.cursor(), dyad, base, bootstrap)
        return render(request, "dyad.html.j2", section.to_dict(), section=section, title=dyad.label)

    async def compare_page(request: Request) -> Response:
        first = Dyad.parse(param(request, "a", "PAK-USA"))
        second = Dyad.parse(param(request, "b", "IND-USA"))
        result, chart = comparison_section(store.con.cursor(), first, second, base, bootstrap)
        return render(
            request,
            "compare.html.j2",
            result.to_dict(),
            comparison=result,
            chart=chart,
            title=f"{first.label} vs {second.label}",
        )

    async def alignment_page(request: Request) -> Response:
        actors = [a for a in param(request, "actors", "USA,IND,CHN,PAK").split(",") if a.strip()]
        if len({a.strip().upper() for a in actors}) < 3:
            raise ParameterError(
                f"alignment needs at least three actors, got {actors}: e.g. ?actors=USA,IND,CHN,PAK"
            )
        view = alignment_section(store.con.cursor(), actors, base)
        data = view.data or {"actors": list(view.actors), "periods": [], "message": view.message}
        title = "Alignment " + ", ".join(view.actors)
        return render(request, "alignment.html.j2", data, view=view, title=title)

    async def events_page(request: Request) -> Response:
        dyad = Dyad.parse(param(request, "dyad", "PAK-USA"))
        limit = int(request.query_params.get("limit", "500"))
        rows, total = dyad_events(store.con.cursor(), dyad, base, limit)
        data = {"dyad": dyad.label, "total": total, "events": [jsonable(r) for r in rows]}
        return render(
            request,
            "events.html.j2",
            data,
            dyad=dyad,
            events=rows,
            total=total,
            title=f"Events {dyad.label}",
        )

    async def on_detente_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DetenteError)
        return error_response(request, exc.code, exc.message, _STATUS.get(exc.code, 400))

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            message = (
                f"no page at {request.url.path}: try /, /dyad/PAK-USA, "
                "/compare?a=PAK-USA&b=IND-USA, /alignment?actors=USA,IND,CHN,PAK or "
                "/events?dyad=PAK-USA (add .json for JSON)"
            )
            return error_response(request, PageNotFoundError.code, message, 404)
        return error_response(request, f"H{exc.status_code}", str(exc.detail), exc.status_code)

    async def on_server_error(request: Request, exc: Exception) -> Response:
        message = f"the dashboard failed on this page: {type(exc).__name__}: {exc}"
        return error_response(request, INTERNAL_ERROR_CODE, message, 500)

    async def on_value_error(request: Request, exc: Exception) -> Response:
        return error_response(request, ParameterError.code, f"bad parameter: {exc}", 400)

    def both(path: str, endpoint: Callable[..., Any]) -> list[Route]:
        return [Route(path, endpoint), Route(f"{path}.json", endpoint)]

    routes = [
        Route("/", index),
        Route("/index.json", index),
        Route("/dyad/{name}", dyad_page),
        *both("/compare", compare_page),
        *both("/alignment", alignment_page),
        *both("/events", events_page),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            DetenteError: on_detente_error,
            DyadError: on_detente_error,
            HTTPException: on_http_error,
            ValueError: on_value_error,
            Exception: on_server_error,
        },
    )
    app.state.store = store
    return app


def get_page(app: Starlette, path: str) -> tuple[int, str, str]:
    """Fetch one page without a server: (status, content type, body)."""

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://detente") as client:
            return await client.get(path)

    response = asyncio.run(fetch())
    return response.status_code, response.headers.get("content-type", ""), response.text
