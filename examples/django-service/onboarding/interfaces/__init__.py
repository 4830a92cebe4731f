"""Interfaces layer: HTTP API (DRF), health check and management commands."""
