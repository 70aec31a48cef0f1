# gansu-monitor: the daemon (`monitor run`) by default, or any monitor command.
#   docker build -t gansu-monitor .
#   docker run -d --name gansu-monitor -v gansu-db:/app/db -e MONITOR_SMTP_PASSWORD=… gansu-monitor
#   docker run --rm -v gansu-db:/app/db gansu-monitor status
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, pinned by the lock file, so code changes do not reinstall them.
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock

COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY config ./config
RUN pip install --no-cache-dir --no-deps . \
    && groupadd --system --gid 10001 monitor \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --shell /usr/sbin/nologin monitor \
    && mkdir -p /app/db \
    && chown 10001:10001 /app/db

USER 10001:10001
VOLUME ["/app/db"]

# Healthy while the daemon is heard from, crawls succeed, the site's layout still parses and the
# outbox drains: `monitor status` exits 1 otherwise (README, "Run it as a service").
HEALTHCHECK --interval=5m --timeout=30s --start-period=2m --retries=2 CMD ["monitor", "status"]

# SIGTERM (docker stop) ends the daemon cleanly within 10 s; docker stop waits 10 s by default.
STOPSIGNAL SIGTERM
ENTRYPOINT ["monitor"]
CMD ["run"]
