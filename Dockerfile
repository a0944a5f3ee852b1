# Tidings in a container: slim, non-root, with a health check on /healthz.
#   docker build -t tidings .
#   docker run -d --name tidings -v tidings-data:/var/lib/tidings \
#       -v "$PWD/settings.toml:/etc/tidings/settings.toml:ro" -e SLACK_BOT_TOKEN -e SLACK_APP_TOKEN tidings
# With PostgreSQL beside it: compose.yaml (docker compose up -d).
# The settings file must have [metrics] listen = "0.0.0.0:9464" for the health check
# (deploy/settings.docker.toml, the default here, has it).

FROM python:3.12-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY adapters ./adapters
RUN python -m venv /opt/tidings && /opt/tidings/bin/pip install .

FROM python:3.12-slim
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/tidings --create-home --shell /usr/sbin/nologin tidings
COPY --from=build /opt/tidings /opt/tidings
COPY deploy/settings.docker.toml /etc/tidings/settings.toml
ENV PATH=/opt/tidings/bin:$PATH \
    TIDINGS_CONFIG=/etc/tidings/settings.toml \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /var/lib/tidings
VOLUME /var/lib/tidings
USER tidings
EXPOSE 9464
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9464/healthz', timeout=8)"]
ENTRYPOINT ["tidings"]
CMD ["run"]
