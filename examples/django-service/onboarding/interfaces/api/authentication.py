"""Shared-secret bearer-token authentication for service-to-service calls."""

import hmac

from django.conf import settings
from rest_framework import authentication, exceptions


class ApiClient:
    """The caller authenticated by the shared token; not a database user."""

    is_authenticated = True
    is_anonymous = False
    is_staff = False
    username = "api-client"
    pk = None

    def __str__(self):
        return self.username


class BearerTokenAuthentication(authentication.BaseAuthentication):
    """``Authorization: Bearer <token>`` compared against ``settings.API_SECRET_TOKEN``."""

    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Invalid bearer header: expected one token.")
        try:
            token = header[1].decode("ascii")
        except UnicodeError:
            raise exceptions.AuthenticationFailed("Invalid bearer token.") from None
        expected = getattr(settings, "API_SECRET_TOKEN", "") or ""
        if not expected or not hmac.compare_digest(token.encode(), expected.encode()):
            raise exceptions.AuthenticationFailed("Invalid bearer token.")
        return ApiClient(), token

    def authenticate_header(self, request):
        return f'{self.keyword} realm="api"'
