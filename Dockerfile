# Candor's container image: `docker build -t candor .`
#
# tests/integration/dockerfile-steps.test.ts reads this file and carries out its COPY and RUN lines in a
# temporary folder (there is no Docker daemon in CI), then starts the server from the runtime stage's
# files and runs the HEALTHCHECK against it. Keep every path relative to WORKDIR so that test can follow.

# ---- build: dev dependencies, the Vite front end, the server's JavaScript, the native better-sqlite3 ----
# Node 20 is what CI tests (package.json engines: >=20.19); Debian bookworm, as CI's machine.
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary can be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json tsconfig.server.json vite.config.ts ./
COPY shared ./shared
COPY server ./server
COPY client ./client
COPY tabs ./tabs
COPY meeting-extension ./meeting-extension
COPY public ./public
RUN npm run build
# Only production dependencies go on; the compiled better-sqlite3 stays.
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime: slim Node, production dependencies, the built server and pages ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3978 DATA_DIR=/app/data
WORKDIR /app
# package.json says "type": "module", which the compiled server needs.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/node ./dist/node
COPY --from=build /app/dist/client ./dist/client
# The image's own `node` user (uid 1000) runs the server; it may write only the data folder.
RUN mkdir -p data && chown node:node data
USER node
# The SQLite file (unless DATABASE_URL points at PostgreSQL) and, without CANDOR_HMAC_KEY, nothing else:
# production refuses to start without that key.
VOLUME ["/app/data"]
EXPOSE 3978
# Slim images have no curl; Node's fetch asks the health route, which also pings the database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm run serve` runs, without npm in between, so SIGTERM reaches Node and it closes cleanly.
CMD ["node", "dist/node/server/main.js"]
