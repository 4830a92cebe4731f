"""List staff and superuser accounts as JSON, for periodic access reviews."""

import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db.models import Q


def _iso(value):
    return value.isoformat() if value else None


class Command(BaseCommand):
    help = "Print users with is_staff or is_superuser as a JSON list."

    def handle(self, *args, **options):
        user_model = get_user_model()
        users = user_model.objects.filter(Q(is_staff=True) | Q(is_superuser=True)).order_by(
            user_model.USERNAME_FIELD)
        rows = [
            {
                "username": user.get_username(),
                "email": getattr(user, "email", "") or "",
                "is_staff": user.is_staff,
                "is_superuser": user.is_superuser,
                "is_active": user.is_active,
                "last_login": _iso(user.last_login),
                "date_joined": _iso(getattr(user, "date_joined", None)),
            }
            for user in users
        ]
        self.stdout.write(json.dumps(rows, indent=2))
