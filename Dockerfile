# Garder Contact in a container: `docker compose up -d` (compose.yaml), or
#   docker build -t garder-contact . && docker run -d --env-file .env -v garder-data:/data garder-contact
# The data lives in the /data volume; the settings come from the environment (never baked in).

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY core core
COPY services services
COPY storage storage
COPY bot bot
RUN python -m venv /opt/garder-contact && /opt/garder-contact/bin/pip install .

FROM python:3.11-slim-bookworm
ENV PATH=/opt/garder-contact/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATA_DIR=/data \
    HEALTH_LISTEN=0.0.0.0:9090
# A fixed, unprivileged uid owning only /data (and /backups, for BACKUP_DIR=/backups).
RUN groupadd --system --gid 10001 garder \
    && useradd --system --uid 10001 --gid garder --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin garder \
    && install -d -o garder -g garder -m 700 /data /backups
COPY --from=build /opt/garder-contact /opt/garder-contact
USER garder:garder
# An empty folder as the working directory: the bot reads `.env` from there, and the settings
# belong in the environment (env_file in compose.yaml, --env-file for docker run).
WORKDIR /home/garder
VOLUME /data
EXPOSE 9090
# The bot stops cleanly on SIGTERM: the dialogs are written and the updates acknowledged.
STOPSIGNAL SIGTERM
# GET /healthz on HEALTH_LISTEN; slim images have no curl, so Python asks.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('HEALTH_LISTEN', '0.0.0.0:9090').rpartition(':')[2]; sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=4).status == 200 else 1)"]
CMD ["garder-contact"]
