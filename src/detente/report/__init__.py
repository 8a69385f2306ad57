"""The HTML brief: verdicts, charts, events with evidence and claim checks in one offline file."""

from detente.report.brief import ClaimsInput, brief_context, build_brief, render_brief

__all__ = ["ClaimsInput", "brief_context", "build_brief", "render_brief"]
