"""OpenAPI support.

* ``BearerTokenScheme`` tells drf-spectacular how the bearer-token
  authentication looks in the schema.
* ``AutoSchema`` is drf-spectacular's inspector that also answers DRF's own
  schema generator (``manage.py generateschema``), which calls
  ``get_operation(path, method)`` and ``get_components(path, method)``; those
  calls are handed to DRF's inspector for the same view.
"""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from rest_framework.schemas import openapi as drf_openapi


class BearerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "onboarding.interfaces.api.authentication.BearerTokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "The shared API_SECRET_TOKEN.",
        }


class AutoSchema(SpectacularAutoSchema):
    def _drf_inspector(self):
        inspector = drf_openapi.AutoSchema()
        inspector.view = self.view
        return inspector

    def get_operation(self, path, path_regex=None, path_prefix=None, method=None,
                      registry=None):
        if registry is None:
            # rest_framework.schemas.openapi.SchemaGenerator: (path, method)
            return self._drf_inspector().get_operation(path, path_regex)
        return super().get_operation(path, path_regex, path_prefix, method, registry)

    def get_components(self, path, method):
        return self._drf_inspector().get_components(path, method)
