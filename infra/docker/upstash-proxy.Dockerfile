# The Upstash-REST-compatible proxy (infra/upstash-proxy) as an image: the very code the tests and
# `npm run stack` run, bundled to one ES module in a build stage (no TypeScript at run time).
# Build context: infra/ (see docker-compose.yml). Plain `docker build -f docker/upstash-proxy.Dockerfile infra/`.
FROM node:20-slim AS build
WORKDIR /build
# esbuild version = the project's (package.json devDependencies).
RUN npm install --no-save --no-audit --no-fund esbuild@0.27.3
COPY upstash-proxy/ ./upstash-proxy/
RUN npx esbuild upstash-proxy/main.ts --bundle --platform=node --target=node20 --format=esm \
      --outfile=/build/upstash-proxy.mjs

FROM node:20-slim
WORKDIR /app
COPY --from=build /build/upstash-proxy.mjs ./upstash-proxy.mjs
USER node
EXPOSE 8079
# The token comes from the environment (UPSTASH_REDIS_REST_TOKEN), never from argv or the image.
# Inside a container the proxy must listen on all interfaces; publish it on loopback only.
ENTRYPOINT ["node", "/app/upstash-proxy.mjs", "--host", "0.0.0.0", "--port", "8079"]
CMD ["--redis", "redis:6379"]
