"""Origyne SAV desktop app (PySide6 + qasync). Widgets never import httpx: they call async
operations, which talk to the API and update stores; stores emit Qt signals; views react."""
