"""Onboarding and identity-verification backend.

The package is split into clean-architecture layers (outermost first):

* ``onboarding.interfaces``     - DRF API, health check, management commands
* ``onboarding.infrastructure`` - Django ORM models, repositories, HTTP adapters, factory
* ``onboarding.application``    - use cases (commands) and the ports they depend on
* ``onboarding.domain``         - plain-Python entities and rules, no framework imports

The contracts in ``.importlinter`` enforce that direction of dependencies.
"""
