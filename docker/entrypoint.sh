#!/bin/sh
# Entrypoint of the maint-actions image: the arguments go to the tool
# (`docker run IMAGE quality-gates --working-directory backend`), unless the first one is a
# command on PATH (`sh`, `bash`, `python3` ...), which runs as itself: GitLab Runner starts a
# job's shell that way, so the image also works as the `image:` of a CI job.
set -e
if [ "$#" -gt 0 ] && command -v -- "$1" > /dev/null 2>&1; then
  exec "$@"
fi
exec maint-actions "$@"
