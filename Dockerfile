# gansu-monitor: run `monitor crawl` (or any monitor command) in a container.
#   docker build -t gansu-monitor .
#   docker run --rm -v gansu-db:/app/db gansu-monitor crawl
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

ENTRYPOINT ["monitor"]
CMD ["crawl"]
