"""REST API (Django REST framework)."""
