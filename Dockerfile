# The runtime image of maint-actions (docs/releasing.md): Node.js 24, Python 3 and the clients
# the actions start (git, zstd, pg_dump/psql, mariadb-dump, sqlite3), and the `maint-actions`
# tool installed from its npm tarball. GitLab components may use it as their `image` instead of
# running `npx`. Build it from the repository root, with the tarball packed first:
#
#   pnpm release:pack . && docker build --build-arg VERSION=X.Y.Z -t maint-actions:X.Y.Z .
#
# The build context is the tarball and the entrypoint only (.dockerignore).

# node:24.19.0-bookworm-slim
FROM node:24.19.0-bookworm-slim@sha256:3638d9a6fe4030bd716be989438248074489337ba3275657f93595428be4fc03

ARG VERSION
LABEL org.opencontainers.image.title="maint-actions" \
      org.opencontainers.image.description="CI actions for Python/Django web services: quality gates, OpenAPI schema, backups, releases, smoke tests, audits." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.source="https://github.com/org/maint-actions" \
      org.opencontainers.image.documentation="https://github.com/org/maint-actions/blob/main/docs/releasing.md" \
      org.opencontainers.image.base.name="docker.io/library/node:24.19.0-bookworm-slim"

# Debian's Python 3 with venv and pip (quality-gates builds the project's virtualenv), git, and
# the clients of backup-before-deploy and restore.
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    ca-certificates git mariadb-client postgresql-client python3 python3-pip python3-venv sqlite3 zstd \
  && rm -rf /var/lib/apt/lists/*

# The tool, from the tarball `pnpm release:pack` made: one self-contained bundle, no dependency
# to download. The tarball is mounted for this step only, so no layer keeps it.
RUN --mount=type=bind,target=/tmp/pkg \
  test -n "${VERSION}" || { echo "build with --build-arg VERSION=X.Y.Z" >&2; exit 1; }; \
  npm install --global --offline --no-audit --no-fund "/tmp/pkg/maint-actions-${VERSION}.tgz" \
  && test "$(maint-actions --version)" = "${VERSION}" \
  && npm cache clean --force

COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/maint-actions-entrypoint

# A user of its own, and a working directory it owns (mount the project there).
RUN useradd --create-home --uid 10001 --user-group maint \
  && install -d -o maint -g maint /workspace
WORKDIR /workspace
USER 10001:10001

ENTRYPOINT ["/usr/local/bin/maint-actions-entrypoint"]
CMD ["--help"]
