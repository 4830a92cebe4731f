"""A small ``DATABASE_URL`` parser (no third-party dependency).

Supported forms::

    sqlite:///db.sqlite3              relative to the service directory
    sqlite:////var/lib/app/db.sqlite3 absolute path
    sqlite://:memory:                 in-memory database
    postgres://user:pass@host:5432/name?sslmode=require   (also postgresql://, pgsql://)
    mysql://user:pass@host:3306/name?charset=utf8mb4      (also mariadb://)

Query parameters become ``OPTIONS``; ``conn_max_age`` is taken out of them
and set as ``CONN_MAX_AGE``.
"""

from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

ENGINES = {
    "sqlite": "django.db.backends.sqlite3",
    "postgres": "django.db.backends.postgresql",
    "postgresql": "django.db.backends.postgresql",
    "pgsql": "django.db.backends.postgresql",
    "mysql": "django.db.backends.mysql",
    "mariadb": "django.db.backends.mysql",
}


class DatabaseUrlError(ValueError):
    pass


def parse_database_url(url: str, base_dir=None) -> dict:
    url = (url or "").strip()
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in ENGINES:
        raise DatabaseUrlError(
            f"unsupported DATABASE_URL scheme {scheme!r}; use one of: "
            + ", ".join(sorted(ENGINES)))
    engine = ENGINES[scheme]
    if engine.endswith("sqlite3"):
        return _sqlite(rest, engine, base_dir)

    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise DatabaseUrlError("DATABASE_URL has no database name")
    try:
        port = parts.port
    except ValueError as exc:
        raise DatabaseUrlError(f"bad port in DATABASE_URL: {exc}") from None
    options = dict(parse_qsl(parts.query))
    conn_max_age = int(options.pop("conn_max_age", 0))
    config = {
        "ENGINE": engine,
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": unquote(parts.hostname or ""),
        "PORT": str(port) if port else "",
        "CONN_MAX_AGE": conn_max_age,
        "OPTIONS": options,
    }
    return config


def _sqlite(rest: str, engine: str, base_dir) -> dict:
    path = rest.split("?", 1)[0]
    if path in (":memory:", "/:memory:", ""):
        return {"ENGINE": engine, "NAME": ":memory:"}
    # "sqlite:///db.sqlite3" leaves "/db.sqlite3": one slash = relative path,
    # "sqlite:////abs/db.sqlite3" leaves "//abs/db.sqlite3": absolute path.
    if path.startswith("//"):
        name = Path(unquote(path[1:]))
    elif path.startswith("/"):
        name = Path(unquote(path[1:]))
        if base_dir is not None:
            name = Path(base_dir) / name
    else:
        raise DatabaseUrlError("sqlite URLs look like sqlite:///relative or sqlite:////absolute")
    return {"ENGINE": engine, "NAME": str(name)}
