"""The local dashboard: the brief's views over a read-only store, each page also as JSON."""

from detente.web.app import PageNotFoundError, ParameterError, create_app, get_page

__all__ = ["PageNotFoundError", "ParameterError", "create_app", "get_page"]
