"""Infrastructure layer: Django ORM models and repositories, external API adapters,
file storage and the factory that wires adapters into application services.

This package is the Django app that owns the models (app label ``onboarding``).
"""
