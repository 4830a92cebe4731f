/**
 * The clinic service fixture on PostgreSQL: its settings read SQLite only, so a copy that should
 * run on a real server gets a settings module whose DATABASES come from DATABASE_URL.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const POSTGRES_SETTINGS = `"""The clinic service on PostgreSQL: DATABASES from DATABASE_URL."""
import os
from urllib.parse import unquote, urlsplit

from .settings import *  # noqa: F401,F403

_url = urlsplit(os.environ["DATABASE_URL"])
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _url.path.lstrip("/"),
        "USER": unquote(_url.username or ""),
        "PASSWORD": unquote(_url.password or ""),
        "HOST": _url.hostname,
        "PORT": _url.port,
    }
}
`;

/**
 * Writes `config/settings_postgres.py` into a copy of the clinic service and returns the
 * environment that selects it for the database at `databaseUrl`.
 */
export async function useClinicPostgres(
  service: string,
  databaseUrl: string,
): Promise<{ DJANGO_SETTINGS_MODULE: string; DATABASE_URL: string }> {
  await writeFile(path.join(service, 'config/settings_postgres.py'), POSTGRES_SETTINGS);
  return { DJANGO_SETTINGS_MODULE: 'config.settings_postgres', DATABASE_URL: databaseUrl };
}
