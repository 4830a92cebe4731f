"""DATABASE_URL parsing and environment-driven settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from config.database import DatabaseUrlError, parse_database_url

SERVICE_DIR = Path(__file__).resolve().parent.parent


def test_sqlite_relative_and_absolute(tmp_path):
    assert parse_database_url("sqlite:///db.sqlite3", tmp_path) == {
        "ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "db.sqlite3")}
    assert parse_database_url("sqlite:////var/lib/app/db.sqlite3", tmp_path)["NAME"] == \
        "/var/lib/app/db.sqlite3"
    assert parse_database_url("sqlite://:memory:")["NAME"] == ":memory:"
    assert parse_database_url("sqlite:///:memory:")["NAME"] == ":memory:"


def test_postgres():
    config = parse_database_url(
        "postgres://app:p%40ss%2Fword@db.internal:6432/onboarding?sslmode=require&conn_max_age=60")
    assert config == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "onboarding",
        "USER": "app",
        "PASSWORD": "p@ss/word",
        "HOST": "db.internal",
        "PORT": "6432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
    assert parse_database_url("postgresql://localhost/x")["PORT"] == ""


def test_mysql():
    config = parse_database_url("mysql://root:secret@127.0.0.1:3306/onboarding?charset=utf8mb4")
    assert config["ENGINE"] == "django.db.backends.mysql"
    assert (config["NAME"], config["HOST"], config["PORT"]) == ("onboarding", "127.0.0.1", "3306")
    assert config["OPTIONS"] == {"charset": "utf8mb4"}


@pytest.mark.parametrize("url", ["", "oracle://x/y", "postgres://host", "sqlite:db.sqlite3",
                                 "mysql://h:notaport/db"])
def test_bad_urls(url):
    with pytest.raises(DatabaseUrlError):
        parse_database_url(url)


def _settings_with(env):
    code = ("import json, config.settings as s; "
            "print(json.dumps([s.DEBUG, s.SECRET_KEY, s.API_SECRET_TOKEN, s.SECURE_SSL_REDIRECT,"
            " s.VISION_API_BACKEND, s.DATABASES['default']['ENGINE']]))")
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("DJANGO_", "SECRET_KEY", "API_SECRET_TOKEN", "VISION_",
                                  "DATABASE_URL"))}
    clean.update(env)
    return subprocess.run([sys.executable, "-c", code], cwd=SERVICE_DIR, env=clean,
                          capture_output=True, text=True, timeout=30)


def test_development_defaults():
    import json

    result = _settings_with({})
    assert result.returncode == 0, result.stderr
    debug, secret, token, ssl_redirect, backend, engine = json.loads(result.stdout)
    assert debug is True and secret.startswith("django-insecure-") and token == "dev-api-token"
    assert ssl_redirect is False and backend == "fake" and engine.endswith("sqlite3")


def test_production_requires_secrets():
    result = _settings_with({"DJANGO_DEBUG": "0"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    result = _settings_with({"DJANGO_DEBUG": "0", "SECRET_KEY": "s" * 60,
                             "API_SECRET_TOKEN": "t", "VISION_API_URL": "https://v.invalid",
                             "DATABASE_URL": "postgres://u:p@db/app"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        '[false, "' + "s" * 60 + '", "t", true, "http", "django.db.backends.postgresql"]')
