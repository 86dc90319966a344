# Bulb Check's image (docs/deploy.md: "The image"): built from this checkout by the release
# script CI tests (`pnpm release`, server/src/release.test.ts), run as its own user with Node.js
# alone, the data folder a volume.
#
#   docker build --build-arg BULBCHECK_COMMIT=$(git rev-parse --short=12 HEAD) -t bulbcheck .
#   docker compose up -d        (compose.yaml)

FROM node:24-bookworm-slim AS build
# The pnpm of package.json's packageManager (corepack's signature check is not relied on).
RUN npm install -g pnpm@10.34.9
WORKDIR /src
COPY . .
# No .git in the build: the commit comes from the builder (else the build says "unknown").
ARG BULBCHECK_COMMIT=unknown
RUN pnpm install --frozen-lockfile
RUN BULBCHECK_COMMIT=$BULBCHECK_COMMIT pnpm release --out /out
RUN mv /out/bulbcheck-*/ /opt/bulbcheck

FROM node:24-bookworm-slim
RUN groupadd --system bulbcheck \
  && useradd --system --gid bulbcheck --home-dir /data --shell /usr/sbin/nologin bulbcheck \
  && mkdir /data && chown bulbcheck:bulbcheck /data && chmod 0700 /data
COPY --from=build /opt/bulbcheck /opt/bulbcheck
WORKDIR /opt/bulbcheck
# Inside the container every part listens on all addresses; publish only what must be reached.
ENV NODE_ENV=production \
  BULBCHECK_DATA_DIR=/data \
  BULBCHECK_MQTT_HOST=0.0.0.0 \
  BULBCHECK_API_HOST=0.0.0.0 \
  BULBCHECK_DASHBOARD_HOST=0.0.0.0
VOLUME /data
# MQTT (TCP, WebSocket), the API, the dashboard.
EXPOSE 1883 8083 8080 3000
USER bulbcheck
# `bulbcheck health` asks /api/health on the configured port: 0 when ok.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["node", "/opt/bulbcheck/bin/bulbcheck", "health"]
# SIGTERM (docker stop): committed, acknowledged and stopped within 10 s.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "/opt/bulbcheck/bin/bulbcheck"]
CMD ["serve"]
